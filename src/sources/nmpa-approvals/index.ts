import type { Result } from "../../shared/result.ts";
import { decodeAcceptanceNumber, normalizeAcceptanceNumber } from "../acceptance-number/decode-acceptance-number.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { FetchedPage, ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord, SyncEnv } from "../source-adapter.ts";
import { formatChanged, type SourceError } from "../source-error.ts";
import { isoDate } from "../text/dates.ts";
import { readHeaderTable } from "../text/html-table.ts";
import { loadHtml, metaContent } from "../text/html-page.ts";
import { cleanText, nullable, splitCompanies } from "../text/normalize.ts";

const ID = "nmpa-approvals";
const INDEX_URL = "https://www.nmpa.gov.cn/zwfw/sdxx/sdxxyp/yppjfb/index.html";
const HEADERS = ["受理号", "品名", "申请单位", "批准文号", "签发日期"] as const;

/** One row of a 药品批准证明文件送达信息 page (序号, 受理号, 品名, 申请单位, 批准文号, 签发日期). */
export type ApprovalRow = { acceptid: string; office: string | null; name: string; applicants: string[]; approvalNumber: string | null; issued: string | null };

/** approval for new-drug marketing applications (letters 2 and 4 = X…S); supplements and generics are kept as records only. */
export function approvalEvents(row: ApprovalRow): RecordEvent[] {
  const decoded = decodeAcceptanceNumber(row.acceptid);
  if (!decoded.ok || decoded.value.application !== "new_drug" || decoded.value.stage !== "marketing") return [];
  const event = makeEvent({ asset: row.name, company: row.applicants.join(";") || null, type: "approval", agency: "NMPA", date: row.issued, modality: decoded.value.drugKind === "tcm" ? "tcm" : null });
  const sentence = `NMPA 药品批准证明文件送达信息: ${row.acceptid}${row.office ?? ""} ${row.name}, ${row.applicants.join("、")}, 批准文号 ${row.approvalNumber ?? "无"}, 签发日期 ${row.issued ?? "未列出"}`;
  return [makeRecordEvent({ key: `${ID}:${row.acceptid}`, event, sentence })];
}

async function parse(input: RawInput, ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const loaded = loadHtml(input, "table");
  if (!loaded.ok) return loaded;
  const $ = loaded.value;
  const table = $("table").toArray().map((t) => readHeaderTable($, t, [...HEADERS])).find((t) => t !== null);
  if (!table) {
    const have = new Set($("td,th").toArray().map((c) => cleanText($(c).text()).replace(/\s+/g, "")));
    const missing = HEADERS.find((h) => !have.has(h)) ?? "受理号";
    return { ok: false, error: formatChanged(ID, `table header "${missing}"`, "is missing (expected columns 序号, 受理号, 品名, 申请单位, 批准文号, 签发日期)") };
  }
  const url = ctx.url ?? input.url;
  const records: SourceRecord[] = [];
  for (const [i, r] of table.rows.entries()) {
    const rawId = cleanText(r["受理号"]);
    const decoded = decodeAcceptanceNumber(rawId);
    if (!decoded.ok) return { ok: false, error: formatChanged(ID, `rows.${i}.受理号`, `is not an acceptance number ("${rawId}": ${decoded.error})`) };
    const row: ApprovalRow = {
      acceptid: normalizeAcceptanceNumber(rawId),
      office: decoded.value.office,
      name: cleanText(r["品名"]),
      applicants: splitCompanies(r["申请单位"]),
      approvalNumber: nullable(r["批准文号"]),
      issued: isoDate(r["签发日期"]),
    };
    records.push({ key: row.acceptid, url, data: { ...row, pubDate: metaContent($, "PubDate") }, events: approvalEvents(row) });
  }
  return { ok: true, value: { records, total: null } };
}

/** The column index lists one article per issue day; articles not stored yet are fetched. */
async function fetchIndex(env: SyncEnv): Promise<Result<FetchedPage, SourceError>> {
  const index = await env.http.request({ method: "GET", url: env.resolve(INDEX_URL), expect: "html" }, env.signal);
  if (!index.ok) return index;
  const loaded = loadHtml({ body: index.value.body, contentType: null, url: INDEX_URL, name: null }, "a");
  if (!loaded.ok) return loaded;
  const $ = loaded.value;
  const links = [...new Set($("a").toArray().map((a) => $(a).attr("href") ?? "").filter((h) => /yppjfb\/\d{14,17}\.html$|^\.?\/?\d{14,17}\.html$/.test(h)).map((h) => new URL(h, INDEX_URL).href))];
  const known = await env.knownUrls(links);
  const inputs: RawInput[] = [];
  for (const link of links.filter((l) => !known.has(l))) {
    const page = await env.http.request({ method: "GET", url: env.resolve(link), expect: "html" }, env.signal);
    if (!page.ok) return page;
    inputs.push({ body: page.value.body, contentType: page.value.contentType, url: link, name: null });
  }
  return { ok: true, value: { inputs, pages: 1 } };
}

export const nmpaApprovals: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "NMPA 药品批准证明文件送达信息 (approval documents issued)",
    yields: "approval events for new-drug marketing applications, dated 签发日期; other rows kept as records",
    url: INDEX_URL,
    example: "CXHS2000009国 · 甲苯磺酸尼拉帕利胶囊 · 再鼎医药（苏州）有限公司 · 国药准字H20190035 · 2020年9月8日 → approval",
    formats: ["html"],
  },
  parse,
  lists: [{ name: "main", pageSize: 1, warmUpUrl: null, fetchPage: (env) => fetchIndex(env) }],
};
