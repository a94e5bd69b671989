import type { Clock } from "../../shared/clock.ts";
import { messageOf } from "../../shared/errors.ts";
import type { Store } from "../../store/store.ts";
import type { Watchlist } from "../../store/watchlist.ts";
import { toEventItem, type EventItem } from "../views/event-item.ts";

export type WebhookOptions = {
  store: Store;
  clock: Clock;
  fetch?: typeof fetch;
  /** Attempts per batch (first try included). */
  attempts?: number;
  /** Backoff before retry n is baseDelayMs × 2^(n-1). */
  baseDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Most events sent in one POST. */
  batchSize?: number;
};

export type WebhookOutcome = { watchlistId: number; sent: number; ok: boolean; attempts: number; error: string | null };

/** The JSON posted to a webhook. */
export type WebhookPayload = { watchlist: { id: number; name: string }; events: EventItem[] };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts a watchlist's new matching events (stored after its cursor) to its webhook, retrying with
 * exponential backoff; every attempt is logged. On success the cursor moves past the sent events; after
 * the last failed attempt it stays, so the next run sends them again. Never throws.
 */
export async function deliverWatchlist(watchlist: Watchlist, options: WebhookOptions): Promise<WebhookOutcome> {
  const { store, clock } = options;
  if (!watchlist.webhookUrl) return { watchlistId: watchlist.id, sent: 0, ok: true, attempts: 0, error: null };
  const events = await store.watchlistEvents(watchlist.filter, { afterId: watchlist.lastEventId, limit: options.batchSize ?? 100 });
  if (events.length === 0) return { watchlistId: watchlist.id, sent: 0, ok: true, attempts: 0, error: null };
  const payload: WebhookPayload = { watchlist: { id: watchlist.id, name: watchlist.name }, events: events.map(toEventItem) };
  const body = JSON.stringify(payload);
  const eventIds = events.map((e) => e.id);
  const attempts = options.attempts ?? 4;
  const doFetch = options.fetch ?? fetch;
  let lastError: string | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await (options.sleep ?? wait)((options.baseDelayMs ?? 1000) * 2 ** (attempt - 2));
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await doFetch(watchlist.webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "dualtrack-webhook/0.1" },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = messageOf(e);
    }
    const ok = error === null;
    await store.recordWebhookDelivery({ watchlistId: watchlist.id, url: watchlist.webhookUrl, eventIds, attempt, status, ok, error, createdAt: clock().toISOString() });
    if (ok) {
      await store.setWatchlistCursor(watchlist.id, Math.max(...eventIds));
      return { watchlistId: watchlist.id, sent: events.length, ok: true, attempts: attempt, error: null };
    }
    lastError = error;
  }
  return { watchlistId: watchlist.id, sent: 0, ok: false, attempts, error: lastError };
}

/** Runs `deliverWatchlist` for every watchlist with a webhook, one after the other. */
export async function deliverAllWatchlists(options: WebhookOptions): Promise<WebhookOutcome[]> {
  const out: WebhookOutcome[] = [];
  for (const w of await options.store.listWatchlists()) if (w.webhookUrl) out.push(await deliverWatchlist(w, options));
  return out;
}
