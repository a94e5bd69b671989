import type { PartialDate } from "../../domain/index.ts";
import { findDates, formatDate } from "./dates.ts";

/**
 * The publication date a text states on its first lines ("October 28, 2025", "2026-02-07 18:40",
 * "2025年3月17日 10:02", "publication date: Oct 21, 2023"), when it gives a full date with a year.
 */
export function findDateline(text: string): PartialDate | null {
  const head = text.split("\n").slice(0, 4).join("\n").slice(0, 400);
  for (const d of findDates(head)) {
    if (d.relative === null && d.year !== null && d.month !== null && d.day !== null) return formatDate(d.year, d.month, d.day);
  }
  return null;
}
