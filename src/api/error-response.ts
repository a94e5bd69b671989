import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError, ERROR_KINDS, messageOf, type ErrorKind } from "../shared/errors.ts";

/** The one error shape of the API: `{ error: { code, message } }`, where code is an error kind. */
export type ErrorBody = { error: { code: ErrorKind | "method_not_allowed"; message: string } };

export type HttpFailure = { status: ContentfulStatusCode; body: ErrorBody };

/** Turns anything thrown into a status and the error body; unexpected errors get a generic message, never a stack. */
export function toHttpFailure(error: unknown, log: (line: string) => void): HttpFailure {
  if (error instanceof AppError) {
    return { status: error.httpStatus as ContentfulStatusCode, body: { error: { code: error.kind, message: error.message } } };
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const kind = (Object.entries(ERROR_KINDS).find(([, v]) => v.httpStatus === status)?.[0] ?? "usage") as ErrorKind;
    return { status, body: { error: { code: kind, message: error.message || "request refused" } } };
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : messageOf(error)}`);
  return { status: 500, body: { error: { code: "internal", message: "internal error" } } };
}
