/**
 * One small error family (DESIGN.md): exceptions are for broken contracts only —
 * unreadable input, bad options, I/O failure. Messages read like
 * `Cannot decode "page.html": unknown charset "x-foo"`.
 */
export class DatelineError extends Error {
  override readonly name: string = 'DatelineError';
  /** Stable machine-readable code, e.g. `too-large`, `timeout`. */
  readonly code: string;
  constructor(message: string, code = 'error', options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export class InputError extends DatelineError {
  override readonly name = 'InputError';
}

export class FetchError extends DatelineError {
  override readonly name = 'FetchError';
}

export class DecodeError extends DatelineError {
  override readonly name = 'DecodeError';
}

export class LimitError extends DatelineError {
  override readonly name = 'LimitError';
}

export class StoreError extends DatelineError {
  override readonly name = 'StoreError';
}

/** A readable one-line description of anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
