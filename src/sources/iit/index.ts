import { z } from "zod";
import type { Result } from "../../shared/result.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord } from "../source-adapter.ts";
import { formatChanged, formatChangedFromZod, type SourceError } from "../source-error.ts";
import { parseCsv } from "../text/csv.ts";
import { isoDate } from "../text/dates.ts";
import { cleanText, nullable } from "../text/normalize.ts";

const ID = "iit";

/** Column names of the IIT import; the Chinese headers of a health-commission export are accepted too. */
export const IIT_COLUMNS = {
  filing_number: ["备案编号", "登记号"],
  title: ["项目名称", "研究名称"],
  hospital: ["医疗机构", "机构名称", "医院"],
  product: ["研究产品", "产品", "药物名称"],
  sponsor: ["申办方", "支持企业", "企业"],
  indication: ["适应症", "疾病"],
  filed_date: ["备案日期", "登记日期"],
  start_date: ["启动日期", "开始日期"],
  status: ["状态", "备案状态"],
  url: ["链接", "来源"],
} as const;

const optionalText = z.string().nullish().transform((v) => nullable(v));
const optionalDate = (field: string) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return null;
      const iso = isoDate(v);
      if (!iso) ctx.addIssue({ code: "custom", message: `${field} "${v}" is not a date (YYYY-MM-DD)` });
      return iso;
    });

/** One IIT registration (NHC 医学研究登记备案). Filing numbers read MR-<province>-<yy>-<6 digits>. */
export const IitRowSchema = z.object({
  filing_number: z
    .string()
    .transform((v) => cleanText(v).toUpperCase())
    .pipe(z.string().regex(/^MR-\d{2}-\d{2}-\d{6}$/, "expected MR-pp-yy-nnnnnn, e.g. MR-33-24-030536")),
  title: optionalText,
  hospital: z.string().transform(cleanText).pipe(z.string().min(1, "hospital is required")),
  product: z.string().transform(cleanText).pipe(z.string().min(1, "product is required")),
  sponsor: optionalText,
  indication: optionalText,
  filed_date: optionalDate("filed_date"),
  start_date: optionalDate("start_date"),
  status: optionalText,
  url: optionalText,
});
export type IitRow = z.infer<typeof IitRowSchema>;

export function iitEvents(row: IitRow): RecordEvent[] {
  const event = makeEvent({ asset: row.product, company: row.sponsor, type: "iit", agency: "NHC", date: row.start_date ?? row.filed_date, indication: row.indication });
  const dates = [row.filed_date && `备案 ${row.filed_date}`, row.start_date && `启动 ${row.start_date}`].filter(Boolean).join(", ");
  const sentence = `IIT 备案 ${row.filing_number}: ${row.product}${row.indication ? `, ${row.indication}` : ""}, ${row.hospital}${row.sponsor ? `, 申办/支持 ${row.sponsor}` : ""}${dates ? `, ${dates}` : ""}${row.status ? `, ${row.status}` : ""}`;
  return [makeRecordEvent({ key: `${ID}:${row.filing_number}`, event, sentence })];
}

/** Maps a header (English column name or a Chinese alias) to its column; unknown headers are ignored. */
function columnOf(header: string): keyof typeof IIT_COLUMNS | null {
  const h = cleanText(header).toLowerCase().replace(/\s+/g, "_");
  for (const [key, aliases] of Object.entries(IIT_COLUMNS) as Array<[keyof typeof IIT_COLUMNS, readonly string[]]>) {
    if (h === key || aliases.includes(cleanText(header))) return key;
  }
  return null;
}

function rowsFromInput(input: RawInput): Result<unknown[], SourceError> {
  const text = (typeof input.body === "string" ? input.body : Buffer.from(input.body).toString("utf8")).replace(/^\uFEFF/, "");
  const json = /\.json$/i.test(input.name ?? "") || /^\s*[[{]/.test(text);
  if (json) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, error: formatChanged(ID, "(body)", "is not JSON") };
    }
    const list = Array.isArray(value) ? value : (value as { records?: unknown }).records;
    if (!Array.isArray(list)) return { ok: false, error: formatChanged(ID, "records", "is missing (expected an array of rows or {records: [...]})") };
    return {
      ok: true,
      value: list.map((r) =>
        r && typeof r === "object" ? Object.fromEntries(Object.entries(r as Record<string, unknown>).map(([k, v]) => [columnOf(k) ?? k, v === null || v === undefined ? v : String(v)])) : r,
      ),
    };
  }
  const [header, ...rows] = parseCsv(text);
  if (!header) return { ok: true, value: [] };
  const columns = header.map(columnOf);
  return { ok: true, value: rows.map((cells) => Object.fromEntries(columns.flatMap((c, i) => (c ? [[c, cells[i] ?? ""]] : [])))) };
}

async function parse(input: RawInput, ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const rows = rowsFromInput(input);
  if (!rows.ok) return rows;
  const records: SourceRecord[] = [];
  for (const [i, raw] of rows.value.entries()) {
    const parsed = IitRowSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: formatChangedFromZod(ID, parsed.error, `rows.${i}`) };
    records.push({ key: parsed.data.filing_number, url: parsed.data.url ?? ctx.url, data: parsed.data, events: iitEvents(parsed.data) });
  }
  return { ok: true, value: { records, total: null } };
}

export const iit: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "IIT registrations (NHC 医学研究登记备案), imported from CSV/JSON",
    yields: "iit events (agency NHC) dated the start date, else the filing date",
    url: "https://www.medicalresearch.org.cn",
    example: "MR-33-24-030536 · hospital · product · sponsor · indication · filed 2024-…",
    formats: ["csv", "json"],
  },
  parse,
  lists: null,
};
