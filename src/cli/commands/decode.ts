import type { Command } from "commander";
import { decodeAcceptanceNumber, type AcceptanceNumber } from "../../sources/acceptance-number/index.ts";
import type { CliContext } from "../context.ts";
import { renderTable } from "../output.ts";

type Decoded = { input: string; ok: true; value: AcceptanceNumber } | { input: string; ok: false; error: string };

export function registerDecode(program: Command, context: () => CliContext): void {
  program
    .command("decode")
    .description("decode acceptance numbers (受理号): domestic/imported, new/generic/supplement, chemical/biological/TCM, IND/NDA, year, sequence, office")
    .argument("<numbers...>", "acceptance numbers such as CXSL2400144 or CXHS2000009国")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  dualtrack decode CXSL2400144\n  dualtrack decode CXHS2000009国 JXHS2400012 --json")
    .action((numbers: string[], opts: { json?: boolean }) => {
      process.exitCode = runDecode(context(), numbers, opts.json ?? false);
    });
}

/** Prints one line (or JSON object) per number; a malformed number is reported with its reason and exit code 1. */
export function runDecode(ctx: Pick<CliContext, "stdout" | "stderr">, numbers: string[], json: boolean): number {
  const results: Decoded[] = numbers.map((input) => {
    const decoded = decodeAcceptanceNumber(input);
    return decoded.ok ? { input, ok: true, value: decoded.value } : { input, ok: false, error: decoded.error };
  });
  if (json) ctx.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  else {
    const good = results.flatMap((r) => (r.ok ? [r.value] : []));
    if (good.length) {
      ctx.stdout(
        renderTable(
          ["number", "origin", "application", "kind", "stage", "year", "seq", "office", "meaning"],
          good.map((d) => [d.number, d.origin, d.application, d.drugKind, d.stage, String(d.year), String(d.sequence).padStart(5, "0"), d.office ?? "", `${d.summaryZh} / ${d.summaryEn}`]),
          60,
        ),
      );
    }
    for (const r of results) if (!r.ok) ctx.stderr(`invalid: ${r.input}: ${r.error}`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
