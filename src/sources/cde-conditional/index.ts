import { z } from "zod";
import type { Result } from "../../shared/result.ts";
import { sha256 } from "../../shared/hash.ts";
import { cdeList, cdePage } from "../cde/cde-list.ts";
import { parseCdeList, textOrNull } from "../cde/cde-envelope.ts";
import { keyPart, makeEvent, makeRecordEvent } from "../record-event.ts";
import type { ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord } from "../source-adapter.ts";
import type { SourceError } from "../source-error.ts";
import { isoDate } from "../text/dates.ts";
import { assetKey, cleanText, nullable, splitCompanies } from "../text/normalize.ts";

const ID = "cde-conditional";
const PAGE_URL = cdePage("c8d79e513a6df98adf05893281ace198");

/** One row of 附条件批准品种 (`getFtjpzqdList`): drug, holder and one entry per conditionally approved indication. */
export const ConditionalRowSchema = z.object({
  ypmc: z.string().min(1),
  ssxkcyr: textOrNull,
  list: z.array(z.object({ instruction: textOrNull, bcftjpzDate: textOrNull, state: textOrNull.optional() })),
});
export type ConditionalRow = z.infer<typeof ConditionalRowSchema>;

/** The record has no acceptance number or id: drug + holder identify it. */
export const conditionalRecordKey = (row: ConditionalRow): string => sha256(`${assetKey(row.ypmc)}|${cleanText(row.ssxkcyr)}`).slice(0, 24);

/** One granted conditional_approval per indication, dated 附条件批准日期. */
export function conditionalEvents(row: ConditionalRow): RecordEvent[] {
  const asset = cleanText(row.ypmc);
  const companies = splitCompanies(row.ssxkcyr);
  return row.list.map((item) => {
    const indication = nullable(item.instruction);
    const date = isoDate(item.bcftjpzDate);
    const event = makeEvent({ asset, company: companies.join(";") || null, type: "conditional_approval", status: null, agency: "NMPA", date, indication });
    const state = nullable(item.state);
    return makeRecordEvent({
      key: `${ID}:${assetKey(asset)}:${keyPart(cleanText(row.ssxkcyr))}:${keyPart(indication)}`,
      event,
      sentence: `CDE 附条件批准品种: ${asset}, ${companies.join("、") || "持有人未列出"}${indication ? `, 适应症 ${indication}` : ""}, 附条件批准日期 ${date ?? "未列出"}${state ? ` (${state})` : ""}`,
      grantedDate: date,
    });
  });
}

async function parse(input: RawInput, _ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const list = parseCdeList(ID, input, ConditionalRowSchema);
  if (!list.ok) return list;
  const records: SourceRecord[] = list.value.rows.map((row) => ({ key: conditionalRecordKey(row), url: PAGE_URL, data: row, events: conditionalEvents(row) }));
  return { ok: true, value: { records, total: list.value.total } };
}

export const cdeConditional: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "CDE 附条件批准品种 (conditional approvals)",
    yields: "conditional_approval events, one per indication, dated 附条件批准日期",
    url: PAGE_URL,
    example: "艾米迈托赛注射液 · 铂生卓越生物科技（北京）有限公司 · 2025-01-02 → conditional_approval (granted)",
    formats: ["json"],
  },
  parse,
  lists: [cdeList({ name: "main", endpoint: "/main/xxgk/getFtjpzqdList", pageUrl: PAGE_URL, pageSize: 50, form: { drugnamecn: "", instruction: "", ssxkcyr: "" } })],
};
