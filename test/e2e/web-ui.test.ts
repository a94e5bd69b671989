import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { serve } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/api/create-app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { fixedClock } from "../../src/shared/clock.ts";
import { NOW, seedStore, type SeededStore } from "../api/seed-store.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(process.cwd(), "test-artifacts", "e2e");

describe("web UI in headless Chromium", { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed` }, () => {
  let seeded: SeededStore;
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    seeded = await seedStore();
    const app = createApp({ store: seeded.store, config: loadConfig({}), clock: fixedClock(NOW), log: () => undefined });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await seeded?.cleanup();
  });

  it("loads the home page with this week's events and the trend chart", async () => {
    await page.goto(`${base}/?lang=en`);
    assert.equal(await page.textContent("#week-total"), "2");
    assert.equal(await page.locator("#trend-chart svg").count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, "home.png"), fullPage: true });
  });

  it("filters the events page by a facet and keeps the other facets' counts", async () => {
    await page.goto(`${base}/events?lang=en`);
    assert.equal(await page.textContent("#total"), "6");
    await page.click('.facet[data-facet="agency"] a[data-value="NMPA"]');
    await page.waitForURL(/agency=NMPA/);
    assert.equal(await page.textContent("#total"), "3");
    assert.equal(await page.locator("table.events tbody tr").count(), 3);
    await page.screenshot({ path: join(ARTIFACTS, "events-filtered.png"), fullPage: true });
  });

  it("searches in Chinese and finds the breakthrough designation", async () => {
    await page.goto(`${base}/events?lang=zh`);
    await page.fill("#q", "突破性治疗");
    await Promise.all([page.waitForURL(/q=/), page.click("#search-submit")]);
    assert.equal(await page.textContent("#total"), "1");
    assert.equal(await page.textContent("table.events tbody tr a.asset"), "IBI363");
    await page.screenshot({ path: join(ARTIFACTS, "search-zh.png"), fullPage: true });
  });

  it("opens an asset from the table and shows its timeline with the highlighted source sentence", async () => {
    await Promise.all([page.waitForURL(/\/assets\//), page.click("table.events tbody tr a.asset")]);
    assert.equal(await page.textContent("#asset-name"), "IBI363");
    assert.equal(await page.locator(".timeline li").count(), 2);
    assert.equal(await page.locator("mark", { hasText: "第二项突破性治疗药物认定" }).count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, "asset.png"), fullPage: true });
  });

  it("downloads the filtered table as CSV", async () => {
    await page.goto(`${base}/events?agency=NMPA&lang=en`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
    const file = join(ARTIFACTS, "events.csv");
    await download.saveAs(file);
    const lines = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^Date,Asset,/);
  });

  it("sorts the table by a column header click and filters rows while typing", async () => {
    await page.goto(`${base}/events?lang=en`);
    await page.click("table.events th:nth-child(2)");
    const assets = await page.locator("table.events tbody tr td:nth-child(2)").allTextContents();
    assert.deepEqual(assets, [...assets].sort((a, b) => a.localeCompare(b)));
    await page.fill("input[data-filter-rows]", "ESO");
    assert.equal(await page.locator("table.events tbody tr:visible").count(), 2);
  });

  it("switches the interface to Chinese", async () => {
    await page.goto(`${base}/events?lang=en`);
    await Promise.all([page.waitForURL(/lang=zh/), page.click("#lang-switch")]);
    assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
    assert.ok(((await page.textContent("h1")) ?? "").includes("事件"));
    await page.screenshot({ path: join(ARTIFACTS, "events-zh.png"), fullPage: true });
  });

  it("never runs a script injected through document text", async () => {
    for (const path of ["/", "/events", "/events?q=AC-101", "/landscape", `/assets/${encodeURIComponent('AC-101<script>alert("xss")</script>')}`]) await page.goto(`${base}${path}`);
    assert.deepEqual(dialogs, []);
  });
});
