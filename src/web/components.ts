import type { EventItem } from "../api/views/event-item.ts";
import { html, safeUrl, type SafeHtml } from "./html.ts";
import type { I18n } from "./i18n.ts";
import { withParams } from "./layout.ts";

const NUMBER = new Intl.NumberFormat("en");
/** 12,345 (one shared formatter: creating one per call is slow). */
export const formatCount = (n: number): string => NUMBER.format(n);

export const assetHref = (name: string, lang: string): string => `/assets/${encodeURIComponent(name)}?lang=${lang}`;
export const companyHref = (name: string, lang: string): string => `/companies/${encodeURIComponent(name)}?lang=${lang}`;

/** A link to an event's source: the URL when it is http(s), else the title as text. */
export function sourceLink(e: EventItem, t: I18n): SafeHtml {
  if (!e.source) return html``;
  const href = safeUrl(e.source.url);
  const label = e.source.title ?? t.t("source");
  const more = e.sourceCount > 1 ? html` <span class="muted">+${e.sourceCount - 1}</span>` : html``;
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank" title="${e.source.sentence}">${label}</a>${more}` : html`<span title="${e.source.sentence}">${label}</span>${more}`;
}

/** The table of events used by the events, IIT, home and company pages. */
export function eventsTable(items: EventItem[], t: I18n): SafeHtml {
  if (items.length === 0) return html`<p class="muted" id="no-events">${t.t("noEvents")}</p>`;
  const rows = items.map(
    (e) => html`<tr data-event-id="${e.id}">
<td>${e.date ?? ""}</td>
<td><a class="asset" href="${assetHref(e.asset, t.lang)}">${e.asset}</a></td>
<td>${e.company ? html`<a href="${companyHref(e.company, t.lang)}">${e.company}</a>` : ""}</td>
<td>${t.type(e.type)}${e.status ? html` <span class="pill">${t.status(e.status)}</span>` : ""}</td>
<td>${e.agency ?? ""}</td>
<td>${e.indication ?? ""}</td>
<td>${t.modality(e.modality)}</td>
<td>${e.targets.map((x) => html`<span class="pill">${x}</span>`)}</td>
<td>${sourceLink(e, t)}</td>
</tr>`,
  );
  return html`<table class="sortable events"><thead><tr>
<th>${t.t("date")}</th><th>${t.t("asset")}</th><th>${t.t("company")}</th><th>${t.t("type")}</th><th>${t.t("agency")}</th><th>${t.t("indication")}</th><th>${t.t("modality")}</th><th>${t.t("targets")}</th><th>${t.t("source")}</th>
</tr></thead><tbody>${rows}</tbody></table>`;
}

/** CSV, XLSX and JSON links of a table view (the API path with the current query). */
export function exportLinks(apiPath: string, url: URL, t: I18n): SafeHtml {
  const q = (format: string) => {
    const u = new URL(url.href);
    u.searchParams.set("format", format);
    u.searchParams.delete("page");
    return `${apiPath}${u.search}`;
  };
  return html`<span class="exports"><a id="export-csv" href="${q("csv")}" download>${t.t("exportCsv")}</a> · <a id="export-xlsx" href="${q("xlsx")}" download>${t.t("exportXlsx")}</a> · <a href="${apiPath}${url.search}">${t.t("json")}</a></span>`;
}

export function pagination(url: URL, page: number, pages: number, t: I18n): SafeHtml {
  if (pages <= 1) return html``;
  const prev = page > 1 ? html`<a rel="prev" href="${withParams(url, { page: String(page - 1) })}">${t.t("prev")}</a>` : html``;
  const next = page < pages ? html`<a rel="next" id="next-page" href="${withParams(url, { page: String(page + 1) })}">${t.t("next")}</a>` : html``;
  const label = t.lang === "zh" ? `${t.t("page")} ${page} ${t.t("of")} ${pages} 页` : `${t.t("page")} ${page} ${t.t("of")} ${pages}`;
  return html`<nav class="bar pagination">${prev}<span class="muted">${label}</span>${next}</nav>`;
}
