import type { Hono } from "hono";
import { AppError } from "../../shared/errors.ts";
import { renderAssetPage } from "../../web/pages/asset-page.ts";
import { renderCompanyPage } from "../../web/pages/company-page.ts";
import { renderHomePage } from "../../web/pages/home-page.ts";
import { renderLandscapePage } from "../../web/pages/landscape-page.ts";
import { renderSourcesPage } from "../../web/pages/sources-page.ts";
import type { AppDeps } from "../deps.ts";
import { registerView } from "../serve-view.ts";
import type { Cell } from "../table.ts";
import { buildAssetView } from "../views/asset-view.ts";
import { buildCompanyView } from "../views/company-view.ts";
import { eventsTable } from "../views/event-item.ts";
import { buildHomeView } from "../views/home-view.ts";
import { buildLandscapeView } from "../views/landscape-view.ts";
import { buildSourcesView } from "../views/sources-view.ts";

const nameParam = (value: string | undefined): string => {
  const name = (value ?? "").trim();
  if (!name || name.length > 300) throw new AppError("usage", "invalid name in path");
  return name;
};

/** Home, asset, company, landscape and sources: each page with its JSON twin and exports. */
export function registerPageRoutes(app: Hono, deps: AppDeps): void {
  registerView(app, deps, {
    page: "/",
    api: "/api/home",
    load: (_c, { store, clock }) => buildHomeView(store, clock),
    render: renderHomePage,
    table: (view, t) => eventsTable(`week-${view.week.start}`, view.events, t),
  });
  registerView(app, deps, {
    page: "/assets/:name",
    api: "/api/assets/:name",
    load: (c, { store }) => buildAssetView(store, nameParam(c.req.param("name"))),
    render: renderAssetPage,
    table: (view, t) => eventsTable(`asset-${view.name}`, view.timeline, t),
  });
  registerView(app, deps, {
    page: "/companies/:name",
    api: "/api/companies/:name",
    load: (c, { store }) => buildCompanyView(store, nameParam(c.req.param("name"))),
    render: renderCompanyPage,
    table: (view, t) => eventsTable(`company-${view.name}`, view.events, t),
  });
  registerView(app, deps, {
    page: "/landscape",
    api: "/api/landscape",
    load: (_c, { store }) => buildLandscapeView(store),
    render: renderLandscapePage,
    table: (view, t) => ({
      name: "landscape",
      headers: [t.t("target"), ...view.stages.map((s) => t.stage(s)), "total"],
      rows: view.rows.map((r): Cell[] => [r.target, ...view.stages.map((s) => r.cells[s]), r.total]),
    }),
  });
  registerView(app, deps, {
    page: "/sources",
    api: "/api/sources",
    load: (_c, { store }) => buildSourcesView(store),
    render: renderSourcesPage,
    table: (view, t) => ({
      name: "sources",
      headers: [t.t("source"), t.t("lastRun"), t.t("records"), t.t("blocked"), t.t("lastError")],
      rows: view.sources.map((s): Cell[] => [s.id, s.lastRunAt, s.recordsSeen, s.blocked ? "yes" : "no", s.lastError]),
    }),
  });
}
