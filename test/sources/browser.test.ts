import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { syncSource } from "../../src/pipeline/sync.ts";
import { openBrowserSession } from "../../src/sources/browser/browser-session.ts";
import { DEFAULT_CHROMIUM } from "../../src/sources/browser/chromium-args.ts";
import { createPoliteClient } from "../../src/sources/http/polite-client.ts";
import { getSource } from "../../src/sources/registry.ts";
import { cdeListRoute, fixture, html, startFixtureServer, toLocal } from "./support/fixture-server.ts";
import { createTestStore } from "./support/test-store.ts";

const skip = existsSync(DEFAULT_CHROMIUM) ? false : `${DEFAULT_CHROMIUM} is not installed (apt-get install chromium); browser mode not tested`;
const LIST_PAGE = "/main/xxgk/listpage/4b5255eb0a84820cef4ca3e8b6bbe20c";

describe("browser mode (chromium through playwright-core)", { skip }, () => {
  it("loads the list page and calls the endpoint from inside it, storing what it returns", async () => {
    let blockedMode = false;
    const server = await startFixtureServer({
      [LIST_PAGE]: () => html("<html><head><title>临床试验默示许可</title></head><body><div id='list'></div></body></html>"),
      "/main/xxgk/getCliniCalList": (req) => (blockedMode ? html(fixture("http/ruishu-challenge.html"), 202) : cdeListRoute(JSON.parse(fixture("cde-implied-approvals/getCliniCalList.json")))(req)),
    });
    const store = createTestStore();
    const session = await openBrowserSession({ resolve: toLocal(server.url), userAgent: "dualtrack-test", timeoutMs: 30_000 });
    assert.ok(session.ok, session.ok ? "" : session.error.message);
    try {
      const options = {
        store,
        http: createPoliteClient({ userAgent: "dualtrack-test", minIntervalMs: 0, retries: 0 }),
        now: () => new Date("2026-09-16T02:00:00.000Z"),
        resolve: toLocal(server.url),
        browser: session.value.fetch,
      };
      const report = await syncSource(getSource("cde-implied-approvals")!, options);
      assert.ok(report.ok, report.error?.message);
      assert.equal(await store.countSourceRecords("cde-implied-approvals"), 5);
      const xhr = server.requests.find((r) => r.path === "/main/xxgk/getCliniCalList")!;
      assert.equal(xhr.headers["x-requested-with"], "XMLHttpRequest");
      assert.equal(xhr.headers["user-agent"], "dualtrack-test");
      assert.equal(xhr.form.get("pageNum"), "1");
      assert.ok(server.requests.some((r) => r.path === LIST_PAGE), "the list page was loaded first");

      blockedMode = true;
      const walled = await syncSource(getSource("cde-implied-approvals")!, { ...options, full: true });
      assert.equal(walled.blocked, true, "a 202 inside the browser is still a bot wall");
    } finally {
      await session.value.close();
      await store.close();
      await server.close();
    }
  });
});
