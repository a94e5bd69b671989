import type { Context } from "hono";
import { z } from "zod";
import { AppError } from "../shared/errors.ts";

/** Query strings arrive as `name → values[]` (repeated parameters); these helpers parse them with zod. */
export type RawQuery = Record<string, string[]>;

const strings = (values: unknown): string[] => (Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : typeof values === "string" ? [values] : []);

/** A list from repeated parameters (`type=a&type=b`), and, when `split`, comma-separated values (`type=a,b`). */
export function list<T extends z.ZodType>(item: T, options: { split?: boolean; max?: number } = {}) {
  return z.preprocess(
    (values: unknown) =>
      strings(values)
        .flatMap((v) => (options.split ? v.split(",") : [v]))
        .map((v) => v.trim())
        .filter(Boolean),
    z.array(item).max(options.max ?? 50),
  );
}

/** The first value of a parameter; an empty value counts as absent. */
export function one<T extends z.ZodType>(schema: T) {
  return z.preprocess((values: unknown) => {
    const v = strings(values)[0]?.trim();
    return v ? v : undefined;
  }, schema);
}

/** Parses a query with a schema; a bad parameter is a usage error (HTTP 400) that names it. */
export function parseQuery<T extends z.ZodType>(schema: T, raw: RawQuery): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path[0] === undefined ? "query" : String(issue.path[0]);
  throw new AppError("usage", `invalid query parameter ${name}: ${issue?.message ?? "invalid"}`);
}

/** Parses a JSON body with a schema; a bad body is an invalid_input error (HTTP 422) that names the field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? issue.path.map(String).join(".") : "body";
  throw new AppError("invalid_input", `invalid ${path}: ${issue?.message ?? "invalid"}`);
}

/** The JSON body of a write request: refused with a clear error when it is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  if (!(c.req.header("content-type") ?? "").includes("application/json")) throw new AppError("invalid_input", "expected a JSON body (Content-Type: application/json)");
  try {
    return await c.req.json();
  } catch {
    throw new AppError("invalid_input", "the body is not valid JSON");
  }
}
