export type ErrorCode = 'not_found' | 'invalid_input' | 'too_large' | 'unauthenticated' | 'forbidden' | 'conflict';

/** An expected failure with a stable code and a message for people; the web layer maps codes to statuses. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field-level reasons for invalid input: `{ text: 'must not be empty' }`. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
