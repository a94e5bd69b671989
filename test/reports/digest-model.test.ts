import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildDigest } from "../../src/reports/digest/build-digest.ts";
import type { DigestModel } from "../../src/reports/digest/digest-model.ts";
import { periodBetween, weekContaining } from "../../src/reports/digest/period.ts";
import { fixtureStore } from "./support/fixture-store.ts";
import { WEEK_43 } from "./support/week-43.ts";

describe("digest model", () => {
  let fixture: Awaited<ReturnType<typeof fixtureStore>>;
  let model: DigestModel;
  before(async () => {
    fixture = await fixtureStore(WEEK_43);
    model = await buildDigest(fixture.store, { period: weekContaining("2025-10-22") });
  });
  after(async () => fixture.close());

  const headline = (kind: string) => model.headline.find((h) => h.kind === kind)!;

  it("counts a fact stated by two documents once and keeps both sources", () => {
    const rows = model.rows.filter((r) => r.asset.replace("-", "") === "HRS9813");
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.sources.length, 2);
    assert.equal(headline("ind_approved").count, 3);
  });

  it("compares each headline count with the previous week", () => {
    assert.deepEqual([headline("ind_approved").previous, headline("ind_approved").change], [1, 2]);
    assert.deepEqual([headline("btd_proposed").count, headline("btd_proposed").previous, headline("btd_proposed").change], [2, 0, 2]);
    assert.equal(headline("fda_designation").count, 1);
    assert.equal(model.totals.previousEvents, 3);
  });

  it("sums disclosed upfront payments of deals", () => {
    assert.equal(headline("deal").upfrontUsd, 75_000_000);
    assert.equal(headline("deal").previousUpfrontUsd, 10_000_000);
  });

  it("names as first-in-clinic only assets with no earlier IND on record", () => {
    const firsts = model.highlights.filter((h) => h.kind === "first_in_clinic").map((h) => h.asset);
    assert.deepEqual(firsts, ["CS12192", "HRS-9813", "SYH2061"]); // IBI363 had an IND accepted on 2025-10-01
  });

  it("names first designations and cites the asset's earlier events", () => {
    const firsts = model.highlights.filter((h) => h.kind === "first_designation");
    assert.deepEqual(firsts.map((h) => h.asset), ["BW-20805", "AK112", "HRS-5965"]);
    const hrs = firsts.find((h) => h.asset === "HRS-5965")!;
    assert.deepEqual(hrs.earlier.map((e) => [e.type, e.date]), [["ind_approved", "2024-03-05"]]);
  });

  it("marks Class 1 drugs from what the source sentence says", () => {
    assert.deepEqual(model.rows.filter((r) => r.class1).map((r) => r.asset).sort(), ["CS12192", "IBI363"]);
    assert.equal(model.totals.class1Events, 2);
  });

  it("breaks facts down by modality, target and therapeutic area, most frequent first", () => {
    assert.deepEqual(model.breakdowns.modality[0], { key: "small_molecule", events: 4 });
    assert.deepEqual(model.breakdowns.target.slice(0, 2).map((t) => t.key), ["CFB", "PD-1"]);
    assert.equal(model.breakdowns.area.find((a) => a.key === "oncology")?.events, 2);
  });

  it("leaves a month-dated event out of the week but reports it, and puts it in the month", async () => {
    assert.ok(!model.rows.some((r) => r.asset === "ESO-T01"));
    assert.deepEqual(model.coarselyDated, { dates: ["2025-10"], events: 1 });
    const october = await buildDigest(fixture.store, { period: periodBetween("2025-10-01", "2025-10-31") });
    assert.ok(october.rows.some((r) => r.asset === "ESO-T01" && r.date === "2025-10"));
    assert.equal(october.coarselyDated.events, 0);
  });

  it("keeps only Class 1 drugs when asked", async () => {
    const class1 = await buildDigest(fixture.store, { period: weekContaining("2025-10-22"), class1Only: true });
    assert.deepEqual(class1.rows.map((r) => r.asset), ["CS12192", "IBI363"]);
    assert.equal(class1.totals.events, 2);
  });

  it("is the same model when built twice, and plain JSON", async () => {
    const again = await buildDigest(fixture.store, { period: weekContaining("2025-10-22") });
    assert.deepEqual(again, model);
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });

  it("gives an empty digest for a week without events", async () => {
    const empty = await buildDigest(fixture.store, { period: weekContaining("2020-01-01") });
    assert.equal(empty.rows.length, 0);
    assert.equal(empty.highlights.length, 0);
    assert.ok(empty.headline.every((h) => h.count === 0));
  });
});
