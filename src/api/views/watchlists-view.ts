import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../../shared/clock.ts";
import { AppError } from "../../shared/errors.ts";
import type { Store } from "../../store/store.ts";
import { WatchFilterSchema, type Watchlist, type WebhookDelivery } from "../../store/watchlist.ts";
import { toEventItem, type EventItem } from "./event-item.ts";

/** Body of POST /api/watchlists. */
export const WatchlistBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    filter: WatchFilterSchema.default(WatchFilterSchema.parse({})),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .default(null),
  })
  .strict();
export type WatchlistBody = z.infer<typeof WatchlistBodySchema>;

/** A watchlist as clients see it: the webhook URL shown only up to its path (it may hold a secret). */
export type WatchlistItem = Omit<Watchlist, "webhookUrl"> & { feedUrl: string; webhook: string | null };

export type WatchlistsView = { watchlists: WatchlistItem[]; writable: boolean };
export type WatchlistDetailView = { watchlist: WatchlistItem; events: EventItem[]; deliveries: WebhookDelivery[] };

function maskUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return null;
  }
}

export const toWatchlistItem = (w: Watchlist): WatchlistItem => {
  const { webhookUrl, ...rest } = w;
  return { ...rest, feedUrl: `/feeds/${w.feedToken}.atom`, webhook: maskUrl(webhookUrl) };
};

export async function buildWatchlistsView(store: Store, writable: boolean): Promise<WatchlistsView> {
  return { watchlists: (await store.listWatchlists()).map(toWatchlistItem), writable };
}

export async function buildWatchlistDetail(store: Store, id: number): Promise<WatchlistDetailView> {
  const w = await store.getWatchlist(id);
  if (!w) throw new AppError("not_found", `no watchlist ${id}`);
  const [events, deliveries] = await Promise.all([store.watchlistEvents(w.filter, { limit: 50 }), store.listWebhookDeliveries(id, 50)]);
  return { watchlist: toWatchlistItem(w), events: events.map(toEventItem), deliveries };
}

/** Creates a watchlist with a fresh feed token; it alerts on events stored from now on. */
export async function createWatchlist(store: Store, clock: Clock, body: WatchlistBody): Promise<Watchlist> {
  return store.createWatchlist({ name: body.name, filter: body.filter, webhookUrl: body.webhookUrl, feedToken: randomBytes(18).toString("base64url"), createdAt: clock().toISOString() });
}
