import type { Command } from "commander";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliContext } from "../context.ts";
import { runDigest } from "./digest.ts";
import { runIngest } from "./ingest.ts";
import { startServer } from "./serve.ts";

export const DEMO_CORPUS = join(dirname(fileURLToPath(import.meta.url)), "../../../demo/corpus");

type DemoOptions = { serve: boolean; port: number };

export function registerDemo(program: Command, context: () => CliContext): void {
  program
    .command("demo")
    .description("build a store from the embedded demo corpus (no network), print the digest of its latest week and serve the web UI")
    .option("--no-serve", "stop after the digest instead of starting the web UI")
    .option("--port <port>", "port of the web UI", (v) => Number(v), 8080)
    .addHelpText("after", "\nThis is what `npm start` runs. The demo documents are in demo/corpus/.")
    .action(async (opts: DemoOptions) => {
      const ctx = context();
      ctx.stdout(`dualtrack demo: ingesting ${DEMO_CORPUS} into ${ctx.config.db}`);
      const code = await runIngest(ctx, [DEMO_CORPUS], {});
      const store = ctx.openStore();
      const [latest] = await store.listEvents({ limit: 1 });
      await store.close();
      if (latest?.date && latest.date.length === 10) {
        // the demo corpus spans years: show the twelve months up to its latest event
        const from = `${Number(latest.date.slice(0, 4)) - 1}${latest.date.slice(4, 8)}01`;
        ctx.stdout(`\nThe digest of the demo's last twelve months (dualtrack digest --from ${from} --to ${latest.date}):\n`);
        await runDigest(ctx, { from, to: latest.date, lang: "en", format: "md" });
      }
      ctx.stdout(`\nTry: npx dualtrack events --q 突破性治疗   |   npx dualtrack digest --from 2025-01-01 --to 2025-06-30 --lang zh`);
      process.exitCode = code;
      if (opts.serve) await startServer(ctx, { port: opts.port, host: "127.0.0.1", deliverEvery: 60 });
    });
}
