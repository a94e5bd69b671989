import type { Result } from "../../shared/result.ts";
import { dayNumber, lastCompleteWeek, localDay, periodBetween, weekContaining, type Period } from "./period.ts";

/** What a caller asks for: a week (any day in it), an explicit range, or nothing (the last complete week). */
export type PeriodRequest = { week?: string; from?: string; to?: string };

const MAX_DAYS = 3660;

/** Turns a request (CLI options, HTTP query) into a period, or says what is wrong with it. */
export function resolvePeriod(request: PeriodRequest, now: Date): Result<Period> {
  const bad = [request.week, request.from, request.to].find((d) => d !== undefined && dayNumber(d) === null);
  if (bad !== undefined) return { ok: false, error: `not a calendar day (YYYY-MM-DD): ${bad}` };
  if (request.week && (request.from || request.to)) return { ok: false, error: "give either --week or --from/--to, not both" };
  if (request.week) return { ok: true, value: weekContaining(request.week) };
  if (request.from || request.to) {
    if (!request.from || !request.to) return { ok: false, error: "--from and --to go together" };
    const days = dayNumber(request.to)! - dayNumber(request.from)! + 1;
    if (days < 1) return { ok: false, error: `the period ends (${request.to}) before it starts (${request.from})` };
    if (days > MAX_DAYS) return { ok: false, error: `the period is longer than ${MAX_DAYS} days` };
    return { ok: true, value: periodBetween(request.from, request.to) };
  }
  return { ok: true, value: lastCompleteWeek(localDay(now)) };
}
