import { z } from "zod";
import { DocumentUploadSchema } from "./routes/documents.ts";
import { OverridesBodySchema } from "./routes/overrides.ts";
import { AGENCIES, EVENT_TYPES, MODALITIES, STATUSES } from "../domain/index.ts";
import { EVENT_SORTS } from "../store/event-query.ts";
import { WatchlistBodySchema } from "./views/watchlists-view.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const q = (name: string, schema: Json, description: string, array = false): Json => ({
  name,
  in: "query",
  required: false,
  description,
  schema: array ? { type: "array", items: schema } : schema,
  ...(array ? { style: "form", explode: true } : {}),
});
const path = (name: string, description: string): Json => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const enumOf = (values: readonly string[]): Json => ({ type: "string", enum: [...values] });
const date: Json = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };

const FORMAT = q("format", enumOf(["json", "csv", "xlsx"]), "json (default), or an export of the table: csv (UTF-8 with BOM) or xlsx");
const LANG = q("lang", enumOf(["en", "zh"]), "language of labels in exports");
const EVENT_PARAMS: Json[] = [
  q("type", enumOf(EVENT_TYPES), "event types (repeat or comma-separate)", true),
  q("agency", enumOf(AGENCIES), "agencies", true),
  q("status", enumOf(STATUSES), "designation status", true),
  q("modality", enumOf(MODALITIES), "modalities", true),
  q("target", { type: "string" }, "targets (PD-1 = pd1)", true),
  q("company", { type: "string" }, "companies exactly as written", true),
  q("asset", { type: "string" }, "asset name or alias"),
  q("since", date, "events dated on or after"),
  q("until", date, "events dated on or before"),
  q("q", { type: "string", maxLength: 200 }, "full-text search: Chinese substrings and English words"),
  q("sort", enumOf(EVENT_SORTS), "sort column (default date)"),
  q("order", enumOf(["asc", "desc"]), "sort order"),
  q("page", { type: "integer", minimum: 1 }, "page number"),
  q("size", { type: "integer", minimum: 1, maximum: 500 }, "events per page (default 50)"),
  FORMAT,
  LANG,
];

const ok = (description: string, table = false): Json => ({
  "200": {
    description,
    content: {
      "application/json": { schema: { type: "object" } },
      ...(table ? { "text/csv": { schema: { type: "string" } }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } } } : {}),
    },
  },
  default: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
});
const secured: Json = [{ token: [] }];

/** The OpenAPI 3.1 document of the JSON API, served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: { title: "dualtrack API", version: "0.1.0", description: "Every HTML page has a JSON twin here, built from the same view model. Reads are open; writes need `Authorization: Bearer <DUALTRACK_TOKEN>`." },
    paths: {
      "/api/home": { get: { summary: "This week's events (or the latest week's) and the weekly trend by type", parameters: [FORMAT, LANG], responses: ok("home view", true) } },
      "/api/events": { get: { summary: "Events with facets, full-text search and paging", parameters: EVENT_PARAMS, responses: ok("events view: query, total, page, pages, events, facets", true) } },
      "/api/iit": { get: { summary: "Investigator-initiated trials (events of type iit)", parameters: EVENT_PARAMS.filter((p) => (p as { name: string }).name !== "type"), responses: ok("events view", true) } },
      "/api/assets/{name}": { get: { summary: "An asset's timeline, aliases and highlighted sources", parameters: [path("name", "asset name or alias"), FORMAT, LANG], responses: ok("asset view", true) } },
      "/api/companies/{name}": { get: { summary: "A company's pipeline and events", parameters: [path("name", "company as written"), FORMAT, LANG], responses: ok("company view", true) } },
      "/api/landscape": { get: { summary: "Assets per target and furthest stage", parameters: [FORMAT, LANG], responses: ok("landscape view", true) } },
      "/api/sources": { get: { summary: "Sync status of the official sources", parameters: [FORMAT, LANG], responses: ok("sources view", true) } },
      "/api/documents": {
        post: {
          summary: "Upload a document for ingest: it is extracted and stored like a file given to `dualtrack ingest`",
          security: secured,
          requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(DocumentUploadSchema, { io: "input" }) as Json } } },
          responses: { "201": { description: "stored: documentId, status, eventsAdded" }, "200": { description: "already stored (same content)" }, default: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
        },
      },
      "/api/overrides": {
        get: { summary: "The merge/split overrides file of resolution", responses: ok("path and yaml") },
        put: {
          summary: "Replace the overrides file (validated; applied on the next resolution run)",
          security: secured,
          requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(OverridesBodySchema, { io: "input" }) as Json } } },
          responses: { "200": { description: "saved" }, default: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
        },
      },
      "/api/watchlists": {
        get: { summary: "Watchlists", responses: ok("watchlists") },
        post: {
          summary: "Create a watchlist",
          security: secured,
          requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(WatchlistBodySchema, { io: "input" }) as Json } } },
          responses: { "201": { description: "created" }, default: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
        },
      },
      "/api/watchlists/{id}": {
        get: { summary: "A watchlist with its latest matching events and webhook deliveries", parameters: [path("id", "watchlist id")], responses: ok("watchlist detail") },
        delete: { summary: "Delete a watchlist", security: secured, parameters: [path("id", "watchlist id")], responses: ok("deleted") },
      },
      "/api/watchlists/{id}/deliver": { post: { summary: "Post new matching events to the webhook now", security: secured, parameters: [path("id", "watchlist id")], responses: ok("delivery outcome") } },
      "/feeds/{token}.atom": { get: { summary: "Atom feed of a watchlist", parameters: [path("token", "feed token")], responses: { "200": { description: "Atom feed", content: { "application/atom+xml": { schema: { type: "string" } } } } } } },
    },
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
        },
      },
    },
  };
}
