import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoWeekLabel, dayNumber, lastCompleteWeek, periodBetween, previousPeriod, weekContaining } from "../../src/reports/digest/period.ts";
import { resolvePeriod } from "../../src/reports/digest/resolve-period.ts";

describe("digest periods", () => {
  it("a week runs Monday to Sunday and carries its ISO week label", () => {
    const w = weekContaining("2025-10-22");
    assert.deepEqual([w.from, w.to, w.isoWeek, w.days], ["2025-10-20", "2025-10-26", "2025-W43", 7]);
    assert.equal(weekContaining("2025-10-26").from, "2025-10-20");
    assert.equal(weekContaining("2025-10-27").from, "2025-10-27");
  });

  it("ISO week numbers follow the Thursday rule across year ends", () => {
    assert.equal(isoWeekLabel(dayNumber("2024-12-30")!), "2025-W01");
    assert.equal(isoWeekLabel(dayNumber("2021-01-03")!), "2020-W53");
  });

  it("the previous period has the same length and ends the day before", () => {
    const p = previousPeriod(periodBetween("2025-10-01", "2025-10-31"));
    assert.deepEqual([p.from, p.to], ["2025-08-31", "2025-09-30"]);
    assert.equal(previousPeriod(weekContaining("2025-10-22")).isoWeek, "2025-W42");
  });

  it("month- and year-dated events belong only to periods that cover the whole month or year", () => {
    const week = weekContaining("2025-10-22");
    assert.deepEqual(week.partialDates, []);
    assert.deepEqual(week.overlappingPartialDates, ["2025", "2025-10"]);
    const october = periodBetween("2025-10-01", "2025-10-31");
    assert.deepEqual(october.partialDates, ["2025-10"]);
    assert.deepEqual(periodBetween("2024-02-01", "2024-02-29").partialDates, ["2024-02"]);
    assert.deepEqual(periodBetween("2025-01-01", "2025-12-31").partialDates.slice(0, 2), ["2025", "2025-01"]);
  });

  it("the default period is the last complete week before today", () => {
    assert.equal(lastCompleteWeek("2025-10-28").isoWeek, "2025-W43");
    assert.equal(lastCompleteWeek("2025-10-27").isoWeek, "2025-W43");
    assert.equal(lastCompleteWeek("2025-10-26").isoWeek, "2025-W42");
  });

  it("a request is resolved against the local day of the clock, and bad requests are explained", () => {
    const now = new Date("2025-10-27T01:00:00+08:00"); // Monday in Shanghai, still Sunday in UTC
    const r = resolvePeriod({}, now);
    assert.ok(r.ok && r.value.isoWeek === "2025-W43");
    assert.deepEqual(resolvePeriod({ week: "2025-02-30" }, now), { ok: false, error: "not a calendar day (YYYY-MM-DD): 2025-02-30" });
    assert.equal(resolvePeriod({ from: "2025-10-01" }, now).ok, false);
    assert.equal(resolvePeriod({ from: "2025-10-10", to: "2025-10-01" }, now).ok, false);
    assert.equal(resolvePeriod({ week: "2025-10-01", from: "2025-10-01", to: "2025-10-02" }, now).ok, false);
  });
});
