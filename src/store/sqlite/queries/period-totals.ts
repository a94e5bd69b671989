import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import type { PeriodQuery, PeriodTotals } from "../../report-query.ts";
import { ASSET_NORM, class1Sql, periodCte, periodParams } from "./period-events-sql.ts";

const RowSchema = z.object({ events: z.number().int(), assets: z.number().int(), class1: z.number().int().nullable() });

/** Facts, distinct assets and Class 1 facts of the period. */
export function periodTotals(db: BetterSqlite3.Database, period: PeriodQuery): PeriodTotals {
  const row = RowSchema.parse(
    db
      .prepare(
        `${periodCte(db, period)}
        SELECT count(*) AS events, count(DISTINCT coalesce(e.asset_id, ${ASSET_NORM("e")})) AS assets, sum(${class1Sql(db)} = 1) AS class1
        FROM period_events x JOIN events e ON e.id = x.id`,
      )
      .get(periodParams(period)),
  );
  return { events: row.events, assets: row.assets, class1Events: row.class1 ?? 0 };
}
