import { z } from "zod";
import type { Result } from "../../shared/result.ts";
import type { RawInput } from "../source-adapter.ts";
import { blocked, formatChanged, formatChangedFromZod, type SourceError } from "../source-error.ts";

/** The JSON envelope of every cde.org.cn list: `{code: 200, msg, data: {records: [...], total, pages}}`. */
export const CdeEnvelopeSchema = z.object({
  code: z.union([z.number(), z.string()]),
  msg: z.unknown().optional(),
  data: z.object({
    records: z.array(z.unknown()),
    total: z.coerce.number().int().nonnegative(),
    pages: z.coerce.number().int().nonnegative().optional(),
  }),
});

export const bodyText = (input: RawInput): string => (typeof input.body === "string" ? input.body : Buffer.from(input.body).toString("utf8")).replace(/^\uFEFF/, "");

/** Parses the body as JSON; an HTML body (the Ruishu challenge saved or served in place of JSON) is `blocked`. */
export function parseJsonBody(sourceId: string, input: RawInput): Result<unknown, SourceError> {
  const text = bodyText(input);
  if (/^\s*</.test(text)) return { ok: false, error: blocked("an HTML page where JSON was expected", null, input.url) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: formatChanged(sourceId, "(body)", "is not JSON") };
  }
}

/**
 * Reads a CDE list response into validated rows. `code != 200` is an error from the site; a missing or renamed
 * key in the envelope or in any row is `format_changed` naming the field (data.records.3.acceptid), and then no
 * row of that page is returned.
 */
export function parseCdeList<T>(sourceId: string, input: RawInput, row: z.ZodType<T>): Result<{ rows: T[]; total: number }, SourceError> {
  const json = parseJsonBody(sourceId, input);
  if (!json.ok) return json;
  const envelope = CdeEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, error: formatChangedFromZod(sourceId, envelope.error) };
  const { code, msg, data } = envelope.data;
  if (Number(code) !== 200) return { ok: false, error: { kind: "http", message: `${sourceId}: the site answered code ${String(code)}${typeof msg === "string" ? `: ${msg}` : ""}`, status: Number(code) || 0, url: input.url } };
  const rows: T[] = [];
  for (const [i, record] of data.records.entries()) {
    const parsed = row.safeParse(record);
    if (!parsed.success) return { ok: false, error: formatChangedFromZod(sourceId, parsed.error, `data.records.${i}`) };
    rows.push(parsed.data);
  }
  return { ok: true, value: { rows, total: data.total } };
}

/** A field the site may send as a string or a number (ids, serials), read as a string. */
export const idField = z.union([z.string(), z.number()]).transform(String);
/** A text field whose key must be present but whose value may be null or empty. */
export const textOrNull = z.string().nullable();
