import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { testApp, type ErrorJson } from "./app-helpers.ts";
import { seedStore, type SeededStore } from "./seed-store.ts";

describe("/api/overrides", () => {
  let seeded: SeededStore;
  let file: string;
  before(async () => {
    seeded = await seedStore({ empty: true });
    file = join(seeded.dir, "overrides.yaml");
  });
  after(() => seeded.cleanup());

  const put = (yaml: string, token = "s3cret") =>
    testApp(seeded.store, { token: "s3cret", overrides: file }).app.request("/api/overrides", {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ yaml }),
    });

  it("replaces the overrides file with a valid one and serves it back", async () => {
    const yaml = "version: 1\nassets:\n  merge:\n    - names: [ZX-101, ZX101]\n";
    const res = await put(yaml);
    assert.equal(res.status, 200);
    assert.equal(readFileSync(file, "utf8"), yaml);
    const back = (await (await testApp(seeded.store, { overrides: file }).app.request("/api/overrides")).json()) as { yaml: string };
    assert.equal(back.yaml, yaml);
  });

  it("refuses an invalid file with the entry named and leaves the file as it was", async () => {
    const before = readFileSync(file, "utf8");
    const res = await put("version: 1\nassets:\n  merge:\n    - names: [ZX-101]\n");
    assert.equal(res.status, 422);
    assert.match(((await res.json()) as ErrorJson).error.message, /assets\.merge\.0\.names/);
    assert.equal(readFileSync(file, "utf8"), before);
  });

  it("refuses writes without the token", async () => {
    const res = await put("version: 1\n", "wrong");
    assert.equal(res.status, 401);
    assert.ok(existsSync(file));
  });
});
