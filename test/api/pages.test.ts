import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { testApp } from "./app-helpers.ts";
import { seedStore, type SeededStore } from "./seed-store.ts";

/** Asserts, on the parsed page, that no document payload became markup: one script (ours), no handlers, no images, no javascript: links. */
function assertNoInjection(body: string, where: string): void {
  const { document } = parseHTML(body);
  assert.equal(document.querySelectorAll("script").length, 1, `${where}: a script element from a document`);
  assert.equal(document.querySelectorAll("img").length, 0, `${where}: an img element from a document`);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      assert.ok(!/^on/i.test(attr.name), `${where}: event handler attribute ${attr.name}`);
      if (attr.name === "href") assert.ok(!/^\s*javascript:/i.test(attr.value), `${where}: javascript: link`);
    }
  }
  assert.ok(!body.includes("<script>alert"), `${where}: raw <script> from a document`);
}

describe("web pages", () => {
  let seeded: SeededStore;
  let app: ReturnType<typeof testApp>["app"];
  before(async () => {
    seeded = await seedStore();
    app = testApp(seeded.store).app;
  });
  after(() => seeded.cleanup());

  const page = async (url: string, headers: Record<string, string> = {}) => {
    const res = await app.request(url, { headers });
    assert.equal(res.status, 200, url);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    return { res, body: await res.text() };
  };

  for (const url of ["/", "/events", "/events?q=AC-101", "/iit", "/landscape", "/sources", "/watchlists", `/companies/${encodeURIComponent('Acme Bio "><img src=x onerror=alert(1)>')}`, `/assets/${encodeURIComponent('AC-101<script>alert("xss")</script>')}`]) {
    it(`escapes script-injection payloads from titles, names and article text on ${url}`, async () => {
      const { body } = await page(url);
      assertNoInjection(body, url);
    });
  }

  it("shows the escaped payload as text rather than dropping it", async () => {
    const { body } = await page("/events");
    assert.ok(body.includes("AC-101&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"));
  });

  it("allows only scripts carrying the response's nonce", async () => {
    const { res, body } = await page("/events");
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce);
    assert.equal(body.match(/<script/g)?.length, 1);
    assert.ok(body.includes(`<script nonce="${nonce}">`));
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  });

  it("builds each page from the same view model as its JSON twin", async () => {
    const json = (await (await app.request("/api/events?agency=NMPA")).json()) as { total: number; events: Array<{ asset: string }> };
    const { body } = await page("/events?agency=NMPA");
    assert.ok(body.includes(`<strong id="total">${json.total}</strong>`));
    for (const e of json.events) assert.ok(body.includes(`>${e.asset}</a>`));
    const home = (await (await app.request("/api/home")).json()) as { total: number; week: { start: string } };
    const homePage = await page("/");
    assert.ok(homePage.body.includes(`<strong id="week-total">${home.total}</strong>`));
    assert.equal(home.week.start, "2025-06-02");
  });

  it("renders the weekly trend chart as inline SVG and the week's digest on the home page", async () => {
    const { body } = await page("/");
    assert.match(body, /<div class="chart" id="trend-chart"><svg/);
    assert.match(body, /<section class="card digest" id="digest">/);
  });

  it("switches to Chinese with ?lang=zh and remembers the choice in a cookie", async () => {
    const { res, body } = await page("/events?lang=zh");
    assert.match(body, /<html lang="zh-CN">/);
    assert.ok(body.includes("突破性治疗"));
    assert.match(res.headers.get("set-cookie") ?? "", /lang=zh/);
    const again = await page("/events", { cookie: "lang=zh" });
    assert.match(again.body, /<html lang="zh-CN">/);
  });

  it("shows an asset's timeline oldest first with the source sentence highlighted in its document", async () => {
    const { body } = await page("/assets/IBI-363");
    assert.ok(body.indexOf("2024-01-10") < body.indexOf("2025-06-04"));
    assert.ok(body.includes("<mark>IBI363获得国家药监局第二项突破性治疗药物认定</mark>"));
    const json = (await (await app.request("/api/assets/ibi363")).json()) as { name: string; aliases: string[]; stage: string };
    assert.deepEqual([json.name, json.aliases, json.stage], ["IBI363", ["IBI-363"], "phase2"]);
  });

  it("shows a company's pipeline with each asset's furthest stage", async () => {
    const json = (await (await app.request(`/api/companies/${encodeURIComponent("信达生物")}`)).json()) as { pipeline: Array<{ asset: string; stage: string }> };
    assert.deepEqual(json.pipeline, [{ ...json.pipeline[0], asset: "IBI363", stage: "phase2" }]);
  });

  it("lays out assets by target and furthest stage", async () => {
    const json = (await (await app.request("/api/landscape")).json()) as { rows: Array<{ target: string; cells: Record<string, number> }> };
    const pd1 = json.rows.find((r) => r.target === "PD-1");
    assert.equal(pd1?.cells.phase2, 1);
    assert.equal(json.rows.find((r) => r.target === "BCMA")?.cells.iit, 1);
  });

  it("falls back to the latest week with events when this week has none", async () => {
    const empty = await seedStore({ empty: true });
    try {
      const json = (await (await testApp(empty.store).app.request("/api/home")).json()) as { total: number; week: { isCurrent: boolean } };
      assert.equal(json.total, 0);
      assert.equal(json.week.isCurrent, true);
    } finally {
      await empty.cleanup();
    }
  });
});
