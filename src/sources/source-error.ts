import type { z } from "zod";
import { AppError } from "../shared/errors.ts";

/**
 * Why a source could not be read, as a value. `blocked` is never "no new records": a bot shield answered
 * (HTTP 202/403/412, or an HTML page where JSON was expected). `format_changed` names the field that is missing
 * or has a new shape; nothing from that page is stored.
 */
export type SourceError =
  | { kind: "blocked"; message: string; status: number | null; url: string | null }
  | { kind: "format_changed"; message: string; field: string }
  | { kind: "network"; message: string; url: string | null }
  | { kind: "http"; message: string; status: number; url: string | null }
  | { kind: "aborted"; message: string };

export const BLOCKED_HINT = "try `dualtrack sync --browser`, or save the response from your own browser and run `dualtrack import`";

export function blocked(reason: string, status: number | null, url: string | null): SourceError {
  return { kind: "blocked", message: `blocked by the site's bot shield: ${reason}${url ? ` (${url})` : ""}; ${BLOCKED_HINT}`, status, url };
}

export function formatChanged(sourceId: string, field: string, detail: string): SourceError {
  return { kind: "format_changed", message: `format changed: ${sourceId}: field "${field}" ${detail}`, field };
}

/** Turns the first zod issue into a "format changed" error naming the field path (data.records.3.acceptid). */
export function formatChangedFromZod(sourceId: string, error: z.ZodError, prefix = ""): SourceError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".") || "(root)";
  const missing = issue?.code === "invalid_type" && /received undefined/.test(issue.message);
  return formatChanged(sourceId, path, missing ? "is missing" : `is not as expected (${issue?.message ?? "invalid"})`);
}

/** The CLI's typed error for a source error: blocked and format_changed keep their own exit codes. */
export function sourceErrorToAppError(error: SourceError): AppError {
  switch (error.kind) {
    case "blocked":
      return new AppError("blocked", error.message);
    case "format_changed":
      return new AppError("format_changed", error.message);
    default:
      return new AppError("internal", error.message);
  }
}
