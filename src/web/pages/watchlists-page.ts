import type { WatchlistDetailView, WatchlistsView } from "../../api/views/watchlists-view.ts";
import { EVENT_TYPES } from "../../domain/index.ts";
import { eventsTable } from "../components.ts";
import { html } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";

export function renderWatchlistsPage(view: WatchlistsView, ctx: PageContext): string {
  const t = ctx.i18n;
  const rows = view.watchlists.map(
    (w) => html`<tr><td><a href="/watchlists/${w.id}?lang=${t.lang}">${w.name}</a></td>
<td>${Object.entries(w.filter)
      .filter(([, v]) => v.length)
      .map(([k, v]) => html`<span class="pill">${k}: ${v.join(", ")}</span>`)}</td>
<td><a href="${w.feedUrl}">${t.t("feed")}</a></td><td>${w.webhook ?? ""}</td>
<td>${view.writable ? html`<form method="post" action="/watchlists/${w.id}/delete"><input type="password" name="token" placeholder="${t.t("token")}" required><button>${t.t("delete")}</button></form>` : ""}</td></tr>`,
  );
  const field = (name: string, label: string) => html`<label>${label} <input name="${name}" placeholder="${t.t("commaSeparated")}"></label> `;
  const form = view.writable
    ? html`<h2>${t.t("newWatchlist")}</h2><form method="post" action="/watchlists" class="card" id="new-watchlist">
<label>${t.t("name")} <input name="name" required maxlength="200"></label>
${field("assets", t.t("asset"))}${field("companies", t.t("company"))}${field("targets", t.t("targets"))}${field("indications", t.t("indication"))}
<label>${t.t("type")} <select name="types" multiple size="4">${EVENT_TYPES.map((ty) => html`<option value="${ty}">${t.type(ty)}</option>`)}</select></label>
<label>${t.t("webhook")} <input name="webhookUrl" type="url" placeholder="https://…"></label>
<label>${t.t("token")} <input name="token" type="password" required></label>
<button type="submit">${t.t("create")}</button></form>`
    : html`<p class="muted">${t.t("readOnly")}</p>`;
  const body = html`<h1>${t.t("watchlists")}</h1>
${view.watchlists.length ? html`<table class="sortable" id="watchlists"><thead><tr><th>${t.t("name")}</th><th>${t.t("filter")}</th><th>${t.t("feed")}</th><th>${t.t("webhook")}</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">${t.t("noWatchlists")}</p>`}
${form}`;
  return layout(ctx, t.t("watchlists"), body);
}

export function renderWatchlistPage(view: WatchlistDetailView, ctx: PageContext): string {
  const t = ctx.i18n;
  const w = view.watchlist;
  const deliveries = view.deliveries.map(
    (d) => html`<tr><td>${d.createdAt}</td><td>${d.url}</td><td class="num">${d.attempt}</td><td>${d.status ?? ""}</td><td>${d.ok ? t.t("ok") : (d.error ?? "")}</td><td class="num">${d.eventIds.length}</td></tr>`,
  );
  const body = html`<h1>${w.name}</h1>
<p><a href="${w.feedUrl}">${t.t("feed")}</a>${w.webhook ? html` · ${t.t("webhook")}: ${w.webhook}` : ""}</p>
${eventsTable(view.events, t)}
${view.deliveries.length ? html`<h2>${t.t("deliveries")}</h2><table class="sortable"><thead><tr><th>${t.t("date")}</th><th>URL</th><th>#</th><th>HTTP</th><th>${t.t("status")}</th><th>${t.t("events")}</th></tr></thead><tbody>${deliveries}</tbody></table>` : ""}`;
  return layout(ctx, w.name, body);
}
