import type { Agency, EventType, Modality, Stage, Status } from "../domain/index.ts";
import type { StoredEvent } from "./store.ts";

/** The facets of the events page, in display order. */
export const FACETS = ["type", "agency", "status", "modality", "target", "company"] as const;
export type FacetName = (typeof FACETS)[number];

export const EVENT_SORTS = ["date", "asset", "company", "type"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/**
 * What the events page and its API filter on. Facet fields match exactly (several values of one facet
 * combine with OR); different fields combine with AND.
 */
export type EventQuery = {
  types?: EventType[];
  agencies?: Agency[];
  statuses?: Status[];
  modalities?: Modality[];
  /** Targets compare case- and hyphen-insensitively (PD-1 = pd1). */
  targets?: string[];
  /** Companies exactly as written. */
  companies?: string[];
  /** Asset name or alias, exact (case-insensitive). */
  asset?: string;
  /** Inclusive bounds on the event date; partial dates compare on their common prefix. */
  since?: string;
  until?: string;
  /** Full-text query over names, indication and source sentences (Chinese substrings, English words). */
  q?: string;
  sort?: EventSort;
  order?: "asc" | "desc";
};

export type FacetCount = { value: string; count: number };
export type FacetCounts = Partial<Record<FacetName, FacetCount[]>>;

export type EventPage = { total: number; events: StoredEvent[] };

/** Events per ISO week (weeks start on Monday) and type. */
export type WeeklyCount = { week: string; type: EventType; count: number };

/** Development stages (defined in the domain), re-exported for the store's callers. */
export { STAGES, type Stage } from "../domain/index.ts";

/** How many assets against a target have reached a stage (their furthest stage). */
export type LandscapeCell = { target: string; stage: Stage; assets: number };
