import type { Command } from "commander";
import { AGENCIES, EVENT_TYPES, type Agency, type EventType } from "../../domain/index.ts";
import type { StoredEvent } from "../../store/index.ts";
import type { CliContext } from "../context.ts";
import { OUTPUT_FORMATS, renderRows, type OutputFormat } from "../output.ts";
import { parseChoice, parseDate, parseOne, parsePositiveInt } from "../parse-options.ts";

type EventsOptions = {
  type?: EventType[];
  agency?: Agency[];
  company?: string;
  asset?: string;
  since?: string;
  until?: string;
  q?: string;
  format?: OutputFormat;
  json?: boolean;
  limit?: number;
};

export const EVENT_COLUMNS = ["date", "asset", "company", "type", "status", "agency", "indication", "modality", "targets", "source"];

export function registerEvents(program: Command, context: () => CliContext): void {
  program
    .command("events")
    .description("list stored events, newest first, with filters")
    .option("--type <types>", `event types, comma-separated or repeated (${EVENT_TYPES.join(", ")})`, parseChoice(EVENT_TYPES))
    .option("--agency <agencies>", `agencies (${AGENCIES.join(", ")})`, parseChoice(AGENCIES))
    .option("--company <text>", "company name contains (Chinese or English)")
    .option("--asset <text>", "asset name or alias contains")
    .option("--since <date>", "events dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)", parseDate)
    .option("--until <date>", "events dated on or before", parseDate)
    .option("--q <text>", "full-text search (Chinese substrings or English words) over names, indication and source sentences")
    .option("--format <format>", `output format: ${OUTPUT_FORMATS.join(", ")}`, parseOne(OUTPUT_FORMATS), "table")
    .option("--json", "same as --format json")
    .option("--limit <n>", "at most this many events", parsePositiveInt, 200)
    .addHelpText("after", "\nExamples:\n  dualtrack events --type btd,ind_approved --since 2025-01\n  dualtrack events --q 突破性治疗 --format csv > btd.csv\n  dualtrack events --company Innovent --json")
    .action(async (opts: EventsOptions) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        const events = await store.listEvents({
          types: opts.type,
          agencies: opts.agency,
          company: opts.company,
          asset: opts.asset,
          since: opts.since,
          until: opts.until,
          q: opts.q,
          limit: opts.limit,
        });
        const format = opts.json ? "json" : (opts.format ?? "table");
        ctx.stdout(renderRows(format, events, EVENT_COLUMNS, eventRow));
        if (format === "table") ctx.stderr(`${events.length} event(s)`);
      } finally {
        await store.close();
      }
    });
}

export function eventRow(e: StoredEvent): string[] {
  const source = e.sources[0];
  return [
    e.date ?? "",
    e.asset,
    e.company ?? "",
    e.type,
    e.status ?? "",
    e.agency ?? "",
    e.indication ?? "",
    e.modality ?? "",
    e.targets.join("/"),
    source?.url ?? source?.title ?? "",
  ];
}
