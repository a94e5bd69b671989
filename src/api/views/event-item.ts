import type { EventFacts } from "../../domain/index.ts";
import type { StoredEvent } from "../../store/store.ts";
import type { Cell, Table } from "../table.ts";
import type { I18n } from "../../web/i18n.ts";

/** One event as the pages and the API show it: flat, with its first source. */
export type EventItem = EventFacts & {
  id: number;
  asset: string;
  assetAliases: string[];
  company: string | null;
  source: { url: string | null; title: string | null; sentence: string; documentId: string | null; span: [number, number] } | null;
  sourceCount: number;
};

export function toEventItem(e: StoredEvent): EventItem {
  const s = e.sources[0];
  return {
    id: e.id,
    date: e.date,
    asset: e.asset,
    assetAliases: e.asset_aliases,
    company: e.company,
    type: e.type,
    status: e.status,
    agency: e.agency,
    indication: e.indication,
    modality: e.modality,
    targets: e.targets,
    phase: e.phase,
    counterparty: e.counterparty,
    upfrontUsd: e.upfront_usd,
    totalUsd: e.total_usd,
    source: s ? { url: s.url, title: s.title, sentence: s.sentence, documentId: s.documentId, span: s.span } : null,
    sourceCount: e.sources.length,
  };
}

/** The export table of a list of events, with headers in the page's language. */
export function eventsTable(name: string, items: EventItem[], t: I18n): Table {
  const headers = [
    t.t("date"),
    t.t("asset"),
    t.t("aliases"),
    t.t("company"),
    t.t("type"),
    t.t("status"),
    t.t("agency"),
    t.t("indication"),
    t.t("modality"),
    t.t("targets"),
    t.t("phase"),
    t.t("counterparty"),
    t.t("upfront"),
    t.t("total"),
    t.t("source"),
    t.t("sentence"),
  ];
  const rows: Cell[][] = items.map((e) => [
    e.date,
    e.asset,
    e.assetAliases.join("; "),
    e.company,
    t.type(e.type),
    t.status(e.status) || null,
    e.agency,
    e.indication,
    t.modality(e.modality) || null,
    e.targets.join("/"),
    e.phase,
    e.counterparty,
    e.upfrontUsd,
    e.totalUsd,
    e.source?.url ?? e.source?.title ?? null,
    e.source?.sentence ?? null,
  ]);
  return { name, headers, rows };
}
