import { z } from "zod";
import { EVENT_TYPES } from "../domain/index.ts";

/**
 * What a watchlist follows. Each list matches any of its values (assets and companies by name or alias
 * substring, targets case- and hyphen-insensitively, indications by substring); the lists combine with
 * AND; an empty list matches everything.
 */
export const WatchFilterSchema = z
  .object({
    assets: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    companies: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    targets: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    indications: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    types: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).default([]),
  })
  .strict();
export type WatchFilter = z.infer<typeof WatchFilterSchema>;

export type Watchlist = {
  id: number;
  name: string;
  filter: WatchFilter;
  /** Unguessable token in the Atom feed URL (/feeds/<token>.atom). */
  feedToken: string;
  webhookUrl: string | null;
  /** Events with a larger id have not been sent to the webhook yet. */
  lastEventId: number;
  createdAt: string;
};

export type NewWatchlist = { name: string; filter: WatchFilter; webhookUrl: string | null; feedToken: string; createdAt: string };

/** One attempt to POST new events to a watchlist's webhook. */
export type WebhookDelivery = {
  id: number;
  watchlistId: number;
  url: string;
  eventIds: number[];
  attempt: number;
  status: number | null;
  ok: boolean;
  error: string | null;
  createdAt: string;
};
export type NewWebhookDelivery = Omit<WebhookDelivery, "id">;
