import type BetterSqlite3 from "better-sqlite3";
import { likePattern } from "../fts-query.ts";
import type { StoredEvent } from "../store.ts";
import { WatchFilterSchema, type NewWatchlist, type NewWebhookDelivery, type WatchFilter, type Watchlist, type WebhookDelivery } from "../watchlist.ts";
import { normTarget, type SqliteBrowse } from "./sqlite-browse.ts";

type WatchlistRow = { id: number; name: string; filter: string; feed_token: string; webhook_url: string | null; last_event_id: number; created_at: string };
type DeliveryRow = { id: number; watchlist_id: number; url: string; event_ids: string; attempt: number; status: number | null; ok: number; error: string | null; created_at: string };

/** Watchlists and their webhook delivery log (tables of migration 003). */
export class SqliteWatchlists {
  private readonly raw: BetterSqlite3.Database;
  private readonly browse: SqliteBrowse;

  constructor(raw: BetterSqlite3.Database, browse: SqliteBrowse) {
    this.raw = raw;
    this.browse = browse;
  }

  create(input: NewWatchlist): Watchlist {
    const lastEventId = this.browse.maxEventId();
    const result = this.raw
      .prepare("INSERT INTO watchlists (name, filter, feed_token, webhook_url, last_event_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(input.name, JSON.stringify(input.filter), input.feedToken, input.webhookUrl, lastEventId, input.createdAt);
    return { id: Number(result.lastInsertRowid), name: input.name, filter: input.filter, feedToken: input.feedToken, webhookUrl: input.webhookUrl, lastEventId, createdAt: input.createdAt };
  }

  list(): Watchlist[] {
    return (this.raw.prepare("SELECT * FROM watchlists ORDER BY id").all() as WatchlistRow[]).map(toWatchlist);
  }

  get(id: number): Watchlist | null {
    const row = this.raw.prepare("SELECT * FROM watchlists WHERE id = ?").get(id) as WatchlistRow | undefined;
    return row ? toWatchlist(row) : null;
  }

  byFeedToken(token: string): Watchlist | null {
    const row = this.raw.prepare("SELECT * FROM watchlists WHERE feed_token = ?").get(token) as WatchlistRow | undefined;
    return row ? toWatchlist(row) : null;
  }

  delete(id: number): boolean {
    return this.raw.prepare("DELETE FROM watchlists WHERE id = ?").run(id).changes > 0;
  }

  /** Matching events, newest first; or, with `afterId`, those with a larger id, oldest first. */
  events(filter: WatchFilter, options: { afterId?: number; limit: number }): StoredEvent[] {
    const parts: Array<{ sql: string; params: Array<string | number> }> = [];
    const anyOf = (values: string[], columns: string[]) => {
      if (!values.length) return;
      const ors: string[] = [];
      const params: string[] = [];
      for (const v of values) for (const c of columns) {
        ors.push(`${c} LIKE ? ESCAPE '\\'`);
        params.push(likePattern(v));
      }
      parts.push({ sql: ors.join(" OR "), params });
    };
    anyOf(filter.assets, ["e.asset", "e.asset_aliases"]);
    anyOf(filter.companies, ["e.company", "e.counterparty"]);
    anyOf(filter.indications, ["e.indication"]);
    if (filter.types.length) parts.push({ sql: `e.type IN (${filter.types.map(() => "?").join(", ")})`, params: [...filter.types] });
    if (filter.targets.length) {
      const norms = filter.targets.map(normTarget);
      parts.push({ sql: `e.id IN (SELECT event_id FROM event_targets WHERE norm IN (${norms.map(() => "?").join(", ")}))`, params: norms });
    }
    if (options.afterId !== undefined) parts.push({ sql: "e.id > ?", params: [options.afterId] });
    const where = parts.length ? { sql: parts.map((p) => `(${p.sql})`).join(" AND "), params: parts.flatMap((p) => p.params) } : { sql: "1 = 1", params: [] };
    return this.browse.eventsWhere(where, options.limit, options.afterId !== undefined);
  }

  setCursor(id: number, lastEventId: number): void {
    this.raw.prepare("UPDATE watchlists SET last_event_id = max(last_event_id, ?) WHERE id = ?").run(lastEventId, id);
  }

  recordDelivery(d: NewWebhookDelivery): WebhookDelivery {
    const result = this.raw
      .prepare("INSERT INTO webhook_deliveries (watchlist_id, url, event_ids, attempt, status, ok, error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(d.watchlistId, d.url, JSON.stringify(d.eventIds), d.attempt, d.status, d.ok ? 1 : 0, d.error, d.createdAt);
    return { ...d, id: Number(result.lastInsertRowid) };
  }

  deliveries(watchlistId: number, limit: number): WebhookDelivery[] {
    const rows = this.raw.prepare("SELECT * FROM webhook_deliveries WHERE watchlist_id = ? ORDER BY id DESC LIMIT ?").all(watchlistId, limit) as DeliveryRow[];
    return rows.map((r) => ({
      id: r.id,
      watchlistId: r.watchlist_id,
      url: r.url,
      eventIds: (JSON.parse(r.event_ids) as unknown[]).map(Number),
      attempt: r.attempt,
      status: r.status,
      ok: r.ok === 1,
      error: r.error,
      createdAt: r.created_at,
    }));
  }
}

function toWatchlist(row: WatchlistRow): Watchlist {
  const filter = WatchFilterSchema.safeParse(JSON.parse(row.filter));
  return {
    id: row.id,
    name: row.name,
    filter: filter.success ? filter.data : WatchFilterSchema.parse({}),
    feedToken: row.feed_token,
    webhookUrl: row.webhook_url,
    lastEventId: row.last_event_id,
    createdAt: row.created_at,
  };
}
