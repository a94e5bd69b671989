import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { syncSource, type SyncReport } from "../../pipeline/sync.ts";
import { openBrowserSession, type BrowserSession } from "../../sources/browser/browser-session.ts";
import { DEFAULT_CHROMIUM } from "../../sources/browser/chromium-args.ts";
import { createPoliteClient } from "../../sources/http/polite-client.ts";
import { proxyFor, proxyFromEnv } from "../../sources/http/proxy.ts";
import { getSource, SOURCES } from "../../sources/registry.ts";
import { sourceErrorToAppError } from "../../sources/source-error.ts";
import { AppError } from "../../shared/errors.ts";
import type { CliContext } from "../context.ts";
import { parsePositive } from "../parse-options.ts";

const SYNCABLE = SOURCES.filter((s) => s.lists !== null).map((s) => s.descriptor.id);

const parseSources = (value: string, previous: string[] | undefined): string[] => {
  const out = [...(previous ?? [])];
  for (const id of value.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (!SYNCABLE.includes(id as (typeof SYNCABLE)[number])) throw new InvalidArgumentError(`expected one of: ${SYNCABLE.join(", ")} (iit is import-only)`);
    out.push(id);
  }
  return out;
};

const parsePageSize = (value: string): number => {
  const n = Number(value);
  if (![10, 20, 30, 50].includes(n)) throw new InvalidArgumentError("CDE accepts 10, 20, 30 or 50");
  return n;
};

type SyncCliOptions = { source?: string[]; browser?: boolean; chromium?: string; full?: boolean; maxPages?: number; pageSize?: number; baseUrl?: string; delay?: number; json?: boolean };

export function registerSync(program: Command, context: () => CliContext): void {
  program
    .command("sync")
    .description("fetch the official lists (CDE, NMPA, chinadrugtrials, FDA OOPD) and store what is new; a bot wall is reported, never taken for 'nothing new'")
    .option("--source <ids>", `sources to sync, comma-separated or repeated (default: all of ${SYNCABLE.join(", ")})`, parseSources)
    .option("--browser", "call the CDE endpoints from inside a real chromium page (playwright-core) instead of plain HTTP")
    .option("--chromium <path>", "chromium executable for --browser", DEFAULT_CHROMIUM)
    .option("--full", "sweep every page even when a page brings nothing new")
    .option("--max-pages <n>", "stop after N pages per list (the next run continues from the checkpoint)", parsePositive)
    .option("--page-size <n>", "CDE page size: 10, 20, 30 or 50 (default 50)", parsePageSize)
    .option("--delay <ms>", "minimum pause between requests in ms (default 1500)", parsePositive)
    .option("--base-url <url>", "send every request to this host instead of the official one (a mirror or a local test server)")
    .option("--json", "print the reports as JSON")
    .addHelpText(
      "after",
      "\nProxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured. User-Agent: DUALTRACK_USER_AGENT.\nExit codes: 0 ok, 6 blocked by a bot shield, 7 format changed, 1 other failures.\n\nExamples:\n  dualtrack sync --source cde-btd,cde-implied-approvals\n  dualtrack sync --source cde-acceptances --browser --max-pages 20\n  dualtrack sync --json",
    )
    .action(async (opts: SyncCliOptions) => {
      process.exitCode = await runSync(context(), opts);
    });
}

export async function runSync(ctx: CliContext, opts: SyncCliOptions): Promise<number> {
  const ids = opts.source?.length ? [...new Set(opts.source)] : SYNCABLE;
  const proxy = proxyFromEnv(process.env);
  const base = opts.baseUrl?.replace(/\/+$/, "");
  const resolve = base ? (url: string) => { const u = new URL(url); return base + u.pathname + u.search; } : undefined;
  const http = createPoliteClient({ userAgent: ctx.config.userAgent, proxy, minIntervalMs: opts.delay });
  let session: BrowserSession | null = null;
  if (opts.browser) {
    const opened = await openBrowserSession({ executablePath: opts.chromium, userAgent: ctx.config.userAgent, proxy: proxyFor(new URL("https://www.cde.org.cn/"), proxy), resolve });
    if (!opened.ok) throw new AppError("internal", opened.error.message);
    session = opened.value;
  }
  const store = ctx.openStore();
  const reports: SyncReport[] = [];
  try {
    for (const id of ids) {
      const report = await syncSource(getSource(id)!, {
        store,
        http,
        now: ctx.now,
        resolve,
        browser: session?.fetch ?? null,
        full: opts.full,
        maxPages: opts.maxPages,
        pageSize: opts.pageSize,
        onPage: opts.json ? undefined : (p) => ctx.stderr(`${p.sourceId} ${p.list}: page ${p.page}/${p.lastPage}, ${p.recordsNew} new`),
      });
      reports.push(report);
      if (!opts.json) printReport(ctx, report);
    }
  } finally {
    await store.close();
    await session?.close();
  }
  if (opts.json) ctx.stdout(JSON.stringify(reports, null, 2));
  const failed = reports.find((r) => !r.ok);
  if (!failed?.error) return 0;
  const kind = failed.error.kind;
  return kind === "blocked" || kind === "format_changed" ? sourceErrorToAppError(failed.error).exitCode : 1;
}

function printReport(ctx: CliContext, r: SyncReport): void {
  const sum = (k: "recordsNew" | "recordsChanged" | "eventsNew" | "eventsUpdated" | "pages") => r.lists.reduce((n, l) => n + l[k], 0);
  const line = `${r.sourceId}: ${sum("pages")} page(s); records: ${sum("recordsNew")} new, ${sum("recordsChanged")} changed; events: ${sum("eventsNew")} new, ${sum("eventsUpdated")} updated`;
  if (r.ok) ctx.stdout(line);
  else ctx.stdout(`${line}; ${r.blocked ? "BLOCKED" : "FAILED"}: ${r.error?.message}`);
}
