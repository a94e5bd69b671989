import type { Lang } from "../domain/index.ts";
import { html, trusted, type SafeHtml } from "./html.ts";
import type { I18n } from "./i18n.ts";

/** What every page needs besides its view model: language, the current URL, the CSP nonce. */
export type PageContext = {
  i18n: I18n;
  /** The current path and query, for the language switch and the JSON/CSV links. */
  url: URL;
  nonce: string;
  /** The JSON twin of this page. */
  apiPath: string;
  writable: boolean;
};

/** The same URL with some query parameters replaced (null removes one). */
export function withParams(url: URL, params: Record<string, string | null>): string {
  const next = new URL(url.href);
  for (const [k, v] of Object.entries(params)) {
    if (v === null) next.searchParams.delete(k);
    else next.searchParams.set(k, v);
  }
  return next.pathname + next.search;
}

const CSS = `
:root{--fg:#1d2430;--muted:#5b6574;--line:#dde2ea;--bg:#f6f8fb;--accent:#0b5fff;--mark:#fff1a8}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#101828;color:#fff;padding:0 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
header a{color:#d0d5dd;text-decoration:none;padding:.8rem 0;display:inline-block}header a:hover,header a.active{color:#fff;border-bottom:2px solid #fff}
header .brand{font-weight:700;color:#fff}header .lang{margin-left:auto}
main{padding:1rem 1.5rem;max-width:1500px}h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
a{color:var(--accent)}table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7;cursor:pointer;white-space:nowrap;position:sticky;top:0}td.num{text-align:right}
.layout{display:grid;grid-template-columns:240px 1fr;gap:1.2rem}@media(max-width:900px){.layout{grid-template-columns:1fr}}
.facet{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;margin-bottom:.7rem}.facet h3{font-size:.85rem;margin:0 0 .3rem;color:var(--muted);text-transform:uppercase}
.facet a{display:flex;justify-content:space-between;text-decoration:none;color:var(--fg);padding:1px 0}.facet a.on{font-weight:700;color:var(--accent)}.facet a span{color:var(--muted)}
form.search{display:flex;gap:.5rem;flex-wrap:wrap;margin-bottom:.8rem}form.search input[type=search]{flex:1;min-width:240px;padding:.45rem}input,button,select{font:inherit;padding:.35rem .5rem}
.bar{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}.muted{color:var(--muted)}.pill{display:inline-block;background:#eef2f7;border-radius:10px;padding:0 .5rem;margin:0 .2rem .2rem 0;font-size:.85em}
mark{background:var(--mark)}.excerpt{background:#fff;border-left:3px solid var(--line);padding:.4rem .7rem;margin:.3rem 0}.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin-bottom:1rem}
.grid td{text-align:center}.grid td a{display:block;text-decoration:none}.heat1{background:#e8f0ff}.heat2{background:#c7dbff}.heat3{background:#94b8ff}.heat4{background:#5b8def;color:#fff}
.timeline{list-style:none;padding:0;border-left:2px solid var(--line);margin-left:.5rem}.timeline li{padding:.2rem 0 .8rem 1rem;position:relative}.timeline li::before{content:"";position:absolute;left:-6px;top:.6rem;width:10px;height:10px;border-radius:50%;background:var(--accent)}
.chart svg{max-width:100%;height:auto;background:#fff}footer{padding:1rem 1.5rem;color:var(--muted);font-size:.85rem}
`;

/** Sorting by column header and filtering the rows of a page's tables; no framework. */
const SCRIPT = `
document.querySelectorAll("table.sortable").forEach(function(table){
  table.querySelectorAll("th").forEach(function(th, i){
    th.addEventListener("click", function(){
      var body = table.tBodies[0]; if (!body) return;
      var asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function(h){ h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = (a.cells[i] || {}).textContent || "", y = (b.cells[i] || {}).textContent || "";
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny) && /^[\\d.,\\s-]+$/.test(x + y)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
document.querySelectorAll("input[data-filter-rows]").forEach(function(input){
  input.addEventListener("input", function(){
    var needle = input.value.toLowerCase();
    document.querySelectorAll("table.sortable tbody tr").forEach(function(tr){
      tr.hidden = needle !== "" && tr.textContent.toLowerCase().indexOf(needle) < 0;
    });
  });
});
`;

const NAV: Array<{ path: string; key: "home" | "events" | "landscape" | "iit" | "sources" | "watchlists" }> = [
  { path: "/", key: "home" },
  { path: "/events", key: "events" },
  { path: "/landscape", key: "landscape" },
  { path: "/iit", key: "iit" },
  { path: "/sources", key: "sources" },
  { path: "/watchlists", key: "watchlists" },
];

export function layout(ctx: PageContext, title: string, body: SafeHtml): string {
  const { i18n: t, url } = ctx;
  const other: Lang = t.lang === "zh" ? "en" : "zh";
  const nav = NAV.map(
    (n) => html`<a href="${n.path}?lang=${t.lang}" class="${(n.path === "/" ? url.pathname === "/" : url.pathname.startsWith(n.path)) ? "active" : ""}">${t.t(n.key)}</a>`,
  );
  const page = html`<!doctype html>
<html lang="${t.lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · dualtrack</title>
<style nonce="${ctx.nonce}">${trusted(CSS)}</style>
</head>
<body>
<header><a class="brand" href="/?lang=${t.lang}">${t.t("appName")}</a>${nav}<a class="lang" id="lang-switch" href="${withParams(url, { lang: other })}">${other === "zh" ? "中文" : "English"}</a></header>
<main>${body}</main>
<footer><a href="${ctx.apiPath}${url.search}">${t.t("json")}</a> · <a href="/api/openapi.json">OpenAPI</a></footer>
<script nonce="${ctx.nonce}">${trusted(SCRIPT)}</script>
</body>
</html>`;
  return page.value;
}
