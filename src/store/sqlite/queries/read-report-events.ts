import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import { AGENCIES, EVENT_TYPES, MODALITIES, PHASES, STATUSES } from "../../../domain/index.ts";
import type { ReportEvent, ReportSource } from "../../report-query.ts";
import { FIRST_OF_KIND_SQL, class1Sql, firstIndSql } from "./period-events-sql.ts";

const list = z.string().transform((text, ctx): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    ctx.addIssue({ code: "custom", message: "not a JSON array" });
    return z.NEVER;
  }
});

const RowSchema = z.object({
  id: z.number().int(),
  ids: z.string(),
  date: z.string().nullable(),
  asset: z.string(),
  asset_aliases: list,
  company: z.string().nullable(),
  name_en: z.string().nullable(),
  name_zh: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  indication: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable(),
  targets: list,
  phase: z.enum(PHASES).nullable(),
  counterparty: z.string().nullable(),
  upfront_usd: z.number().nullable(),
  total_usd: z.number().nullable(),
  class1: z.number().nullable(),
  first_ind: z.number(),
  first_of_kind: z.number(),
});

const SourceRowSchema = z.object({
  event_id: z.number().int(),
  document_id: z.string().nullable(),
  source_id: z.string().nullable(),
  record_id: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  published: z.string().nullable(),
  sentence: z.string(),
});

/**
 * Reads the events named by a CTE `<cte> (id, ids)` (one row per fact: canonical id and every event id that
 * states it) as `ReportEvent`s with their merged sources, in date order then id.
 */
export function readReportEvents(db: BetterSqlite3.Database, cte: string, cteName: string, params: Record<string, string>, flags = true): ReportEvent[] {
  const rows = db
    .prepare(
      `${cte}
      SELECT e.id, x.ids, e.date, e.asset, e.asset_aliases, e.company, c.name_en, c.name_zh, e.type, e.status, e.agency,
        e.indication, e.modality, e.targets, e.phase, e.counterparty, e.upfront_usd, e.total_usd,
        ${flags ? `${class1Sql(db)} AS class1, ${firstIndSql(db)} AS first_ind, ${FIRST_OF_KIND_SQL} AS first_of_kind` : "NULL AS class1, 0 AS first_ind, 0 AS first_of_kind"}
      FROM ${cteName} x JOIN events e ON e.id = x.id LEFT JOIN companies c ON c.id = e.company_id
      ORDER BY coalesce(e.date, ''), e.id`,
    )
    .all(params)
    .map((row) => RowSchema.parse(row));
  if (rows.length === 0) return [];
  const canonical = new Map<number, number>();
  for (const row of rows) for (const id of row.ids.split(",")) canonical.set(Number(id), row.id);
  const sources = new Map<number, ReportSource[]>();
  const seen = new Set<string>();
  const sourceRows = db
    .prepare(
      `SELECT s.event_id, s.document_id, s.source_id, s.record_id, coalesce(s.url, d.url) AS url, d.title, d.location, d.published, s.sentence
      FROM event_sources s LEFT JOIN documents d ON d.id = s.document_id
      WHERE s.event_id IN (SELECT value FROM json_each(@ids)) ORDER BY s.id`,
    )
    .all({ ids: JSON.stringify([...canonical.keys()]) })
    .map((row) => SourceRowSchema.parse(row));
  for (const s of sourceRows) {
    const id = canonical.get(s.event_id)!;
    const dedupe = `${id}\u0001${s.document_id ?? ""}\u0001${s.source_id ?? ""}\u0001${s.record_id ?? ""}\u0001${s.sentence}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const list = sources.get(id) ?? [];
    list.push({ documentId: s.document_id, sourceId: s.source_id, recordId: s.record_id, url: s.url, title: s.title, location: s.location, published: s.published, sentence: s.sentence });
    sources.set(id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    asset: r.asset,
    assetAliases: r.asset_aliases,
    company: r.company,
    companyEn: r.name_en,
    companyZh: r.name_zh,
    type: r.type,
    status: r.status,
    agency: r.agency,
    indication: r.indication,
    modality: r.modality,
    targets: r.targets,
    phase: r.phase,
    counterparty: r.counterparty,
    upfrontUsd: r.upfront_usd,
    totalUsd: r.total_usd,
    class1: r.class1 === null ? null : r.class1 === 1,
    firstInd: r.first_ind === 1,
    firstOfKind: r.first_of_kind === 1,
    sources: sources.get(r.id) ?? [],
  }));
}
