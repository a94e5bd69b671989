import { cdePage } from "../cde/cde-list.ts";
import { createNoticeAdapter } from "../cde/designation-notice.ts";

/**
 * CDE 突破性治疗公示. The included list is noticeType=1 (as a browser capture tool calls it); the proposed tab's
 * noticeType is not documented anywhere we found, so 0 is an unverified guess. Status never depends on it alone:
 * an open notice (公示截止日期 not yet passed) is proposed, a closed one granted.
 */
export const cdeBtd = createNoticeAdapter({
  id: "cde-btd",
  type: "btd",
  label: "突破性治疗公示",
  descriptor: {
    name: "CDE 突破性治疗公示 (breakthrough therapy)",
    yields: "btd events, proposed (拟纳入) then granted (纳入) as one event with both dates; one per indication",
    example: "CXSL2400144 注射用BL-B01D1 · 成都百利多特生物药业有限责任公司;四川百利药业有限责任公司 · 公示截止 2026-09-20 → btd",
    formats: ["json"],
  },
  pageUrl: cdePage("da6efd086c099b7fc949121166f0130c"),
  endpoint: "/main/breakthrough/getBreakthroughCureList",
  detailEndpoint: "/main/breakthrough/getBreakthroughInfo",
  idKey: "bcnidCODE",
  dateKeys: ["applyDate", "noticeDate", "endNoticeDate"],
  lists: [
    { name: "proposed", noticeType: "0" },
    { name: "included", noticeType: "1" },
  ],
});
