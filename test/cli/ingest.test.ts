import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, closeSync, copyFileSync, openSync, readdirSync, readFileSync, ftruncateSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { runCli, runInProcess, spawnCli } from "../support/cli.ts";
import { FIXTURES } from "../support/paths.ts";
import { createTmpDir, type TmpDir } from "../support/tmp-dir.ts";

const CLI_FIXTURES = join(FIXTURES, "cli");
const ENCODING_FIXTURES = join(FIXTURES, "encodings");
const SUMMARY = /^documents: (\d+) new, (\d+) unchanged, (\d+) failed; events added: (\d+)$/m;
/** chmod 000 does not stop root from reading a file, so the unreadable-file case only exists for other users. */
const CAN_LOCK_FILES = process.getuid?.() !== 0;

function summary(stdout: string): { new: number; unchanged: number; failed: number; events: number } {
  const m = SUMMARY.exec(stdout);
  assert.ok(m, `no summary line in:\n${stdout}`);
  return { new: Number(m[1]), unchanged: Number(m[2]), failed: Number(m[3]), events: Number(m[4]) };
}

/** Runs a query on a store file with a connection of its own (the CLI has closed its one). */
function query<T>(db: string, sql: string): T[] {
  const conn = new BetterSqlite3(db);
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

describe("dualtrack ingest PATH... (bad input)", () => {
  let dir: TmpDir;
  let input: string;
  let db: string;
  const bad = new Map<string, RegExp>();
  const good: string[] = [];
  let run: Awaited<ReturnType<typeof runCli>>;

  before(async () => {
    dir = createTmpDir("dualtrack-ingest-");
    input = dir.join("inbox");
    db = dir.join("store.db");
    for (const name of ["ibi363-btd-nmpa.txt", "ibi363-btd-nmpa.meta.json", "ibi343-fast-track-fda.md", "ibi343-fast-track-fda.meta.json"]) {
      dir.write(join("inbox", name), readFileSync(join(CLI_FIXTURES, name)));
    }
    copyFileSync(join(ENCODING_FIXTURES, "gbk-page.html"), join(input, "gbk-page.html"));
    good.push(join(input, "gbk-page.html"), join(input, "ibi343-fast-track-fda.md"), join(input, "ibi363-btd-nmpa.txt"));

    bad.set(dir.write("inbox/empty.txt", ""), /: empty file$/);
    bad.set(dir.write("inbox/binary.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])), /: binary file/);
    bad.set(dir.write("inbox/invalid-utf8.txt", Buffer.concat([Buffer.from("Innovent said "), Buffer.from([0xc3, 0x28]), Buffer.from(" and "), Buffer.from([0xff, 0x41])])), /: invalid UTF-8/);
    // 50 MB without writing 50 MB: a sparse file; the reader must refuse it from its size alone
    const huge = dir.write("inbox/huge.txt", "");
    const fd = openSync(huge, "r+");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    bad.set(huge, /: file too large \(50\.0 MB; the limit is 20\.0 MB, raise it with --max-mb\)$/);
    bad.set(dir.write("inbox/bad-meta.txt", "国家药监局批准了某药物的临床试验申请，该文件的元数据有误。"), /: malformed bad-meta\.meta\.json: /);
    dir.write("inbox/bad-meta.meta.json", '{ "title": "missing the closing brace"');
    const missing = dir.join("no-such-file.txt");
    bad.set(missing, /: cannot read: no such file or directory$/);
    if (CAN_LOCK_FILES) {
      const locked = dir.write("inbox/locked.txt", "Locked away.");
      chmodSync(locked, 0o000);
      bad.set(locked, /: cannot read: permission denied$/);
    }
    run = await runCli(["--db", db, "ingest", input, missing], { cwd: dir.path });
  });
  after(() => dir.remove());

  it("exits with code 1 when any document failed", () => {
    assert.equal(run.code, 1, run.stderr);
  });

  it("names each failed file with its problem on one line of its own", () => {
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("failed: "));
    assert.equal(lines.length, bad.size, run.stderr);
    for (const [path, problem] of bad) {
      const mine = lines.filter((l) => l.startsWith(`failed: ${path}: `));
      assert.equal(mine.length, 1, `one line for ${path} in:\n${run.stderr}`);
      assert.match(mine[0]!, problem);
    }
  });

  it("still ingests the other files and says so in a one-line summary", () => {
    const s = summary(run.stdout);
    assert.deepEqual([s.new, s.unchanged, s.failed], [good.length, 0, bad.size]);
    assert.ok(s.events > 0);
    const stored = query<{ location: string }>(db, "SELECT location FROM documents ORDER BY location").map((r) => r.location);
    assert.deepEqual(stored, good);
  });

  it("decodes and stores the GBK-encoded HTML page", () => {
    const [doc] = query<{ encoding: string; title: string; text: string; lang: string }>(db, "SELECT encoding, title, text, lang FROM documents WHERE location LIKE '%gbk-page.html'");
    assert.ok(doc);
    assert.equal(doc.encoding, "gb18030");
    assert.equal(doc.lang, "zh");
    assert.equal(doc.title, "康方生物依沃西单抗在国内获批上市");
    assert.match(doc.text, /依沃西单抗注射液（AK112）获得国家药品监督管理局批准上市/);
    assert.doesNotMatch(doc.text, /要闻|本站内容仅供参考/); // menu and footer dropped
  });

  it("stores nothing of a failed document", () => {
    const [row] = query<{ docs: number; fts: number; orphans: number; dangling: number }>(
      db,
      `SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM documents_fts) AS fts,
              (SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)) AS orphans,
              (SELECT count(*) FROM event_sources WHERE document_id NOT IN (SELECT id FROM documents)) AS dangling`,
    );
    assert.deepEqual(row, { docs: good.length, fts: good.length, orphans: 0, dangling: 0 });
    assert.equal(query(db, "SELECT id FROM documents WHERE text LIKE '%元数据有误%'").length, 0);
  });

  it("adds nothing when the same folder is ingested again", async () => {
    const counts = () => query<Record<string, number>>(db, "SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM events) e, (SELECT count(*) FROM event_sources) s")[0];
    const before = counts();
    const again = await runInProcess(db, ["ingest", input]);
    const s = summary(again.stdout.join("\n"));
    assert.deepEqual([s.new, s.unchanged, s.events], [0, good.length, 0]);
    assert.deepEqual(counts(), before);
  });
});

describe("dualtrack ingest PATH... (a clean folder)", () => {
  let dir: TmpDir;
  before(() => {
    dir = createTmpDir("dualtrack-ingest-clean-");
  });
  after(() => dir.remove());

  it("ingests a folder with exit code 0, and a second time reports 0 new and every document unchanged", async () => {
    const db = dir.join("store.db");
    const docs = readdirSync(CLI_FIXTURES).filter((f) => !f.endsWith(".meta.json")).length;
    const first = await runInProcess(db, ["ingest", CLI_FIXTURES]);
    assert.equal(first.code, 0, first.stderr.join("\n"));
    assert.equal(summary(first.stdout.join("\n")).new, docs);
    const second = await runInProcess(db, ["ingest", CLI_FIXTURES]);
    assert.equal(second.code, 0);
    assert.match(second.stdout.join("\n"), new RegExp(`^documents: 0 new, ${docs} unchanged, 0 failed; events added: 0$`, "m"));
  });

  it("prints the summary as JSON with --json", async () => {
    const db = dir.join("json.db");
    const run = await runInProcess(db, ["ingest", "--json", join(CLI_FIXTURES, "ibi363-btd-nmpa.txt")]);
    const report = JSON.parse(run.stdout.join("\n")) as { new: number; unchanged: number; failed: unknown[]; eventsAdded: number; files: number };
    assert.deepEqual([report.new, report.unchanged, report.failed, report.files], [1, 0, [], 1]);
  });

  it("refuses files over --max-mb and reads them under a raised limit", async () => {
    const big = dir.write("big/big.txt", "国家药监局批准临床试验。\n".repeat(50_000)); // about 1.8 MB
    const db = dir.join("max.db");
    const refused = await runInProcess(db, ["ingest", "--max-mb", "1", big]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr.join("\n"), /failed: .*big\.txt: file too large \(1\.\d MB; the limit is 1\.0 MB/);
    const read = await runInProcess(db, ["ingest", "--max-mb", "5", big]);
    assert.equal(read.code, 0, read.stderr.join("\n"));
  });
});

describe("dualtrack ingest PATH... (killed midway)", () => {
  const DOCS = 300;
  let dir: TmpDir;
  let corpus: string;
  before(() => {
    dir = createTmpDir("dualtrack-ingest-kill-");
    corpus = dir.join("corpus");
    const sources = readdirSync(CLI_FIXTURES)
      .filter((f) => !f.endsWith(".meta.json"))
      .sort()
      .map((f) => readFileSync(join(CLI_FIXTURES, f), "utf8"));
    for (let i = 0; i < DOCS; i++) {
      dir.write(`corpus/doc-${String(i).padStart(3, "0")}.txt`, `${sources[i % sources.length]}\n(archive copy ${i})\n`);
    }
  });
  after(() => dir.remove());

  /** Document id → its sorted event keys (with each source's span), read from a store file. */
  function eventsByDocument(db: string): Map<string, string[]> {
    const rows = query<{ doc: string; key: string; span: number }>(
      db,
      "SELECT d.id AS doc, e.key AS key, s.span_start AS span FROM documents d LEFT JOIN event_sources s ON s.document_id = d.id LEFT JOIN events e ON e.id = s.event_id",
    );
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const list = out.get(r.doc) ?? [];
      if (r.key !== null) list.push(`${r.key}@${r.span}`);
      out.set(r.doc, list);
    }
    for (const list of out.values()) list.sort();
    return out;
  }

  function storedDocuments(db: string): number {
    let conn: BetterSqlite3.Database | null = null;
    try {
      conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
      return Number(conn.prepare("SELECT count(*) FROM documents").pluck().get());
    } catch {
      return 0; // not created or not migrated yet
    } finally {
      conn?.close();
    }
  }

  it("leaves a consistent store with whole documents, and a re-run completes it without duplicates", async () => {
    const killedDb = dir.join("killed.db");
    const child = spawnCli(["--db", killedDb, "ingest", corpus], { cwd: dir.path });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 45_000;
    while (storedDocuments(killedDb) < 20 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 15));
    child.kill("SIGKILL");
    assert.equal(await exited, "SIGKILL", "the ingest ended before it could be killed");

    const stored = storedDocuments(killedDb);
    assert.ok(stored >= 20 && stored < DOCS, `killed after ${stored} of ${DOCS} documents`);
    assert.deepEqual(query(killedDb, "PRAGMA integrity_check"), [{ integrity_check: "ok" }]);
    assert.deepEqual(query(killedDb, "PRAGMA foreign_key_check"), []);

    // every document stored before the kill has exactly the events a clean, complete ingest gives it
    const cleanDb = dir.join("clean.db");
    const clean = await runInProcess(cleanDb, ["ingest", corpus]);
    assert.equal(clean.code, 0, clean.stderr.join("\n"));
    const reference = eventsByDocument(cleanDb);
    const partial = eventsByDocument(killedDb);
    assert.equal(partial.size, stored);
    for (const [doc, keys] of partial) assert.deepEqual(keys, reference.get(doc), `events of document ${doc}`);
    assert.equal(query(killedDb, "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)").length, 0);

    // the re-run adds exactly what is missing
    const rerun = await runInProcess(killedDb, ["ingest", corpus]);
    assert.equal(rerun.code, 0, rerun.stderr.join("\n"));
    assert.match(rerun.stdout.join("\n"), new RegExp(`^documents: ${DOCS - stored} new, ${stored} unchanged, 0 failed;`, "m"));
    assert.deepEqual(eventsByDocument(killedDb), reference);
    const totals = (db: string) => query(db, "SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM events) e, (SELECT count(*) FROM event_sources) s, (SELECT count(*) FROM events_fts) f");
    assert.deepEqual(totals(killedDb), totals(cleanDb));
  });
});
