import type { CheerioAPI } from "cheerio";
import type { Phase } from "../../domain/index.ts";
import type { Result } from "../../shared/result.ts";
import { decodeAcceptanceNumber, normalizeAcceptanceNumber } from "../acceptance-number/decode-acceptance-number.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { FetchedPage, ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord, SyncEnv } from "../source-adapter.ts";
import { formatChanged, type SourceError } from "../source-error.ts";
import { isoDate } from "../text/dates.ts";
import { readHeaderTable } from "../text/html-table.ts";
import { loadHtml } from "../text/html-page.ts";
import { cleanText, nullable, splitCompanies } from "../text/normalize.ts";

const ID = "ctr";
const ORIGIN = "https://www.chinadrugtrials.org.cn";
const LIST_URL = `${ORIGIN}/clinicaltrials.searchlist.dhtml`;
const DETAIL_URL = `${ORIGIN}/clinicaltrials.searchlistdetail.dhtml`;
const CTR = /^CTR\d{8}$/;
const LIST_HEADERS = ["登记号", "试验状态", "药物名称", "适应症"];

/** A registration on chinadrugtrials.org.cn, from the search list (fewer fields) or the detail page. */
export type TrialRecord = {
  ctr: string;
  /** The site's internal id (the list link's `id`), used to fetch the detail page. */
  internalId: string | null;
  status: string | null;
  drug: string;
  formerNames: string[];
  drugType: string | null;
  indication: string | null;
  title: string | null;
  sponsor: string | null;
  firstPosted: string | null;
  /** 临床申请受理号 when the sponsor published it (often 企业选择不公示). */
  acceptanceNumber: string | null;
  phase: Phase | null;
  phaseText: string | null;
};

/** I期 → 1, Ib/II期 → 1/2, II/III期 → 2/3, III期 → 3; IV期, BE and others → null. */
export function trialPhase(text: string | null): Phase | null {
  const t = cleanText(text).toUpperCase().replace(/\s/g, "");
  const m = /(IV|III|II|I)[AB]?(?:[/／~-](IV|III|II|I)[AB]?)?期/.exec(t);
  if (!m) return null;
  const n = (r: string) => ({ I: 1, II: 2, III: 3, IV: 4 })[r as "I" | "II" | "III" | "IV"];
  const a = n(m[1]!);
  const b = m[2] ? n(m[2]) : null;
  if (a === 4 || b === 4) return null;
  if (b === null || b === a) return String(a) as Phase;
  const joined = `${a}/${b}`;
  return joined === "1/2" || joined === "2/3" ? joined : joined === "1/3" ? "1-3" : null;
}

/** 注射用SHR-A1811（曾用名：…） → the name and its former names. */
export function splitFormerNames(text: string): { name: string; former: string[] } {
  const clean = cleanText(text);
  const m = /^(.*?)[(（]?\s*曾用名[:：]?\s*([^)）]*)[)）]?\s*$/.exec(clean);
  if (!m) return { name: clean, former: [] };
  return { name: m[1]!.trim(), former: m[2]!.split(/[;；、,，]/).map((s) => s.trim()).filter(Boolean) };
}

export function trialEvents(t: TrialRecord): RecordEvent[] {
  const event = makeEvent({
    asset: t.drug,
    asset_aliases: t.formerNames,
    company: t.sponsor,
    type: "trial_start",
    agency: "NMPA",
    date: t.firstPosted,
    indication: t.indication,
    phase: t.phase,
  });
  const parts = [t.status, t.phaseText, t.firstPosted && `首次公示 ${t.firstPosted}`, t.acceptanceNumber && `受理号 ${t.acceptanceNumber}`].filter(Boolean).join(", ");
  return [makeRecordEvent({ key: `${ID}:${t.ctr}`, event, sentence: `药物临床试验登记: ${t.ctr} ${t.drug}${t.indication ? ` (${t.indication})` : ""}${t.sponsor ? `, ${t.sponsor}` : ""}${parts ? `, ${parts}` : ""}` })];
}

const toRecord = (t: TrialRecord): SourceRecord => ({ key: t.ctr, url: `${DETAIL_URL}?reg_no=${t.ctr}`, data: t, events: trialEvents(t) });

function parseList($: CheerioAPI): Result<ParsedPage, SourceError> {
  const table = $("table.searchTable").first();
  const read = table.length ? readHeaderTable($, table.get(0)!, LIST_HEADERS) : null;
  if (!read) return { ok: false, error: formatChanged(ID, "table.searchTable header", `is missing one of ${LIST_HEADERS.join(", ")}`) };
  const records: SourceRecord[] = [];
  for (const [i, row] of read.rows.entries()) {
    const ctr = cleanText(row["登记号"]);
    if (!CTR.test(ctr)) return { ok: false, error: formatChanged(ID, `table.searchTable rows.${i}.登记号`, `is not a CTR number ("${ctr}")`) };
    const link = $(read.cells[i]!).find("a").first();
    const drug = splitFormerNames(row["药物名称"] ?? "");
    records.push(
      toRecord({
        ctr,
        internalId: link.attr("id") ?? null,
        status: nullable(row["试验状态"]),
        drug: drug.name,
        formerNames: drug.former,
        drugType: null,
        indication: nullable(row["适应症"]),
        title: nullable(row["试验通俗题目"]),
        sponsor: null,
        firstPosted: null,
        acceptanceNumber: null,
        phase: null,
        phaseText: null,
      }),
    );
  }
  const pager = $("div.pageInfo i").toArray().map((i) => Number(cleanText($(i).text())));
  const total = Number.isFinite(pager[3]) ? (pager[3] ?? null) : null;
  return { ok: true, value: { records, total } };
}

