import type { Agency, EventFacts, EventType, Status } from "../domain/index.ts";

/**
 * A reporting period as the report queries see it. An event belongs to the period when its whole date lies
 * inside: a full date (YYYY-MM-DD) between `from` and `to` inclusive, or a partial date listed in
 * `partialDates` (the months YYYY-MM and years YYYY wholly inside the period; see `reports/digest/period.ts`).
 */
export type PeriodQuery = {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
  /** Month (YYYY-MM) and year (YYYY) dates that lie wholly inside the period. */
  partialDates: string[];
  /** Only events about Class 1 innovative drugs (see `ReportEvent.class1`). */
  class1Only?: boolean;
};

/** How many events of one type, status and agency a period holds, with their summed deal money. */
export type EventKindCount = {
  type: EventType;
  status: Status | null;
  agency: Agency | null;
  events: number;
  upfrontUsd: number | null;
  totalUsd: number | null;
};

/** The facets a period can be counted by. `target` counts each target of an event once; `asset` counts distinct assets. */
export const REPORT_FACETS = ["modality", "target", "indication", "asset"] as const;
export type ReportFacet = (typeof REPORT_FACETS)[number];

/** One value of a facet and its event count (`value` null = not stated). */
export type FacetCount = { value: string | null; events: number };

/** Totals of a period: events, distinct assets (by normalised name) and Class 1 events. */
export type PeriodTotals = { events: number; assets: number; class1Events: number };

/** One source of a reported event: a document (with its title and link) or an official record. */
export type ReportSource = {
  documentId: string | null;
  sourceId: string | null;
  recordId: string | null;
  /** Link to the source: the URL given with the source or the document, else null. */
  url: string | null;
  title: string | null;
  /** Where the document was read from (file path or URL), when it came from a document. */
  location: string | null;
  published: string | null;
  /** The sentence that states the event, verbatim. */
  sentence: string;
};

/** A stored event as the reports read it: its fields, names of its company when resolved, and derived flags. */
export type ReportEvent = EventFacts & {
  id: number;
  asset: string;
  assetAliases: string[];
  company: string | null;
  /** English and Chinese names of the resolved company (null until resolution links one). */
  companyEn: string | null;
  companyZh: string | null;
  /**
   * True when the drug is a Class 1 innovative drug: the `events.class1` column when the store has it, else
   * a source sentence that says so (1类创新药, 一类新药, Class 1 innovative…); null when nothing says.
   */
  class1: boolean | null;
  /** An IND event (accepted or approved) with no earlier IND event of the same asset in the store. */
  firstInd: boolean;
  /** No earlier event of the same asset with the same type, agency and status (its first BTD, first Fast Track…); false for trial starts, readouts, deals and acquisitions. */
  firstOfKind: boolean;
  /** Every source that states the event, in the order they were stored. */
  sources: ReportSource[];
};

/** Normalised asset identity used by the report queries: ASCII upper case without hyphens, spaces or underscores. */
export const normaliseAssetName = (name: string): string => name.replace(/[- _]/g, "").replace(/[a-z]/g, (c) => c.toUpperCase());

/** Which events `listAssetEvents` returns: those of assets named so (normalised), optionally via aliases, optionally dated before a day. */
export type AssetEventsQuery = {
  names: string[];
  /** Also match the events' alias lists (a scan of the events table: fine for one dossier, not for a batch). */
  includeAliases: boolean;
  /** Only events dated strictly before this date (string order, so 2025-10 is before 2025-10-20). */
  before?: string;
  /** Compute `class1`, `firstInd` and `firstOfKind` (default true); without, they are null/false and the query is faster. */
  flags?: boolean;
};

/** Which earlier events `listEarlierEvents` returns: the latest `perAsset` distinct facts of each named asset before a day. */
export type EarlierEventsQuery = { names: string[]; before: string; perAsset: number };

/** An asset's earlier event as a digest highlight cites it: what, when, by whom, and its first source. */
export type EarlierEvent = {
  /** The normalised asset name it was found under (see `normaliseAssetName`). */
  assetKey: string;
  date: string | null;
  type: EventType;
  status: Status | null;
  agency: Agency | null;
  source: ReportSource | null;
};
