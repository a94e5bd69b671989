import type { CompanyView } from "../../api/views/company-view.ts";
import type { Modality } from "../../domain/index.ts";
import { assetHref, eventsTable, exportLinks } from "../components.ts";
import { html } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";

export function renderCompanyPage(view: CompanyView, ctx: PageContext): string {
  const t = ctx.i18n;
  const rows = view.pipeline.map(
    (p) => html`<tr><td><a href="${assetHref(p.asset, t.lang)}">${p.asset}</a></td><td>${p.stage ? t.stage(p.stage) : ""}</td><td>${t.modality(p.modality as Modality | null)}</td><td>${p.targets.join(", ")}</td><td>${p.latest.date ?? ""} ${t.type(p.latest.type)}</td><td class="num">${p.events}</td></tr>`,
  );
  const body = html`<h1 id="company-name">${view.name}</h1>
<h2>${t.t("pipeline")}</h2>
<table class="sortable pipeline"><thead><tr><th>${t.t("asset")}</th><th>${t.t("stage")}</th><th>${t.t("modality")}</th><th>${t.t("targets")}</th><th>${t.t("latest")}</th><th>${t.t("events")}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${t.t("events")}</h2>
<div class="bar">${exportLinks(ctx.apiPath, ctx.url, t)}</div>
${eventsTable(view.events, t)}`;
  return layout(ctx, view.name, body);
}
