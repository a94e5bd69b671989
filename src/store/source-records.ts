import type { NewEvent } from "./store.ts";

/**
 * Types of the official-source part of the store (issue 4, migration 002): records keyed by (source, record
 * key) for idempotent incremental sync, events with the facts official lists add, and sync checkpoints.
 */

/** An event stated by an official record, with what the store keeps beside the event schema. */
export type SourceEventInput = NewEvent & {
  /** Other identities of the same fact (the site's record id); any match finds the stored event. */
  aliasKeys: string[];
  /** "<source id>:<record key>" of the record stating it. */
  recordKey: string;
  class1: boolean | null;
  proposedDate: string | null;
  grantedDate: string | null;
  /** The record has no date of its own: the event's date is the first-seen date and is never overwritten. */
  stampFirstSeen: boolean;
  /** Compute first_ind: 1 when no other IND approval of the same asset is stored yet. */
  checkFirstInd: boolean;
  /** Normalised asset name (see sources/text/normalize.ts assetKey). */
  assetKey: string;
};

export type SourceRecordInput = { recordKey: string; list: string | null; hash: string; url: string | null; data: string };

export type SyncCheckpoint = {
  sourceId: string;
  list: string;
  status: "running" | "complete";
  /** Next page to fetch when running; the page after the last one when complete. */
  nextPage: number;
  lastPage: number | null;
  total: number | null;
  startedAt: string;
  updatedAt: string;
};

/** One page of records to store in one transaction, with the checkpoint that says the page is done. */
export type SourcePage = { sourceId: string; fetchedAt: string; records: SourceRecordInput[]; events: SourceEventInput[]; checkpoint: SyncCheckpoint | null };

export type SourcePageResult = { recordsNew: number; recordsChanged: number; recordsUnchanged: number; eventsNew: number; eventsUpdated: number };

/** The source-specific facts of a stored event (for `sources`, reports and tests). */
export type SourceEventFacts = {
  id: number;
  key: string;
  status: string | null;
  date: string | null;
  class1: boolean | null;
  firstInd: boolean | null;
  proposedDate: string | null;
  grantedDate: string | null;
  firstSeenAt: string | null;
  recordKey: string | null;
  sources: number;
};
