import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { WatchlistItem } from "../../src/api/views/watchlists-view.ts";
import { deliverWatchlist, type WebhookPayload } from "../../src/api/watch/deliver-webhooks.ts";
import { fixedClock } from "../../src/shared/clock.ts";
import { sha256 } from "../../src/shared/hash.ts";
import { testApp } from "./app-helpers.ts";
import { NOW, seedStore, XSS, type SeededStore } from "./seed-store.ts";

type Receiver = { url: string; bodies: WebhookPayload[]; statuses: number[]; close(): Promise<void> };

/** A local webhook receiver on 127.0.0.1 that answers with the given statuses in turn (then 200). */
async function startReceiver(statuses: number[]): Promise<Receiver> {
  const bodies: WebhookPayload[] = [];
  const seen: number[] = [];
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const status = statuses.shift() ?? 200;
      seen.push(status);
      if (status === 200) bodies.push(JSON.parse(text) as WebhookPayload);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook?secret=abc`, bodies, statuses: seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("watchlists", () => {
  let seeded: SeededStore;
  let receiver: Receiver;
  const auth = { "content-type": "application/json", authorization: "Bearer s3cret" };
  before(async () => {
    seeded = await seedStore();
    receiver = await startReceiver([500, 503]);
  });
  after(async () => {
    await receiver.close();
    await seeded.cleanup();
  });

  const addEvent = async (asset: string, targets: string[]) => {
    const text = `${asset} news ${Math.random()}`;
    const id = sha256(text);
    await seeded.store.saveDocument(
      { id, location: "x", url: null, title: `${asset} ${XSS}`, lang: "en", published: "2025-06-05", fetchedAt: NOW, encoding: "utf-8", format: "txt", text },
      [
        {
          key: sha256(`k:${text}`),
          event: { asset, asset_aliases: [], company: "Hengrui", type: "btd", status: "proposed", agency: "NMPA", date: "2025-06-05", indication: "IPF", modality: "small_molecule", targets, phase: null, counterparty: null, upfront_usd: null, total_usd: null },
          source: { documentId: id, sourceId: null, recordId: null, url: null, sentence: text, span: [0, text.length], extractorVersion: "t", fetchedAt: NOW },
        },
      ],
    );
  };

  it("creates a watchlist with the token, lists it with its feed and hides the webhook's query string", async () => {
    const { app } = testApp(seeded.store, { token: "s3cret" });
    const res = await app.request("/api/watchlists", { method: "POST", headers: auth, body: JSON.stringify({ name: "PD-1 BTDs", filter: { targets: ["pd1"], types: ["btd"] }, webhookUrl: receiver.url }) });
    assert.equal(res.status, 201);
    const created = (await res.json()) as WatchlistItem;
    assert.match(created.feedUrl, /^\/feeds\/[\w-]+\.atom$/);
    assert.equal(created.webhook, receiver.url.replace("?secret=abc", ""));
    const list = (await (await app.request("/api/watchlists")).json()) as { watchlists: WatchlistItem[] };
    assert.equal(list.watchlists.length, 1);
  });

  it("serves an escaped Atom feed of the matching events", async () => {
    const { app } = testApp(seeded.store, { token: "s3cret" });
    const [w] = await seeded.store.listWatchlists();
    const res = await app.request(`/feeds/${w!.feedToken}.atom`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /application\/atom\+xml/);
    const xml = await res.text();
    assert.match(xml, /<title>IBI363: Breakthrough therapy \(NMPA\) · 信达生物<\/title>/);
    assert.ok(!xml.includes("<script>"));
    assert.equal((await app.request("/feeds/unknown-token.atom")).status, 404);
  });

  it("posts only events stored after it was created, retrying with backoff and logging every attempt", async () => {
    await addEvent("HRS-9999", ["PD-1"]);
    await addEvent("OTHER-1", ["EGFR"]);
    const [w] = await seeded.store.listWatchlists();
    const delays: number[] = [];
    const outcome = await deliverWatchlist(w!, { store: seeded.store, clock: fixedClock(NOW), baseDelayMs: 10, sleep: async (ms) => void delays.push(ms) });
    assert.deepEqual(outcome, { watchlistId: w!.id, sent: 1, ok: true, attempts: 3, error: null });
    assert.deepEqual(delays, [10, 20]);
    assert.deepEqual(receiver.statuses, [500, 503, 200]);
    assert.deepEqual(receiver.bodies[0]!.events.map((e) => e.asset), ["HRS-9999"]);
    const log = await seeded.store.listWebhookDeliveries(w!.id, 10);
    assert.deepEqual(log.map((d) => [d.attempt, d.status, d.ok]), [[3, 200, true], [2, 503, false], [1, 500, false]]);
    const again = await deliverWatchlist((await seeded.store.getWatchlist(w!.id))!, { store: seeded.store, clock: fixedClock(NOW) });
    assert.equal(again.sent, 0, "the cursor moved past the delivered events");
  });

  it("keeps the cursor when every attempt fails so the next run sends the events again", async () => {
    const dead = await startReceiver([500, 500]);
    await dead.close();
    const created = await seeded.store.createWatchlist({ name: "dead", filter: { assets: [], companies: ["Hengrui"], targets: [], indications: [], types: [] }, webhookUrl: dead.url, feedToken: "deadfeedtoken", createdAt: NOW });
    await addEvent("HRS-1000", ["KRAS"]);
    const outcome = await deliverWatchlist(created, { store: seeded.store, clock: fixedClock(NOW), attempts: 2, sleep: async () => undefined });
    assert.equal(outcome.ok, false);
    assert.equal(outcome.attempts, 2);
    assert.equal((await seeded.store.getWatchlist(created.id))!.lastEventId, created.lastEventId);
  });

  it("deletes a watchlist only with the token", async () => {
    const [w] = await seeded.store.listWatchlists();
    const { app } = testApp(seeded.store, { token: "s3cret" });
    assert.equal((await app.request(`/api/watchlists/${w!.id}`, { method: "DELETE" })).status, 401);
    assert.equal((await app.request(`/api/watchlists/${w!.id}`, { method: "DELETE", headers: auth })).status, 200);
    assert.equal((await app.request(`/api/watchlists/${w!.id}`)).status, 404);
  });

  it("creates a watchlist from the HTML form when the form carries the token", async () => {
    const { app } = testApp(seeded.store, { token: "s3cret" });
    const form = new URLSearchParams({ name: "form list", targets: "PD-1, EGFR", token: "s3cret" });
    const res = await app.request("/watchlists", { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    assert.equal(res.status, 303);
    const list = await seeded.store.listWatchlists();
    assert.deepEqual(list.find((w) => w.name === "form list")?.filter.targets, ["PD-1", "EGFR"]);
  });
});
