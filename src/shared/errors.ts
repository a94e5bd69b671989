/**
 * Typed errors. Each kind maps to one CLI exit code and one HTTP status, so the CLI and the API
 * report the same failure the same way. Expected failures inside a batch are values (see result.ts);
 * these errors are for failures that end a command or a request.
 */
export const ERROR_KINDS = {
  usage: { exitCode: 2, httpStatus: 400 },
  not_found: { exitCode: 3, httpStatus: 404 },
  invalid_input: { exitCode: 4, httpStatus: 422 },
  unauthorized: { exitCode: 5, httpStatus: 401 },
  too_large: { exitCode: 4, httpStatus: 413 },
  blocked: { exitCode: 6, httpStatus: 502 },
  format_changed: { exitCode: 7, httpStatus: 502 },
  store: { exitCode: 8, httpStatus: 500 },
  internal: { exitCode: 70, httpStatus: 500 },
} as const;
export type ErrorKind = keyof typeof ERROR_KINDS;

export class AppError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.kind = kind;
  }
  get exitCode(): number {
    return ERROR_KINDS[this.kind].exitCode;
  }
  get httpStatus(): number {
    return ERROR_KINDS[this.kind].httpStatus;
  }
}

/** The message of anything thrown, without a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
