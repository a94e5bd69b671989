import type { Command } from "commander";
import { iitLinks } from "../../pipeline/resolve.ts";
import type { CliContext } from "../context.ts";
import { renderTable } from "../output.ts";
import { ensureResolved, OVERRIDES_OPTION } from "./resolve.ts";

type IitOptions = { json?: boolean; overrides: string };

export function registerIit(program: Command, context: () => CliContext): void {
  program
    .command("iit")
    .description("assets with an investigator-initiated trial, with days from IIT to first IND and to first deal")
    .option("--json", "print JSON")
    .option(...OVERRIDES_OPTION)
    .addHelpText("after", "\nExamples:\n  dualtrack iit\n  dualtrack iit --json")
    .action(async (opts: IitOptions) => {
      const ctx = context();
      const store = ctx.openStore();
      try {
        await ensureResolved(ctx, store, opts.overrides);
        const links = await iitLinks(store);
        if (opts.json) {
          ctx.stdout(JSON.stringify(links, null, 2));
          return;
        }
        if (links.length === 0) {
          ctx.stdout("no stored IIT event");
          return;
        }
        const days = (n: number | null) => (n === null ? "-" : String(n));
        ctx.stdout(
          renderTable(
            ["asset", "company", "IIT", "first IND", "days to IND", "first deal", "days to deal", "designations"],
            links.map((l) => [
              l.asset,
              l.company ?? "",
              l.iitDate ?? "undated",
              l.firstInd ? `${l.firstInd.date ?? "undated"} ${l.firstInd.agency ?? ""}`.trim() : "-",
              days(l.daysToInd),
              l.firstDeal ? `${l.firstDeal.date ?? "undated"}${l.firstDeal.counterparty ? ` ${l.firstDeal.counterparty}` : ""}` : "-",
              days(l.daysToDeal),
              String(l.designations),
            ]),
          ),
        );
      } finally {
        await store.close();
      }
    });
}
