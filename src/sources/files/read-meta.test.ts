import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createTmpDir } from "../../../test/support/tmp-dir.ts";
import { metaPathOf, readMeta } from "./read-meta.ts";

const dir = createTmpDir("dualtrack-meta-");
after(() => dir.remove());

let n = 0;
/** A document path whose sidecar holds `meta` (a string is written as is, anything else as JSON). */
function withMeta(meta: unknown): string {
  const doc = dir.join(`doc-${++n}.txt`);
  dir.write(`doc-${n}.meta.json`, typeof meta === "string" ? meta : JSON.stringify(meta));
  return doc;
}

function failure(path: string): string {
  const result = readMeta(path);
  assert.ok(!result.ok, `expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

describe("metaPathOf(path)", () => {
  it("puts NAME.meta.json beside NAME.ext", () => {
    assert.equal(metaPathOf("/news/2025/ibi363.btd.html"), "/news/2025/ibi363.btd.meta.json");
    assert.equal(metaPathOf("notes.txt"), "notes.meta.json");
  });
});

describe("readMeta(path)", () => {
  it("returns null when there is no sidecar", () => {
    assert.deepEqual(readMeta(dir.join("no-sidecar.txt")), { ok: true, value: null });
  });

  it("reads url, title, lang and published", () => {
    const meta = { url: "https://example.org/ibi363", title: "IBI363获突破性治疗认定", lang: "zh", published: "2025-06" };
    assert.deepEqual(readMeta(withMeta(meta)), { ok: true, value: meta });
  });

  it("accepts null fields and an empty object", () => {
    assert.deepEqual(readMeta(withMeta({ url: null, published: null })), { ok: true, value: { url: null, published: null } });
    assert.deepEqual(readMeta(withMeta({})), { ok: true, value: {} });
  });

  it("reads a sidecar saved with a UTF-8 byte-order mark", () => {
    assert.deepEqual(readMeta(withMeta('\ufeff{"title":"恒瑞医药"}')), { ok: true, value: { title: "恒瑞医药" } });
  });

  it("names the file when the JSON is malformed", () => {
    const path = withMeta('{ "url": "https://example.org", ');
    assert.match(failure(path), new RegExp(`^malformed doc-${n}\\.meta\\.json: `));
  });

  it("names the file and the field when a field has the wrong type", () => {
    const error = failure(withMeta({ title: 42 }));
    assert.match(error, new RegExp(`^malformed doc-${n}\\.meta\\.json: title: `));
    assert.match(error, /expected string/);
  });

  it("names the field when a date is not a partial date", () => {
    assert.match(failure(withMeta({ published: "June 4, 2025" })), /meta\.json: published: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("names the field when lang is outside the vocabulary", () => {
    assert.match(failure(withMeta({ lang: "fr" })), /meta\.json: lang: /);
  });

  it("names an unknown field", () => {
    const error = failure(withMeta({ title: "x", author: "someone" }));
    assert.match(error, new RegExp(`^malformed doc-${n}\\.meta\\.json: `));
    assert.match(error, /author/);
  });

  it("refuses JSON that is not an object", () => {
    assert.match(failure(withMeta("[1, 2]")), /^malformed doc-\d+\.meta\.json: \(root\): /);
    assert.match(failure(withMeta("null")), /^malformed doc-\d+\.meta\.json: /);
  });
});
