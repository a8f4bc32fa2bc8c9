import { AppError, type ErrorCode } from '../errors.js';

/** The one place where the domain's error codes meet HTTP. */
export const ERROR_STATUSES: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
};

/** Errors thrown by middleware we did not write (body parsers, csrf-sync) that carry an HTTP status. */
interface MiddlewareError {
  status?: number;
  type?: string;
  code?: string;
}

/** Turns a known failure into an AppError; null for anything unexpected (a bug: log it, answer 500). */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (typeof error !== 'object' || error === null) return null;
  const { status, type, code } = error as MiddlewareError;
  if (type === 'entity.too.large') return new AppError('too_large', 'The request body is too large.');
  if (type === 'entity.parse.failed') {
    return new AppError('invalid_input', 'The request body is not valid JSON.', { body: 'is not valid JSON' });
  }
  if (code === 'EBADCSRFTOKEN') {
    return new AppError('forbidden', 'The form has expired or did not come from this site; reload the page and retry.');
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new AppError('invalid_input', 'The request body has an unsupported encoding.', { body: 'must be UTF-8' });
  }
  if (status === 400) return new AppError('invalid_input', 'The request is malformed.');
  return null;
}
