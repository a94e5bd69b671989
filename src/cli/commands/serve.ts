import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { InvalidArgumentError, type Command } from "commander";
import { createApp } from "../../api/create-app.ts";
import { deliverAllWatchlists } from "../../api/watch/deliver-webhooks.ts";
import type { CliContext } from "../context.ts";
import { ensureResolved } from "./resolve.ts";
import { parsePositive } from "../parse-options.ts";

type ServeOptions = { port: number; host: string; deliverEvery: number };

const parsePort = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port number (0 = any free port)");
  return n;
};

export function registerServe(program: Command, context: () => CliContext): void {
  program
    .command("serve")
    .description("serve the web UI and JSON API (read-only unless DUALTRACK_TOKEN is set) and deliver watchlist webhooks")
    .option("--port <port>", "TCP port (0 = any free port)", parsePort, 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--deliver-every <seconds>", "check watchlist webhooks this often", parsePositive, 60)
    .addHelpText("after", "\nExamples:\n  dualtrack serve\n  DUALTRACK_TOKEN=secret dualtrack serve --port 3000 --host 0.0.0.0\n\nThe API is described at /api/openapi.json; see docs/web.md.")
    .action(async (opts: ServeOptions) => {
      await startServer(context(), opts);
    });
}

/** Starts the web UI and API on the configured store, prints the address, and delivers watchlist webhooks until stopped. */
export async function startServer(ctx: CliContext, opts: ServeOptions): Promise<void> {
  const store = ctx.openStore();
  // the asset pages show merged facts: bring the resolution up to date first (quick when nothing changed)
  const resolved = await ensureResolved(ctx, store, ctx.config.overrides).catch((error: unknown) => {
    ctx.stderr(`dualtrack: resolution skipped: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  if (resolved?.ran) ctx.stderr(`dualtrack: resolved ${resolved.events} events into ${resolved.merged} facts`);
  const app = createApp({ store, config: ctx.config, clock: ctx.now, log: ctx.stderr, extractor: ctx.extractor() });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  ctx.stdout(`dualtrack: serving ${ctx.config.db} on http://${host}:${address.port}/ (${ctx.config.token ? "writes need the token" : "read-only"}; Ctrl-C to stop)`);
  let delivering = false;
  const timer = setInterval(() => {
    if (delivering) return;
    delivering = true;
    deliverAllWatchlists({ store, clock: ctx.now })
      .then((outcomes) => {
        for (const o of outcomes) if (o.sent || !o.ok) ctx.stderr(`webhook: watchlist ${o.watchlistId}: ${o.ok ? `${o.sent} event(s) sent` : `failed after ${o.attempts} attempts: ${o.error}`}`);
      })
      .catch((error: unknown) => ctx.stderr(`webhook: ${String(error)}`))
      .finally(() => {
        delivering = false;
      });
  }, opts.deliverEvery * 1000);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
