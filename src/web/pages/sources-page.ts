import type { SourcesView } from "../../api/views/sources-view.ts";
import { exportLinks } from "../components.ts";
import { html } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";

export function renderSourcesPage(view: SourcesView, ctx: PageContext): string {
  const t = ctx.i18n;
  const rows = view.sources.map(
    (s) => html`<tr class="${s.blocked ? "blocked" : ""}"><td>${s.id}</td><td>${s.lastRunAt ?? ""}</td><td class="num">${s.recordsSeen}</td><td>${s.blocked ? html`<strong>${t.t("blocked")}</strong>` : t.t("ok")}</td><td>${s.lastError ?? ""}</td></tr>`,
  );
  const body = html`<h1>${t.t("sources")}</h1>
<p>${view.documents} documents · ${view.events} ${t.t("results")} · ${view.blocked} ${t.t("blocked")} ${exportLinks(ctx.apiPath, ctx.url, t)}</p>
${view.sources.length ? html`<table class="sortable" id="sources"><thead><tr><th>${t.t("source")}</th><th>${t.t("lastRun")}</th><th>${t.t("records")}</th><th>${t.t("status")}</th><th>${t.t("lastError")}</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">${t.t("noSources")}</p>`}`;
  return layout(ctx, t.t("sources"), body);
}
