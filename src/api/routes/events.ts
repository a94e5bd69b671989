import type { Hono } from "hono";
import { renderEventsPage } from "../../web/pages/events-page.ts";
import type { AppDeps } from "../deps.ts";
import { parseQuery } from "../params.ts";
import { registerView } from "../serve-view.ts";
import { eventsTable } from "../views/event-item.ts";
import { buildEventsView, EventsParamsSchema } from "../views/events-view.ts";

/** /events and /api/events: filtered, faceted, searchable, paged; exports of every matching row. */
export function registerEventRoutes(app: Hono, deps: AppDeps): void {
  registerView(app, deps, {
    page: "/events",
    api: "/api/events",
    load: (c, { store }, { exporting }) => buildEventsView(store, parseQuery(EventsParamsSchema, c.req.queries()), { exporting }),
    render: (view, ctx) => renderEventsPage(view, ctx),
    table: (view, t) => eventsTable("events", view.events, t),
  });
}
