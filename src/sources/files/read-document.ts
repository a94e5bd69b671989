import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Document } from "../../domain/index.ts";
import { sha256 } from "../../shared/hash.ts";
import { err, ok, type Result } from "../../shared/result.ts";
import { messageOf } from "../../shared/errors.ts";
import { decodeText } from "./decode.ts";
import { detectLang } from "./detect-lang.ts";
import { declaredCharset, htmlToText } from "./html-to-text.ts";
import { readMeta } from "./read-meta.ts";

export const DOCUMENT_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

export type ReadOptions = { maxBytes: number; now: Date };

/**
 * Reads one document file (.txt, .md, .html) into a Document: size check before reading, encoding
 * detection, HTML to main text, language, sidecar metadata. Every failure is a value naming the problem.
 */
export function readDocumentFile(path: string, options: ReadOptions): Result<Document> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return err("not a regular file");
    size = stat.size;
  } catch (error) {
    return err(`cannot read: ${reason(error)}`);
  }
  if (size > options.maxBytes) {
    return err(`file too large (${mb(size)} MB; the limit is ${mb(options.maxBytes)} MB, raise it with --max-mb)`);
  }
  const bytes = Buffer.alloc(size);
  try {
    const fd = openSync(path, "r");
    try {
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return err(`cannot read: ${reason(error)}`);
  }
  const ext = extname(path).toLowerCase();
  const isHtml = ext === ".html" || ext === ".htm";
  const decoded = decodeText(bytes, isHtml ? declaredCharset(bytes) : null);
  if (!decoded.ok) return decoded;
  const meta = readMeta(path);
  if (!meta.ok) return meta;

  let text = decoded.value.text;
  let title: string | null = null;
  if (isHtml) {
    const page = htmlToText(text);
    text = page.text;
    title = page.title;
  }
  if (text.trim() === "") return err("no text content");
  const m = meta.value;
  return ok({
    id: sha256(text),
    location: path,
    url: m?.url ?? null,
    title: m?.title ?? title,
    lang: m?.lang ?? detectLang(text),
    published: m?.published ?? null,
    fetchedAt: options.now.toISOString(),
    encoding: decoded.value.encoding,
    format: isHtml ? "html" : ext === ".md" ? "md" : "txt",
    text,
  });
}

/** The document name used by `extract` (`doc` field, output file name): the file name without extension. */
export const documentName = (path: string): string => basename(path).replace(/\.[^.]+$/, "");

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return messageOf(error);
}
