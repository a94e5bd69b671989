import { z } from "zod";
import type { EventType } from "../../domain/index.ts";
import type { Result } from "../../shared/result.ts";
import { isClass1Innovative } from "../acceptance-number/class1.ts";
import { makeEvent, makeRecordEvent, keyPart } from "../record-event.ts";
import type { ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceDescriptor, SourceRecord, SyncList } from "../source-adapter.ts";
import { formatChangedFromZod, type SourceError } from "../source-error.ts";
import { isoDate, shanghaiDate } from "../text/dates.ts";
import { cleanText, nullable, splitCompanies } from "../text/normalize.ts";
import { bodyText, idField, parseCdeList, parseJsonBody, textOrNull } from "./cde-envelope.ts";
import { cdeList, cdePost } from "./cde-list.ts";

/** A row of a designation notice list (突破性治疗公示, 优先审评公示), plus the detail fields when fetched. */
export type NoticeRow = {
  id: string;
  acceptid: string;
  drgnamecn: string;
  company: string | null;
  applyDate: string | null;
  noticeDate: string | null;
  endNoticeDate: string | null;
  createdate: string | null;
  instruction: string | null;
  registerkind: string | null;
};

export type NoticeSpec = {
  id: "cde-btd" | "cde-priority";
  type: Extract<EventType, "btd" | "priority_review">;
  label: string;
  descriptor: Omit<SourceDescriptor, "id" | "url">;
  pageUrl: string;
  endpoint: string;
  detailEndpoint: string;
  /** The site's record-id field: bcnidCODE (BTD) or pridCODE (priority). */
  idKey: "bcnidCODE" | "pridCODE";
  /** The date columns the list must carry (a renamed one is a format change). */
  dateKeys: Array<"applyDate" | "noticeDate" | "endNoticeDate" | "createdate">;
  lists: Array<{ name: "proposed" | "included"; noticeType: string }>;
};

function rowSchema(spec: NoticeSpec): z.ZodType<NoticeRow> {
  const shape: Record<string, z.ZodType> = {
    acceptid: z.string().min(1),
    drgnamecn: z.string().min(1),
    company: textOrNull,
    [spec.idKey]: idField,
    instruction: textOrNull.optional(),
    registerkind: textOrNull.optional(),
  };
  for (const key of ["applyDate", "noticeDate", "endNoticeDate", "createdate"] as const) shape[key] = spec.dateKeys.includes(key) ? textOrNull : textOrNull.optional();
  return z.object(shape).transform((r): NoticeRow => ({
    id: String(r[spec.idKey]),
    acceptid: cleanText(r.acceptid as string),
    drgnamecn: cleanText(r.drgnamecn as string),
    company: (r.company as string | null) ?? null,
    applyDate: isoDate(r.applyDate as string | null | undefined),
    noticeDate: isoDate(r.noticeDate as string | null | undefined),
    endNoticeDate: isoDate(r.endNoticeDate as string | null | undefined),
    createdate: isoDate(r.createdate as string | null | undefined),
    instruction: nullable(r.instruction as string | null | undefined),
    registerkind: nullable(r.registerkind as string | null | undefined),
  }));
}

/**
 * proposed while the public notice is open (公示截止日期 on or after the day it was read) or when read from the
 * proposed list with no closing date; granted when read from the included list or once the notice has closed
 * (by rule the drug then joins the included list).
 */
export function noticeStatus(row: NoticeRow, list: string | null, fetchedAt: string): "proposed" | "granted" {
  if (list === "included") return "granted";
  if (row.endNoticeDate) return row.endNoticeDate >= shanghaiDate(fetchedAt) ? "proposed" : "granted";
  return list === "proposed" ? "proposed" : "granted";
}

/**
 * One event per record. Identity: 受理号 + indication when the indication is known (detail), else the site's
 * record id; the record id is always an alias, so a proposed notice and its later inclusion are one event whose
 * status moves proposed → granted with both dates kept, and two BTDs on one 受理号 stay two events.
 */
