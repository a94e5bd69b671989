import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { resolveEvents, type Resolution } from "../../src/resolve/index.ts";
import { LEXICONS, ev } from "./builders.ts";

const factOf = (r: Resolution, eventId: number) => r.merged.find((m) => m.eventIds.includes(eventId))!;
const sameFact = (r: Resolution, a: number, b: number): boolean => factOf(r, a) === factOf(r, b);

describe("resolveEvents(events, lexicons): event merging", () => {
  it("merges the same fact stated by two documents into one event with both sources", () => {
    const r = resolveEvents([ev({ id: 1, asset: "IBI363", sources: ["doc-a"] }), ev({ id: 2, asset: "IBI-363", company: "信达生物", sources: ["doc-b"] })], LEXICONS);
    assert.equal(r.merged.length, 1);
    assert.deepEqual(r.merged[0]!.sources, ["doc-a", "doc-b"]);
    assert.deepEqual(r.merged[0]!.eventIds, [1, 2]);
  });

  it("refines a month date with the exact day (2025-10 → 2025-10-24) without calling it a conflict", () => {
    const r = resolveEvents([ev({ id: 1, date: "2025-10" }), ev({ id: 2, date: "2025-10-24" })], LEXICONS);
    const fact = factOf(r, 1);
    assert.equal(fact.date, "2025-10-24");
    assert.deepEqual(fact.conflicts, []);
    assert.ok(fact.why.some((n) => n.rule === "date_refinement"));
  });

  it("moves a proposed designation to granted and keeps both dates", () => {
    const r = resolveEvents([ev({ id: 1, status: "proposed", date: "2025-05-20" }), ev({ id: 2, status: "granted", date: "2025-06-04" })], LEXICONS);
    const fact = factOf(r, 1);
    assert.ok(sameFact(r, 1, 2));
    assert.deepEqual([fact.status, fact.proposedDate, fact.grantedDate, fact.date], ["granted", "2025-05-20", "2025-06-04", "2025-06-04"]);
    assert.ok(fact.why.some((n) => n.rule === "status_progression"));
  });

  it("keeps conflicting dates side by side and lets the official source win", () => {
    const r = resolveEvents(
      [ev({ id: 1, date: "2025-06-05", sources: ["doc-a"] }), ev({ id: 2, date: "2025-06-05", sources: ["doc-b"] }), ev({ id: 3, date: "2025-06-04", sources: ["cde-btd:123"], official: true })],
      LEXICONS,
    );
    const fact = factOf(r, 1);
    assert.ok(sameFact(r, 1, 3));
    assert.equal(fact.date, "2025-06-04");
    const conflict = fact.conflicts.find((c) => c.field === "date")!;
    assert.deepEqual(
      conflict.values.map((v) => [v.value, v.official, v.sources]),
      [
        ["2025-06-05", false, ["doc-a", "doc-b"]],
        ["2025-06-04", true, ["cde-btd:123"]],
      ],
    );
  });

  it("keeps different deal amounts side by side, choosing the most stated", () => {
    const deal = { type: "deal" as const, agency: null, status: null, indication: null, counterparty: "Northwind Pharma", date: "2025-04-01" };
    const r = resolveEvents([ev({ id: 1, ...deal, upfrontUsd: 50e6 }), ev({ id: 2, ...deal, upfrontUsd: 50e6 }), ev({ id: 3, ...deal, upfrontUsd: 55e6, date: "2025-04-02" })], LEXICONS);
    const fact = factOf(r, 1);
    assert.equal(fact.eventIds.length, 3);
    assert.equal(fact.upfrontUsd, 50e6);
    assert.deepEqual(fact.conflicts.find((c) => c.field === "upfront_usd")!.values.map((v) => v.value), [50e6, 55e6]);
  });

  it("merges an indication written in Chinese with the same one in English", () => {
    const r = resolveEvents([ev({ id: 1, indication: "晚期鳞状非小细胞肺癌" }), ev({ id: 2, indication: "advanced squamous NSCLC" })], LEXICONS);
    assert.ok(sameFact(r, 1, 2));
  });

  it("refuses to merge different indications of one asset (two BTDs)", () => {
    const r = resolveEvents([ev({ id: 1, indication: "non-small cell lung cancer" }), ev({ id: 2, indication: "乳腺癌" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });

  it("refuses to merge one disease in different lines of therapy", () => {
    const r = resolveEvents([ev({ id: 1, indication: "first-line non-squamous NSCLC" }), ev({ id: 2, indication: "EGFR-mutant NSCLC after EGFR-TKI treatment" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });

  it("refuses to merge the same designation from different agencies", () => {
    const r = resolveEvents([ev({ id: 1, agency: "NMPA" }), ev({ id: 2, agency: "FDA" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });

  it("refuses to merge different event types", () => {
    const r = resolveEvents([ev({ id: 1, type: "btd" }), ev({ id: 2, type: "priority_review" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });

  it("refuses to merge events too far apart in time (two readouts a year apart)", () => {
    const r = resolveEvents([ev({ id: 1, type: "data_readout", agency: null, status: null, date: "2024-06-01" }), ev({ id: 2, type: "data_readout", agency: null, status: null, date: "2025-06-01" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });

  it("refuses to merge deals with different counterparties", () => {
    const deal = { type: "deal" as const, agency: null, status: null, indication: null, date: "2025-04-01" };
    const r = resolveEvents([ev({ id: 1, ...deal, counterparty: "Northwind Pharma" }), ev({ id: 2, ...deal, counterparty: "Southwind Bio" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });

  it("refuses to merge the same event type of look-alike assets of different companies", () => {
    const r = resolveEvents([ev({ id: 1, asset: "ZX-101", company: "泽星生物", type: "ind_approved" }), ev({ id: 2, asset: "ZX101", company: "瑞康医药", type: "ind_approved" })], LEXICONS);
    assert.ok(!sameFact(r, 1, 2));
  });
});
