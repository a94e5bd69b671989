import { cdePage } from "../cde/cde-list.ts";
import { createNoticeAdapter } from "../cde/designation-notice.ts";

/**
 * CDE 优先审评公示. The included list is noticeType=2 (RSSHub and a capture tool agree); the proposed tab's
 * noticeType is an unverified guess (1).
 */
export const cdePriority = createNoticeAdapter({
  id: "cde-priority",
  type: "priority_review",
  label: "优先审评公示",
  descriptor: {
    name: "CDE 优先审评公示 (priority review)",
    yields: "priority_review events, proposed then granted as one event with both dates",
    example: "JXSS2400012 · 承办日期, 申请日期, 公示日期 → priority_review",
    formats: ["json"],
  },
  pageUrl: cdePage("2f78f372d351c6851af7431c7710a731"),
  endpoint: "/main/priority/getPriorityApprovalList",
  detailEndpoint: "/main/priority/getPriorityApprovalInfo",
  idKey: "pridCODE",
  dateKeys: ["createdate", "applyDate", "noticeDate"],
  lists: [
    { name: "proposed", noticeType: "1" },
    { name: "included", noticeType: "2" },
  ],
});
