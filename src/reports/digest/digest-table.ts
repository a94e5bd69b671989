import type { Lang } from "../../domain/index.ts";
import { companyLabel, eventLabel, modalityLabel, word, type Word } from "../i18n.ts";
import type { DigestRow } from "./digest-model.ts";

/** The columns of the full table, shared by the Markdown, HTML and XLSX renderers. */
export const TABLE_COLUMNS = ["date", "asset", "company", "event", "agency", "indication", "modality", "targets", "class", "source"] as const satisfies readonly Word[];
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export type TableCells = {
  date: string;
  asset: string;
  company: string;
  event: string;
  agency: string;
  indication: string;
  modality: string;
  targets: string;
  /** "1" for a Class 1 innovative drug, "" when unknown. */
  class: string;
  source: { text: string; url: string | null };
};

export const tableHeaders = (lang: Lang): string[] => TABLE_COLUMNS.map((c) => word(c === "event" ? "event" : c, lang));

/** The display cells of one row in the reader's language (unescaped; renderers escape). */
export function tableCells(row: DigestRow, lang: Lang): TableCells {
  const source = row.sources[0];
  let event = eventLabel(row.type, row.status, lang);
  if (row.counterparty) event += lang === "zh" ? `（${row.counterparty}）` : ` (with ${row.counterparty})`;
  return {
    date: row.date ?? "",
    asset: row.asset,
    company: companyLabel(row, lang),
    event,
    agency: row.agency ?? "",
    indication: row.indication ?? "",
    modality: row.modality ? modalityLabel(row.modality, lang) : "",
    targets: row.targets.join(", "),
    class: row.class1 ? "1" : "",
    source: { text: source ? (source.title ?? source.url ?? source.location ?? word("source", lang)) : "", url: source?.url ?? null },
  };
}
