import type { Generated } from "kysely";

/** Row types of the tables created by migrations/, for the Kysely query builder. */
export type Database = {
  documents: {
    id: string;
    location: string;
    url: string | null;
    title: string | null;
    lang: string;
    published: string | null;
    fetched_at: string;
    encoding: string;
    format: string;
    text: string;
  };
  events: {
    id: Generated<number>;
    key: string;
    asset: string;
    asset_aliases: string;
    company: string | null;
    type: string;
    status: string | null;
    agency: string | null;
    date: string | null;
    indication: string | null;
    modality: string | null;
    targets: string;
    phase: string | null;
    counterparty: string | null;
    upfront_usd: number | null;
    total_usd: number | null;
    asset_id: string | null;
    company_id: string | null;
    created_at: string;
    // migration 002 (official sources)
    class1: number | null;
    first_ind: number | null;
    proposed_date: string | null;
    granted_date: string | null;
    first_seen_at: string | null;
    record_key: string | null;
    asset_key: string | null;
  };
  // migration 002 (official sources)
  event_keys: { alias: string; event_id: number };
  source_records: { source_id: string; record_key: string; list: string | null; hash: string; url: string | null; data: string; first_seen_at: string; last_seen_at: string };
  sync_checkpoints: { source_id: string; list: string; status: string; next_page: number; last_page: number | null; total: number | null; started_at: string; updated_at: string };
  event_sources: {
    id: Generated<number>;
    event_id: number;
    document_id: string | null;
    source_id: string | null;
    record_id: string | null;
    url: string | null;
    sentence: string;
    span_start: number;
    span_end: number;
    extractor_version: string;
    fetched_at: string;
  };
  sources: {
    id: string;
    last_run_at: string | null;
    records_seen: number;
    blocked: number;
    last_error: string | null;
  };
  schema_migrations: { version: number; name: string; applied_at: string };
};
