import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { importRecordFiles, type ImportReport } from "../../pipeline/import-records.ts";
import { getSource, SOURCES } from "../../sources/registry.ts";
import { sourceErrorToAppError } from "../../sources/source-error.ts";
import type { CliContext } from "../context.ts";

const parseSourceId = (value: string): string => {
  if (!getSource(value)) throw new InvalidArgumentError(`expected one of: ${SOURCES.map((s) => s.descriptor.id).join(", ")}`);
  return value;
};

const parseList = (value: string): "proposed" | "included" => {
  if (value !== "proposed" && value !== "included") throw new InvalidArgumentError("expected proposed or included");
  return value;
};

type ImportOptions = { source: string; list?: "proposed" | "included"; url?: string; json?: boolean };

export function registerImport(program: Command, context: () => CliContext): void {
  program
    .command("import")
    .description("import responses or exports saved from an official site (or the IIT CSV/JSON) as records and events")
    .requiredOption("--source <id>", `source id (${SOURCES.map((s) => s.descriptor.id).join(", ")})`, parseSourceId)
    .argument("<files...>", "saved responses: CDE list JSON, NMPA/CTR/OOPD HTML pages, OOPD Excel export, IIT CSV or JSON")
    .option("--list <list>", "for cde-btd / cde-priority: the tab the JSON was saved from (proposed | included); default: from the notice dates", parseList)
    .option("--url <url>", "the page the files were saved from (stored as provenance; also resolves relative links)")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  dualtrack import --source cde-btd --list included getBreakthroughCureList.json\n  dualtrack import --source nmpa-approvals --url https://www.nmpa.gov.cn/zwfw/sdxx/sdxxyp/yppjfb/20200911083851127.html page.html\n  dualtrack import --source iit registrations.csv\n\nSee docs/sources.md for every format and the IIT schema.",
    )
    .action(async (files: string[], opts: ImportOptions) => {
      process.exitCode = await runImport(context(), files, opts);
    });
}

export async function runImport(ctx: CliContext, files: string[], opts: ImportOptions): Promise<number> {
  const adapter = getSource(opts.source)!;
  const store = ctx.openStore();
  let report: ImportReport;
  try {
    report = await importRecordFiles(adapter, files, { store, now: ctx.now, list: opts.list ?? null, url: opts.url ?? null });
  } finally {
    await store.close();
  }
  if (opts.json) ctx.stdout(JSON.stringify(report, null, 2));
  else {
    for (const f of report.failed) ctx.stderr(`failed: ${f.path}: ${f.error.message}`);
    ctx.stdout(
      `${report.sourceId}: ${report.files - report.failed.length}/${report.files} file(s) read; records: ${report.recordsNew} new, ${report.recordsChanged} changed, ${report.records - report.recordsNew - report.recordsChanged} unchanged; events: ${report.eventsNew} new, ${report.eventsUpdated} updated`,
    );
  }
  const first = report.failed[0];
  if (!first) return 0;
  return first.error.kind === "read" ? 1 : sourceErrorToAppError(first.error).exitCode;
}
