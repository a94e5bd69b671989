import { timingSafeEqual } from "node:crypto";
import { AppError } from "../shared/errors.ts";

/**
 * Checks a write request's token (the `Authorization: Bearer` header, or a `token` form field for the
 * HTML forms). Throws `unauthorized` when the server is read-only (no token configured) or the token is wrong.
 */
export function assertWriteToken(configured: string, presented: string | undefined): void {
  if (configured === "") throw new AppError("unauthorized", "this server is read-only: start it with DUALTRACK_TOKEN set to allow writes");
  const a = Buffer.from(configured);
  const b = Buffer.from(presented ?? "");
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError("unauthorized", "missing or wrong token");
}

export const bearerToken = (header: string | undefined): string | undefined => /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1]?.trim();
