import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importRecordFiles } from "../../src/pipeline/import-records.ts";
import { syncSource } from "../../src/pipeline/sync.ts";
import { createPoliteClient } from "../../src/sources/http/polite-client.ts";
import { getSource } from "../../src/sources/registry.ts";
import type { SqliteStore } from "../../src/store/index.ts";
import { runDecode } from "../../src/cli/commands/decode.ts";
import { listSources } from "../../src/cli/commands/sources.ts";
import { main } from "../../src/cli/main.ts";
import { cdeListRoute, FIXTURES, fixture, startFixtureServer, toLocal } from "./support/fixture-server.ts";
import { createTestStore } from "./support/test-store.ts";

const T1 = new Date("2026-09-16T02:00:00.000Z");
let store: SqliteStore;
beforeEach(() => {
  store = createTestStore();
});
afterEach(() => store.close());

const path = (p: string) => join(FIXTURES, p);
const count = (sql: string): number => Number(store.raw.prepare(sql).pluck().get());

describe("importRecordFiles(adapter, files)", () => {
  it("imports the same file twice without adding anything the second time", async () => {
    const first = await importRecordFiles(getSource("cde-acceptances")!, [path("cde-acceptances/getMenuListHc.json")], { store, now: () => T1 });
    assert.deepEqual([first.recordsNew, first.eventsNew, first.failed.length], [8, 7, 0]);
    const second = await importRecordFiles(getSource("cde-acceptances")!, [path("cde-acceptances/getMenuListHc.json")], { store, now: () => T1 });
    assert.deepEqual([second.recordsNew, second.recordsChanged, second.eventsNew, second.eventsUpdated], [0, 0, 0, 0]);
    assert.equal(count("SELECT count(*) FROM event_sources"), 7);
  });

  it("collapses duplicate IIT rows into one record and one event", async () => {
    const report = await importRecordFiles(getSource("iit")!, [path("iit/registrations.csv"), path("iit/registrations.json")], { store, now: () => T1 });
    assert.equal(report.failed.length, 0);
    assert.equal(await store.countSourceRecords("iit"), 3);
    assert.equal(count("SELECT count(*) FROM events WHERE type = 'iit' AND agency = 'NHC'"), 3);
  });

  it("reads an IIT CSV saved by Excel in GBK", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dualtrack-iit-"));
    const file = join(dir, "iit-gbk.csv");
    const text = "备案编号,医疗机构,研究产品,申办方,适应症,备案日期\r\nMR-44-25-000321,中山大学肿瘤防治中心,某某CAR-T细胞注射液,某某生物科技有限公司,复发难治性B细胞淋巴瘤,2025-03-18\r\n";
    writeFileSync(file, encodeGb18030(text));
    const report = await importRecordFiles(getSource("iit")!, [file], { store, now: () => T1 });
    assert.equal(report.failed.length, 0, JSON.stringify(report.failed));
    const [e] = await store.listEvents({ types: ["iit"] });
    assert.equal(e!.asset, "某某CAR-T细胞注射液");
    assert.equal(e!.date, "2025-03-18");
  });

  it("stores nothing from a file whose layout changed and names the field", async () => {
    const report = await importRecordFiles(getSource("cde-acceptances")!, [path("cde-acceptances/renamed-key.json")], { store, now: () => T1 });
    assert.equal(report.failed.length, 1);
    assert.match(report.failed[0]!.error.message, /field "data\.records\.1\.acceptid" is missing/);
    assert.equal(await store.countSourceRecords("cde-acceptances"), 0);
    assert.equal(count("SELECT count(*) FROM events"), 0);
  });

  it("merges a proposed BTD imported without its detail with the inclusion synced later (record id alias)", async () => {
    await importRecordFiles(getSource("cde-btd")!, [path("cde-btd/proposed.json")], { store, now: () => T1, list: "proposed" });
    assert.equal(count("SELECT count(*) FROM events WHERE status = 'proposed'"), 3);
    const details = JSON.parse(fixture("cde-btd/detail.json")) as Record<string, unknown>;
    const server = await startFixtureServer({
      "/": () => ({ body: "<html></html>", type: "text/html" }),
      "/main/breakthrough/getBreakthroughCureList": (req) => (req.form.get("noticeType") === "1" ? cdeListRoute(JSON.parse(fixture("cde-btd/included.json")))(req) : { body: JSON.stringify({ code: 200, data: { records: [], total: 0 } }) }),
      "/main/breakthrough/getBreakthroughInfo": (req) => ({ body: JSON.stringify(details[req.form.get("bcnidCODE") ?? ""]) }),
    });
    try {
      const report = await syncSource(getSource("cde-btd")!, { store, http: createPoliteClient({ userAgent: "t", minIntervalMs: 0, retries: 0 }), now: () => new Date("2026-09-25T02:00:00Z"), resolve: toLocal(server.url) });
      assert.ok(report.ok, report.error?.message);
    } finally {
      await server.close();
    }
    assert.equal(count("SELECT count(*) FROM events WHERE type = 'btd'"), 3);
    const facts = await store.getSourceEventFacts("cde-btd:id:c2a1b0f9e8d7c6b6");
    assert.deepEqual([facts!.status, facts!.proposedDate, facts!.grantedDate], ["granted", "2026-09-14", "2026-09-20"]);
    assert.equal(count("SELECT count(*) FROM events WHERE type = 'btd' AND indication IS NOT NULL"), 3, "the detail's indication filled the imported event");
  });
});

