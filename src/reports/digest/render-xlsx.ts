import ExcelJS from "exceljs";
import type { Lang } from "../../domain/index.ts";
import { safeHref } from "../escape.ts";
import { companyLabel, eventLabel, modalityKeyLabel, word } from "../i18n.ts";
import type { DigestModel } from "./digest-model.ts";
import { digestText } from "./digest-text.ts";
import { headlineLabel } from "./headline.ts";
import { loadAreaClassifier, type AreaClassifier } from "./therapeutic-areas.ts";

const USD_FORMAT = '"$"#,##0';

/** A full date as an Excel date (UTC midnight, so the cell shows the same day in every time zone); else null. */
const excelDate = (date: string | null): Date | null => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null);

/**
 * The digest as an XLSX workbook: a summary sheet (headline counts), the events as a typed sheet (dates as
 * dates, money as numbers, sources as hyperlinks, frozen header, filter) and the breakdowns. Deterministic
 * metadata: the workbook is dated at the period's end.
 */
export async function renderDigestXlsx(model: DigestModel, lang: Lang, options: { areas?: AreaClassifier } = {}): Promise<Buffer> {
  const areas = options.areas ?? loadAreaClassifier();
  const text = digestText(model, lang, areas);
  const wb = new ExcelJS.Workbook();
  wb.creator = "dualtrack";
  wb.created = new Date(`${model.period.to}T00:00:00Z`);
  wb.modified = wb.created;

  const summary = wb.addWorksheet(word("summarySheet", lang));
  summary.columns = [{ width: 36 }, { width: 14 }, { width: 14 }, { width: 10 }, { width: 16 }, { width: 16 }];
  summary.addRow([text.title]).font = { bold: true, size: 14 };
  summary.addRow([text.summary]);
  if (text.breakdown) summary.addRow([text.breakdown]);
  if (text.coarseNote) summary.addRow([text.coarseNote]);
  summary.addRow([]);
  const head = summary.addRow([word("event", lang), word("thisPeriod", lang), word("previousPeriod", lang), word("change", lang), `${word("upfront", lang)} (USD)`, `${word("upfront", lang)} (USD), ${word("previousPeriod", lang)}`]);
  head.font = { bold: true };
  for (const r of model.headline) {
    const row = summary.addRow([headlineLabel(r.kind, lang), r.count, r.previous, r.change, r.upfrontUsd, r.previousUpfrontUsd]);
    row.getCell(5).numFmt = USD_FORMAT;
    row.getCell(6).numFmt = USD_FORMAT;
  }

  const events = wb.addWorksheet(word("eventsSheet", lang), { views: [{ state: "frozen", ySplit: 1 }] });
  events.columns = [
    { header: word("date", lang), key: "date", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: word("asset", lang), key: "asset", width: 18 },
    { header: word("company", lang), key: "company", width: 28 },
    { header: word("event", lang), key: "event", width: 24 },
    { header: word("agency", lang), key: "agency", width: 8 },
    { header: word("indication", lang), key: "indication", width: 40 },
    { header: word("area", lang), key: "area", width: 18 },
    { header: word("modality", lang), key: "modality", width: 18 },
    { header: word("targets", lang), key: "targets", width: 18 },
    { header: word("class", lang), key: "class", width: 6 },
    { header: word("phase", lang), key: "phase", width: 8 },
    { header: word("counterparty", lang), key: "counterparty", width: 20 },
    { header: `${word("upfront", lang)} (USD)`, key: "upfront", width: 14, style: { numFmt: USD_FORMAT } },
    { header: `${word("total", lang)} (USD)`, key: "total", width: 14, style: { numFmt: USD_FORMAT } },
    { header: word("source", lang), key: "source", width: 40 },
  ];
  events.getRow(1).font = { bold: true };
  for (const r of model.rows) {
    const s = r.sources[0];
    const href = safeHref(s?.url ?? null);
    const sourceText = s ? (s.title ?? s.url ?? s.location ?? word("source", lang)) : null;
    events.addRow({
      date: excelDate(r.date) ?? r.date,
      asset: r.asset,
      company: companyLabel(r, lang) || null,
      event: eventLabel(r.type, r.status, lang),
      agency: r.agency,
      indication: r.indication,
      area: areas.label(r.area, lang),
      modality: r.modality ? modalityKeyLabel(r.modality, lang) : null,
      targets: r.targets.length ? r.targets.join(", ") : null,
      class: r.class1 ? 1 : null,
      phase: r.phase,
      counterparty: r.counterparty,
      upfront: r.upfrontUsd,
      total: r.totalUsd,
      source: href && sourceText ? { text: sourceText, hyperlink: href } : sourceText,
    });
  }
  events.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, model.rows.length + 1), column: events.columns.length } };

  const breakdowns = wb.addWorksheet(word("breakdownSheet", lang), { views: [{ state: "frozen", ySplit: 1 }] });
  breakdowns.columns = [
    { header: word("category", lang), key: "facet", width: 18 },
    { header: "", key: "key", width: 28 },
    { header: word("events", lang), key: "events", width: 10 },
  ];
  breakdowns.getRow(1).font = { bold: true };
  for (const r of model.breakdowns.modality) breakdowns.addRow({ facet: word("modality", lang), key: modalityKeyLabel(r.key, lang), events: r.events });
  for (const r of model.breakdowns.target) breakdowns.addRow({ facet: word("target", lang), key: r.key ?? word("notStated", lang), events: r.events });
  for (const r of model.breakdowns.area) breakdowns.addRow({ facet: word("area", lang), key: r.key ? areas.label(r.key, lang) : word("notStated", lang), events: r.events });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
