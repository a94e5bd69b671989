import type { Event } from "../domain/index.ts";
import type { RecordEvent } from "./source-adapter.ts";
import { assetKey } from "./text/normalize.ts";

type EventFields = Pick<Event, "asset" | "type" | "agency"> & Partial<Event>;

/** An Event of the schema with every field not given set to null / []. */
export function makeEvent(fields: EventFields): Event {
  return {
    asset_aliases: [],
    company: null,
    status: null,
    date: null,
    indication: null,
    modality: null,
    targets: [],
    phase: null,
    counterparty: null,
    upfront_usd: null,
    total_usd: null,
    ...fields,
  };
}

type RecordEventFields = { key: string; event: Event; sentence: string } & Partial<Omit<RecordEvent, "key" | "event" | "sentence">>;

/** A RecordEvent with defaults: no aliases, class unknown, no designation dates, no first-seen stamp. */
export function makeRecordEvent(fields: RecordEventFields): RecordEvent {
  return {
    aliasKeys: [],
    class1: null,
    proposedDate: null,
    grantedDate: null,
    stampFirstSeen: false,
    checkFirstInd: false,
    assetKey: assetKey(fields.event.asset),
    ...fields,
  };
}

/** A short, stable key part for free text (indications): NFKC, lower case, no spaces or punctuation. */
export function keyPart(text: string | null): string {
  return (text ?? "").normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}
