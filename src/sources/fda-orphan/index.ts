import ExcelJS from "exceljs";
import { load } from "cheerio";
import type { Result } from "../../shared/result.ts";
import { sha256 } from "../../shared/hash.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { FetchedPage, ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord, SyncEnv } from "../source-adapter.ts";
import { formatChanged, type SourceError } from "../source-error.ts";
import { isoDate, shanghaiDate } from "../text/dates.ts";
import { readHeaderTable } from "../text/html-table.ts";
import { cleanText, nullable } from "../text/normalize.ts";

const ID = "fda-orphan";
const BASE = "https://www.accessdata.fda.gov/scripts/opdlisting/oopd";
const RESULTS_URL = `${BASE}/OOPD_Results.cfm`;
const REQUIRED = ["Generic Name", "Date Designated", "Orphan Designation", "Sponsor Company"];

/** A row of the OOPD search result (HTML) or its Excel export, by column name. */
export type OrphanRow = {
  genericName: string;
  tradeName: string | null;
  dateDesignated: string | null;
  designation: string;
  status: string | null;
  sponsor: string;
  country: string | null;
  gridKey: string | null;
};

const CHINA = /^(china|people'?s republic of china|p\.?\s?r\.?\s?china|hong kong|macau|macao|taiwan|cn|hk)$/i;

/** orphan_drug (FDA, granted) for sponsors in Greater China; designations of other sponsors are kept as records only. */
export function orphanEvents(row: OrphanRow): RecordEvent[] {
  if (row.country && !CHINA.test(row.country)) return [];
  const event = makeEvent({
    asset: row.genericName,
    asset_aliases: row.tradeName ? [row.tradeName] : [],
    company: row.sponsor,
    type: "orphan_drug",
    status: "granted",
    agency: "FDA",
    date: row.dateDesignated,
    indication: row.designation,
  });
  const sentence = `FDA orphan designation: ${row.genericName}${row.tradeName ? ` (${row.tradeName})` : ""} for ${row.designation}, ${row.sponsor}${row.country ? `, ${row.country}` : ""}, designated ${row.dateDesignated ?? "date not listed"}${row.status ? ` (${row.status})` : ""}`;
  return [makeRecordEvent({ key: `${ID}:${row.gridKey ?? sha256(`${row.genericName}|${row.designation}|${row.dateDesignated ?? ""}`).slice(0, 24)}`, event, sentence, grantedDate: row.dateDesignated })];
}

function toRow(get: (name: string) => string): OrphanRow {
  return {
    genericName: cleanText(get("Generic Name")),
    tradeName: nullable(get("Trade Name")),
    dateDesignated: isoDate(get("Date Designated")),
    designation: cleanText(get("Orphan Designation")),
    status: nullable(get("Orphan Designation Status")),
    sponsor: cleanText(get("Sponsor Company")),
    country: nullable(get("Sponsor Country")),
    gridKey: nullable(get("CF Grid Key")),
  };
}

function toRecords(rows: Array<(name: string) => string>, url: string | null): Result<ParsedPage, SourceError> {
  const records: SourceRecord[] = [];
  for (const [i, get] of rows.entries()) {
    const row = toRow(get);
    if (!row.genericName) return { ok: false, error: formatChanged(ID, `rows.${i}.Generic Name`, "is empty") };
    const key = row.gridKey ?? sha256(`${row.genericName}|${row.designation}|${row.dateDesignated ?? ""}`).slice(0, 24);
    records.push({ key, url: row.gridKey ? `${BASE}/detailedIndex.cfm?cfgridkey=${encodeURIComponent(row.gridKey)}` : url, data: row, events: orphanEvents(row) });
  }
  return { ok: true, value: { records, total: null } };
}

const norm = (s: string) => cleanText(s).toLowerCase().replace(/[^a-z]/g, "");

async function parseXlsx(input: RawInput): Promise<Result<ParsedPage, SourceError>> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(input.body as Uint8Array) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: formatChanged(ID, "(workbook)", "is not a readable XLSX file") };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { ok: false, error: formatChanged(ID, "(worksheet 1)", "is missing") };
  const values: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      cells[col - 1] = v instanceof Date ? `${v.getUTCMonth() + 1}/${v.getUTCDate()}/${v.getUTCFullYear()}` : cleanText(cell.text ?? "");
    });
    values.push(Array.from(cells, (c) => c ?? ""));
  });
  const headerIndex = values.findIndex((r) => REQUIRED.every((h) => r.map(norm).includes(norm(h))));
  if (headerIndex < 0) {
    const seen = new Set(values.flat().map(norm));
    return { ok: false, error: formatChanged(ID, `column "${REQUIRED.find((h) => !seen.has(norm(h))) ?? REQUIRED[0]}"`, "is missing from the Excel export") };
  }
  const headers = values[headerIndex]!.map(norm);
  const rows = values.slice(headerIndex + 1).filter((r) => r.some(Boolean)).map((r) => (name: string) => r[headers.indexOf(norm(name))] ?? "");
  return toRecords(rows, input.url);
}

