import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { MAX_BODY_BYTES } from "../../src/api/create-app.ts";
import type { Store } from "../../src/store/store.ts";
import { testApp, type ErrorJson } from "./app-helpers.ts";
import { seedStore, type SeededStore } from "./seed-store.ts";

/** Every error, whatever its cause, has exactly this shape: { error: { code, message } } and nothing else. */
async function assertErrorShape(res: Response, status: number, code: string): Promise<ErrorJson> {
  assert.equal(res.status, status);
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  const body = (await res.json()) as ErrorJson;
  assert.deepEqual(Object.keys(body), ["error"]);
  assert.deepEqual(Object.keys(body.error).sort(), ["code", "message"]);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, "string");
  assert.ok(!/\n\s+at /.test(body.error.message), "no stack trace");
  return body;
}

describe("error shape", () => {
  let seeded: SeededStore;
  before(async () => {
    seeded = await seedStore();
  });
  after(() => seeded.cleanup());

  it("answers an unknown API route with not_found", async () => {
    await assertErrorShape(await testApp(seeded.store).app.request("/api/nothing-here"), 404, "not_found");
  });

  it("answers a bad query parameter with usage and names the parameter", async () => {
    const body = await assertErrorShape(await testApp(seeded.store).app.request("/api/events?type=nope"), 400, "usage");
    assert.match(body.error.message, /type/);
    await assertErrorShape(await testApp(seeded.store).app.request("/api/events?since=yesterday"), 400, "usage");
    await assertErrorShape(await testApp(seeded.store).app.request("/api/events?format=pdf"), 400, "usage");
  });

  it("answers an unknown asset with not_found", async () => {
    await assertErrorShape(await testApp(seeded.store).app.request("/api/assets/NOPE-1"), 404, "not_found");
  });

  it("refuses writes on a read-only server and with a wrong token", async () => {
    const post = { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer x" }, body: JSON.stringify({ name: "w" }) };
    await assertErrorShape(await testApp(seeded.store).app.request("/api/watchlists", post), 401, "unauthorized");
    await assertErrorShape(await testApp(seeded.store, { token: "secret" }).app.request("/api/watchlists", post), 401, "unauthorized");
  });

  it("answers an invalid body with invalid_input", async () => {
    const app = testApp(seeded.store, { token: "secret" }).app;
    const headers = { "content-type": "application/json", authorization: "Bearer secret" };
    await assertErrorShape(await app.request("/api/watchlists", { method: "POST", headers, body: "{not json" }), 422, "invalid_input");
    await assertErrorShape(await app.request("/api/watchlists", { method: "POST", headers, body: JSON.stringify({ name: "w", webhookUrl: "javascript:alert(1)" }) }), 422, "invalid_input");
  });

  it("refuses a body over the size limit with too_large", async () => {
    const app = testApp(seeded.store, { token: "secret" }).app;
    const big = JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES + 10) });
    await assertErrorShape(await app.request("/api/watchlists", { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer secret" }, body: big }), 413, "too_large");
  });

  it("hides the details of an unexpected failure and logs them instead", async () => {
    const broken = new Proxy(seeded.store, {
      get(target, prop, receiver) {
        if (prop === "queryEvents") return () => Promise.reject(new Error("disk on fire at /secret/path"));
        return Reflect.get(target, prop, receiver) as unknown;
      },
    }) as Store;
    const { app, logged } = testApp(broken);
    const body = await assertErrorShape(await app.request("/api/events"), 500, "internal");
    assert.equal(body.error.message, "internal error");
    assert.ok(logged.some((l) => l.includes("disk on fire")));
  });

  it("shows browsers an HTML page with the same code and message", async () => {
    const res = await testApp(seeded.store).app.request("/assets/NOPE-1", { headers: { accept: "text/html" } });
    assert.equal(res.status, 404);
    assert.match(await res.text(), /<p id="error" data-code="not_found">no events for asset NOPE-1<\/p>/);
  });

  it("publishes an OpenAPI document that declares the error shape", async () => {
    const res = await testApp(seeded.store).app.request("/api/openapi.json");
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: { Error: unknown } } };
    assert.equal(doc.openapi, "3.1.0");
    for (const p of ["/api/events", "/api/home", "/api/assets/{name}", "/api/watchlists", "/feeds/{token}.atom"]) assert.ok(doc.paths[p], p);
    assert.ok(doc.components.schemas.Error);
  });
});
