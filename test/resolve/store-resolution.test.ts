import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type NewEvent } from "../../src/store/index.ts";

const recordEvent = (sentence: string): NewEvent => ({
  key: "cde-btd:CXSL2400001:nsclc",
  event: { asset: "IBI363", asset_aliases: [], company: "信达生物", type: "btd", status: "granted", agency: "NMPA", date: "2025-06-04", indication: "非小细胞肺癌", modality: null, targets: [], phase: null, counterparty: null, upfront_usd: null, total_usd: null },
  source: { documentId: null, sourceId: "cde-btd", recordId: "123", url: null, sentence, span: [0, sentence.length], extractorVersion: "records", fetchedAt: "2025-06-05T00:00:00Z" },
});

describe("migration 005: event_sources of official records", () => {
  it("stores a record source once however often it is saved, and keeps a second wording of the same record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dualtrack-store-"));
    const store = openSqliteStore(join(dir, "s.db"));
    try {
      await store.saveRecordEvents([recordEvent("IBI363 纳入突破性治疗")]);
      await store.saveRecordEvents([recordEvent("IBI363 纳入突破性治疗")]);
      await store.saveRecordEvents([recordEvent("IBI363 拟纳入突破性治疗")]);
      const [event] = await store.listEvents({});
      assert.deepEqual(event!.sources.map((s) => s.sentence), ["IBI363 纳入突破性治疗", "IBI363 拟纳入突破性治疗"]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