function parseHtmlResults(input: RawInput): Result<ParsedPage, SourceError> {
  const html = typeof input.body === "string" ? input.body : Buffer.from(input.body).toString("utf8");
  const $ = load(html);
  const table = $("table").toArray().map((t) => readHeaderTable($, t, REQUIRED)).find((t) => t !== null);
  if (!table) {
    if (/_abck|bm_sz|Access Denied/i.test(html)) return { ok: false, error: { kind: "blocked", message: "blocked by the site's bot shield: an Akamai page instead of results", status: null, url: input.url } };
    const seen = new Set($("th,td").toArray().map((c) => norm($(c).text())));
    return { ok: false, error: formatChanged(ID, `column "${REQUIRED.find((h) => !seen.has(norm(h))) ?? REQUIRED[0]}"`, "is missing from the results table") };
  }
  const headers = table.headers.map(norm);
  const byNorm = table.rows.map((r) => {
    const entries = new Map(Object.entries(r).map(([k, v]) => [norm(k), v]));
    return (name: string) => (headers.includes(norm(name)) ? (entries.get(norm(name)) ?? "") : "");
  });
  return toRecords(byNorm, input.url);
}

const isZip = (body: string | Uint8Array) => typeof body !== "string" && body[0] === 0x50 && body[1] === 0x4b;

async function parse(input: RawInput, _ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  if (isZip(input.body)) return parseXlsx(input);
  return parseHtmlResults(input);
}

const mdy = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/** One POST for designations of the last 400 days, Excel output (GET is blocked by the site). */
async function fetchResults(env: SyncEnv): Promise<Result<FetchedPage, SourceError>> {
  const today = shanghaiDate(env.fetchedAt);
  const start = shanghaiDate(new Date(new Date(env.fetchedAt).getTime() - 400 * 86400_000).toISOString());
  const form = { Product_name: "", sponsor_name: "", Designation: "", Designation_Start_Date: mdy(start), Designation_End_Date: mdy(today), Search_param: "DESDATE", Output_Format: "Excel", Sort_order: "Date_Reverse_Order", RecordsPerPage: "5000", newSearch: "Run Search" };
  const res = await env.http.request({ method: "POST", url: env.resolve(RESULTS_URL), form, headers: { Referer: `${BASE}/index.cfm` }, expect: "binary" }, env.signal);
  if (!res.ok) return res;
  return { ok: true, value: { inputs: [{ body: res.value.body, contentType: res.value.contentType, url: RESULTS_URL, name: null }], pages: 1 } };
}

export const fdaOrphan: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "FDA orphan-drug designations (OOPD)",
    yields: "orphan_drug (FDA, granted) for sponsors in China, Hong Kong, Macau and Taiwan, dated Date Designated",
    url: `${BASE}/index.cfm`,
    example: "Generic Name · Sponsor Company · Date Designated 01/15/2024 · Sponsor Country China → orphan_drug",
    formats: ["html", "xlsx"],
  },
  parse,
  lists: [{ name: "main", pageSize: 1, warmUpUrl: null, fetchPage: (env) => fetchResults(env) }],
};
