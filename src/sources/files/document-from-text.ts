import type { Document, DocumentMeta } from "../../domain/index.ts";
import { sha256 } from "../../shared/hash.ts";
import { err, ok, type Result } from "../../shared/result.ts";
import { detectLang } from "./detect-lang.ts";
import { htmlToText } from "./html-to-text.ts";

export type TextUpload = DocumentMeta & { name: string; text: string; format: "txt" | "md" | "html" };

/** A document from text already in memory (an upload), read the way a file of that format is read. */
export function documentFromText(upload: TextUpload, now: Date): Result<Document> {
  let text = upload.text;
  let title = upload.title ?? null;
  if (upload.format === "html") {
    const page = htmlToText(text);
    text = page.text;
    title ??= page.title;
  }
  if (text.trim() === "") return err("no text content");
  return ok({
    id: sha256(text),
    location: `upload:${upload.name}`,
    url: upload.url ?? null,
    title,
    lang: upload.lang ?? detectLang(text),
    published: upload.published ?? null,
    fetchedAt: now.toISOString(),
    encoding: "utf-8",
    format: upload.format,
    text,
  });
}
