import type { Lang } from "../../domain/index.ts";
import { escapeMarkdown as md, safeHref } from "../escape.ts";
import { formatChange, formatUsd, modalityKeyLabel, word } from "../i18n.ts";
import type { BreakdownRow, DigestModel } from "./digest-model.ts";
import { digestCharts } from "./digest-charts.ts";
import { tableCells, tableHeaders } from "./digest-table.ts";
import { digestText, type Inline } from "./digest-text.ts";
import { headlineLabel } from "./headline.ts";
import { loadAreaClassifier, type AreaClassifier } from "./therapeutic-areas.ts";

/** A rendered report: the main text plus files to write beside it (the charts of a Markdown digest). */
export type RenderedReport = { text: string; files: Array<{ name: string; content: string }> };

const BREAKDOWN_ROWS = 10;

/** Markdown for inline parts: emphasis, citations as [n]. */
export const inlineMarkdown = (parts: Inline[]): string =>
  parts.map((p) => ("strong" in p ? `**${md(p.strong)}**` : "ref" in p ? `\\[${p.ref}\\]` : md(p.text))).join("");

const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;

/**
 * The digest as Markdown. Charts are SVG files named `<chartBase>-<breakdown>.svg`, linked from the text and
 * returned in `files` for the caller to write beside it.
 */
export function renderDigestMarkdown(model: DigestModel, lang: Lang, options: { chartBase: string; areas?: AreaClassifier }): RenderedReport {
  const areas = options.areas ?? loadAreaClassifier();
  const text = digestText(model, lang, areas);
  const out: string[] = [`# ${md(text.title)}`, ""];
  if (model.class1Only) out.push(`*${word("class1Note", lang)}*`, "");
  out.push(md(text.summary), "");
  if (text.coarseNote) out.push(`> ${md(text.coarseNote)}`, "");

  out.push(`## ${word("headline", lang)}`, "");
  out.push(row([word("event", lang), word("thisPeriod", lang), word("previousPeriod", lang), word("change", lang)]), "| --- | ---: | ---: | ---: |");
  for (const h of model.headline) {
    if (h.count === 0 && h.previous === 0) continue;
    const money = (n: number, usd: number | null) => (usd === null ? String(n) : `${n} (${word("upfront", lang)} ${formatUsd(usd, lang)})`);
    out.push(row([md(headlineLabel(h.kind, lang)), money(h.count, h.upfrontUsd), money(h.previous, h.previousUpfrontUsd), formatChange(h.change)]));
  }
  out.push("");

  const files: RenderedReport["files"] = [];
  out.push(`## ${word("breakdowns", lang)}`, "");
  if (text.breakdown) out.push(md(text.breakdown), "");
  const label: Record<string, (r: BreakdownRow) => string> = {
    modality: (r) => modalityKeyLabel(r.key, lang),
    target: (r) => r.key ?? word("notStated", lang),
    area: (r) => (r.key ? areas.label(r.key, lang) : word("notStated", lang)),
  };
  for (const chart of digestCharts(model, lang, areas)) {
    const name = `${options.chartBase}-${chart.id}.svg`;
    files.push({ name, content: chart.svg });
    out.push(`### ${word(chart.id, lang)}`, "", `![${md(chart.title)}](${encodeURI(name)})`, "");
    out.push(row([word(chart.id, lang), word("events", lang)]), "| --- | ---: |");
    for (const r of model.breakdowns[chart.id].slice(0, BREAKDOWN_ROWS)) out.push(row([md(label[chart.id]!(r)), String(r.events)]));
    out.push("");
  }

  out.push(`## ${word("highlights", lang)}`, "");
  if (text.highlights.length === 0) out.push(word("noHighlights", lang), "");
  for (const kind of ["first_in_clinic", "first_designation"] as const) {
    const list = text.highlights.filter((h) => h.kind === kind);
    if (!list.length) continue;
    out.push(`### ${word(kind === "first_in_clinic" ? "firstInClinic" : "firstDesignation", lang)}`, "");
    for (const h of list) {
      out.push(inlineMarkdown(h.parts), "");
      h.sources.forEach((s, i) => {
        const title = md(s.title ?? s.url ?? s.location ?? word("source", lang));
        const href = safeHref(s.url);
        out.push(`${i === 0 ? "" : "\n"}\\[${i + 1}\\] ${href ? `[${title}](<${href}>)` : title}: “${md(s.sentence)}”`);
      });
      out.push("");
    }
  }

  out.push(`## ${word("allEvents", lang)}`, "");
  if (model.rows.length === 0) out.push(word("noEvents", lang), "");
  else {
    out.push(row(tableHeaders(lang)), row(tableHeaders(lang).map(() => "---")));
    for (const r of model.rows) {
      const c = tableCells(r, lang);
      const href = safeHref(c.source.url);
      const source = c.source.text ? (href ? `[${md(c.source.text)}](<${href}>)` : md(c.source.text)) : "";
      out.push(row([c.date, c.asset, c.company, c.event, c.agency, c.indication, c.modality, c.targets, c.class, ""].map(md).slice(0, 9).concat(source)));
    }
    out.push("");
  }
  out.push(`*${word("generatedFrom", lang)}*`, "");
  return { text: out.join("\n"), files };
}
