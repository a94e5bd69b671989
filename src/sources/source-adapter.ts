import type { Event, SourceInfo } from "../domain/index.ts";
import type { Result } from "../shared/result.ts";
import type { HttpClient } from "./http/http-types.ts";
import type { SourceError } from "./source-error.ts";

/** The ids of every official-source adapter, as `sync`, `import` and `sources` accept them. */
export const SOURCE_IDS = [
  "cde-acceptances",
  "cde-implied-approvals",
  "cde-btd",
  "cde-priority",
  "cde-conditional",
  "nmpa-approvals",
  "nmpa-innovative",
  "ctr",
  "fda-orphan",
  "iit",
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export type RawFormat = "json" | "html" | "xlsx" | "csv";

/** What `dualtrack sources` and docs/sources.md show for an adapter. */
export type SourceDescriptor = SourceInfo & {
  id: SourceId;
  /** A real-shaped example record, one line. */
  example: string;
  /** Raw formats `import` accepts for this source. */
  formats: RawFormat[];
};

/** One event a record states, with the source-specific facts the store keeps beside it. */
export type RecordEvent = {
  /** Identity: the same key is the same fact (a BTD proposed and later granted keeps one key). */
  key: string;
  /** Other identities that must land on the same event (e.g. the site's record id). */
  aliasKeys: string[];
  event: Event;
  /** A readable one-line rendering of the record, stored as the event's source sentence. */
  sentence: string;
  /** 1类创新药 per 注册分类 and the 受理号 prefix; null when unknown. */
  class1: boolean | null;
  /** Date of the public notice (拟纳入) for designations. */
  proposedDate: string | null;
  /** Date of inclusion (纳入) or approval. */
  grantedDate: string | null;
  /** The row carries no date: the store stamps the first time it was seen and never overwrites it. */
  stampFirstSeen: boolean;
  /** Flag the event first_ind when no earlier IND approval of the same asset is stored. */
  checkFirstInd: boolean;
  /** Normalised asset name used to find earlier events of the same asset. */
  assetKey: string;
};

/** A record of an official list, validated, with the events it states. */
export type SourceRecord = {
  /** Unique within the source (the site's record id, or 受理号, or a documented combination). */
  key: string;
  url: string | null;
  /** The validated row as the site sent it (stored as JSON for audit and re-mapping). */
  data: Record<string, unknown>;
  events: RecordEvent[];
};

/** A raw response or saved export, exactly as the site sent it. */
export type RawInput = { body: string | Uint8Array; contentType: string | null; url: string | null; name: string | null };

export type ParseContext = {
  fetchedAt: string;
  /** Where the input came from, for provenance when the record has no URL of its own. */
  url: string | null;
  /** Which list of a multi-list source the input is (cde-btd: proposed | included); null = infer. */
  list: string | null;
};

export type ParsedPage = {
  records: SourceRecord[];
  /** Total rows the list reports (CDE `data.total`), when it says. */
  total: number | null;
};

/** Where a sync runs: the client, how to rewrite official URLs (tests, mirrors), the clock and cancellation. */
export type SyncEnv = {
  http: HttpClient;
  /** Rewrites an official URL (https://www.cde.org.cn/…) to the host actually called. */
  resolve: (url: string) => string;
  signal?: AbortSignal;
  fetchedAt: string;
  /** URLs of records already stored for this source, to skip re-fetching known articles. */
  knownUrls: (urls: string[]) => Promise<Set<string>>;
  /** Fetches through a real browser instead of HTTP (CDE lists), when the caller set it up. */
  browser: BrowserFetch | null;
};

/** A JSON endpoint called from inside a loaded page (browser mode). */
export type BrowserFetch = (pageUrl: string, endpoint: string, form: Record<string, string>) => Promise<Result<string, SourceError>>;

export type FetchedPage = { inputs: RawInput[]; pages: number | null };

/** One list of a source, paged. Pages are 1-based; the sync stops at ceil(total / pageSize). */
export type SyncList = {
  name: string;
  pageSize: number;
  /** GET once per run before the first page (collects a bot shield's cookie). */
  warmUpUrl: string | null;
  /** `pageSize` is the list's own unless the caller overrides it (CDE accepts 10/20/30/50). */
  fetchPage(env: SyncEnv, pageNum: number, pageSize: number): Promise<Result<FetchedPage, SourceError>>;
  /** Completes a new record with detail calls (BTD/priority detail: indication and 注册分类). */
  enrich?(env: SyncEnv, record: SourceRecord, ctx: ParseContext): Promise<Result<SourceRecord, SourceError>>;
};

/**
 * An official-source adapter: a descriptor, a parser from the raw response to validated records and their
 * events, and (when the site can be fetched) how to sync it. `parse` never throws: a changed layout is a
 * `format_changed` value naming the field, and a bot-shield page is `blocked`.
 */
export interface SourceAdapter {
  readonly descriptor: SourceDescriptor;
  parse(input: RawInput, ctx: ParseContext): Promise<Result<ParsedPage, SourceError>>;
  /** Null for import-only sources (IIT). */
  readonly lists: SyncList[] | null;
}
