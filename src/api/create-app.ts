import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../shared/errors.ts";
import type { AppDeps } from "./deps.ts";
import { toHttpFailure } from "./error-response.ts";
import { registerEventRoutes } from "./routes/events.ts";
import { registerPageRoutes } from "./routes/pages.ts";
import { registerWatchlistRoutes } from "./routes/watchlists.ts";
import { registerDocumentRoutes } from "./routes/documents.ts";
import { registerOverridesRoutes } from "./routes/overrides.ts";
import { openApiDocument } from "./openapi.ts";
import { pageContext } from "./serve-view.ts";
import { renderErrorPage } from "../web/pages/error-page.ts";

/** Largest request body accepted (watchlist JSON, forms, uploaded documents). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Builds the web UI and JSON API. Read-only unless `config.token` is set; writes need that token.
 * Every error is answered with `{ error: { code, message } }` (HTML pages get the same code and message
 * in a page); no stack trace ever reaches a client.
 */
export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
  });
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError("too_large", `request body larger than ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );

  const openapi = openApiDocument();
  app.get("/api/openapi.json", (c) => c.json(openapi));
  registerPageRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerWatchlistRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerOverridesRoutes(app, deps);

  app.notFound(() => {
    throw new AppError("not_found", "no such page or endpoint");
  });
  app.onError((error, c) => {
    const failure = toHttpFailure(error, log);
    if (wantsHtml(c.req.method, new URL(c.req.url).pathname, c.req.header("accept"))) {
      const ctx = pageContext(c, deps, "/api/openapi.json");
      return c.html(renderErrorPage(failure.body.error.code, failure.body.error.message, ctx), failure.status);
    }
    return c.json(failure.body, failure.status);
  });
  return app;
}

/** Browsers asking for a page get the error as a page; everything else (the API, feeds, scripts) gets JSON. */
function wantsHtml(_method: string, path: string, accept: string | undefined): boolean {
  return !path.startsWith("/api/") && !path.startsWith("/feeds/") && (accept ?? "").includes("text/html");
}
