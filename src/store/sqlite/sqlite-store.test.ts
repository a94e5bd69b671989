import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { makeDocument, makeEvent } from "../../../test/support/builders.ts";
import { ROOT } from "../../../test/support/paths.ts";
import { createTmpDir } from "../../../test/support/tmp-dir.ts";
import { AppError } from "../../shared/errors.ts";
import { migrateToLatest } from "../migrate.ts";
import type { EventFilter } from "../store.ts";
import { openSqliteStore, type SqliteStore } from "./sqlite-store.ts";

const MIGRATIONS = fileURLToPath(new URL("../../../migrations/sqlite", import.meta.url));
const MIGRATION_FILES = readdirSync(MIGRATIONS).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f));

const dir = createTmpDir("dualtrack-store-");
after(() => dir.remove());
let dbCount = 0;
const newDbPath = () => dir.join(`store-${++dbCount}.db`);

const count = (store: SqliteStore, table: string): number => Number(store.raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get());

describe("openSqliteStore(path)", () => {
  it("creates the tables and full-text indexes of the migrations in a new file", async () => {
    const store = openSqliteStore(newDbPath());
    try {
      const names = new Set(store.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
      for (const table of ["documents", "events", "event_sources", "assets", "asset_aliases", "companies", "company_aliases", "sources", "events_fts", "documents_fts", "schema_migrations"]) {
        assert.ok(names.has(table), `table ${table} is missing`);
      }
      assert.equal(count(store, "schema_migrations"), MIGRATION_FILES.length);
    } finally {
      await store.close();
    }
  });

  it("opens an existing store again without re-applying a migration or losing data", async () => {
    const path = newDbPath();
    const first = openSqliteStore(path);
    const doc = makeDocument("国家药监局批准临床。");
    await first.saveDocument(doc, [makeEvent(doc, "国家药监局批准临床。", { asset: "SKB264", agency: "NMPA" })]);
    const appliedAt = first.raw.prepare("SELECT version, applied_at FROM schema_migrations ORDER BY version").all();
    await first.close();

    const second = openSqliteStore(path);
    try {
      assert.deepEqual(second.raw.prepare("SELECT version, applied_at FROM schema_migrations ORDER BY version").all(), appliedAt);
      assert.deepEqual(migrateToLatest(second.raw, MIGRATIONS).applied, []);
      assert.equal(await second.countDocuments(), 1);
      assert.equal(count(second, "events"), 1);
    } finally {
      await second.close();
    }
  });

  it("opens a store in WAL mode with foreign keys on", async () => {
    const store = openSqliteStore(newDbPath());
    try {
      assert.equal(store.raw.pragma("journal_mode", { simple: true }), "wal");
      assert.equal(store.raw.pragma("foreign_keys", { simple: true }), 1);
    } finally {
      await store.close();
    }
  });
});

describe("openSqliteStore(path) on a bad file", () => {
  it("refuses a file that is not a database with a store error naming the path", () => {
    const path = dir.write("not-a-database.db", "these are notes, not SQLite\n".repeat(100));
    assert.throws(
      () => openSqliteStore(path),
      (error: unknown) => error instanceof AppError && error.kind === "store" && error.message.startsWith(`cannot open the store ${path}: `),
    );
  });
});

describe("migrateToLatest(db, dir)", () => {
  it("lets several processes migrate a new store at the same moment, applying each migration once", async () => {
    const path = newDbPath();
    const startAt = Date.now() + 2_000; // the children spin until then, so that they all migrate at once
    const child = () =>
      new Promise<{ applied?: string[]; error?: string }>((resolve, reject) => {
        let out = "";
        const c = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/support/migrate-child.ts"), path, MIGRATIONS, String(startAt)], { cwd: ROOT });
        c.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
        c.on("error", reject);
        c.on("close", () => resolve(JSON.parse(out || "{}") as { applied?: string[]; error?: string }));
      });
    const results = await Promise.all([child(), child(), child()]);
    assert.deepEqual(results.filter((r) => r.error), []);
    assert.deepEqual(results.flatMap((r) => r.applied ?? []).sort(), [...MIGRATION_FILES].sort());
    const db = new BetterSqlite3(path, { readonly: true });
    try {
      assert.equal(Number(db.prepare("SELECT count(*) FROM schema_migrations").pluck().get()), MIGRATION_FILES.length);
    } finally {
      db.close();
    }
  });

  it("refuses two migrations with the same number, naming both, before applying anything", () => {
    const migrations = createTmpDir("dualtrack-migrations-");
    try {
      writeFileSync(migrations.join("001_first.sql"), "CREATE TABLE a (x INTEGER);");
      writeFileSync(migrations.join("002_second.sql"), "CREATE TABLE b (x INTEGER);");
      writeFileSync(migrations.join("002_other.sql"), "CREATE TABLE c (x INTEGER);");
      const db = new BetterSqlite3(":memory:");
      assert.throws(() => migrateToLatest(db, migrations.path), /migrations 002_other\.sql and 002_second\.sql have the same number/);
      assert.equal(Number(db.prepare("SELECT count(*) FROM schema_migrations").pluck().get()), 0);
      db.close();
    } finally {
      migrations.remove();
    }
  });

  it("applies only the migrations a store has not seen, in number order", () => {
    const migrations = createTmpDir("dualtrack-migrations-");
    try {
      writeFileSync(migrations.join("002_add.sql"), "ALTER TABLE a ADD COLUMN y TEXT;");
      writeFileSync(migrations.join("001_create.sql"), "CREATE TABLE a (x INTEGER);");
      const db = new BetterSqlite3(":memory:");
      assert.deepEqual(migrateToLatest(db, migrations.path), { applied: ["001_create.sql", "002_add.sql"], current: 2 });
      writeFileSync(migrations.join("003_more.sql"), "CREATE TABLE b (x INTEGER);");
      assert.deepEqual(migrateToLatest(db, migrations.path), { applied: ["003_more.sql"], current: 3 });
      assert.deepEqual(migrateToLatest(db, migrations.path), { applied: [], current: 3 });
      db.close();
    } finally {
      migrations.remove();
    }
  });
});

describe("SqliteStore.saveDocument(document, events)", () => {
  let store: SqliteStore;
  before(() => {
    store = openSqliteStore(newDbPath());
  });
  after(() => store.close());

  const TEXT = "2025年6月4日，信达生物的IBI363被纳入突破性治疗药物程序。该药物同时获得临床试验批准。";
  const doc = makeDocument(TEXT, { location: "news/ibi363.txt", url: "https://example.org/ibi363", published: "2025-06-04" });
  const events = [
    makeEvent(doc, "2025年6月4日，信达生物的IBI363被纳入突破性治疗药物程序。", { asset: "IBI363", type: "btd", status: "granted", agency: "NMPA", date: "2025-06-04", company: "信达生物" }),
    makeEvent(doc, "该药物同时获得临床试验批准。", { asset: "IBI363", type: "ind_approved", agency: "NMPA", date: "2025-06-04" }),
  ];

  it("stores the document and its events with their sources", async () => {
    assert.deepEqual(await store.saveDocument(doc, events), { status: "new", eventsAdded: 2 });
    assert.deepEqual(await store.getDocument(doc.id), doc);
    assert.ok(await store.hasDocument(doc.id));
    const stored = await store.listEvents({});
    assert.deepEqual(stored.map((e) => e.type).sort(), ["btd", "ind_approved"]);
    const btd = stored.find((e) => e.type === "btd")!;
    assert.equal(btd.sources.length, 1);
    assert.deepEqual(btd.sources[0], {
      documentId: doc.id,
      sourceId: null,
      recordId: null,
      url: "https://example.org/ibi363",
      title: null,
      sentence: events[0]!.source.sentence,
      span: events[0]!.source.span,
      extractorVersion: "test-1",
      fetchedAt: doc.fetchedAt,
    });
  });

  it("adds nothing when the same document is saved again", async () => {
    const before = ["documents", "events", "event_sources", "events_fts", "documents_fts"].map((t) => count(store, t));
    assert.deepEqual(await store.saveDocument(doc, events), { status: "unchanged", eventsAdded: 0 });
    assert.deepEqual(["documents", "events", "event_sources", "events_fts", "documents_fts"].map((t) => count(store, t)), before);
  });

  it("stores nothing of a document when one of its writes fails, and stays usable", async () => {
    const text = "恒瑞医药的HRS-5965获得优先审评。HRS-5965还获得附条件批准。";
    const bad = makeDocument(text);
    const good = makeEvent(bad, "恒瑞医药的HRS-5965获得优先审评。", { asset: "HRS-5965", type: "priority_review", agency: "NMPA" });
    const broken = makeEvent(bad, "HRS-5965还获得附条件批准。", { asset: "HRS-5965", type: "conditional_approval", agency: "NMPA" });
    broken.source.span = [Number.NaN, 10]; // NaN is bound as NULL: span_start is NOT NULL, so the second event's source fails
    const counts = () => ["documents", "events", "event_sources", "events_fts", "documents_fts"].map((t) => count(store, t));
    const before = counts();

    await assert.rejects(store.saveDocument(bad, [good, broken]), /NOT NULL constraint failed: event_sources\.span_start/);
    assert.equal(await store.hasDocument(bad.id), false);
    assert.deepEqual(counts(), before);
    assert.equal((await store.listEvents({ asset: "HRS-5965" })).length, 0);

    // the failed transaction was rolled back, not left open: the same document saves cleanly afterwards
    assert.deepEqual(await store.saveDocument(bad, [good]), { status: "new", eventsAdded: 1 });
  });
});

describe("SqliteStore.listEvents(filter)", () => {
  let store: SqliteStore;
  const keyOf = new Map<string, string>();
  /** The test assets of the events a filter finds, sorted. */
  const find = async (filter: EventFilter): Promise<string[]> =>
    (await store.listEvents(filter)).map((e) => `${e.asset}:${e.type}`).sort();

  before(async () => {
    store = openSqliteStore(newDbPath());
    const seed: Array<{ text: string; events: Array<[string, Parameters<typeof makeEvent>[2]]> }> = [
      {
        text: "国家药监局药品审评中心公示，信达生物的IBI363被纳入突破性治疗药物程序，拟用于鳞状非小细胞肺癌。",
        events: [["国家药监局药品审评中心公示，信达生物的IBI363被纳入突破性治疗药物程序，拟用于鳞状非小细胞肺癌。", { asset: "IBI363", type: "btd", status: "granted", agency: "NMPA", date: "2025-06-04", company: "信达生物", indication: "鳞状非小细胞肺癌", targets: ["PDCD1", "IL2RA"] }]],
      },
      {
        text: "The FDA granted Fast Track designation to IBI343 for pancreatic ductal adenocarcinoma.",
        events: [["The FDA granted Fast Track designation to IBI343 for pancreatic ductal adenocarcinoma.", { asset: "IBI343", type: "fast_track", status: "granted", agency: "FDA", date: "2024-08", company: "Innovent Biologics", indication: "pancreatic ductal adenocarcinoma" }]],
      },
      {
        text: "科伦博泰的芦康沙妥珠单抗（SKB264）联合用药临床试验申请获批。",
        events: [["科伦博泰的芦康沙妥珠单抗（SKB264）联合用药临床试验申请获批。", { asset: "SKB264", asset_aliases: ["芦康沙妥珠单抗"], type: "ind_approved", agency: "NMPA", date: "2025-03", company: "科伦博泰" }]],
      },
      {
        text: "Hengrui licensed HRS9531 to Kailera Therapeutics for US$110 million upfront.",
        events: [["Hengrui licensed HRS9531 to Kailera Therapeutics for US$110 million upfront.", { asset: "HRS9531", type: "deal", date: "2024-05-17", company: "Jiangsu Hengrui Pharmaceuticals", counterparty: "Kailera Therapeutics", upfront_usd: 110_000_000 }]],
      },
      {
        text: "艾米迈托赛注射液附条件批准上市，2025年上市。百分之百_通配符测试。",
        events: [
          ["艾米迈托赛注射液附条件批准上市，2025年上市。", { asset: "艾米迈托赛", type: "approval", agency: "NMPA", date: "2025", company: "铂生卓越" }],
          ["百分之百_通配符测试。", { asset: "UNDATED-1", type: "iit", agency: "NHC", date: null, company: "某医院" }],
        ],
      },
    ];
    for (const { text, events } of seed) {
      const doc = makeDocument(text);
      const rows = events.map(([sentence, fields]) => makeEvent(doc, sentence, fields));
      for (const row of rows) keyOf.set(row.event.asset, row.key);
      await store.saveDocument(doc, rows);
    }
  });
  after(() => store.close());

  it("lists every event, newest date first and undated last", async () => {
    const all = await store.listEvents({});
    assert.deepEqual(
      all.map((e) => e.date),
      ["2025-06-04", "2025-03", "2025", "2024-08", "2024-05-17", null],
    );
    assert.equal(await store.countEvents({}), 6);
  });

  it("finds a Chinese substring inside a longer word (突破性治疗 in 突破性治疗药物)", async () => {
    assert.deepEqual(await find({ q: "突破性治疗" }), ["IBI363:btd"]);
  });

  it("finds English words in source sentences, whatever their case", async () => {
    assert.deepEqual(await find({ q: "fast track" }), ["IBI343:fast_track"]);
    assert.deepEqual(await find({ q: "Kailera" }), ["HRS9531:deal"]);
  });

  it("finds a two-character Chinese term (获批) through the LIKE fallback", async () => {
    assert.deepEqual(await find({ q: "获批" }), ["SKB264:ind_approved"]);
  });

  it("requires every search term to match", async () => {
    assert.deepEqual(await find({ q: "突破性治疗 鳞状" }), ["IBI363:btd"]);
    assert.deepEqual(await find({ q: "突破性治疗 Kailera" }), []);
  });

  it("takes % and _ in search and name filters literally", async () => {
    assert.deepEqual(await find({ q: "_通配" }), ["UNDATED-1:iit"]);
    assert.deepEqual(await find({ q: "%" }), []);
    assert.deepEqual(await find({ company: "%" }), []);
  });

  it("filters by one or several types", async () => {
    assert.deepEqual(await find({ types: ["btd"] }), ["IBI363:btd"]);
    assert.deepEqual(await find({ types: ["btd", "deal"] }), ["HRS9531:deal", "IBI363:btd"]);
  });

  it("filters by agency", async () => {
    assert.deepEqual(await find({ agencies: ["FDA"] }), ["IBI343:fast_track"]);
    assert.deepEqual(await find({ agencies: ["NMPA"] }), ["IBI363:btd", "SKB264:ind_approved", "艾米迈托赛:approval"]);
  });

  it("filters by a substring of the company, case-insensitively for Latin letters", async () => {
    assert.deepEqual(await find({ company: "innovent" }), ["IBI343:fast_track"]);
    assert.deepEqual(await find({ company: "信达" }), ["IBI363:btd"]);
  });

  it("filters by asset name or alias", async () => {
    assert.deepEqual(await find({ asset: "IBI36" }), ["IBI363:btd"]);
    assert.deepEqual(await find({ asset: "芦康沙妥珠单抗" }), ["SKB264:ind_approved"]);
  });

  it("counts a month- or year-dated event as within a since bound inside that month or year", async () => {
    // since 2025-03-10: 2025-03 (the month may include the 10th) and 2025 are in, 2024-08 is out, undated is out
    assert.deepEqual(await find({ since: "2025-03-10" }), ["IBI363:btd", "SKB264:ind_approved", "艾米迈托赛:approval"]);
    assert.deepEqual(await find({ since: "2025-04" }), ["IBI363:btd", "艾米迈托赛:approval"]);
  });

  it("counts a month- or year-dated event as within an until bound inside that month or year", async () => {
    assert.deepEqual(await find({ until: "2025-03-05" }), ["HRS9531:deal", "IBI343:fast_track", "SKB264:ind_approved", "艾米迈托赛:approval"]);
    assert.deepEqual(await find({ until: "2024-05-17" }), ["HRS9531:deal"]);
    assert.deepEqual(await find({ until: "2024-05-16" }), []);
  });

  it("combines since and until as an inclusive range", async () => {
    assert.deepEqual(await find({ since: "2024-06", until: "2024-12-31" }), ["IBI343:fast_track"]);
    assert.deepEqual(await find({ since: "2025-06-04", until: "2025-06-04" }), ["IBI363:btd", "艾米迈托赛:approval"]);
  });

  it("combines different filters with AND", async () => {
    assert.deepEqual(await find({ agencies: ["NMPA"], since: "2025-04", types: ["btd", "approval"], company: "信达" }), ["IBI363:btd"]);
  });

  it("pages with limit and offset", async () => {
    const all = await store.listEvents({});
    assert.deepEqual((await store.listEvents({ limit: 2, offset: 1 })).map((e) => e.key), all.slice(1, 3).map((e) => e.key));
  });

  it("returns each event with the key it was stored under", async () => {
    const [e] = await store.listEvents({ types: ["deal"] });
    assert.equal(e!.key, keyOf.get("HRS9531"));
    assert.equal(e!.upfront_usd, 110_000_000);
  });
});
