import { EventSchema } from "../../domain/index.ts";
import type { Database } from "../schema.ts";

/** The columns of an `events` row that hold the event-schema fields (lists are JSON text). */
export type EventFieldsRow = Pick<
  Database["events"],
  "asset" | "asset_aliases" | "company" | "type" | "status" | "agency" | "date" | "indication" | "modality" | "targets" | "phase" | "counterparty" | "upfront_usd" | "total_usd"
>;

/** A JSON list column as strings; anything else as an empty list. */
export function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/** Parses a stored row into the event schema (the store is read like any other outside input). */
export function parseEventRow(row: EventFieldsRow) {
  return EventSchema.safeParse({
    asset: row.asset,
    asset_aliases: parseList(row.asset_aliases),
    company: row.company,
    type: row.type,
    status: row.status,
    agency: row.agency,
    date: row.date,
    indication: row.indication,
    modality: row.modality,
    targets: parseList(row.targets),
    phase: row.phase,
    counterparty: row.counterparty,
    upfront_usd: row.upfront_usd,
    total_usd: row.total_usd,
  });
}
