import { z } from "zod";
import { LANGS } from "./vocabularies.ts";
import { PartialDateSchema } from "./event.ts";

export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** A document as stored: its id is the SHA-256 of its decoded text, so the same content is stored once. */
export const DocumentSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  location: z.string().min(1),
  url: z.string().nullable(),
  title: z.string().nullable(),
  lang: z.enum(LANGS),
  published: PartialDateSchema.nullable(),
  fetchedAt: z.string(),
  encoding: z.enum(ENCODINGS),
  format: z.enum(["txt", "md", "html", "record"]),
  text: z.string(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** The optional sidecar `NAME.meta.json` beside a document file. */
export const DocumentMetaSchema = z
  .object({
    url: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    lang: z.enum(LANGS).nullable().optional(),
    published: PartialDateSchema.nullable().optional(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
