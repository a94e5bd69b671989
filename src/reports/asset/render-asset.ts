import type { Lang } from "../../domain/index.ts";
import type { DigestRow } from "../digest/digest-model.ts";
import { escapeHtml as h, escapeMarkdown as md, safeHref } from "../escape.ts";
import { htmlPage } from "../html-page.ts";
import { companyLabel, eventLabel, formatUsd, modalityLabel, word, type Word } from "../i18n.ts";
import type { AssetDossier } from "./asset-dossier.ts";

type Column = { header: Word; cell: (r: DigestRow, lang: Lang) => string };

const money = (r: DigestRow, lang: Lang): string =>
  [r.upfrontUsd !== null ? `${word("upfront", lang)} ${formatUsd(r.upfrontUsd, lang)}` : null, r.totalUsd !== null ? `${word("total", lang)} ${formatUsd(r.totalUsd, lang)}` : null].filter(Boolean).join(", ");

const COLUMNS: Record<"timeline" | "designations" | "deals" | "trials", Column[]> = {
  timeline: [
    { header: "date", cell: (r) => r.date ?? "" },
    { header: "event", cell: (r, lang) => eventLabel(r.type, r.status, lang) },
    { header: "agency", cell: (r) => r.agency ?? "" },
    { header: "indication", cell: (r) => r.indication ?? "" },
    { header: "company", cell: (r, lang) => companyLabel(r, lang) },
  ],
  designations: [
    { header: "date", cell: (r) => r.date ?? "" },
    { header: "event", cell: (r, lang) => eventLabel(r.type, r.status, lang) },
    { header: "agency", cell: (r) => r.agency ?? "" },
    { header: "indication", cell: (r) => r.indication ?? "" },
  ],
  deals: [
    { header: "date", cell: (r) => r.date ?? "" },
    { header: "event", cell: (r, lang) => eventLabel(r.type, r.status, lang) },
    { header: "counterparty", cell: (r) => r.counterparty ?? "" },
    { header: "upfront", cell: money },
  ],
  trials: [
    { header: "date", cell: (r) => r.date ?? "" },
    { header: "event", cell: (r, lang) => eventLabel(r.type, r.status, lang) },
    { header: "agency", cell: (r) => r.agency ?? "" },
    { header: "phase", cell: (r) => r.phase ?? "" },
    { header: "indication", cell: (r) => r.indication ?? "" },
  ],
};

const SECTION_TITLES = { timeline: "timeline", designations: "designations", deals: "deals", trials: "trials" } as const satisfies Record<string, Word>;

function sectionRows(d: AssetDossier, section: keyof typeof COLUMNS): DigestRow[] {
  if (section === "timeline") return d.timeline;
  const ids = new Set(d.sections[section]);
  return d.timeline.filter((r) => ids.has(r.id));
}

function facts(d: AssetDossier, lang: Lang): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (d.aliases.length) out.push([word("aliases", lang), d.aliases.join(", ")]);
  if (d.companies.length) out.push([word("company", lang), d.companies.join(", ")]);
  if (d.modalities.length) out.push([word("modality", lang), d.modalities.map((m) => modalityLabel(m, lang)).join(", ")]);
  if (d.targets.length) out.push([word("targets", lang), d.targets.join(", ")]);
  return out;
}

