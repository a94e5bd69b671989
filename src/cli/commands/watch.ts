import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { deliverAllWatchlists, deliverWatchlist } from "../../api/watch/deliver-webhooks.ts";
import { toWatchlistItem, WatchlistBodySchema } from "../../api/views/watchlists-view.ts";
import { EVENT_TYPES, type EventType } from "../../domain/index.ts";
import { AppError } from "../../shared/errors.ts";
import type { CliContext } from "../context.ts";
import { renderTable } from "../output.ts";
import { parseChoice, parsePositive } from "../parse-options.ts";

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), ...value.split(",").map((v) => v.trim()).filter(Boolean)];

type AddOptions = { asset?: string[]; company?: string[]; target?: string[]; indication?: string[]; type?: EventType[]; webhook?: string; json?: boolean };

export function registerWatch(program: Command, context: () => CliContext): void {
  const watch = program.command("watch").description("manage watchlists (saved filters with an Atom feed and an optional webhook) and deliver their webhooks");

  watch
    .command("add")
    .description("create a watchlist; it alerts on events stored from now on")
    .argument("<name>", "a name for the watchlist")
    .option("--asset <names>", "asset names or aliases (repeat or comma-separate)", collect)
    .option("--company <names>", "companies (sponsor or counterparty)", collect)
    .option("--target <targets>", "targets (PD-1 = pd1)", collect)
    .option("--indication <text>", "indication contains", collect)
    .option("--type <types>", `event types (${EVENT_TYPES.join(", ")})`, parseChoice(EVENT_TYPES))
    .option("--webhook <url>", "POST new matching events as JSON to this http(s) URL")
    .option("--json", "print the watchlist as JSON")
    .addHelpText("after", "\nExamples:\n  dualtrack watch add 'PD-1 designations' --target PD-1 --type btd,fast_track\n  dualtrack watch add innovent --company 信达生物,Innovent --webhook https://hooks.example.com/x")
    .action(async (name: string, opts: AddOptions) => {
      const ctx = context();
      const parsed = WatchlistBodySchema.safeParse({
        name,
        webhookUrl: opts.webhook ?? null,
        filter: { assets: opts.asset ?? [], companies: opts.company ?? [], targets: opts.target ?? [], indications: opts.indication ?? [], types: opts.type ?? [] },
      });
      if (!parsed.success) throw new AppError("usage", `invalid watchlist: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
      const store = ctx.openStore();
      try {
        const created = await store.createWatchlist({ ...parsed.data, feedToken: randomBytes(18).toString("base64url"), createdAt: ctx.now().toISOString() });
        if (opts.json) ctx.stdout(JSON.stringify(toWatchlistItem(created), null, 2));
        else ctx.stdout(`watchlist ${created.id} created; feed: /feeds/${created.feedToken}.atom`);
      } finally {
        await store.close();
      }
    });

  watch
    .command("list")
    .description("list watchlists")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        const items = (await store.listWatchlists()).map(toWatchlistItem);
        if (opts.json) ctx.stdout(JSON.stringify(items, null, 2));
        else
          ctx.stdout(
            renderTable(
              ["id", "name", "filter", "feed", "webhook"],
              items.map((w) => [String(w.id), w.name, Object.entries(w.filter).filter(([, v]) => v.length).map(([k, v]) => `${k}=${v.join("|")}`).join(" "), w.feedUrl, w.webhook ?? ""]),
              60,
            ),
          );
      } finally {
        await store.close();
      }
    });

  watch
    .command("remove")
    .description("delete a watchlist and its delivery log")
    .argument("<id>", "watchlist id", parsePositive)
    .action(async (id: number) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        if (!(await store.deleteWatchlist(id))) throw new AppError("not_found", `no watchlist ${id}`);
        ctx.stdout(`watchlist ${id} removed`);
      } finally {
        await store.close();
      }
    });

  watch
    .command("deliver")
    .description("post new matching events to the webhooks now (retried with backoff); serve does this every minute")
    .option("--id <id>", "only this watchlist", parsePositive)
    .action(async (opts: { id?: number }) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        let outcomes;
        if (opts.id) {
          const w = await store.getWatchlist(opts.id);
          if (!w) throw new AppError("not_found", `no watchlist ${opts.id}`);
          outcomes = [await deliverWatchlist(w, { store, clock: ctx.now })];
        } else outcomes = await deliverAllWatchlists({ store, clock: ctx.now });
        for (const o of outcomes) ctx.stdout(`watchlist ${o.watchlistId}: ${o.ok ? `${o.sent} event(s) sent` : `failed after ${o.attempts} attempts: ${o.error}`}`);
        if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  watch
    .command("deliveries")
    .description("show the webhook delivery log of a watchlist")
    .argument("<id>", "watchlist id", parsePositive)
    .option("--json", "print JSON")
    .action(async (id: number, opts: { json?: boolean }) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        const log = await store.listWebhookDeliveries(id, 100);
        if (opts.json) ctx.stdout(JSON.stringify(log, null, 2));
        else ctx.stdout(renderTable(["when", "attempt", "status", "result", "events"], log.map((d) => [d.createdAt, String(d.attempt), String(d.status ?? ""), d.ok ? "ok" : (d.error ?? "failed"), String(d.eventIds.length)]), 60));
      } finally {
        await store.close();
      }
    });
}
