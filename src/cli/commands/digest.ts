import type { Command } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { LANGS, type Lang } from "../../domain/index.ts";
import { buildDigest, renderDigestHtml, renderDigestJson, renderDigestMarkdown, renderDigestXlsx, resolvePeriod } from "../../reports/digest/index.ts";
import { AppError } from "../../shared/errors.ts";
import type { CliContext } from "../context.ts";
import { parseOne } from "../parse-options.ts";

export const DIGEST_FORMATS = ["md", "html", "xlsx", "json"] as const;
type DigestFormat = (typeof DIGEST_FORMATS)[number];

type DigestOptions = { week?: string; from?: string; to?: string; lang: Lang; format: DigestFormat; class1?: boolean; out?: string };

export function registerDigest(program: Command, context: () => CliContext): void {
  program
    .command("digest")
    .description("the weekly roundup: headline counts vs the previous period, breakdowns with charts, highlights and the full table")
    .option("--week <date>", "the Monday-to-Sunday week containing this day (default: the last complete week)")
    .option("--from <date>", "first day of a custom period (YYYY-MM-DD, with --to)")
    .option("--to <date>", "last day of a custom period, inclusive")
    .option("--lang <lang>", `language: ${LANGS.join(", ")}`, parseOne(LANGS), "en")
    .option("--format <format>", `output format: ${DIGEST_FORMATS.join(", ")}`, parseOne(DIGEST_FORMATS), "md")
    .option("--class1", "only Class 1 innovative drugs")
    .option("--out <file>", "write to this file (required for xlsx); md charts are written beside it as FILE-<breakdown>.svg")
    .addHelpText(
      "after",
      "\nExamples:\n  dualtrack digest --week 2025-10-22 --lang zh\n  dualtrack digest --from 2025-10-01 --to 2025-10-31 --format html --out october.html\n  dualtrack digest --format xlsx --out digest.xlsx --class1\n\nSee docs/digest.md.",
    )
    .action(async (opts: DigestOptions) => {
      const ctx = context();
      await runDigest(ctx, opts);
    });
}

export async function runDigest(ctx: CliContext, opts: DigestOptions): Promise<void> {
  const period = resolvePeriod({ week: opts.week, from: opts.from, to: opts.to }, ctx.now());
  if (!period.ok) throw new AppError("usage", period.error);
  if (opts.format === "xlsx" && !opts.out) throw new AppError("usage", "--format xlsx writes a binary file: give --out FILE.xlsx");
  const store = ctx.openStore();
  try {
    const model = await buildDigest(store, { period: period.value, class1Only: opts.class1 ?? false });
    const out = opts.out;
    if (out) mkdirSync(dirname(out), { recursive: true });
    switch (opts.format) {
      case "xlsx":
        writeFileSync(out!, await renderDigestXlsx(model, opts.lang));
        break;
      case "json":
        emit(ctx, out, renderDigestJson(model, opts.lang));
        break;
      case "html":
        emit(ctx, out, renderDigestHtml(model, opts.lang).page);
        break;
      case "md": {
        const chartBase = out ? basename(out, extname(out)) : `digest-${model.period.isoWeek ?? `${model.period.from}_${model.period.to}`}`;
        const rendered = renderDigestMarkdown(model, opts.lang, { chartBase });
        emit(ctx, out, rendered.text);
        if (out) for (const file of rendered.files) writeFileSync(join(dirname(out), file.name), file.content);
        else if (rendered.files.length) ctx.stderr(`digest: charts are written only with --out (they would be ${rendered.files.map((f) => f.name).join(", ")})`);
        break;
      }
    }
    if (out) ctx.stderr(`digest: ${model.period.from} to ${model.period.to}, ${model.totals.events} event(s), written to ${out}`);
  } finally {
    await store.close();
  }
}

function emit(ctx: CliContext, out: string | undefined, text: string): void {
  if (out) writeFileSync(out, text);
  else ctx.stdout(text.replace(/\n$/, ""));
}
