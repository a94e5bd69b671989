import type BetterSqlite3 from "better-sqlite3";
import { normaliseAssetName, type AssetEventsQuery, type ReportEvent } from "../../report-query.ts";
import { ASSET_NORM, FACT_KEY_SQL } from "./period-events-sql.ts";
import { readReportEvents } from "./read-report-events.ts";

/**
 * Every fact about the named assets: events whose asset name matches one of `names` once normalised
 * (HRS-5965 = hrs5965), or, with `includeAliases`, whose aliases do, plus the events resolution linked
 * to the same asset id. Date order then id.
 */
export function listAssetEvents(db: BetterSqlite3.Database, query: AssetEventsQuery): ReportEvent[] {
  const norms = [...new Set(query.names.map(normaliseAssetName))];
  if (norms.length === 0) return [];
  const norm = `${ASSET_NORM("e")} IN (SELECT value FROM json_each(@norms))`;
  const aliasMatch = query.includeAliases
    ? `UNION SELECT e.id FROM events e, json_each(e.asset_aliases) a
       WHERE (${query.names.map((_, i) => `e.asset_aliases LIKE @like${i} ESCAPE '\\'`).join(" OR ")})
         AND upper(replace(replace(replace(a.value, '-', ''), ' ', ''), '_', '')) IN (SELECT value FROM json_each(@norms))`
    : "";
  // `+e.date` keeps the planner off the date index: the asset indexes are far more selective.
  const before = query.before ? "WHERE +e.date < @before" : "";
  const cte = `WITH named (id) AS (
      SELECT e.id FROM events e WHERE ${norm} ${aliasMatch}
    ),
    matched (id) AS (
      SELECT id FROM named
      UNION SELECT e.id FROM events e WHERE e.asset_id IN (SELECT x.asset_id FROM named n CROSS JOIN events x ON x.id = n.id WHERE x.asset_id IS NOT NULL)
    ),
    asset_events (id, ids) AS (
      SELECT min(e.id), group_concat(e.id) FROM matched m CROSS JOIN events e ON e.id = m.id ${before}
      GROUP BY ${FACT_KEY_SQL}
    )`;
  const params: Record<string, string> = { norms: JSON.stringify(norms) };
  if (query.before) params.before = query.before;
  if (query.includeAliases) query.names.forEach((name, i) => (params[`like${i}`] = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return readReportEvents(db, cte, "asset_events", params, query.flags ?? true);
}
