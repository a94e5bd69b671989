import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import { AGENCIES, AliasSchema, EVENT_TYPES, MODALITIES, PHASES, STATUSES } from "../../domain/index.ts";
import type { MergedEventQuery, MergedEventSource, ResolutionEventRow, ResolutionRun, ResolutionWrite, StoredAsset, StoredMergedEvent } from "../resolution-records.ts";

/** Resolution (issue 5, migration 005): reads for the resolver and its commands, and the one-transaction write of a run. */

const jsonOf = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx): z.infer<T> => {
    try {
      return schema.parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: "custom", message: "invalid JSON column" });
      return z.NEVER;
    }
  });
const StringList = z.array(z.string());
const NoteSchema = z.object({ rule: z.string(), detail: z.string(), sourceId: z.string().nullable() });
const ConflictSchema = z.object({
  field: z.string(),
  chosen: z.union([z.string(), z.number()]).nullable(),
  values: z.array(z.object({ value: z.union([z.string(), z.number()]).nullable(), eventIds: z.array(z.number()), sources: z.array(z.string()), official: z.boolean() })),
});

const EventRowSchema = z.object({
  id: z.number().int(),
  asset: z.string(),
  asset_aliases: jsonOf(StringList),
  company: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  date: z.string().nullable(),
  indication: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable().catch(null),
  targets: jsonOf(StringList),
  phase: z.enum(PHASES).nullable().catch(null),
  counterparty: z.string().nullable(),
  upfront_usd: z.number().nullable(),
  total_usd: z.number().nullable(),
  proposed_date: z.string().nullable(),
  granted_date: z.string().nullable(),
});

/** Every event with its sources, in id order. Rows the schema refuses are skipped (counted in `skipped`). */
export function listResolutionEventsSql(db: BetterSqlite3.Database): { events: ResolutionEventRow[]; skipped: number } {
  const sources = new Map<number, { list: string[]; official: boolean; sentences: string[] }>();
  const sourceRows = db
    .prepare("SELECT event_id, document_id, source_id, record_id, CASE WHEN instr(sentence, '(') > 0 OR instr(sentence, '（') > 0 THEN sentence END FROM event_sources ORDER BY event_id, id")
    .raw()
    .iterate() as Iterable<[number, string | null, string | null, string | null, string | null]>;
  for (const [eventId, documentId, sourceId, recordId, sentence] of sourceRows) {
    let s = sources.get(eventId);
    if (!s) sources.set(eventId, (s = { list: [], official: false, sentences: [] }));
    const id = documentId ?? `${sourceId ?? "record"}:${recordId ?? ""}`;
    if (!s.list.includes(id)) s.list.push(id);
    if (sourceId !== null) s.official = true;
    if (sentence !== null && s.sentences.length < 3) s.sentences.push(sentence);
  }
  const events: ResolutionEventRow[] = [];
  let skipped = 0;
  const rows = db
    .prepare(
      `SELECT id, asset, asset_aliases, company, type, status, agency, date, indication, modality, targets, phase, counterparty,
        upfront_usd, total_usd, proposed_date, granted_date FROM events ORDER BY id`,
    )
    .iterate();
  for (const row of rows) {
    const parsed = EventRowSchema.safeParse(row);
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const r = parsed.data;
    const s = sources.get(r.id);
    events.push({
      id: r.id,
      asset: r.asset,
      aliases: r.asset_aliases,
      company: r.company,
      type: r.type,
      status: r.status,
      agency: r.agency,
      date: r.date,
      indication: r.indication,
      modality: r.modality,
      targets: r.targets,
      phase: r.phase,
      counterparty: r.counterparty,
      upfrontUsd: r.upfront_usd,
      totalUsd: r.total_usd,
      proposedDate: r.proposed_date,
      grantedDate: r.granted_date,
      sources: s?.list ?? [],
      sentences: s?.sentences ?? [],
      official: s?.official ?? false,
    });
  }
  return { events, skipped };
}

