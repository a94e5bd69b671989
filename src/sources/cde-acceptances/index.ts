import { z } from "zod";
import type { Result } from "../../shared/result.ts";
import { decodeAcceptanceNumber } from "../acceptance-number/decode-acceptance-number.ts";
import { isClass1Innovative } from "../acceptance-number/class1.ts";
import { cdeList, cdePage } from "../cde/cde-list.ts";
import { idField, parseCdeList, textOrNull } from "../cde/cde-envelope.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord } from "../source-adapter.ts";
import type { SourceError } from "../source-error.ts";
import { isoDate } from "../text/dates.ts";
import { cleanText, splitCompanies } from "../text/normalize.ts";

const ID = "cde-acceptances";
const PAGE_URL = cdePage("9f9c74c73e0f8f56a8bfbc646055026d");

/** One row of 受理品种信息 (`getMenuListHc` → data.records[]). */
export const AcceptanceRowSchema = z.object({
  ROW_ID: idField.optional(),
  acceptid: z.string().min(1),
  drgnamecn: z.string().min(1),
  applytype: textOrNull.optional(),
  registerkind: textOrNull,
  companys: textOrNull,
  createdate: textOrNull,
});
export type AcceptanceRow = z.infer<typeof AcceptanceRowSchema>;

/** ind_accepted for new-drug clinical applications, nda_accepted for new-drug marketing applications; nothing for generics and supplements. */
export function acceptanceEvents(row: AcceptanceRow): RecordEvent[] {
  const acceptid = cleanText(row.acceptid);
  const decoded = decodeAcceptanceNumber(acceptid);
  if (!decoded.ok || decoded.value.application !== "new_drug") return [];
  const type = decoded.value.stage === "clinical" ? "ind_accepted" : decoded.value.stage === "marketing" ? "nda_accepted" : null;
  if (!type) return [];
  const companies = splitCompanies(row.companys);
  const date = isoDate(row.createdate);
  const kind = cleanText(row.registerkind);
  const event = makeEvent({
    asset: cleanText(row.drgnamecn),
    company: companies.join(";") || null,
    type,
    agency: "NMPA",
    date,
    modality: decoded.value.drugKind === "tcm" ? "tcm" : null,
  });
  const sentence = `CDE 受理品种信息: ${acceptid} ${event.asset} (${decoded.value.summaryZh}${kind ? `, 注册分类 ${kind}` : ""}) ${companies.join("、") || "申请人未列出"}, 承办日期 ${date ?? "未列出"}`;
  return [makeRecordEvent({ key: `${ID}:${acceptid}`, event, sentence, class1: isClass1Innovative(acceptid, row.registerkind) })];
}

async function parse(input: RawInput, _ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const list = parseCdeList(ID, input, AcceptanceRowSchema);
  if (!list.ok) return list;
  // ROW_ID is the row's position in the list (it shifts as new rows arrive), not part of the record.
  const records: SourceRecord[] = list.value.rows.map(({ ROW_ID: _position, ...row }) => ({ key: cleanText(row.acceptid), url: PAGE_URL, data: row, events: acceptanceEvents(row) }));
  return { ok: true, value: { records, total: list.value.total } };
}

export const cdeAcceptances: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "CDE 受理品种信息 (acceptances)",
    yields: "ind_accepted and nda_accepted for new-drug applications, with 注册分类 and the Class 1 flag",
    url: PAGE_URL,
    example: "CXHL2601201 · 承办日期 2026-09-24 → ind_accepted (境内化学药品新药临床试验申请)",
    formats: ["json"],
  },
  parse,
  // The three filters (hy|swzp|zy, xy) reproduce the unfiltered class-1 IND set; the whitelist of page sizes is 10/20/30/50.
  lists: ["hy", "swzp", "zy"].map((drugtype) =>
    cdeList({
      name: `${drugtype}-xy`,
      endpoint: "/main/xxgk/getMenuListHc",
      pageUrl: PAGE_URL,
      pageSize: 50,
      form: { statenow: "0", year: "", drugtype, applytype: "xy", acceptid: "", drugname: "", company: "" },
    }),
  ),
};
