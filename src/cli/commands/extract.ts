import type { Command } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Extraction } from "../../domain/index.ts";
import { documentName, readDocumentFile } from "../../sources/files/index.ts";
import type { CliContext } from "../context.ts";
import { parseDate } from "../parse-options.ts";

export function registerExtract(program: Command, context: () => CliContext): void {
  program
    .command("extract")
    .description("extract events from documents and print or write them in the event-schema JSON (no store needed)")
    .argument("<files...>", "NAME.txt / NAME.md / NAME.html files (NAME.meta.json beside them is read when present)")
    .option("--out <dir>", "write DIR/NAME.json per input instead of printing")
    .option("--published <date>", "publication date to resolve relative dates against (default: meta.json, else the text's dateline)", parseDate)
    .option("--json", "print JSON (the default output of extract)")
    .addHelpText("after", "\nExamples:\n  dualtrack extract article.txt\n  dualtrack extract --out preds/ ../shared/data/dev/texts/*.txt")
    .action((files: string[], opts: { out?: string; published?: string }) => {
      process.exitCode = runExtract(context(), files, opts);
    });
}

export function runExtract(ctx: CliContext, files: string[], opts: { out?: string; published?: string }): number {
  const extractor = ctx.extractor();
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  const printed: Extraction[] = [];
  let failed = 0;
  for (const file of files) {
    const read = readDocumentFile(file, { maxBytes: ctx.config.maxFileMb * 1024 * 1024, now: ctx.now() });
    if (!read.ok) {
      ctx.stderr(`failed: ${file}: ${read.error}`);
      failed++;
      continue;
    }
    const doc = read.value;
    const published = opts.published ?? doc.published;
    const out = extractor.extract({ documentId: doc.id, text: doc.text, lang: doc.lang, published, title: doc.title });
    const extraction: Extraction = {
      doc: documentName(file),
      lang: out.lang,
      published: published ?? out.published,
      events: out.events.map(({ provenance: _provenance, ...event }) => event),
    };
    if (opts.out) writeFileSync(join(opts.out, `${extraction.doc}.json`), JSON.stringify(extraction, null, 2) + "\n");
    else printed.push(extraction);
  }
  if (!opts.out) ctx.stdout(JSON.stringify(printed.length === 1 ? printed[0] : printed, null, 2));
  else ctx.stderr(`extract: ${files.length - failed} written to ${opts.out}, ${failed} failed`);
  return failed ? 1 : 0;
}