/** A digest of what resolution reads: changes when events or their sources are added or their fields change. */
export function resolutionFingerprintSql(db: BetterSqlite3.Database): string {
  const e = db
    .prepare(
      `SELECT count(*) AS n, coalesce(max(id), 0) AS maxId,
        coalesce(sum(length(coalesce(date, '')) + length(coalesce(status, '')) + length(coalesce(indication, '')) + length(coalesce(company, '')) + length(asset) + length(asset_aliases)), 0) AS size
       FROM events`,
    )
    .get() as { n: number; maxId: number; size: number };
  const s = db.prepare("SELECT count(*) AS n, coalesce(max(id), 0) AS maxId FROM event_sources").get() as { n: number; maxId: number };
  return `e${e.n}.${e.maxId}.${e.size}|s${s.n}.${s.maxId}`;
}

export function lastResolutionSql(db: BetterSqlite3.Database): ResolutionRun | null {
  const row = db.prepare("SELECT fingerprint, started_at, finished_at, events, assets, companies, merged, warnings FROM resolution_runs ORDER BY id DESC LIMIT 1").get() as
    | { fingerprint: string; started_at: string; finished_at: string; events: number; assets: number; companies: number; merged: number; warnings: string }
    | undefined;
  if (!row) return null;
  return { fingerprint: row.fingerprint, startedAt: row.started_at, finishedAt: row.finished_at, events: row.events, assets: row.assets, companies: row.companies, merged: row.merged, warnings: jsonOf(StringList).catch([]).parse(row.warnings) };
}

const norm = (name: string): string => name.normalize("NFKC").trim().toLowerCase();

/**
 * Writes a resolution run in one transaction: companies, assets and their aliases, each event's asset and
 * company (rows already linked the same way are not touched), merged events and their members, and the run.
 */