/** The dossier as Markdown; every source cited by number in the timeline. */
export function renderAssetMarkdown(d: AssetDossier, lang: Lang): string {
  const sourceIndex = new Map(d.sources.map((s, i) => [`${s.url ?? ""}\u0001${s.title ?? ""}\u0001${s.location ?? ""}`, i + 1]));
  const cite = (r: DigestRow) => r.sources.map((s) => `\\[${sourceIndex.get(`${s.url ?? ""}\u0001${s.title ?? ""}\u0001${s.location ?? ""}`)}\\]`).join("");
  const out = [`# ${md(`${word("assetTitle", lang)}: ${d.asset}`)}`, ""];
  for (const [k, v] of facts(d, lang)) out.push(`- **${md(k)}**: ${md(v)}`);
  out.push("");
  for (const section of ["timeline", "designations", "trials", "deals"] as const) {
    out.push(`## ${word(SECTION_TITLES[section], lang)}`, "");
    const rows = sectionRows(d, section);
    if (!rows.length) {
      out.push(word("none", lang), "");
      continue;
    }
    const cols = COLUMNS[section];
    out.push(`| ${cols.map((c) => md(word(c.header, lang))).join(" | ")} | ${word("sources", lang)} |`, `|${" --- |".repeat(cols.length + 1)}`);
    for (const r of rows) out.push(`| ${cols.map((c) => md(c.cell(r, lang))).join(" | ")} | ${cite(r)} |`);
    out.push("");
  }
  out.push(`## ${word("sources", lang)}`, "");
  d.sources.forEach((s, i) => {
    const title = md(s.title ?? s.url ?? s.location ?? word("source", lang));
    const href = safeHref(s.url);
    out.push(`${i + 1}. ${href ? `[${title}](<${href}>)` : title}: “${md(s.sentence)}”`);
  });
  out.push("", `*${word("generatedFrom", lang)}*`, "");
  return out.join("\n");
}

/** The dossier as HTML: a fragment for the web UI and a standalone page. */
export function renderAssetHtml(d: AssetDossier, lang: Lang): { title: string; fragment: string; page: string } {
  const key = (s: { url: string | null; title: string | null; location: string | null }) => `${s.url ?? ""}\u0001${s.title ?? ""}\u0001${s.location ?? ""}`;
  const sourceIndex = new Map(d.sources.map((s, i) => [key(s), i + 1]));
  const cite = (r: DigestRow) => r.sources.map((s) => `<a href="#src-${sourceIndex.get(key(s))}">[${sourceIndex.get(key(s))}]</a>`).join("");
  const title = `${word("assetTitle", lang)}: ${d.asset}`;
  const out = [`<div class="dt-report" lang="${lang === "zh" ? "zh-CN" : "en"}">`, `<h1>${h(title)}</h1>`, "<dl>"];
  for (const [k, v] of facts(d, lang)) out.push(`<dt>${h(k)}</dt><dd>${h(v)}</dd>`);
  out.push("</dl>");
  for (const section of ["timeline", "designations", "trials", "deals"] as const) {
    out.push(`<h2>${h(word(SECTION_TITLES[section], lang))}</h2>`);
    const rows = sectionRows(d, section);
    if (!rows.length) {
      out.push(`<p>${h(word("none", lang))}</p>`);
      continue;
    }
    const cols = COLUMNS[section];
    out.push(`<table class="dt-sortable"><thead><tr>${cols.map((c) => `<th>${h(word(c.header, lang))}</th>`).join("")}<th>${h(word("sources", lang))}</th></tr></thead><tbody>`);
    for (const r of rows) out.push(`<tr>${cols.map((c) => `<td>${h(c.cell(r, lang))}</td>`).join("")}<td>${cite(r)}</td></tr>`);
    out.push("</tbody></table>");
  }
  out.push(`<h2>${h(word("sources", lang))}</h2>`, "<ol>");
  d.sources.forEach((s, i) => {
    const href = safeHref(s.url);
    const text = h(s.title ?? s.url ?? s.location ?? word("source", lang));
    out.push(`<li id="src-${i + 1}">${href ? `<a href="${h(href)}" rel="noopener noreferrer">${text}</a>` : text}: <span class="dt-quote">“${h(s.sentence)}”</span></li>`);
  });
  out.push("</ol>", `<p><small>${h(word("generatedFrom", lang))}</small></p>`, "</div>");
  const fragment = out.join("\n");
  return { title, fragment, page: htmlPage(title, fragment, lang) };
}
