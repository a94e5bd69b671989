import type { Context, Hono } from "hono";
import { z } from "zod";
import { AppError } from "../../shared/errors.ts";
import { renderWatchlistPage, renderWatchlistsPage } from "../../web/pages/watchlists-page.ts";
import { assertWriteToken, bearerToken } from "../auth.ts";
import type { AppDeps } from "../deps.ts";
import { jsonBody, parseBody } from "../params.ts";
import { pageContext } from "../serve-view.ts";
import { toEventItem } from "../views/event-item.ts";
import { buildWatchlistDetail, buildWatchlistsView, createWatchlist, toWatchlistItem, WatchlistBodySchema } from "../views/watchlists-view.ts";
import { renderAtomFeed } from "../watch/atom-feed.ts";
import { deliverWatchlist } from "../watch/deliver-webhooks.ts";

const IdSchema = z.coerce.number().int().positive();
const idOf = (c: Context): number => {
  const parsed = IdSchema.safeParse(c.req.param("id"));
  if (!parsed.success) throw new AppError("usage", "invalid watchlist id");
  return parsed.data;
};


const splitField = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);

/** Watchlists (saved filters with an Atom feed and an optional webhook): pages, API and feeds. Writes need the token. */
export function registerWatchlistRoutes(app: Hono, deps: AppDeps): void {
  const { store, clock, config } = deps;
  const writable = config.token !== "";

  app.get("/api/watchlists", async (c) => c.json(await buildWatchlistsView(store, writable)));
  app.get("/api/watchlists/:id", async (c) => c.json(await buildWatchlistDetail(store, idOf(c))));
  app.post("/api/watchlists", async (c) => {
    assertWriteToken(config.token, bearerToken(c.req.header("authorization")));
    const body = parseBody(WatchlistBodySchema, await jsonBody(c));
    return c.json(toWatchlistItem(await createWatchlist(store, clock, body)), 201);
  });
  app.delete("/api/watchlists/:id", async (c) => {
    assertWriteToken(config.token, bearerToken(c.req.header("authorization")));
    if (!(await store.deleteWatchlist(idOf(c)))) throw new AppError("not_found", `no watchlist ${idOf(c)}`);
    return c.json({ deleted: idOf(c) });
  });
  app.post("/api/watchlists/:id/deliver", async (c) => {
    assertWriteToken(config.token, bearerToken(c.req.header("authorization")));
    const w = await store.getWatchlist(idOf(c));
    if (!w) throw new AppError("not_found", `no watchlist ${idOf(c)}`);
    return c.json(await deliverWatchlist(w, { store, clock }));
  });

  app.get("/feeds/:file", async (c) => {
    const token = /^([\w-]{8,64})\.atom$/.exec(c.req.param("file"))?.[1];
    const w = token ? await store.getWatchlistByFeedToken(token) : null;
    if (!w) throw new AppError("not_found", "no such feed");
    const events = (await store.watchlistEvents(w.filter, { limit: 50 })).map(toEventItem);
    const origin = new URL(c.req.url).origin;
    return c.body(renderAtomFeed(w, events, origin, clock().toISOString()), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });

  app.get("/watchlists", async (c) => {
    const ctx = pageContext(c, deps, "/api/watchlists");
    return c.html(renderWatchlistsPage(await buildWatchlistsView(store, writable), ctx));
  });
  app.get("/watchlists/:id", async (c) => {
    const ctx = pageContext(c, deps, `/api/watchlists/${idOf(c)}`);
    return c.html(renderWatchlistPage(await buildWatchlistDetail(store, idOf(c)), ctx));
  });
  app.post("/watchlists", async (c) => {
    const form = await c.req.parseBody({ all: true });
    assertWriteToken(config.token, typeof form.token === "string" ? form.token : undefined);
    const webhook = typeof form.webhookUrl === "string" && form.webhookUrl.trim() ? form.webhookUrl.trim() : null;
    const body = parseBody(WatchlistBodySchema, {
      name: form.name,
      webhookUrl: webhook,
      filter: { assets: splitField(form.assets), companies: splitField(form.companies), targets: splitField(form.targets), indications: splitField(form.indications), types: splitField(form.types) },
    });
    const created = await createWatchlist(store, clock, body);
    return c.redirect(`/watchlists/${created.id}`, 303);
  });
  app.post("/watchlists/:id/delete", async (c) => {
    const form = await c.req.parseBody();
    assertWriteToken(config.token, typeof form.token === "string" ? form.token : undefined);
    await store.deleteWatchlist(idOf(c));
    return c.redirect("/watchlists", 303);
  });
}