export function noticeEvents(spec: NoticeSpec, row: NoticeRow, list: string | null, fetchedAt: string): RecordEvent[] {
  const status = noticeStatus(row, list, fetchedAt);
  const companies = splitCompanies(row.company);
  const proposedDate = row.noticeDate;
  const grantedDate = status === "granted" ? row.endNoticeDate : null;
  const idKey = `${spec.id}:id:${row.id}`;
  const key = row.instruction ? `${spec.id}:${row.acceptid}:${keyPart(row.instruction)}` : idKey;
  const event = makeEvent({
    asset: row.drgnamecn,
    company: companies.join(";") || null,
    type: spec.type,
    status,
    agency: "NMPA",
    date: grantedDate ?? proposedDate ?? row.applyDate,
    indication: row.instruction,
  });
  const dates = [row.applyDate && `申请日期 ${row.applyDate}`, row.noticeDate && `公示日期 ${row.noticeDate}`, row.endNoticeDate && `公示截止 ${row.endNoticeDate}`].filter(Boolean).join(", ");
  const sentence = `CDE ${spec.label}${status === "proposed" ? "(拟纳入)" : "(纳入)"}: ${row.acceptid} ${row.drgnamecn}${row.instruction ? `, 适应症 ${row.instruction}` : ""}, ${companies.join("、") || "申请人未列出"}${dates ? `, ${dates}` : ""}`;
  return [
    makeRecordEvent({
      key,
      aliasKeys: key === idKey ? [] : [idKey],
      event,
      sentence,
      class1: isClass1Innovative(row.acceptid, row.registerkind),
      proposedDate,
      grantedDate,
    }),
  ];
}

const DetailSchema = z.object({
  code: z.union([z.number(), z.string()]),
  data: z.object({ instruction: textOrNull.optional(), registerkind: textOrNull.optional() }),
});

/** Reads the detail response (`getBreakthroughInfo` / `getPriorityApprovalInfo`): 适应症 and 注册分类. */
export function parseNoticeDetail(sourceId: string, input: RawInput): Result<{ instruction: string | null; registerkind: string | null }, SourceError> {
  const json = parseJsonBody(sourceId, input);
  if (!json.ok) return json;
  const parsed = DetailSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, error: formatChangedFromZod(sourceId, parsed.error) };
  return { ok: true, value: { instruction: nullable(parsed.data.data.instruction), registerkind: nullable(parsed.data.data.registerkind) } };
}

/** Builds the adapter of a designation notice list (BTD, priority review). */
export function createNoticeAdapter(spec: NoticeSpec): SourceAdapter {
  const schema = rowSchema(spec);
  const toRecord = (row: NoticeRow, ctx: ParseContext): SourceRecord => ({
    key: row.id,
    url: spec.pageUrl,
    data: { ...row, list: ctx.list },
    events: noticeEvents(spec, row, ctx.list, ctx.fetchedAt),
  });
  const lists: SyncList[] = spec.lists.map((l) => ({
    ...cdeList({ name: l.name, endpoint: spec.endpoint, pageUrl: spec.pageUrl, pageSize: 50, form: { noticeType: l.noticeType, acceptid: "", drugname: "", company: "" } }),
    async enrich(env, record, ctx) {
      const row = record.data as unknown as NoticeRow;
      const body = await cdePost(env, spec.detailEndpoint, spec.pageUrl, { [spec.idKey]: row.id });
      if (!body.ok) return body;
      const detail = parseNoticeDetail(spec.id, { body: body.value, contentType: "application/json", url: null, name: null });
      if (!detail.ok) return detail;
      return { ok: true, value: toRecord({ ...row, instruction: detail.value.instruction ?? row.instruction, registerkind: detail.value.registerkind ?? row.registerkind }, ctx) };
    },
  }));
  return {
    descriptor: { ...spec.descriptor, id: spec.id, url: spec.pageUrl },
    lists,
    async parse(input: RawInput, ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
      // A saved detail response (it has data.instruction and no data.records) is not a list page.
      if (/"records"\s*:/.test(bodyText(input)) === false && /"instruction"\s*:/.test(bodyText(input))) {
        return { ok: false, error: { kind: "format_changed", field: "data.records", message: `format changed: ${spec.id}: field "data.records" is missing (this looks like a detail response; import the list response)` } };
      }
      const list = parseCdeList(spec.id, input, schema);
      if (!list.ok) return list;
      return { ok: true, value: { records: list.value.rows.map((row) => toRecord(row, ctx)), total: list.value.total } };
    },
  };
}
