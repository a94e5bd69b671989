import type { Command } from "commander";
import { assetTimelines } from "../../pipeline/resolve.ts";
import { TYPE_LABELS, type AssetTimeline, type FactInput } from "../../resolve/index.ts";
import { AppError } from "../../shared/errors.ts";
import type { CliContext } from "../context.ts";
import { ensureResolved, OVERRIDES_OPTION } from "./resolve.ts";

type AssetOptions = { json?: boolean; why?: boolean; overrides: string };

function sourceLine(s: FactInput["sources"][number]): string {
  const where = s.sourceId ? `${s.sourceId}${s.recordId ? ` ${s.recordId}` : ""} (official)` : `${s.title ?? s.documentId ?? "document"}${s.published ? `, ${s.published}` : ""}`;
  return `${where}${s.url ? ` <${s.url}>` : ""}: ${s.sentence.length > 160 ? `${s.sentence.slice(0, 159)}…` : s.sentence}`;
}

function factLine(f: FactInput): string {
  const status = f.status ? ` ${f.status}` : "";
  const proposed = f.status === "granted" && f.proposedDate ? ` (proposed ${f.proposedDate})` : "";
  const usd = (v: number | null, what: string) => (v ? `$${Math.round(v / 1e6)}M ${what}` : "");
  const money = [usd(f.upfrontUsd, "upfront"), usd(f.totalUsd, "total")].filter(Boolean).join(", ");
  const parts = [
    (f.date ?? "undated").padEnd(10),
    (f.agency ?? "-").padEnd(4),
    `${TYPE_LABELS[f.type]}${status}${proposed}`,
    f.indication ? `— ${f.indication}` : "",
    f.counterparty ? `with ${f.counterparty}` : "",
    f.phase ? `phase ${f.phase}` : "",
    money,
    `[${f.sources.length} source${f.sources.length === 1 ? "" : "s"}]`,
  ];
  return parts.filter(Boolean).join("  ");
}

/** The plain-text timeline of one asset. */
export function renderTimeline(t: AssetTimeline, why: boolean): string {
  const a = t.asset;
  const company = [a.companyEn, a.companyZh].filter(Boolean).join(" / ");
  const lines = [`${a.name}${company ? ` (${company})` : ""}${a.modality ? ` — ${a.modality}` : ""}${a.targets.length ? `; targets ${a.targets.join(", ")}` : ""}`];
  const others = a.aliases.map((x) => x.name).filter((n) => n !== a.name);
  if (others.length) lines.push(`also: ${others.join(", ")}`);
  lines.push(t.recognitions.summary, "");
  for (const f of t.timeline) {
    lines.push(factLine(f));
    for (const s of f.sources) lines.push(`    ${sourceLine(s)}`);
    for (const c of f.conflicts) lines.push(`    ! ${c.field}: ${c.values.map((v) => `${v.value} (${v.official ? "official, " : ""}${v.sources.length} source${v.sources.length === 1 ? "" : "s"})`).join(" vs ")} → kept ${c.chosen}`);
    if (why) for (const n of f.why) lines.push(`    why: ${n.rule}: ${n.detail}`);
  }
  if (why) {
    lines.push("", "why these names are one asset:");
    if (a.why.length === 0) lines.push("  (one name only)");
    for (const n of a.why) lines.push(`  ${n.rule}: ${n.detail}${n.sourceId ? ` [${n.sourceId.slice(0, 16)}]` : ""}`);
    lines.push("aliases and where they were learned:");
    for (const x of a.aliases) lines.push(`  ${x.name}: ${x.origin}${x.sourceId ? ` ${x.sourceId.slice(0, 16)}` : ""}`);
  }
  return lines.join("\n");
}

export function registerAsset(program: Command, context: () => CliContext): void {
  program
    .command("asset")
    .description("an asset's timeline across agencies and both tracks, with sources and recognitions (resolves first when the store changed)")
    .argument("<name>", "development code, INN, brand or Chinese name (IBI-363 = IBI363 = 注射用IBI363)")
    .option("--json", "print JSON")
    .option("--why", "explain why names and events were merged")
    .option(...OVERRIDES_OPTION)
    .addHelpText("after", "\nExamples:\n  dualtrack asset IBI363\n  dualtrack asset sac-TMT --why\n  dualtrack asset 依沃西单抗 --json")
    .action(async (name: string, opts: AssetOptions) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        await ensureResolved(ctx, store, opts.overrides);
        const timelines = await assetTimelines(store, name);
        if (timelines.length === 0) throw new AppError("not_found", `no stored event names the asset ${JSON.stringify(name)}`);
        if (opts.json) ctx.stdout(JSON.stringify({ query: name, assets: timelines }, null, 2));
        else ctx.stdout(timelines.map((t) => renderTimeline(t, opts.why ?? false)).join("\n\n"));
      } finally {
        await store.close();
      }
    });
}
