import type { Command } from "commander";
import type { SourceState } from "../../domain/index.ts";
import { SOURCES } from "../../sources/registry.ts";
import type { SourceDescriptor } from "../../sources/source-adapter.ts";
import type { CliContext } from "../context.ts";
import { renderTable } from "../output.ts";

export type SourceListing = SourceDescriptor & { syncable: boolean; lastRunAt: string | null; recordsSeen: number; blocked: boolean; lastError: string | null };

export function registerSources(program: Command, context: () => CliContext): void {
  program
    .command("sources")
    .description("list the official-source adapters with their last run, records seen and whether the site blocked us")
    .option("--json", "print JSON (descriptor, example and state of each source)")
    .addHelpText("after", "\nExamples:\n  dualtrack sources\n  dualtrack sources --json")
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        printSources(ctx, listSources(await store.getSourceStates()), opts.json ?? false);
      } finally {
        await store.close();
      }
    });
}

/** Every adapter's descriptor joined with its stored state (never run: no date, 0 records). */
export function listSources(states: SourceState[]): SourceListing[] {
  return SOURCES.map((s) => {
    const state = states.find((st) => st.id === s.descriptor.id);
    return { ...s.descriptor, syncable: s.lists !== null, lastRunAt: state?.lastRunAt ?? null, recordsSeen: state?.recordsSeen ?? 0, blocked: state?.blocked ?? false, lastError: state?.lastError ?? null };
  });
}

function printSources(ctx: CliContext, list: SourceListing[], json: boolean): void {
  if (json) {
    ctx.stdout(JSON.stringify(list, null, 2));
    return;
  }
  ctx.stdout(
    renderTable(
      ["id", "name", "fetch", "last run", "records", "status"],
      list.map((s) => [s.id, s.name, s.syncable ? "sync/import" : "import", s.lastRunAt?.slice(0, 16).replace("T", " ") ?? "never", String(s.recordsSeen), s.blocked ? "BLOCKED by bot shield" : s.lastError ? "error" : s.lastRunAt ? "ok" : ""]),
      48,
    ),
  );
  for (const s of list) if (s.lastError) ctx.stderr(`${s.id}: ${s.lastError}`);
}
