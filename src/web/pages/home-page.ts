import type { HomeView } from "../../api/views/home-view.ts";
import { eventsTable, exportLinks } from "../components.ts";
import { renderDigestHtml } from "../../reports/digest/index.ts";
import { html, trusted } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";
import { trendChart } from "../trend-chart.ts";

/** The digest fragment comes from src/reports, which escapes everything it takes from documents. */
export function renderHomePage(view: HomeView, ctx: PageContext): string {
  const t = ctx.i18n;
  const eventsHref = `/events?since=${view.week.start}&until=${view.week.end}&lang=${t.lang}`;
  const body = html`<h1>${t.t("weekOf")} ${view.week.start} – ${view.week.end}</h1>
${view.week.isCurrent ? "" : html`<p class="muted" id="latest-week">${t.t("latestWeek")} (${view.week.start}).</p>`}
<div class="card"><strong id="week-total">${view.total}</strong> ${t.t("weekTotal")}: ${view.byType.map((b) => html`<span class="pill">${t.type(b.type)} ${b.count}</span>`)}
<div class="bar"><a href="${eventsHref}">${t.t("seeAll")}</a> ${exportLinks(ctx.apiPath, ctx.url, t)}</div></div>
<h2>${t.t("trend")}</h2>
<div class="chart" id="trend-chart">${trendChart(view.trend, t)}</div>
${view.digest ? html`<section class="card digest" id="digest">${trusted(renderDigestHtml(view.digest, t.lang).fragment)}</section>` : html`<h2>${t.t("events")}</h2>${eventsTable(view.events, t)}`}`;
  return layout(ctx, t.t("home"), body);
}
