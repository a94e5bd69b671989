import { readFileSync, existsSync } from "node:fs";
import { DocumentMetaSchema, type DocumentMeta } from "../../domain/index.ts";
import { err, ok, type Result } from "../../shared/result.ts";
import { messageOf } from "../../shared/errors.ts";

/** The sidecar of `dir/NAME.ext` is `dir/NAME.meta.json`. */
export const metaPathOf = (path: string): string => path.replace(/\.[^./\\]+$/, "") + ".meta.json";

/** Reads and validates the optional sidecar; absent = `null`, malformed = an error naming what is wrong. */
export function readMeta(path: string): Result<DocumentMeta | null> {
  const metaPath = metaPathOf(path);
  if (!existsSync(metaPath)) return ok(null);
  let content: string;
  try {
    content = readFileSync(metaPath, "utf8").replace(/^\uFEFF/, ""); // editors on Windows save JSON with a BOM
  } catch (error) {
    return err(`cannot read ${basename(metaPath)}: ${messageOf(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    return err(`malformed ${basename(metaPath)}: ${messageOf(error)}`);
  }
  const parsed = DocumentMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return err(`malformed ${basename(metaPath)}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return ok(parsed.data);
}

const basename = (p: string): string => p.split(/[\\/]/).pop() ?? p;
