import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import { AGENCIES, EVENT_TYPES, STATUSES } from "../../../domain/index.ts";
import { normaliseAssetName, type EarlierEvent, type EarlierEventsQuery } from "../../report-query.ts";
import { ASSET_NORM } from "./period-events-sql.ts";

const RowSchema = z.object({
  asset_key: z.string(),
  date: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  document_id: z.string().nullable(),
  source_id: z.string().nullable(),
  record_id: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  published: z.string().nullable(),
  sentence: z.string().nullable(),
});

/**
 * The latest `perAsset` distinct (type, agency, status, date) facts of each named asset before `before`,
 * oldest first per asset, each with the first source of its lowest event id. The choice runs on the asset
 * index alone (migration 004), so only the chosen events' sources are read: fast for hundreds of assets.
 */
export function listEarlierEvents(db: BetterSqlite3.Database, query: EarlierEventsQuery): EarlierEvent[] {
  const norms = [...new Set(query.names.map(normaliseAssetName))];
  if (norms.length === 0 || query.perAsset <= 0) return [];
  const rows = db
    .prepare(
      `WITH facts AS (
        SELECT ${ASSET_NORM("e")} AS asset_key, e.type, e.agency, e.status, e.date, min(e.id) AS id
        FROM events e
        WHERE ${ASSET_NORM("e")} IN (SELECT value FROM json_each(@norms)) AND +e.date < @before
        GROUP BY 1, e.type, e.agency, e.status, e.date
      ),
      ranked AS (
        SELECT *, row_number() OVER (PARTITION BY asset_key ORDER BY date DESC, id DESC) AS n FROM facts
      )
      SELECT r.asset_key, r.date, r.type, r.status, r.agency, s.document_id, s.source_id, s.record_id,
        coalesce(s.url, d.url) AS url, d.title, d.location, d.published, s.sentence
      FROM ranked r
      LEFT JOIN event_sources s ON s.id = (SELECT min(id) FROM event_sources WHERE event_id = r.id)
      LEFT JOIN documents d ON d.id = s.document_id
      WHERE r.n <= @per
      ORDER BY r.asset_key, r.date, r.id`,
    )
    .all({ norms: JSON.stringify(norms), before: query.before, per: query.perAsset })
    .map((row) => RowSchema.parse(row));
  return rows.map((r) => ({
    assetKey: r.asset_key,
    date: r.date,
    type: r.type,
    status: r.status,
    agency: r.agency,
    source:
      r.sentence === null
        ? null
        : { documentId: r.document_id, sourceId: r.source_id, recordId: r.record_id, url: r.url, title: r.title, location: r.location, published: r.published, sentence: r.sentence },
  }));
}
