import type { Command } from "commander";
import { MODALITIES, type Modality } from "../../domain/index.ts";
import { landscape } from "../../pipeline/resolve.ts";
import { toCsv } from "../../reports/csv.ts";
import type { CliContext } from "../context.ts";
import { renderTable } from "../output.ts";
import { parseOne } from "../parse-options.ts";
import { ensureResolved, OVERRIDES_OPTION } from "./resolve.ts";

type LandscapeOptions = { target?: string; modality?: Modality; indication?: string; json?: boolean; csv?: boolean; overrides: string };

const HEADERS = ["asset", "company", "modality", "targets", "stage China", "stage abroad", "latest date", "latest event"];

export function registerLandscape(program: Command, context: () => CliContext): void {
  program
    .command("landscape")
    .description("competing assets with their furthest stage in China and abroad and their latest event")
    .option("--target <target>", "target (PD-1 = PDCD1 = pd1)")
    .option("--modality <modality>", `modality: ${MODALITIES.join(", ")}`, parseOne(MODALITIES))
    .option("--indication <text>", "indication (NSCLC = 非小细胞肺癌; else a substring)")
    .option("--json", "print JSON")
    .option("--csv", "print CSV")
    .option(...OVERRIDES_OPTION)
    .addHelpText("after", "\nExamples:\n  dualtrack landscape --target PD-1\n  dualtrack landscape --modality adc --indication NSCLC --csv > adc-nsclc.csv")
    .action(async (opts: LandscapeOptions) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        await ensureResolved(ctx, store, opts.overrides);
        const rows = await landscape(store, { target: opts.target, modality: opts.modality, indication: opts.indication });
        if (opts.json) {
          ctx.stdout(JSON.stringify(rows, null, 2));
          return;
        }
        const cells = rows.map((r) => [r.asset, r.company ?? "", r.modality ?? "", r.targets.join(", "), r.stageChina ?? "-", r.stageAbroad ?? "-", r.latest?.date ?? "", r.latest?.label ?? ""]);
        if (opts.csv) ctx.stdout(toCsv(HEADERS, cells).replace(/\r?\n$/, ""));
        else ctx.stdout(rows.length ? renderTable(HEADERS, cells) : "no asset matches");
      } finally {
        await store.close();
      }
    });
}
