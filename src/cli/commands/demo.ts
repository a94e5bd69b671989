import type { Command } from "commander";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliContext } from "../context.ts";
import { renderRows } from "../output.ts";
import { EVENT_COLUMNS, eventRow } from "./events.ts";
import { runIngest } from "./ingest.ts";

export const DEMO_CORPUS = join(dirname(fileURLToPath(import.meta.url)), "../../../demo/corpus");

export function registerDemo(program: Command, context: () => CliContext): void {
  program
    .command("demo")
    .description("build a store from the embedded demo corpus (no network) and show what dualtrack makes of it")
    .addHelpText("after", "\nThis is what `npm start` runs. The demo documents are in demo/corpus/.")
    .action(async () => {
      const ctx = context();
      ctx.stdout(`dualtrack demo: ingesting ${DEMO_CORPUS} into ${ctx.config.db}`);
      const code = await runIngest(ctx, [DEMO_CORPUS], {});
      const store = ctx.openStore();
      try {
        const events = await store.listEvents({ limit: 100 });
        ctx.stdout("");
        ctx.stdout(renderRows("table", events, EVENT_COLUMNS, eventRow));
        ctx.stdout("");
        ctx.stdout(`${events.length} events stored. Try: npx dualtrack events --q 突破性治疗   |   npx dualtrack events --type deal --json`);
      } finally {
        await store.close();
      }
      process.exitCode = code;
    });
}
