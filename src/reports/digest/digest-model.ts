import type { Agency, EventFacts, EventType, Status } from "../../domain/index.ts";
import type { HeadlineKind } from "./headline.ts";

/**
 * The digest as data: plain, serialisable, language-neutral (labels are applied by `localizeDigest` and the
 * renderers). The CLI renders it as Markdown, HTML, XLSX or JSON; the web UI renders the same model.
 */
export type DigestModel = {
  kind: "digest";
  version: 1;
  period: DigestPeriod;
  previous: DigestPeriod;
  class1Only: boolean;
  totals: { events: number; assets: number; class1Events: number; previousEvents: number; previousAssets: number };
  headline: HeadlineRow[];
  breakdowns: { modality: BreakdownRow[]; target: BreakdownRow[]; area: BreakdownRow[] };
  highlights: Highlight[];
  rows: DigestRow[];
  /** Events dated only by a month or year that the period overlaps without covering: not counted here. */
  coarselyDated: { dates: string[]; events: number };
};

export type DigestPeriod = { from: string; to: string; isoWeek: string | null; days: number };

/** One headline row: facts this period and the previous one; deal money summed in US dollars (null = none stated). */
export type HeadlineRow = {
  kind: HeadlineKind;
  count: number;
  previous: number;
  change: number;
  upfrontUsd: number | null;
  previousUpfrontUsd: number | null;
};

/** One category of a breakdown: its key (modality, target symbol or area id; null = not stated) and fact count. */
export type BreakdownRow = { key: string | null; events: number };

/** A reference to where a fact was read. */
export type SourceRef = { title: string | null; url: string | null; location: string | null; sentence: string };

/** One row of the full table. */
export type DigestRow = EventFacts & {
  id: number;
  asset: string;
  assetAliases: string[];
  company: string | null;
  companyEn: string | null;
  companyZh: string | null;
  area: string;
  class1: boolean | null;
  firstInd: boolean;
  firstOfKind: boolean;
  sources: SourceRef[];
};

/**
 * A highlight: one asset entering the clinic for the first time, or receiving its first designation of a
 * kind. Composed only of stored facts: the events (with their sources) and the asset's earlier events.
 */
export type Highlight = {
  kind: "first_in_clinic" | "first_designation";
  asset: string;
  /** Row ids (in `rows`) of this period's events the highlight is about. */
  eventIds: number[];
  /** Earlier stored events of the same asset (before the period), oldest first, at most 5. */
  earlier: Array<{ date: string | null; type: EventType; status: Status | null; agency: Agency | null; source: SourceRef | null }>;
};
