import type { Hono } from "hono";
import { z } from "zod";
import { LANGS, PartialDateSchema } from "../../domain/index.ts";
import { ingestDocument } from "../../pipeline/ingest.ts";
import { documentFromText } from "../../sources/files/index.ts";
import { AppError } from "../../shared/errors.ts";
import { assertWriteToken, bearerToken } from "../auth.ts";
import type { AppDeps } from "../deps.ts";
import { jsonBody, parseBody } from "../params.ts";

/** The body of `POST /api/documents`: one document's text and what is known about it (the sidecar's fields). */
export const DocumentUploadSchema = z
  .object({
    name: z.string().min(1).max(200),
    text: z.string().min(1),
    format: z.enum(["txt", "md", "html"]).default("txt"),
    url: z.string().url().nullable().optional(),
    title: z.string().max(500).nullable().optional(),
    lang: z.enum(LANGS).nullable().optional(),
    published: PartialDateSchema.nullable().optional(),
  })
  .strict();

/** Upload for ingest: the document is extracted and stored like a file given to `dualtrack ingest`. Needs the token. */
export function registerDocumentRoutes(app: Hono, deps: AppDeps): void {
  app.post("/api/documents", async (c) => {
    assertWriteToken(deps.config.token, bearerToken(c.req.header("authorization")));
    if (!deps.extractor) throw new AppError("usage", "this server was started without an extractor: uploads are not available");
    const raw = await jsonBody(c);
    const upload = parseBody(DocumentUploadSchema, raw);
    const document = documentFromText(upload, deps.clock());
    if (!document.ok) throw new AppError("invalid_input", `${upload.name}: ${document.error}`);
    const outcome = await ingestDocument(document.value, { store: deps.store, extractor: deps.extractor });
    if (outcome.status === "failed") throw new AppError("store", `${upload.name}: ${outcome.error}`);
    return c.json({ documentId: document.value.id, status: outcome.status, eventsAdded: outcome.status === "new" ? outcome.eventsAdded : 0 }, outcome.status === "new" ? 201 : 200);
  });
}
