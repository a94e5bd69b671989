import type { LandscapeView } from "../../api/views/landscape-view.ts";
import { exportLinks } from "../components.ts";
import { html } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";

const heat = (n: number, max: number): string => (n === 0 ? "" : `heat${Math.min(4, Math.max(1, Math.ceil((n / Math.max(1, max)) * 4)))}`);

export function renderLandscapePage(view: LandscapeView, ctx: PageContext): string {
  const t = ctx.i18n;
  const max = Math.max(0, ...view.rows.flatMap((r) => Object.values(r.cells)));
  const rows = view.rows.map(
    (r) => html`<tr><th>${r.target}</th>${view.stages.map((s) => {
      const n = r.cells[s];
      return html`<td class="${heat(n, max)}">${n ? html`<a href="/events?target=${encodeURIComponent(r.target)}&lang=${t.lang}">${n}</a>` : ""}</td>`;
    })}<td class="num">${r.total}</td></tr>`,
  );
  const body = html`<h1>${t.t("landscape")}</h1>
<p class="muted">${t.t("target")} × ${t.t("stage")} (${t.t("assets")}) ${exportLinks(ctx.apiPath, ctx.url, t)}</p>
${view.rows.length ? html`<table class="grid sortable" id="landscape"><thead><tr><th>${t.t("target")}</th>${view.stages.map((s) => html`<th>${t.stage(s)}</th>`)}<th>Σ</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">${t.t("noEvents")}</p>`}`;
  return layout(ctx, t.t("landscape"), body);
}
