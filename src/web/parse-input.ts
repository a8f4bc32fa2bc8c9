import type { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * Validates request data against a schema; throws `invalid_input` with one reason per field otherwise.
 *
 * @example parseInput(z.object({ text: z.string() }), {}) // throws AppError { fields: { text: 'must be text' } }
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'body';
    fields[field] ??= issue.message;
  }
  throw new AppError('invalid_input', 'Some fields are missing or invalid.', fields);
}
