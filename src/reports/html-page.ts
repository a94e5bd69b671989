import type { Lang } from "../domain/index.ts";
import { escapeHtml } from "./escape.ts";

/** Styles of the report pages (also fine inside the web UI's own layout). */
export const REPORT_CSS = `
.dt-report{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.5;color:#1d2430;max-width:1200px;margin:0 auto;padding:1rem}
.dt-report h1{font-size:1.6rem}.dt-report h2{margin-top:2rem;border-bottom:1px solid #d8dde6}
.dt-report table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
.dt-report th,.dt-report td{border:1px solid #d8dde6;padding:.25rem .5rem;vertical-align:top;text-align:left}
.dt-report td.num,.dt-report th.num{text-align:right}
.dt-report table.dt-sortable th{cursor:pointer;background:#f3f5f9;user-select:none}
.dt-report table.dt-sortable th[aria-sort=ascending]::after{content:" ▲"}.dt-report table.dt-sortable th[aria-sort=descending]::after{content:" ▼"}
.dt-report .dt-charts{display:flex;flex-wrap:wrap;gap:1rem}.dt-report .dt-quote{color:#4a5568}
.dt-report .dt-note{background:#fff8e1;padding:.5rem}
`;

/** Sorts any table.dt-sortable by the clicked column (numbers numerically, other cells as text, using data-sort when set). */
export const SORT_SCRIPT = `
document.querySelectorAll("table.dt-sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var key = function (r) { var c = r.cells[col]; return c ? (c.getAttribute("data-sort") || c.textContent || "") : ""; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
        var d = x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return asc ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
`;

/** A standalone HTML page around a report fragment. */
export function htmlPage(title: string, fragment: string, lang: Lang): string {
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${fragment}
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
