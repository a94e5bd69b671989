import { randomBytes } from "node:crypto";
import type { Context, Hono } from "hono";
import { AppError } from "../shared/errors.ts";
import { i18n, type I18n } from "../web/i18n.ts";
import type { PageContext } from "../web/layout.ts";
import type { AppDeps } from "./deps.ts";
import { resolveLang } from "./lang.ts";
import { tableToCsv, tableToXlsx, type Table } from "./table.ts";

/**
 * One view model served three ways: an HTML page, its JSON twin under /api, and (for table views) CSV and
 * XLSX exports via `?format=csv|xlsx` on the API path.
 */
export type ViewSpec<V> = {
  page: string;
  api: string;
  load(c: Context, deps: AppDeps, options: { exporting: boolean }): Promise<V>;
  render(view: V, ctx: PageContext): string;
  table?(view: V, t: I18n): Table;
};

/** Content-Security-Policy of the pages: scripts only with this response's nonce. */
export const contentSecurityPolicy = (nonce: string): string =>
  `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'`;

export function pageContext(c: Context, deps: AppDeps, apiPath: string): PageContext {
  const nonce = randomBytes(16).toString("base64");
  c.header("Content-Security-Policy", contentSecurityPolicy(nonce));
  const lang = resolveLang(c);
  return { i18n: i18n(lang), url: new URL(c.req.url), nonce, apiPath, writable: deps.config.token !== "" };
}

const apiPathOf = (c: Context): string => (new URL(c.req.url).pathname === "/" ? "/api/home" : `/api${new URL(c.req.url).pathname}`);

export function registerView<V>(app: Hono, deps: AppDeps, spec: ViewSpec<V>): void {
  app.get(spec.page, async (c) => {
    const ctx = pageContext(c, deps, apiPathOf(c));
    const view = await spec.load(c, deps, { exporting: false });
    return c.html(spec.render(view, ctx));
  });
  app.get(spec.api, async (c) => {
    const format = c.req.query("format") ?? "json";
    if (format !== "json" && format !== "csv" && format !== "xlsx") throw new AppError("usage", "invalid query parameter format: expected json, csv or xlsx");
    if (format === "json") return c.json(await spec.load(c, deps, { exporting: false }));
    if (!spec.table) throw new AppError("not_found", "this view has no table to export");
    const view = await spec.load(c, deps, { exporting: true });
    const table = spec.table(view, i18n(resolveLang(c)));
    const file = `dualtrack-${table.name}.${format}`.replace(/[^\w.-]/g, "_");
    c.header("Content-Disposition", `attachment; filename="${file}"`);
    if (format === "csv") return c.body(tableToCsv(table), 200, { "Content-Type": "text/csv; charset=utf-8" });
    const bytes = await tableToXlsx(table);
    return c.body(bytes.buffer as ArrayBuffer, 200, { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  });
}
