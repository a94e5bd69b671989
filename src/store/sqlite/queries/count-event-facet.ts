import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import type { FacetCount, PeriodQuery, ReportFacet } from "../../report-query.ts";
import { ASSET_NORM, periodCte, periodParams } from "./period-events-sql.ts";

const RowSchema = z.object({ value: z.string().nullable(), events: z.number().int() });

const TARGET_NORM = "upper(replace(replace(t.value, '-', ''), ' ', ''))";

const SELECTS: Record<ReportFacet, string> = {
  modality: "SELECT e.modality AS value, count(*) AS events FROM period_events x JOIN events e ON e.id = x.id GROUP BY e.modality",
  indication: "SELECT e.indication AS value, count(*) AS events FROM period_events x JOIN events e ON e.id = x.id GROUP BY e.indication",
  asset: `SELECT min(e.asset) AS value, count(*) AS events FROM period_events x JOIN events e ON e.id = x.id GROUP BY coalesce(e.asset_id, ${ASSET_NORM("e")})`,
  // Each target of an event counts once (PD-1 = pd1); events without targets count under NULL.
  target: `SELECT min(t.value) AS value, count(DISTINCT e.id) AS events FROM period_events x JOIN events e ON e.id = x.id, json_each(e.targets) t GROUP BY ${TARGET_NORM}
    UNION ALL SELECT NULL, count(*) FROM period_events x JOIN events e ON e.id = x.id WHERE json_array_length(e.targets) = 0 HAVING count(*) > 0`,
};

/** Facts of the period counted by one facet, most frequent first, then by value (NULL = not stated, last among equals). */
export function countEventFacet(db: BetterSqlite3.Database, period: PeriodQuery, facet: ReportFacet): FacetCount[] {
  return db
    .prepare(`${periodCte(db, period)} SELECT value, events FROM (${SELECTS[facet]}) ORDER BY events DESC, value IS NULL, value`)
    .all(periodParams(period))
    .map((row) => RowSchema.parse(row));
}
