import type { EventsView } from "../../api/views/events-view.ts";
import type { FacetName } from "../../store/event-query.ts";
import { FACETS } from "../../store/event-query.ts";
import type { EventType, Modality } from "../../domain/index.ts";
import { eventsTable, exportLinks, formatCount, pagination } from "../components.ts";
import { html, type SafeHtml } from "../html.ts";
import type { I18n } from "../i18n.ts";
import { layout, type PageContext } from "../layout.ts";

function facetLabel(facet: FacetName, value: string, t: I18n): string {
  if (facet === "type") return t.type(value as EventType);
  if (facet === "modality") return t.modality(value as Modality);
  if (facet === "status") return t.status(value);
  return value;
}

/** Toggles one facet value in the URL (and goes back to page 1). */
function toggleHref(url: URL, facet: FacetName, value: string): { href: string; on: boolean } {
  const next = new URL(url.href);
  const values = next.searchParams.getAll(facet).flatMap((v) => (facet === "target" || facet === "company" ? [v] : v.split(",")));
  const on = values.includes(value);
  next.searchParams.delete(facet);
  for (const v of on ? values.filter((x) => x !== value) : [...values, value]) next.searchParams.append(facet, v);
  next.searchParams.delete("page");
  return { href: next.pathname + next.search, on };
}

export function facetsPanel(view: EventsView, url: URL, t: I18n, hidden: FacetName[] = []): SafeHtml {
  return html`${FACETS.filter((f) => !hidden.includes(f)).map((facet) => {
    const counts = view.facets[facet] ?? [];
    if (counts.length === 0) return html``;
    return html`<div class="facet" data-facet="${facet}"><h3>${t.t(facet)}</h3>${counts.map((c) => {
      const { href, on } = toggleHref(url, facet, c.value);
      return html`<a class="${on ? "on" : ""}" href="${href}" data-value="${c.value}">${on ? "✓ " : ""}${facetLabel(facet, c.value, t)}<span>${formatCount(c.count)}</span></a>`;
    })}</div>`;
  })}`;
}

export function searchForm(view: EventsView, url: URL, t: I18n, action: string): SafeHtml {
  const keep = [...url.searchParams.entries()].filter(([k]) => !["q", "since", "until", "page"].includes(k));
  return html`<form class="search" method="get" action="${action}">
${keep.map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<input type="search" name="q" id="q" value="${view.query.q ?? ""}" placeholder="${t.t("searchPlaceholder")}" aria-label="${t.t("search")}">
<label>${t.t("since")} <input type="text" name="since" size="10" placeholder="YYYY-MM-DD" value="${view.query.since ?? ""}"></label>
<label>${t.t("until")} <input type="text" name="until" size="10" placeholder="YYYY-MM-DD" value="${view.query.until ?? ""}"></label>
<button type="submit" id="search-submit">${t.t("search")}</button>
<a href="${action}?lang=${t.lang}">${t.t("clear")}</a>
</form>`;
}

export function renderEventsPage(view: EventsView, ctx: PageContext, title = ctx.i18n.t("events"), hidden: FacetName[] = []): string {
  const t = ctx.i18n;
  const body = html`<h1>${title}</h1>
${searchForm(view, ctx.url, t, ctx.url.pathname)}
<div class="layout">
<aside>${facetsPanel(view, ctx.url, t, hidden)}</aside>
<section>
<div class="bar"><strong id="total">${formatCount(view.total)}</strong> ${t.t("results")} ${exportLinks(ctx.apiPath, ctx.url, t)}
<input type="search" data-filter-rows placeholder="${t.t("filterRows")}"></div>
${eventsTable(view.events, t)}
${pagination(ctx.url, view.page, view.pages, t)}
</section>
</div>`;
  return layout(ctx, title, body);
}