export function saveResolutionSql(db: BetterSqlite3.Database, r: ResolutionWrite, run: Omit<ResolutionRun, "events" | "assets" | "companies" | "merged" | "warnings">): void {
  db.transaction(() => {
    db.exec("DELETE FROM merged_event_members; DELETE FROM merged_events; DELETE FROM asset_aliases; DELETE FROM assets; DELETE FROM company_aliases; DELETE FROM companies;");
    const companyIds = new Set<string>();
    const insertCompany = db.prepare("INSERT INTO companies (id, name_en, name_zh, parent_id) VALUES (?, ?, ?, ?)");
    const insertCompanyAlias = db.prepare("INSERT OR IGNORE INTO company_aliases (company_id, alias, norm, origin, source_id) VALUES (?, ?, ?, ?, ?)");
    for (const c of r.companies) {
      if (companyIds.has(c.id)) continue;
      insertCompany.run(c.id, c.nameEn, c.nameZh, c.parentId && companyIds.has(c.parentId) ? c.parentId : null);
      companyIds.add(c.id);
      for (const a of c.aliases) insertCompanyAlias.run(c.id, a.name, norm(a.name), a.origin, a.sourceId);
    }
    const insertAsset = db.prepare("INSERT INTO assets (id, name, company_id, modality, targets, why) VALUES (?, ?, ?, ?, ?, ?)");
    const insertAlias = db.prepare("INSERT OR IGNORE INTO asset_aliases (asset_id, alias, norm, origin, source_id, key) VALUES (?, ?, ?, ?, ?, ?)");
    for (const a of r.assets) {
      insertAsset.run(a.id, a.name, a.companyId && companyIds.has(a.companyId) ? a.companyId : null, a.modality, JSON.stringify(a.targets), JSON.stringify(a.why));
      for (const alias of a.aliases) insertAlias.run(a.id, alias.name, norm(alias.name), alias.origin, alias.sourceId, alias.key);
    }
    const link = db.prepare("UPDATE events SET asset_id = ?, company_id = ? WHERE id = ? AND (asset_id IS NOT ? OR company_id IS NOT ?)");
    for (const l of r.links) link.run(l.assetId, l.companyId, l.eventId, l.assetId, l.companyId);
    const insertMerged = db.prepare(
      `INSERT INTO merged_events (id, asset_id, company_id, type, status, agency, date, proposed_date, granted_date, indication, phase, counterparty,
        upfront_usd, total_usd, official, members, conflicts, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMember = db.prepare("INSERT OR REPLACE INTO merged_event_members (event_id, merged_id) VALUES (?, ?)");
    for (const m of r.merged) {
      insertMerged.run(m.id, m.assetId, m.companyId, m.type, m.status, m.agency, m.date, m.proposedDate, m.grantedDate, m.indication, m.phase, m.counterparty,
        m.upfrontUsd, m.totalUsd, m.official ? 1 : 0, m.eventIds.length, JSON.stringify(m.conflicts), JSON.stringify(m.why));
      for (const id of m.eventIds) insertMember.run(id, m.id);
    }
    db.prepare("INSERT INTO resolution_runs (fingerprint, started_at, finished_at, events, assets, companies, merged, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
      run.fingerprint, run.startedAt, run.finishedAt, r.links.length, r.assets.length, r.companies.length, r.merged.length, JSON.stringify(r.warnings),
    );
  })();
}

const AssetRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  company_id: z.string().nullable(),
  name_en: z.string().nullable(),
  name_zh: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable().catch(null),
  targets: jsonOf(StringList),
  why: jsonOf(z.array(NoteSchema)),
});

/** Assets by id, with their aliases (in the order learned) and owner names. */
export function getAssetsSql(db: BetterSqlite3.Database, ids: string[]): StoredAsset[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT a.id, a.name, a.company_id, c.name_en, c.name_zh, a.modality, a.targets, a.why FROM assets a LEFT JOIN companies c ON c.id = a.company_id
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.name, a.id`,
    )
    .all(JSON.stringify(ids))
    .map((row) => AssetRowSchema.parse(row));
  const aliases = new Map<string, StoredAsset["aliases"]>();
  const aliasRows = db.prepare("SELECT asset_id, alias, origin, source_id FROM asset_aliases WHERE asset_id IN (SELECT value FROM json_each(?)) ORDER BY rowid").all(JSON.stringify(ids)) as Array<{
    asset_id: string;
    alias: string;
    origin: string;
    source_id: string | null;
  }>;
  for (const a of aliasRows) {
    const parsed = AliasSchema.safeParse({ name: a.alias, origin: a.origin, sourceId: a.source_id });
    if (!parsed.success) continue;
    aliases.set(a.asset_id, [...(aliases.get(a.asset_id) ?? []), parsed.data]);
  }
  return rows.map((r) => ({ id: r.id, name: r.name, companyId: r.company_id, companyEn: r.name_en, companyZh: r.name_zh, modality: r.modality, targets: r.targets, aliases: aliases.get(r.id) ?? [], why: r.why }));
}

/** Ids of the assets a name denotes: by identity key first, else by alias substring (at most 20). */
export function findAssetIdsSql(db: BetterSqlite3.Database, key: string, text: string): string[] {
  const exact = db.prepare("SELECT DISTINCT asset_id FROM asset_aliases WHERE key = ? ORDER BY asset_id").pluck().all(key) as string[];
  if (exact.length || !text.trim()) return exact;
  const like = `%${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.prepare("SELECT DISTINCT asset_id FROM asset_aliases WHERE norm LIKE ? ESCAPE '\\' ORDER BY asset_id LIMIT 20").pluck().all(like) as string[];
}

export function listAssetIdsSql(db: BetterSqlite3.Database): string[] {
  return db.prepare("SELECT id FROM assets ORDER BY id").pluck().all() as string[];
}

const MergedRowSchema = z.object({
  id: z.number().int(),
  asset_id: z.string(),
  company_id: z.string().nullable(),
  name_en: z.string().nullable(),
  name_zh: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  date: z.string().nullable(),
  proposed_date: z.string().nullable(),
  granted_date: z.string().nullable(),
  indication: z.string().nullable(),
  phase: z.enum(PHASES).nullable().catch(null),
  counterparty: z.string().nullable(),
  upfront_usd: z.number().nullable(),
  total_usd: z.number().nullable(),
  official: z.number(),
  conflicts: jsonOf(z.array(ConflictSchema)),
  why: jsonOf(z.array(NoteSchema)),
  modality: z.enum(MODALITIES).nullable().catch(null),
  targets: jsonOf(StringList),
  member_ids: z.string(),
});

/** Merged events of the given assets and types (all when not given), in date order, with their sources. */
export function listMergedEventsSql(db: BetterSqlite3.Database, query: MergedEventQuery): StoredMergedEvent[] {
  const where: string[] = [];
  const params: string[] = [];
  if (query.assetIds) {
    where.push("m.asset_id IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(query.assetIds));
  }
  if (query.types) {
    where.push("m.type IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(query.types));
  }
  const rows = db
    .prepare(
      `SELECT m.*, c.name_en, c.name_zh, e.modality, e.targets,
        (SELECT group_concat(event_id) FROM merged_event_members WHERE merged_id = m.id) AS member_ids
       FROM merged_events m JOIN events e ON e.id = m.id LEFT JOIN companies c ON c.id = m.company_id
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY coalesce(m.date, '9999'), m.id`,
    )
    .all(...params)
    .map((row) => MergedRowSchema.parse(row));
  if (rows.length === 0) return [];
  const sources = new Map<number, MergedEventSource[]>();
  const memberOf = new Map<number, number>();
  for (const r of rows) for (const id of r.member_ids.split(",")) memberOf.set(Number(id), r.id);
  const sourceRows = db
    .prepare(
      `SELECT s.event_id, s.document_id, s.source_id, s.record_id, coalesce(s.url, d.url) AS url, d.title, d.published, s.sentence
       FROM event_sources s LEFT JOIN documents d ON d.id = s.document_id
       WHERE s.event_id IN (SELECT value FROM json_each(?)) ORDER BY s.source_id IS NULL, d.published, s.id`,
    )
    .all(JSON.stringify([...memberOf.keys()])) as Array<{ event_id: number; document_id: string | null; source_id: string | null; record_id: string | null; url: string | null; title: string | null; published: string | null; sentence: string }>;
  for (const s of sourceRows) {
    const merged = memberOf.get(s.event_id)!;
    const list = sources.get(merged) ?? [];
    if (list.some((x) => x.documentId === s.document_id && x.sourceId === s.source_id && x.recordId === s.record_id && x.sentence === s.sentence)) continue;
    list.push({ eventId: s.event_id, documentId: s.document_id, sourceId: s.source_id, recordId: s.record_id, url: s.url, title: s.title, published: s.published, sentence: s.sentence });
    sources.set(merged, list);
  }
  return rows.map((r) => ({
    id: r.id,
    assetId: r.asset_id,
    companyId: r.company_id,
    companyEn: r.name_en,
    companyZh: r.name_zh,
    type: r.type,
    status: r.status,
    agency: r.agency,
    date: r.date,
    proposedDate: r.proposed_date,
    grantedDate: r.granted_date,
    indication: r.indication,
    phase: r.phase,
    counterparty: r.counterparty,
    upfrontUsd: r.upfront_usd,
    totalUsd: r.total_usd,
    eventIds: r.member_ids.split(",").map(Number).sort((a, b) => a - b),
    official: r.official === 1,
    conflicts: r.conflicts,
    why: r.why,
    modality: r.modality,
    targets: r.targets,
    sources: sources.get(r.id) ?? [],
  }));
}
