import type { Command } from "commander";
import { DEFAULT_OVERRIDES_FILE, loadResolveInputs, runResolution, type ResolveReport } from "../../pipeline/resolve.ts";
import { AppError } from "../../shared/errors.ts";
import type { Store } from "../../store/index.ts";
import type { CliContext } from "../context.ts";

type ResolveOptions = { overrides: string; force?: boolean; json?: boolean };

/** Runs resolution when the store, lexicons or overrides changed since the last run; an invalid overrides file ends the command. */
export async function ensureResolved(ctx: CliContext, store: Store, overridesPath: string, force = false): Promise<ResolveReport> {
  const inputs = loadResolveInputs(overridesPath);
  if (!inputs.ok) throw new AppError("invalid_input", inputs.error);
  const report = await runResolution({ store, inputs: inputs.value, now: ctx.now, force });
  for (const w of report.ran ? report.warnings : []) ctx.stderr(`warning: ${w}`);
  return report;
}

export const OVERRIDES_OPTION = ["--overrides <file>", "merge/split overrides file (YAML, see docs/resolve.md)", DEFAULT_OVERRIDES_FILE] as const;

export function registerResolve(program: Command, context: () => CliContext): void {
  program
    .command("resolve")
    .description("merge names, companies and events into assets, companies and facts (see docs/resolve.md)")
    .option(...OVERRIDES_OPTION)
    .option("--force", "resolve again even when nothing changed since the last run")
    .option("--json", "print the run's summary as JSON")
    .addHelpText("after", "\nExamples:\n  dualtrack resolve\n  dualtrack resolve --overrides my-overrides.yaml --force")
    .action(async (opts: ResolveOptions) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        const r = await ensureResolved(ctx, store, opts.overrides, opts.force ?? false);
        if (opts.json) ctx.stdout(JSON.stringify(r, null, 2));
        else if (!r.ran) ctx.stdout(`resolve: unchanged since the last run (${r.events} events, ${r.assets} assets, ${r.merged} facts)`);
        else
          ctx.stdout(
            `resolve: ${r.events} events → ${r.merged} facts (${r.mergedAway} merged), ${r.assets} assets, ${r.companies} companies, ${r.conflicts} conflicts kept; ${r.seconds.toFixed(2)} s` +
              (r.skipped ? `; ${r.skipped} invalid events skipped` : ""),
          );
      } finally {
        await store.close();
      }
    });
}
