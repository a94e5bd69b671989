import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createExtractor } from "../../src/extract/index.ts";
import { testApp, type ErrorJson } from "./app-helpers.ts";
import { seedStore, type SeededStore } from "./seed-store.ts";

const extractor = createExtractor();
const upload = {
  name: "ibi363-btd",
  text: "2025年6月4日，信达生物宣布，IBI363获得国家药监局突破性治疗药物认定，用于治疗鳞状非小细胞肺癌。",
  published: "2025-06-04",
};

describe("POST /api/documents", () => {
  let seeded: SeededStore;
  before(async () => {
    seeded = await seedStore({ empty: true });
  });
  after(() => seeded.cleanup());

  const post = (body: unknown, token = "s3cret") =>
    testApp(seeded.store, { token: "s3cret", extractor }).app.request("/api/documents", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  it("ingests an uploaded document and its events, and the same content again adds nothing", async () => {
    const first = await post(upload);
    assert.equal(first.status, 201);
    const stored = (await first.json()) as { documentId: string; status: string; eventsAdded: number };
    assert.deepEqual([stored.status, stored.eventsAdded], ["new", 1]);
    const events = await seeded.store.listEvents({ asset: "IBI363" });
    assert.deepEqual([events[0]?.type, events[0]?.sources[0]?.documentId], ["btd", stored.documentId]);
    const again = await post(upload);
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { status: string }).status, "unchanged");
  });

  it("refuses uploads without the token, and invalid bodies with the field named", async () => {
    const denied = await post(upload, "wrong");
    assert.equal(denied.status, 401);
    const invalid = await post({ ...upload, published: "June" });
    assert.equal(invalid.status, 422);
    assert.match(((await invalid.json()) as ErrorJson).error.message, /published/);
  });
});
