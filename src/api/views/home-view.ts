import type { EventType } from "../../domain/index.ts";
import { buildDigest, weekContaining, type DigestModel } from "../../reports/digest/index.ts";
import { messageOf } from "../../shared/errors.ts";
import type { Clock } from "../../shared/clock.ts";
import type { Store } from "../../store/store.ts";
import { toEventItem, type EventItem } from "./event-item.ts";
import { addDays, chinaDay, mondayOf } from "./week.ts";

/** Weeks shown in the trend chart. */
export const TREND_WEEKS = 12;

export type HomeView = {
  today: string;
  /** The week shown: this week, or the latest week with dated events when this week has none yet. */
  week: { start: string; end: string; isCurrent: boolean };
  total: number;
  byType: Array<{ type: EventType; count: number }>;
  events: EventItem[];
  trend: { weeks: string[]; series: Array<{ type: EventType; counts: number[] }> };
  /** The weekly digest of the week shown (src/reports), or null when it could not be built. */
  digest: DigestModel | null;
  digestError: string | null;
};

/** The home page: this week's events (or the latest week's) and events per week by type. */
export async function buildHomeView(store: Store, clock: Clock): Promise<HomeView> {
  const today = chinaDay(clock());
  let start = mondayOf(today);
  let isCurrent = true;
  const thisWeek = await store.queryEvents({ since: start, until: addDays(start, 6) }, { limit: 1, offset: 0 });
  if (thisWeek.total === 0) {
    const latest = await store.latestEventDate(today);
    if (latest) {
      start = mondayOf(latest);
      isCurrent = false;
    }
  }
  const end = addDays(start, 6);
  const page = await store.queryEvents({ since: start, until: end }, { limit: 500, offset: 0 });
  const firstWeek = addDays(start, -7 * (TREND_WEEKS - 1));
  const weekly = await store.weeklyCounts(firstWeek, end);
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => addDays(firstWeek, 7 * i));
  const types = [...new Set(weekly.map((w) => w.type))];
  const series = types.map((type) => ({ type, counts: weeks.map((wk) => weekly.find((w) => w.week === wk && w.type === type)?.count ?? 0) }));
  const events = page.events.map(toEventItem);
  const byTypeMap = new Map<EventType, number>();
  for (const e of events) byTypeMap.set(e.type, (byTypeMap.get(e.type) ?? 0) + 1);
  const byType = [...byTypeMap.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
  let digest: DigestModel | null = null;
  let digestError: string | null = null;
  try {
    digest = await buildDigest(store, { period: weekContaining(start) });
  } catch (error) {
    digestError = messageOf(error);
  }
  return { today, week: { start, end, isCurrent }, total: page.total, byType, events, trend: { weeks, series }, digest, digestError };
}
