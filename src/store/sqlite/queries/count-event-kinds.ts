import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import { AGENCIES, EVENT_TYPES, STATUSES } from "../../../domain/index.ts";
import type { EventKindCount, PeriodQuery } from "../../report-query.ts";
import { periodCte, periodParams } from "./period-events-sql.ts";

const RowSchema = z.object({
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  events: z.number().int(),
  upfront: z.number().nullable(),
  total: z.number().nullable(),
});

/** Facts of the period counted by type, status and agency, with summed deal money; sorted by those keys. */
export function countEventKinds(db: BetterSqlite3.Database, period: PeriodQuery): EventKindCount[] {
  return db
    .prepare(
      `${periodCte(db, period)}
      SELECT e.type, e.status, e.agency, count(*) AS events, sum(e.upfront_usd) AS upfront, sum(e.total_usd) AS total
      FROM period_events x JOIN events e ON e.id = x.id
      GROUP BY e.type, e.status, e.agency ORDER BY e.type, coalesce(e.status, ''), coalesce(e.agency, '')`,
    )
    .all(periodParams(period))
    .map((row) => {
      const r = RowSchema.parse(row);
      return { type: r.type, status: r.status, agency: r.agency, events: r.events, upfrontUsd: r.upfront, totalUsd: r.total };
    });
}
