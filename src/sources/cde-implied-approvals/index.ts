import { z } from "zod";
import type { Result } from "../../shared/result.ts";
import { decodeAcceptanceNumber } from "../acceptance-number/decode-acceptance-number.ts";
import { isClass1Innovative } from "../acceptance-number/class1.ts";
import { cdeList, cdePage } from "../cde/cde-list.ts";
import { idField, parseCdeList, textOrNull } from "../cde/cde-envelope.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord } from "../source-adapter.ts";
import type { SourceError } from "../source-error.ts";
import { shanghaiDate } from "../text/dates.ts";
import { cleanText, nullable, splitCompanies } from "../text/normalize.ts";

const ID = "cde-implied-approvals";
const PAGE_URL = cdePage("4b5255eb0a84820cef4ca3e8b6bbe20c");

/** One row of 临床试验默示许可 (`getCliniCalList` → data.records[]). The list carries no row date. */
export const ImpliedApprovalRowSchema = z.object({
  acceptid: z.string().min(1),
  drgnamecn: z.string().min(1),
  companys: textOrNull,
  lcmsxkIndication: textOrNull,
  lcmsxkRegisterkind: textOrNull,
  nidCODE: idField,
});
export type ImpliedApprovalRow = z.infer<typeof ImpliedApprovalRowSchema>;

/**
 * ind_approved, dated the day it was first seen (the row has no date; the store stamps first-seen and never
 * overwrites it), checked for "first IND of this asset".
 */
export function impliedApprovalEvents(row: ImpliedApprovalRow, fetchedAt: string): RecordEvent[] {
  const acceptid = cleanText(row.acceptid);
  const decoded = decodeAcceptanceNumber(acceptid);
  const companies = splitCompanies(row.companys);
  const indication = nullable(row.lcmsxkIndication);
  const kind = cleanText(row.lcmsxkRegisterkind);
  const event = makeEvent({
    asset: cleanText(row.drgnamecn),
    company: companies.join(";") || null,
    type: "ind_approved",
    agency: "NMPA",
    date: shanghaiDate(fetchedAt),
    indication,
    modality: decoded.ok && decoded.value.drugKind === "tcm" ? "tcm" : null,
  });
  const sentence = `CDE 临床试验默示许可: ${acceptid} ${event.asset}${indication ? `, 适应症 ${indication}` : ""}${kind ? `, 注册分类 ${kind}` : ""}, ${companies.join("、") || "申请人未列出"} (首次发现 ${event.date})`;
  return [
    makeRecordEvent({
      key: `${ID}:${acceptid}`,
      aliasKeys: [`${ID}:id:${row.nidCODE}`],
      event,
      sentence,
      class1: isClass1Innovative(acceptid, row.lcmsxkRegisterkind),
      stampFirstSeen: true,
      checkFirstInd: true,
    }),
  ];
}

async function parse(input: RawInput, ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const list = parseCdeList(ID, input, ImpliedApprovalRowSchema);
  if (!list.ok) return list;
  const records: SourceRecord[] = list.value.rows.map((row) => ({ key: row.nidCODE, url: PAGE_URL, data: row, events: impliedApprovalEvents(row, ctx.fetchedAt) }));
  return { ok: true, value: { records, total: list.value.total } };
}

export const cdeImpliedApprovals: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "CDE 临床试验默示许可 (IND implied approvals)",
    yields: "ind_approved, stamped with the first-seen date (the list has no row date), flagged first_ind for an asset's first IND",
    url: PAGE_URL,
    example: "CXSL2400144 注射用BL-B01D1 · 适应症 … · 注册分类 1 → ind_approved, first seen 2026-11-20",
    formats: ["json"],
  },
  parse,
  lists: [cdeList({ name: "main", endpoint: "/main/xxgk/getCliniCalList", pageUrl: PAGE_URL, pageSize: 50, form: { condition: "" } })],
};
