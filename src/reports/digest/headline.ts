import type { Agency, EventType, Status } from "../../domain/index.ts";

/**
 * The rows of the digest's headline table, in display order. Designations abroad are grouped by regulator;
 * BTD and priority review from NMPA (or with no agency stated) are counted in their own rows.
 */
export const HEADLINE_KINDS = [
  "ind_accepted",
  "ind_approved",
  "btd_proposed",
  "btd_granted",
  "priority_review",
  "conditional_approval",
  "nda_accepted",
  "approval",
  "fda_designation",
  "ema_designation",
  "other_designation",
  "iit",
  "trial_start",
  "data_readout",
  "deal",
  "acquisition",
] as const;
export type HeadlineKind = (typeof HEADLINE_KINDS)[number];

const ABROAD_ONLY: Partial<Record<EventType, HeadlineKind>> = { fast_track: "fda_designation", rmat: "fda_designation", prime: "ema_designation" };

/** The headline row an event of this type, status and agency is counted in. */
export function headlineKindOf(type: EventType, status: Status | null, agency: Agency | null): HeadlineKind {
  const designation = type === "btd" || type === "priority_review" || type === "orphan_drug" || type === "conditional_approval" || type in ABROAD_ONLY;
  if (designation) {
    if (agency === "FDA") return "fda_designation";
    if (agency === "EMA") return "ema_designation";
    if (agency !== null && agency !== "NMPA") return "other_designation";
    const abroad = ABROAD_ONLY[type];
    if (abroad) return abroad;
    // An orphan designation without an agency is FDA's in practice (NMPA has no orphan designation).
    if (type === "orphan_drug") return "fda_designation";
    if (type === "btd") return status === "proposed" ? "btd_proposed" : "btd_granted";
    return type === "priority_review" ? "priority_review" : "conditional_approval";
  }
  switch (type) {
    case "ind_accepted":
    case "ind_approved":
    case "nda_accepted":
    case "approval":
    case "iit":
    case "trial_start":
    case "data_readout":
    case "deal":
    case "acquisition":
      return type;
    default:
      return "other_designation";
  }
}

/** Short labels, used in tables and in generated sentences. */
export const HEADLINE_LABELS: Record<HeadlineKind, { en: string; zh: string }> = {
  ind_accepted: { en: "IND accepted", zh: "临床试验申请受理" },
  ind_approved: { en: "IND approved", zh: "获批临床" },
  btd_proposed: { en: "BTD proposed", zh: "拟纳入突破性治疗" },
  btd_granted: { en: "BTD granted", zh: "纳入突破性治疗" },
  priority_review: { en: "priority review", zh: "优先审评" },
  conditional_approval: { en: "conditional approval", zh: "附条件批准" },
  nda_accepted: { en: "NDA/BLA accepted", zh: "上市申请受理" },
  approval: { en: "marketing approval", zh: "获批上市" },
  fda_designation: { en: "FDA designations", zh: "FDA认定" },
  ema_designation: { en: "EMA designations", zh: "EMA认定" },
  other_designation: { en: "other regulators' designations", zh: "其他监管机构认定" },
  iit: { en: "investigator-initiated trials", zh: "研究者发起的临床研究" },
  trial_start: { en: "trial starts", zh: "临床试验启动" },
  data_readout: { en: "data readouts", zh: "数据公布" },
  deal: { en: "deals", zh: "交易" },
  acquisition: { en: "acquisitions", zh: "收购" },
};

/** A headline label for a table cell (capitalised in English). */
export const headlineLabel = (kind: HeadlineKind, lang: "en" | "zh"): string => {
  const label = HEADLINE_LABELS[kind][lang];
  return lang === "en" ? label[0]!.toUpperCase() + label.slice(1) : label;
};