/** Detail page: `table.searchDetailTable` rows of `<th>label</th><td>value</td>` pairs. */
function parseDetail($: CheerioAPI): Result<ParsedPage, SourceError> {
  const fields = new Map<string, string>();
  $("table.searchDetailTable th").each((_, th) => {
    const label = cleanText($(th).text()).replace(/[:：\s]/g, "");
    const td = $(th).next("td");
    if (label && td.length && !fields.has(label)) fields.set(label, cleanText(td.text()));
  });
  const ctr = fields.get("登记号") ?? "";
  if (!CTR.test(ctr)) return { ok: false, error: formatChanged(ID, "searchDetailTable th 登记号", ctr ? `is not a CTR number ("${ctr}")` : "is missing") };
  const drug = splitFormerNames(fields.get("药物名称") ?? "");
  if (!drug.name) return { ok: false, error: formatChanged(ID, "searchDetailTable th 药物名称", "is missing") };
  const accept = nullable(fields.get("临床申请受理号"));
  const acceptOk = accept && decodeAcceptanceNumber(accept.split(/[;；,，\s]/)[0] ?? "").ok;
  const phaseText = nullable(fields.get("试验分期") ?? fields.get("试验分类/分期") ?? null);
  return {
    ok: true,
    value: {
      records: [
        toRecord({
          ctr,
          internalId: null,
          status: nullable(fields.get("试验状态")),
          drug: drug.name,
          formerNames: drug.former,
          drugType: nullable(fields.get("药物类型")),
          indication: nullable(fields.get("适应症")),
          title: nullable(fields.get("试验通俗题目") ?? fields.get("通俗题目")),
          sponsor: splitCompanies(fields.get("申请人名称")).join(";") || null,
          firstPosted: isoDate(fields.get("首次公示信息日期")),
          acceptanceNumber: acceptOk ? normalizeAcceptanceNumber(accept.split(/[;；,，\s]/)[0]!) : null,
          phase: trialPhase(phaseText),
          phaseText,
        }),
      ],
      total: null,
    },
  };
}

async function parse(input: RawInput, _ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const loaded = loadHtml(input, "table.searchTable, table.searchDetailTable");
  if (!loaded.ok) return loaded;
  const $ = loaded.value;
  if ($("table.searchDetailTable").length) return parseDetail($);
  if ($("table.searchTable").length) return parseList($);
  return { ok: false, error: formatChanged(ID, "table.searchTable", "is missing (neither a search list nor a detail page)") };
}

async function fetchListPage(env: SyncEnv, pageNum: number): Promise<Result<FetchedPage, SourceError>> {
  const form = { keywords: "", currentpage: String(pageNum), sort: "desc", sort2: "", rule: "CTR", secondLevel: "0" };
  const res = await env.http.request({ method: "POST", url: env.resolve(LIST_URL), form, headers: { Referer: LIST_URL }, expect: "html" }, env.signal);
  if (!res.ok) return res;
  return { ok: true, value: { inputs: [{ body: res.value.body, contentType: res.value.contentType, url: LIST_URL, name: null }], pages: null } };
}

export const ctr: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "药物临床试验登记与信息公示平台 (chinadrugtrials.org.cn)",
    yields: "trial_start per CTR registration (first-posted date, phase, sponsor; 受理号 when published)",
    url: LIST_URL,
    example: "CTR20230432 · 注射用SHR-A1811 · 乳腺癌 · 苏州盛迪亚生物医药有限公司 · 首次公示 2023-02-15 → trial_start (phase 1/2)",
    formats: ["html"],
  },
  parse,
  lists: [
    {
      name: "main",
      pageSize: 20,
      warmUpUrl: LIST_URL,
      fetchPage: fetchListPage,
      async enrich(env, record, ctx) {
        const t = record.data as unknown as TrialRecord;
        if (!t.internalId) return { ok: true, value: record };
        const res = await env.http.request({ method: "POST", url: env.resolve(DETAIL_URL), form: { id: t.internalId, ckm_index: "1", rule: "CTR" }, headers: { Referer: LIST_URL }, expect: "html" }, env.signal);
        if (!res.ok) return res;
        const detail = await parse({ body: res.value.body, contentType: res.value.contentType, url: DETAIL_URL, name: null }, ctx);
        if (!detail.ok) return detail;
        const full = detail.value.records[0];
        return { ok: true, value: full ? { ...full, data: { ...full.data, internalId: t.internalId } } : record };
      },
    },
  ],
};
