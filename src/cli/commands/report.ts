import type { Command } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { LANGS, type Lang } from "../../domain/index.ts";
import { buildAssetDossier, renderAssetHtml, renderAssetMarkdown } from "../../reports/asset/index.ts";
import { AppError } from "../../shared/errors.ts";
import type { CliContext } from "../context.ts";
import { parseOne } from "../parse-options.ts";

const REPORT_FORMATS = ["md", "html", "json"] as const;
type ReportOptions = { lang: Lang; format: (typeof REPORT_FORMATS)[number]; out?: string };

export function registerReport(program: Command, context: () => CliContext): void {
  const report = program.command("report").description("one-subject reports (see docs/digest.md)");
  report
    .command("asset")
    .description("an asset's dossier: timeline, designations, trials, deals and every source")
    .argument("<name>", "development code, INN, brand or alias (HRS-5965 = hrs5965)")
    .option("--lang <lang>", `language: ${LANGS.join(", ")}`, parseOne(LANGS), "en")
    .option("--format <format>", `output format: ${REPORT_FORMATS.join(", ")}`, parseOne(REPORT_FORMATS), "md")
    .option("--out <file>", "write to this file instead of printing")
    .addHelpText("after", "\nExamples:\n  dualtrack report asset IBI363\n  dualtrack report asset HRS-5965 --lang zh --format html --out hrs5965.html")
    .action(async (name: string, opts: ReportOptions) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        const dossier = await buildAssetDossier(store, name);
        if (!dossier) throw new AppError("not_found", `no stored event names the asset ${JSON.stringify(name)}`);
        const text =
          opts.format === "json" ? JSON.stringify(dossier, null, 2) + "\n" : opts.format === "html" ? renderAssetHtml(dossier, opts.lang).page : renderAssetMarkdown(dossier, opts.lang);
        if (opts.out) {
          mkdirSync(dirname(opts.out), { recursive: true });
          writeFileSync(opts.out, text);
          ctx.stderr(`report: ${dossier.asset}, ${dossier.timeline.length} event(s), written to ${opts.out}`);
        } else ctx.stdout(text.replace(/\n$/, ""));
      } finally {
        await store.close();
      }
    });
}
