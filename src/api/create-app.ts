import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../shared/errors.ts";
import type { AppDeps } from "./deps.ts";
import { toHttpFailure } from "./error-response.ts";
import { registerEventRoutes } from "./routes/events.ts";

/** Largest request body accepted (watchlist JSON, forms). */
export const MAX_BODY_BYTES = 256 * 1024;

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

  registerEventRoutes(app, deps);

  app.notFound((c) => c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.onError((error, c) => {
    const failure = toHttpFailure(error, log);
    return c.json(failure.body, failure.status);
  });
  return app;
}
