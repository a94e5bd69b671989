// Golden-file tests for the extraction pipeline: test/fixtures/input/extract/<case>.{txt,html} is read as `extract`
// reads it and compared with test/fixtures/output/extract/<case>.json. A missing golden file is written locally
// (and fails under CI); a mismatch writes <case>-changed.json beside the golden file for review.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createExtractor } from "../src/extract/index.ts";
import { documentName, readDocumentFile } from "../src/sources/files/index.ts";

const INPUT = "test/fixtures/input/extract";
const OUTPUT = "test/fixtures/output/extract";
const extractor = createExtractor();

describe("extract pipeline (golden files)", () => {
  for (const file of readdirSync(INPUT).filter((f) => /\.(txt|md|html)$/.test(f)).sort()) {
    it(`extracts the expected events from ${file}`, () => {
      const read = readDocumentFile(join(INPUT, file), { maxBytes: 1 << 20, now: new Date("2025-01-01T00:00:00Z") });
      assert.ok(read.ok, read.ok ? "" : read.error);
      const doc = read.value;
      const out = extractor.extract({ documentId: doc.id, text: doc.text, lang: doc.lang, published: doc.published, title: doc.title });
      const actual = JSON.stringify(
        { doc: documentName(file), lang: out.lang, published: doc.published ?? out.published, events: out.events.map(({ provenance, ...e }) => ({ ...e, sentence: provenance.sentence })) },
        null,
        2,
      ) + "\n";
      const golden = join(OUTPUT, `${documentName(file)}.json`);
      if (!existsSync(golden)) {
        if (process.env.CI) assert.fail(`missing golden file ${golden}`);
        writeFileSync(golden, actual);
        return;
      }
      const expected = readFileSync(golden, "utf8");
      if (actual !== expected) writeFileSync(golden.replace(/\.json$/, "-changed.json"), actual);
      assert.equal(actual, expected, `output changed; see ${golden.replace(/\.json$/, "-changed.json")}`);
    });
  }
});
