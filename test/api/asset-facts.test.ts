import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createExtractor } from "../../src/extract/index.ts";
import { ingestDocument } from "../../src/pipeline/ingest.ts";
import { loadResolveInputs, runResolution } from "../../src/pipeline/resolve.ts";
import { documentFromText } from "../../src/sources/files/index.ts";
import { testApp } from "./app-helpers.ts";
import { NOW, seedStore, type SeededStore } from "./seed-store.ts";

const extractor = createExtractor();
const STORIES = [
  "2025年6月4日，信达生物宣布，IBI363获得国家药监局突破性治疗药物认定，用于治疗鳞状非小细胞肺癌。",
  "On June 4, 2025, Innovent Biologics said IBI-363 was granted Breakthrough Therapy Designation by the NMPA for squamous non-small cell lung cancer.",
];

describe("GET /api/assets/:name after resolution", () => {
  let seeded: SeededStore;
  before(async () => {
    seeded = await seedStore({ empty: true });
    for (const [i, text] of STORIES.entries()) {
      const doc = documentFromText({ name: `story-${i}`, text, format: "txt", published: "2025-06-04" }, new Date(NOW));
      assert.ok(doc.ok);
      await ingestDocument(doc.value, { store: seeded.store, extractor });
    }
  });
  after(() => seeded.cleanup());

  it("shows one timeline entry per fact, with every source that states it, and counts recognitions", async () => {
    const { app } = testApp(seeded.store);
    const before = (await (await app.request("/api/assets/IBI363")).json()) as { timeline: unknown[]; recognitions: string | null };
    assert.equal(before.timeline.length, 1, "unresolved: only the events that name IBI363 exactly");
    const inputs = loadResolveInputs("/nonexistent/overrides.yaml");
    assert.ok(inputs.ok);
    await runResolution({ store: seeded.store, inputs: inputs.value, now: () => new Date(NOW) });
    const after = (await (await app.request("/api/assets/IBI363")).json()) as { timeline: Array<{ sources: unknown[] }>; recognitions: string | null };
    assert.equal(after.timeline.length, 1);
    assert.equal(after.timeline[0]!.sources.length, 2);
    assert.match(after.recognitions ?? "", /BTD ×1 \(NMPA\)/);
  });
});
