import type { Hono } from "hono";
import { renderEventsPage } from "../../web/pages/events-page.ts";
import type { AppDeps } from "../deps.ts";
import { parseQuery } from "../params.ts";
import { registerView } from "../serve-view.ts";
import { eventsTable } from "../views/event-item.ts";
import { buildEventsView, EventsParamsSchema } from "../views/events-view.ts";

/** /events and /api/events (and /iit, the same fixed to investigator-initiated trials): filtered, faceted, searchable, paged; exports of every matching row. */
export function registerEventRoutes(app: Hono, deps: AppDeps): void {
  registerView(app, deps, {
    page: "/events",
    api: "/api/events",
    load: (c, { store }, { exporting }) => buildEventsView(store, parseQuery(EventsParamsSchema, c.req.queries()), { exporting }),
    render: (view, ctx) => renderEventsPage(view, ctx),
    table: (view, t) => eventsTable("events", view.events, t),
  });
  registerView(app, deps, {
    page: "/iit",
    api: "/api/iit",
    load: (c, { store }, { exporting }) => buildEventsView(store, { ...parseQuery(EventsParamsSchema, c.req.queries()), type: ["iit"] }, { exporting }),
    render: (view, ctx) => renderEventsPage(view, ctx, ctx.i18n.t("iit"), ["type"]),
    table: (view, t) => eventsTable("iit", view.events, t),
  });
}
