import type { AssetView } from "../../api/views/asset-view.ts";
import { companyHref } from "../components.ts";
import { html, safeUrl } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";
import type { Modality } from "../../domain/index.ts";

export function renderAssetPage(view: AssetView, ctx: PageContext): string {
  const t = ctx.i18n;
  const items = view.timeline.map(
    (e) => html`<li data-event-id="${e.id}"><strong>${e.date ?? "?"}</strong> · ${t.type(e.type)}${e.status ? html` (${t.status(e.status)})` : ""}${e.agency ? html` · ${e.agency}` : ""}${e.indication ? html` · ${e.indication}` : ""}${e.phase ? html` · ${t.t("phase")} ${e.phase}` : ""}${e.counterparty ? html` · ${t.t("counterparty")}: ${e.counterparty}` : ""}
${e.sources.map((s) => {
  const href = safeUrl(s.url);
  const label = s.title ?? s.url ?? t.t("source");
  return html`<div class="excerpt">${s.excerpt ? html`…${s.excerpt.before}<mark>${s.excerpt.match}</mark>${s.excerpt.after}…` : html`<mark>${s.sentence}</mark>`}
<div class="muted">${href ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${label}</a>` : label}</div></div>`;
})}</li>`,
  );
  const body = html`<h1 id="asset-name">${view.name}</h1>
<div class="card">
${view.aliases.length ? html`<div>${t.t("aliases")}: ${view.aliases.map((a) => html`<span class="pill">${a}</span>`)}</div>` : ""}
<div>${t.t("company")}: ${view.companies.map((c) => html`<a href="${companyHref(c, t.lang)}">${c}</a> `)}</div>
<div>${t.t("modality")}: ${view.modalities.map((m) => t.modality(m as Modality)).join(", ")} · ${t.t("targets")}: ${view.targets.map((x) => html`<a class="pill" href="/events?target=${encodeURIComponent(x)}&lang=${t.lang}">${x}</a>`)}</div>
${view.stage ? html`<div>${t.t("stage")}: <strong>${t.stage(view.stage)}</strong></div>` : ""}
${view.recognitions ? html`<div>${t.t("recognitions")}: ${view.recognitions}</div>` : ""}
</div>
<h2>${t.t("timeline")}</h2>
<ul class="timeline">${items}</ul>`;
  return layout(ctx, view.name, body);
}