describe("dualtrack decode", () => {
  it("prints one row per number and reports a malformed one with its reason and exit code 1", () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runDecode({ stdout: (l) => out.push(l), stderr: (l) => err.push(l) }, ["CXSL2400144", "CXHS2000009国", "CXSL24"], false);
    assert.equal(code, 1);
    assert.match(out.join("\n"), /CXSL2400144\s+domestic\s+new_drug\s+biological\s+clinical\s+2024\s+00144/);
    assert.match(out.join("\n"), /CXHS2000009\s+domestic\s+new_drug\s+chemical\s+marketing\s+2020\s+00009\s+国/);
    assert.deepEqual(err, ["invalid: CXSL24: expected 7 digits (2-digit year + 5-digit sequence) after the letters, found 2"]);
  });

  it("prints JSON with --json", () => {
    const out: string[] = [];
    assert.equal(runDecode({ stdout: (l) => out.push(l), stderr: () => {} }, ["JXHS2400012"], true), 0);
    const parsed = JSON.parse(out.join("")) as { ok: boolean; value: { origin: string; stage: string } };
    assert.deepEqual([parsed.ok, parsed.value.origin, parsed.value.stage], [true, "imported", "marketing"]);
  });

  it("runs through the CLI entry point", async () => {
    const code = await main(["node", "dualtrack", "decode", "CXSL2400144"]);
    assert.equal(code, 0);
  });
});

describe("dualtrack sources", () => {
  it("lists every adapter with its state, never-run sources included", async () => {
    await importRecordFiles(getSource("iit")!, [path("iit/registrations.csv")], { store, now: () => T1 });
    const list = listSources(await store.getSourceStates());
    assert.equal(list.length, 10);
    const iit = list.find((s) => s.id === "iit")!;
    assert.deepEqual([iit.syncable, iit.recordsSeen, iit.blocked, iit.lastRunAt], [false, 2, false, T1.toISOString()]);
    assert.deepEqual([list[0]!.id, list[0]!.lastRunAt, list[0]!.recordsSeen], ["cde-acceptances", null, 0]);
  });
});

/** GB18030 bytes of a string (Node has no GBK encoder; TextDecoder checks the round trip). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      assert.ok(code, `no GB18030 code for ${ch}`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
