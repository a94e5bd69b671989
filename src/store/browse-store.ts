import type { EventPage, EventQuery, FacetCounts, FacetName, LandscapeCell, WeeklyCount } from "./event-query.ts";
import type { StoredEvent } from "./store.ts";
import type { NewWatchlist, NewWebhookDelivery, WatchFilter, Watchlist, WebhookDelivery } from "./watchlist.ts";

/**
 * The reads behind the web UI and the API, and the watchlists. Part of `Store`. Reads never modify the
 * store and are fast on a million events: filtering, counting, facets and paging run in SQL with indexes,
 * and counts, facets and the landscape are cached until the data changes.
 */
export interface BrowseStore {
  /** A page of events matching the query, with the total count. Sorted by `query.sort` (date, newest first, by default). */
  queryEvents(query: EventQuery, page: { limit: number; offset: number }): Promise<EventPage>;
  /** Counts per value of each facet, most frequent first; each facet ignores its own filter (so other values stay visible). */
  facetCounts(query: EventQuery, facets: readonly FacetName[], limit: number): Promise<FacetCounts>;
  /** Events with a full date in [since, until], counted per week (Monday) and type. */
  weeklyCounts(since: string, until: string): Promise<WeeklyCount[]>;
  /** The latest full event date on or before `notAfter`, or null when there is none. */
  latestEventDate(notAfter: string): Promise<string | null>;
  /** Every event of an asset named `name` (name or alias, case-insensitive), oldest first. */
  assetEvents(name: string): Promise<StoredEvent[]>;
  /** Every event where `name` is the company or the counterparty (case-insensitive), oldest first. */
  companyEvents(name: string): Promise<StoredEvent[]>;
  /** Assets per target and furthest stage, for the `maxTargets` targets with most assets. */
  landscape(maxTargets: number): Promise<LandscapeCell[]>;
  /** An opaque value that changes whenever the stored data changes (for caches and ETags). */
  dataVersion(): Promise<string>;

  /** Creates a watchlist whose webhook cursor starts at the newest stored event (it alerts on later events only). */
  createWatchlist(input: NewWatchlist): Promise<Watchlist>;
  listWatchlists(): Promise<Watchlist[]>;
  getWatchlist(id: number): Promise<Watchlist | null>;
  getWatchlistByFeedToken(token: string): Promise<Watchlist | null>;
  /** True when it existed. Its delivery log goes with it. */
  deleteWatchlist(id: number): Promise<boolean>;
  /** Events matching a watch filter: newest first, or with `afterId` those stored later, oldest first. */
  watchlistEvents(filter: WatchFilter, options: { afterId?: number; limit: number }): Promise<StoredEvent[]>;
  /** Moves the webhook cursor forward (never back). */
  setWatchlistCursor(id: number, lastEventId: number): Promise<void>;
  recordWebhookDelivery(delivery: NewWebhookDelivery): Promise<WebhookDelivery>;
  /** The latest deliveries of a watchlist, newest first. */
  listWebhookDeliveries(watchlistId: number, limit: number): Promise<WebhookDelivery[]>;
}
