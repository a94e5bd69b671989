import type { Lang } from "../../domain/index.ts";
import { escapeHtml as h, safeHref } from "../escape.ts";
import { htmlPage } from "../html-page.ts";
import { formatChange, formatUsd, modalityKeyLabel, word } from "../i18n.ts";
import type { BreakdownRow, DigestModel, SourceRef } from "./digest-model.ts";
import { digestCharts } from "./digest-charts.ts";
import { tableCells, tableHeaders } from "./digest-table.ts";
import { digestText, type Inline } from "./digest-text.ts";
import { headlineLabel } from "./headline.ts";
import { loadAreaClassifier, type AreaClassifier } from "./therapeutic-areas.ts";

export type RenderedHtml = { title: string; fragment: string; page: string };

const BREAKDOWN_ROWS = 10;

export const inlineHtml = (parts: Inline[], anchor: string): string =>
  parts.map((p) => ("strong" in p ? `<strong>${h(p.strong)}</strong>` : "ref" in p ? `<a href="#${anchor}-${p.ref}">[${p.ref}]</a>` : h(p.text))).join("");

/** A link to a source when it has a web address, else its title as text. Everything from documents is escaped. */
export function sourceHtml(s: { text: string; url: string | null }): string {
  const href = safeHref(s.url);
  return href ? `<a href="${h(href)}" rel="noopener noreferrer">${h(s.text)}</a>` : h(s.text);
}

const sourceLine = (s: SourceRef, lang: Lang): string =>
  `${sourceHtml({ text: s.title ?? s.url ?? s.location ?? word("source", lang), url: s.url })}: <span class="dt-quote">“${h(s.sentence)}”</span>`;

/**
 * The digest as HTML: `fragment` (a `<div class="dt-report">` for the web UI's own layout, which needs
 * `REPORT_CSS` and `SORT_SCRIPT` from html-page.ts) and `page` (a standalone document with both inlined).
 */
export function renderDigestHtml(model: DigestModel, lang: Lang, options: { areas?: AreaClassifier } = {}): RenderedHtml {
  const areas = options.areas ?? loadAreaClassifier();
  const text = digestText(model, lang, areas);
  const out: string[] = [`<div class="dt-report" lang="${lang === "zh" ? "zh-CN" : "en"}">`, `<h1>${h(text.title)}</h1>`];
  if (model.class1Only) out.push(`<p><em>${h(word("class1Note", lang))}</em></p>`);
  out.push(`<p>${h(text.summary)}</p>`);
  if (text.coarseNote) out.push(`<p class="dt-note">${h(text.coarseNote)}</p>`);

  out.push(`<h2>${h(word("headline", lang))}</h2>`, "<table>");
  out.push(`<thead><tr><th>${h(word("event", lang))}</th><th class="num">${h(word("thisPeriod", lang))}</th><th class="num">${h(word("previousPeriod", lang))}</th><th class="num">${h(word("change", lang))}</th></tr></thead><tbody>`);
  for (const r of model.headline) {
    if (r.count === 0 && r.previous === 0) continue;
    const money = (n: number, usd: number | null) => (usd === null ? String(n) : `${n} (${h(word("upfront", lang))} ${h(formatUsd(usd, lang))})`);
    out.push(`<tr><td>${h(headlineLabel(r.kind, lang))}</td><td class="num">${money(r.count, r.upfrontUsd)}</td><td class="num">${money(r.previous, r.previousUpfrontUsd)}</td><td class="num">${h(formatChange(r.change))}</td></tr>`);
  }
  out.push("</tbody></table>");

  out.push(`<h2>${h(word("breakdowns", lang))}</h2>`);
  if (text.breakdown) out.push(`<p>${h(text.breakdown)}</p>`);
  const label: Record<string, (r: BreakdownRow) => string> = {
    modality: (r) => modalityKeyLabel(r.key, lang),
    target: (r) => r.key ?? word("notStated", lang),
    area: (r) => (r.key ? areas.label(r.key, lang) : word("notStated", lang)),
  };
  out.push(`<div class="dt-charts">`);
  for (const chart of digestCharts(model, lang, areas)) {
    out.push(`<figure>${chart.svg}<figcaption><table><thead><tr><th>${h(word(chart.id, lang))}</th><th class="num">${h(word("events", lang))}</th></tr></thead><tbody>`);
    for (const r of model.breakdowns[chart.id].slice(0, BREAKDOWN_ROWS)) out.push(`<tr><td>${h(label[chart.id]!(r))}</td><td class="num">${r.events}</td></tr>`);
    out.push("</tbody></table></figcaption></figure>");
  }
  out.push("</div>");

  out.push(`<h2>${h(word("highlights", lang))}</h2>`);
  if (text.highlights.length === 0) out.push(`<p>${h(word("noHighlights", lang))}</p>`);
  let n = 0;
  for (const kind of ["first_in_clinic", "first_designation"] as const) {
    const list = text.highlights.filter((x) => x.kind === kind);
    if (!list.length) continue;
    out.push(`<h3>${h(word(kind === "first_in_clinic" ? "firstInClinic" : "firstDesignation", lang))}</h3>`);
    for (const hl of list) {
      const anchor = `hl${++n}`;
      out.push(`<p>${inlineHtml(hl.parts, anchor)}</p>`, `<ol class="dt-sources">`);
      hl.sources.forEach((s, i) => out.push(`<li id="${anchor}-${i + 1}">${sourceLine(s, lang)}</li>`));
      out.push("</ol>");
    }
  }

  out.push(`<h2>${h(word("allEvents", lang))}</h2>`);
  if (model.rows.length === 0) out.push(`<p>${h(word("noEvents", lang))}</p>`);
  else {
    out.push(`<table class="dt-sortable"><thead><tr>${tableHeaders(lang).map((x) => `<th>${h(x)}</th>`).join("")}</tr></thead><tbody>`);
    for (const r of model.rows) {
      const c = tableCells(r, lang);
      const cells = [c.date, c.asset, c.company, c.event, c.agency, c.indication, c.modality, c.targets, c.class].map((x) => `<td>${h(x)}</td>`);
      out.push(`<tr>${cells.join("")}<td>${sourceHtml(c.source)}</td></tr>`);
    }
    out.push("</tbody></table>");
  }
  out.push(`<p><small>${h(word("generatedFrom", lang))}</small></p>`, "</div>");
  const fragment = out.join("\n");
  return { title: text.title, fragment, page: htmlPage(text.title, fragment, lang) };
}
