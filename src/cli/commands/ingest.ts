import type { Command } from "commander";
import { SingleBar } from "cli-progress";
import { ingestPaths, type IngestReport } from "../../pipeline/ingest.ts";
import type { CliContext } from "../context.ts";
import { parsePositive } from "../parse-options.ts";

export function registerIngest(program: Command, context: () => CliContext): void {
  program
    .command("ingest")
    .description("read documents (.txt, .md, .html; files or folders), extract their events and store both")
    .argument("<paths...>", "files or folders to ingest")
    .option("--max-mb <n>", "refuse files larger than this many MB (default: DUALTRACK_MAX_FILE_MB or 20)", parsePositive)
    .option("--json", "print the summary as JSON")
    .option("--no-progress", "no progress bar, even on a terminal")
    .addHelpText("after", "\nExamples:\n  dualtrack ingest demo/corpus\n  dualtrack --db news.db ingest ~/clippings/2025-10 article.html")
    .action(async (paths: string[], opts: { maxMb?: number; json?: boolean; progress: boolean }) => {
      const ctx = context();
      process.exitCode = await runIngest(ctx, paths, opts);
    });
}

export async function runIngest(ctx: CliContext, paths: string[], opts: { maxMb?: number; json?: boolean; progress?: boolean }): Promise<number> {
  const store = ctx.openStore();
  const bar = opts.progress !== false && ctx.isTTY && !opts.json ? new SingleBar({ format: "ingest [{bar}] {value}/{total} {file}", hideCursor: true, clearOnComplete: true }) : null;
  let started = false;
  try {
    const report = await ingestPaths(paths, {
      store,
      extractor: ctx.extractor(),
      now: ctx.now,
      maxBytes: (opts.maxMb ?? ctx.config.maxFileMb) * 1024 * 1024,
      onProgress: (done, total, path) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, 0, { file: "" });
          started = true;
        }
        bar.update(done, { file: path.length > 40 ? "…" + path.slice(-39) : path });
      },
    });
    bar?.stop();
    printReport(ctx, report, opts.json ?? false);
    return report.failed.length ? 1 : 0;
  } finally {
    bar?.stop();
    await store.close();
  }
}

function printReport(ctx: CliContext, report: IngestReport, json: boolean): void {
  if (json) {
    ctx.stdout(JSON.stringify(report, null, 2));
    return;
  }
  for (const f of report.failed) ctx.stderr(`failed: ${f.path}: ${f.error}`);
  ctx.stdout(
    `documents: ${report.new} new, ${report.unchanged} unchanged, ${report.failed.length} failed; events added: ${report.eventsAdded}`,
  );
}
