import type { EventType } from "../domain/index.ts";
import type { Analysis, AssetMention } from "./analyse-document.ts";
import { announcedTypes, type Matchers, type TriggerRule } from "./lexicon/compile.ts";
import { indicationSpans } from "./recognize/indication.ts";
import { inRange } from "./text/in-range.ts";
import { surface, type Prepared } from "./text/prepare.ts";
import { sentencesIn, type Sentence } from "./text/sentences.ts";
import { isTableRow, tableCells, UNDISCLOSED_NAME, type Cell } from "./text/table.ts";

/**
 * The field block of a company notice ("受理号：CXSL2400041 / 受理日期：2024年1月19日 / 默示许可日期：2024年4月16日 /
 * 适应症：晚期实体瘤") states events in its date fields: a 受理日期 is the filing's acceptance, a 默示许可日期 (or the
 * 批准日期 of a clinical filing) its clearance. The kind of filing comes from the 受理号 (CDE acceptance numbers end
 * their letters with L for a clinical trial, S for a marketing application: CXHL, CXSL, JXHL; CXHS, CXSS, JXSS) or
 * from the 申请事项 field. An 适应症 field gives the block's drug its indication.
 */
export type NoticeField = { rule: TriggerRule; indication: Span | null; drugLine: Sentence | null; owner: Span | null };

/**
 * "1. 药品名称：…", "受理号：…", "第一例受试者入组日期：…", a registry's "Study Start (Actual): …": a label and a colon
 * starting a line (the sentence splitter keeps lines apart).
 */
const FIELD = /^(?:\d{1,2}[.、]\s?|[一二三四五六七八九十]{1,2}、)?([\u4e00-\u9fff]{2,12}|[A-Z][A-Za-z]*(?: [A-Za-z]+){0,4}(?: \([A-Za-z ]+\))?)\s?[:：]\s?/;
const DRUG_LABEL = /^(?:药品|产品)名称$/;
const ACCEPTED_ON = /^受理(?:日期|时间)$/;
const CLEARED_ON = /^(?:默示许可|临床试验默示许可)(?:日期|时间)$/;
// (or, in a list of approval documents served, "送达日期", the only date such a list gives)
const APPROVED_ON = /^(?:批准|审批|批件|签发|送达)(?:日期|时间)$/;
/** "审批结论：批准上市（附条件批准）", "批准（补充申请：增加适应症）", "不批准": what a decision notice decided. */
const CONCLUSION_LABEL = /^(?:审批|审查)结论$/;
const REFUSED = /不(?:予)?批准/;
const MARKETED = /上市|增加适应症|新增适应症|补充申请/;
/** "备注：PI3Kδ抑制剂，用于既往接受过…患者。": a remark that gives the indication. */
const REMARK_LABEL = /^备注$/;
// (or in brackets after the kind of decision: "新增适应症（季节性过敏性鼻炎）", "药物临床试验批准通知书（晚期实体瘤）")
const REMARK_INDICATION = /(?:用于(?:治疗)?|(?:新增)?适应症为)([^。；;]{2,120})|(?:适应症|通知书|批准)\s?[(（]([^()（）]{2,120})[)）]\s?$/;
/** A supplement that adds an indication is a marketing filing ("CXSB…", "备注：新增适应症（…）"); other supplements are no new drug's news. */
const ADDS_INDICATION = /(?:新增|增加)(?:的)?适应症/;
const ACCEPTANCE_NUMBER = /^[CJ]X[A-Z]{0,2}?([LS])\d{5,}/;
const SUPPLEMENT_NUMBER = /^[CJ]X[A-Z]{0,2}B\d{5,}/;
/** Whether a line or cell names a generic's 受理号 (CYHS, CYZS, CYSB …: Y for a drug already marketed): a row or item about a generic, no innovative drug's news. */
export const namesGeneric = (text: string): boolean => /(?:^|[^A-Z])[CJ]Y[A-Z]{1,3}\d{5,}/.test(text);
const INDICATION_LABEL = /^(?:拟定|申请|目标)?适应症$/;
const CLINICAL = /临床|\b(?:IND|CTA|clinical trial application)\b/i;
const MARKETING = /上市|生产|注册证|\b(?:NDA|BLA|MAA|(?:new drug|biologics license|marketing(?: authori[sz]ation)?) application)\b/i;

const rule = (type: EventType, re: RegExp): TriggerRule => ({ type, status: null, agency: "NMPA", re });
const RULES = {
  ind_accepted: rule("ind_accepted", ACCEPTED_ON),
  nda_accepted: rule("nda_accepted", ACCEPTED_ON),
  ind_approved: rule("ind_approved", CLEARED_ON),
  approval: rule("approval", APPROVED_ON),
  conditional_approval: rule("conditional_approval", APPROVED_ON),
  btd: rule("btd", /突破性/),
  priority_review: rule("priority_review", /优先审评/),
} as const;
/** A row of a health commission's list of investigator-initiated trials filed (备案): the IIT of the row's product. */
const IIT_ROW: TriggerRule = { type: "iit", status: null, agency: "NHC", re: /研究者发起|备案/ };
/** The wording of a designation's proposal ("拟纳入突破性治疗品种公示", "拟将3个品种纳入", "proposed"); else it is an inclusion. */
export const PROPOSAL = /拟(?:将|被)?[^，。,;；]{0,12}纳入|公示|propos(?:ed|ing|es)\b/i;

/** A filing is clinical or marketing by the letter that ends its 受理号's prefix (L, S), else by the words naming it. */
function clinicalFrom(number: string | undefined, words: string): boolean | null {
  return number ? number === "L" : CLINICAL.test(words) ? true : MARKETING.test(words) ? false : null;
}
const acceptance = (clinical: boolean) => RULES[clinical ? "ind_accepted" : "nda_accepted"];
const CONDITIONAL = /附条件|conditional/i;

const label = (s: Sentence) => FIELD.exec(s.text)?.[1] ?? null;
/**
 * A trial registry's record: ClinicalTrials.gov's "Study Start (Actual): 2025-08-18", the CDE registration platform's
 * "第一例受试者入组日期：2025-10-16" tell the day its trial started (an estimated start, or a field left empty, "—",
 * nothing); a record a hospital sponsors is an investigator-initiated trial. The record's drug is the one its name,
 * title or interventions line names first, and its conditions are the indication.
 */
const STARTED_LABELS = "Study Start \\(Actual\\)|Actual Study Start Date|Study Start Date \\(Actual\\)|第一例受试者入组日期|首例受试者入组日期";
const STARTED_ON = new RegExp(`^(?:${STARTED_LABELS})$`, "i");
const NAMES_START = new RegExp(STARTED_LABELS, "i");
/** The column naming each talk of a congress's presentations table ("| Candidate | Presentation | Abstract # | Date | Status |", "| 产品 | 报告题目 | 摘要号 |"). */
const PRESENTATION_NAMES = "Presentations?|(?:Abstract |Presentation |Poster )?Title|报告题目|摘要(?:标题|题目)|壁报题目|研究题目";
const PRESENTATION_COLUMN = new RegExp(`^(?:${PRESENTATION_NAMES})$`, "i");
const PRESENTATION_HEADER = new RegExp(`\\|\\s?(?:${PRESENTATION_NAMES})\\s?\\|`, "i");
/** Whether a text may hold notice blocks or registry records, whose fields tell events without trigger words. */
// (or a table of a congress's presentations, whose rows are readouts without a trigger word)
export const mayHoldFields = (text: string): boolean => text.includes("受理号") || NAMES_START.test(text) || PRESENTATION_HEADER.test(text);
const RECORD_DRUG_LABEL = /^(?:药物名称|试验通俗题目|试验专业题目|Brief Title|Official Title|Interventions?)$/i;
const SPONSOR_LABEL = /^(?:Sponsor|申办者|申请人名称)$/i;
const COLLABORATOR_LABEL = /^(?:Collaborators?|合作方)$/i;
const HOSPITAL = /\bHospital\b|医院/i;
const CONDITIONS_LABEL = /^Conditions?$/i;
const STARTED: TriggerRule = { type: "trial_start", status: null, agency: null, re: STARTED_ON };
const STARTED_BY_INVESTIGATOR: TriggerRule = { type: "iit", status: null, agency: "NHC", re: STARTED_ON };

const ITEM_NUMBER = /^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、)/;

/** "药品名称：塔戈利塞片 / … / 备注：PI3Kδ抑制剂，…": the lines of a notice block that describe the drug its name line (sentence `si`) names. */
// (up to the next drug's name line; a line the field shape does not read, "拟定适应症（或功能主治）：", does not end the block here)
export function describingFields(sentences: Sentence[], si: number): Sentence[] {
  const isName = (s: Sentence) => NAME_LABEL.test(label(s) ?? "");
  if (!isName(sentences[si]!)) return [];
  const out: Sentence[] = [];
  for (let j = si + 1; j < sentences.length && j <= si + 8 && !isName(sentences[j]!); j++) if (DESCRIBING_LABEL.test(label(sentences[j]!) ?? "")) out.push(sentences[j]!);
  return out;
}
const NAME_LABEL = /^(?:药品|产品|品种)名称$/;
const DESCRIBING_LABEL = /^(?:备注|作用机制|靶点|药物类型|产品类型)$/;

/** The field lines around sentence `si`: a run of label lines, ended by a blank line or the next drug's name field. */
function block(sentences: Sentence[], si: number, text: string): Sentence[] {
  // (a numbered item starts a block of its own, its drug's name line included: "1. 受理号：…；药品名称：…；送达日期：…" / "2. 受理号：…")
  // (a field's value may run on past a semicolon, "Conditions: Systemic Lupus Erythematosus; Lupus Nephritis": the rest of its line is the field's)
  const fieldOf = (x: Sentence) => label(x) ?? FIELD.exec(text.slice(text.lastIndexOf("\n", x.start - 1) + 1, x.end))?.[1] ?? null;
  const joined = (a: Sentence, b: Sentence) => fieldOf(a) !== null && fieldOf(b) !== null && !/\n\s*\n/.test(text.slice(a.end, b.start)) && (!DRUG_LABEL.test(label(b) ?? "") || ITEM_NUMBER.test(a.text)) && !ITEM_NUMBER.test(b.text);
  let from = si;
  let to = si;
  while (from > 0 && joined(sentences[from - 1]!, sentences[from]!)) from--;
  while (to < sentences.length - 1 && joined(sentences[to]!, sentences[to + 1]!)) to++;
  return sentences.slice(from, to + 1);
}

/** The event a date field of a notice block states, with the indication its block gives; null for any other line. */
export function noticeField(sentences: Sentence[], si: number, text: string): NoticeField | null {
  const s = sentences[si]!;
  const name = label(s);
  if (name === null || !(ACCEPTED_ON.test(name) || CLEARED_ON.test(name) || APPROVED_ON.test(name) || STARTED_ON.test(name))) return null;
  const fields = block(sentences, si, text);
  const value = (re: RegExp) => {
    const f = fields.find((x) => re.test(label(x) ?? ""));
    return f ? { sentence: f, text: f.text.slice(FIELD.exec(f.text)![0].length) } : null;
  };
  if (STARTED_ON.test(name)) return startedField(s, value);
  const number = ACCEPTANCE_NUMBER.exec(value(/^受理号$/)?.text ?? "")?.[1];
  const matter = value(/^申请(?:事项|类型)$/)?.text ?? "";
  const conclusion = value(CONCLUSION_LABEL)?.text ?? "";
  const remark = value(REMARK_LABEL);
  const clinical = clinicalFrom(number, matter) ?? (MARKETED.test(conclusion) || ADDS_INDICATION.test(remark?.text ?? "") ? false : null);
  const type = REFUSED.test(conclusion) ? null : fieldType(name, clinical, conclusion);
  if (type === null) return null;
  const indication = value(INDICATION_LABEL);
  if (indication) {
    const start = indication.sentence.start + (indication.sentence.text.length - indication.text.length);
    const end = start + indication.text.replace(/[。;；\s]+$/, "").length;
    return { rule: RULES[type], indication: end - start >= 2 ? { start, end } : null, drugLine: null, owner: null };
  }
  // (else a remark that says what the drug is for)
  const said = remark ? REMARK_INDICATION.exec(remark.text) : null;
  const what = said ? (said[1] ?? said[2]!) : "";
  const at = said && remark ? remark.sentence.start + remark.sentence.text.lastIndexOf(remark.text) + said.index + said[0].indexOf(what) : -1;
  return { rule: RULES[type], indication: said ? { start: at, end: at + what.trim().length } : null, drugLine: null, owner: null };
}

type FieldValue = { sentence: Sentence; text: string };
/** The start a registry record's date field tells, when it gives a date. */
function startedField(s: Sentence, value: (label: RegExp) => FieldValue | null): NoticeField | null {
  if (!/\d{4}/.test(s.text.slice(FIELD.exec(s.text)![0].length))) return null;
  const sponsor = value(SPONSOR_LABEL);
  const investigators = HOSPITAL.test(sponsor?.text ?? "");
  // (the company: the sponsor, or the collaborator of a hospital's study)
  const owner = (investigators ? value(COLLABORATOR_LABEL) : null) ?? sponsor;
  // (the indication: the 适应症 field, or the first of the conditions, "Obesity; Overweight With …")
  const conditions = value(INDICATION_LABEL) ?? value(CONDITIONS_LABEL);
  const first = conditions?.text.split(/[;；]/)[0]!.replace(/[。.\s]+$/, "") ?? "";
  const start = conditions ? conditions.sentence.start + conditions.sentence.text.lastIndexOf(conditions.text) : -1;
  const ownerAt = owner ? owner.sentence.start + owner.sentence.text.lastIndexOf(owner.text) : -1;
  return {
    rule: investigators ? STARTED_BY_INVESTIGATOR : STARTED,
    indication: first.length >= 2 ? { start, end: start + first.length } : null,
    drugLine: value(RECORD_DRUG_LABEL)?.sentence ?? null,
    owner: owner ? { start: ownerAt, end: ownerAt + owner.text.replace(/[;；。\s]+$/, "").length } : null,
  };
}

/**
 * 受理日期 is an acceptance of the filing's kind; 默示许可日期, or the 批准日期 of a clinical filing, a clearance; the
 * 批准日期 or 签发日期 of a marketing filing, its approval (conditional when the conclusion says 附条件).
 */
function fieldType(name: string, clinical: boolean | null, conclusion: string): keyof typeof RULES | null {
  if (ACCEPTED_ON.test(name)) return clinical === null ? null : clinical ? "ind_accepted" : "nda_accepted";
  if (CLEARED_ON.test(name) || clinical === true) return "ind_approved";
  if (clinical === false && APPROVED_ON.test(name)) return CONDITIONAL.test(conclusion) ? "conditional_approval" : "approval";
  return null;
}

const TABLE_REACH = 60;
const HEADING_REACH = 8;
/** A header row names the filing number, the drug column or a deal's parties and terms. */
const HEADER_CELL = /^(?:受理号|备案号|(?:药品|药物|品种|产品)(?:名称)?|标的(?:资产)?|交易对方|交易类型|许可方|受让方|被许可方|转让方|合作方|首付款|Assets?|Drugs?|Products?|Candidates?|Licensor|Licensee|Upfront(?: payment)?)$/i;
/** A list of investigator-initiated trials filed ("序号｜备案号｜项目名称｜牵头机构｜主要研究者｜产品提供方｜备案日期"). */
const IIT_COLUMN = /^(?:备案号|(?:医学研究)?登记号|牵头(?:机构|单位)|主要研究者)$/;
const PROJECT_COLUMN = /^(?:项目|研究|课题)(?:名称|题目)$/;
/** A table of deals ("日期｜中方企业｜交易对方｜标的｜交易类型｜首付款｜总金额"): each row a licence or an acquisition. */
const DEAL_COLUMN = /^(?:交易对方|合作方|受让方|被许可方|收购方|交易类型|首付款|Licensee|Partner|Counterparty|Acquirer|Deal type|Upfront(?: payment)?)(?:\s?[(（][^)）]{1,12}[)）])?$/i;
const OWNER_COLUMN = /^(?:中方企业|企业(?:名称)?|公司(?:名称)?|许可方|转让方|被收购方|申请(?:企业|人|单位)|(?:上市许可)?持有人|研发(?:企业|公司)|(?:产品|药品|药物)提供方|Company|Sponsor|Applicant|Licensor)$/i;
const PARTNER_COLUMN = /^(?:交易对方|合作方|受让方|被许可方|收购方|Licensee|Partner|Counterparty|Acquirer)$/i;
const UPFRONT_COLUMN = /^首付款|^Upfront/i;
const TOTAL_COLUMN = /^(?:总金额|交易总额|总额|潜在总额|交易金额|Total|Deal value)/i;
/** The unit a money column's header gives its bare figures: "Upfront (US$m)", "首付款（亿美元）". */
const COLUMN_UNIT: ReadonlyArray<[RegExp, number]> = [
  [/\((?:US)?\$\s?(?:m|mn|million)\)/i, 1e6],
  [/\((?:US)?\$\s?(?:bn|b|billion)\)/i, 1e9],
  [/[(（]亿美元[)）]/, 1e8],
  [/[(（]万美元[)）]/, 1e4],
];
const ACQUIRED = /收购|并购|acquisition/i;
const DEAL_ROW = rule("deal", /首付款/);
const READOUT_ROW: TriggerRule = { type: "data_readout", status: null, agency: null, re: /presented|公布|发布/ };
/** A presentation's status that it is still to come ("Upcoming", "To be presented", "待公布"). */
const NOT_PRESENTED = /\b(?:upcoming|scheduled|to be presented|planned)\b|将|待|即将/i;
/** A presentation of work in animals or cells, no clinical readout ("pancreatic cancer xenograft models", "Presented (preclinical)"). */
const PRECLINICAL_WORK = /\bpre-?clinical\b|\bxenografts?\b|\bin vitro\b|\b(?:mouse|mice|murine|animal) models?\b|临床前|小鼠|动物模型/i;
const ACQUISITION_ROW = rule("acquisition", /收购/);
const STAGE_COLUMN = /^(?:研发|临床|开发|最新)?(?:阶段|进度|进展)$|^(?:Development |Clinical )?(?:Stage|Phase|Status)$/i;
const KIND_COLUMN = /^(?:类别|类型|事件|事项|进展|动态|里程碑|认定类型|程序|审评程序|通道|Pathway|Designation|Event|Type|Category|Milestones?|(?:Regulatory )?(?:Action|Update)s?)$/i;
/** A column telling whether each row's designation is proposed or granted ("| Status |": "Proposed", "Included"). */
const STATUS_COLUMN = /^(?:状态|Status)$/i;
const DATE_COLUMN = /^(?:承办|受理|办理)(?:日期|时间)$/;
/** A deal table's day column ("| 日期 |", "11.30"). */
const DAY_COLUMN = /^(?:日期|时间|宣布日期|公告日期|交易日期|备案日期|登记日期|Date|Announced|Signed|Notice date)(?:\s?[(（][^)）]{1,12}[)）])?$/i;
/** "签发日期" in an NMPA list of approval documents served (药品批准证明文件送达信息): the day the approval was signed. */
const SIGNED_COLUMN = /^(?:签发|批准|审批)(?:日期|时间)$/;
/** The column naming the drug, whose cell is the drug when no name in it is recognised ("芪参通络颗粒"). */
const NAME_COLUMN = /^(?:品名|药品名称|产品名称|通用名称?|Assets?|Drugs?|Products?|Candidates?|Drug name)$/i;
const NUMBER_COLUMN = /^受理号$/;
const INDICATION_COLUMN = /^(?:拟定|申请)?适应症(?:[(（][^)）]{0,12}[)）])?$|^(?:Proposed |Target )?Indications?$/i;
/** A column remarking on each row's drug ("| 点评 |": "泛磷酸二酯酶抑制剂，代谢相关脂肪性肝炎（MASH）"), whose last part may name its disease. */
const REMARK_COLUMN = /^(?:点评|备注|简介|说明|看点|产品简介)$/;
/** A cell stating a row's approval, of either kind ("1月6日，附条件批准", "批准（新适应症）", "Approved"). */
const APPROVAL_CELL = /(?:^|[，,\s])(?:附条件)?批准(?:上市)?(?:$|[（(]|\s)|^(?:conditional(?:ly)? )?approv(?:ed|al)\b/i;
const DISEASE_PART = /(?:^|[，,；;]\s?)([^，,；;]{2,40}(?:病|癌|瘤|炎|症|痛|感染|综合征|障碍|肥胖|超重))(?:\s?[(（][^)）]{1,12}[)）])?$/;
/**
 * The event a heading or a row's 类别 cell announces for a table's rows (designations, whose notices are proposals,
 * are told in prose); an acceptance is clinical or marketing by the 受理号 or the words.
 */
export function sectionRule(heading: string, sections: Matchers["sections"], number?: string): TriggerRule | null {
  const announced = announcedTypes(sections, heading);
  // (a designation's table, under "…拟纳入突破性治疗品种…具体如下：": each row one drug and indication proposed)
  const designation = announced.length === 1 && (announced[0] === "btd" || announced[0] === "priority_review") ? announced[0] : null;
  if (designation) return { ...RULES[designation], status: PROPOSAL.test(heading) ? "proposed" : "granted" };
  if (announced.includes("approval")) return CONDITIONAL.test(heading) ? RULES.conditional_approval : RULES.approval;
  if (announced.includes("ind_approved")) return announced.length === 1 ? RULES.ind_approved : null;
  if (!announced.includes("ind_accepted")) return null;
  const clinical = clinicalFrom(number, heading);
  return clinical === null ? null : acceptance(clinical);
}

/** The column names a header line gives: its cells, or the quoted list of them a sentence of prose gives ("按“受理号｜药品名称｜…｜承办日期”的顺序整理如下"). */
const headerCells = (line: string) => tableCells(QUOTED_HEADER.exec(line)?.[1] ?? line).map((c) => c.text);
const QUOTED_HEADER = /[“"「]([^“”"「」]{2,200}\|[^“”"「」]{2,200})[”"」]/;
const isHeader = (line: string) => isTableRow(line) && headerCells(line).some((name) => HEADER_CELL.test(name));

type Span = { start: number; end: number };
/** What a row is about when no drug name in it is recognised: the company bought, the text of its name cell. */
const describedBy = (span: Span, surface: string): AssetMention => ({ start: span.start, end: span.end, surface, kind: "descriptive", drugId: null, entity: -1 - span.start });
/** What a table row states: its event's rule and drug, and the cells that give the indication, the owner, the partner and the money. */
export type TableRow = { rule: TriggerRule; drug: AssetMention; indication: Span | null; owner: Span | null; partner: Span | null; upfront: Span | null; total: Span | null; date: Span | null; units: { upfront: number | null; total: number | null } };

/**
 * A row of a table of filings, products or deals ("| 受理号 | 药品名称 | 申请人 | 承办日期 |" above it, bars at the ends
 * or not): a deal table's row is a licence or an acquisition; else the event the row's 类别 cell names, or with a date
 * column the acceptance of the row's drug, clinical or marketing by its 受理号, on the row's date, or the event the
 * section's heading announces ("二、临床试验默示许可", "本周NMPA批准上市的1类创新药"). An 适应症 column gives the
 * row's indication.
 */
export function tableRow(sentences: Sentence[], si: number, a: Analysis, sections: Matchers["sections"]): TableRow | null {
  const s = sentences[si]!;
  if (!isTableRow(s.text) || isHeader(s.text)) return null;
  let top = si - 1;
  while (top >= 0 && si - top <= TABLE_REACH && isTableRow(sentences[top]!.text) && !isHeader(sentences[top]!.text)) top--;
  if (top < 0 || !isHeader(sentences[top]!.text)) return null;
  const header = headerCells(sentences[top]!.text);
  const row = tableCells(s.text);
  const cellUnder = (column: RegExp): Span | null => {
    const cell = row[header.findIndex((name) => column.test(name))];
    return cell && cell.text.length >= 2 ? { start: s.start + cell.start, end: s.start + cell.end } : null;
  };
  const numberCell = row[header.findIndex((name) => NUMBER_COLUMN.test(name))]?.text ?? "";
  // (a supplement that adds an indication is a marketing filing: "CXHB2600058｜格来雷塞片｜化药｜补充申请（新增适应症）")
  const number = ACCEPTANCE_NUMBER.exec(numberCell)?.[1] ?? (SUPPLEMENT_NUMBER.test(numberCell) && ADDS_INDICATION.test(s.text) ? "S" : undefined);
  const owner = cellUnder(OWNER_COLUMN);
  const deal = header.some((name) => DEAL_COLUMN.test(name));
  const acquisition = deal && ACQUIRED.test(s.text);
  // (what an acquisition buys is the company in the owner's cell)
  const bought = acquisition && owner ? inRange(a.companies, owner.start, owner.end)[0] : undefined;
  const nameCell = cellUnder(NAME_COLUMN);
  const nameText = nameCell ? s.text.slice(nameCell.start - s.start, nameCell.end - s.start) : "";
  // (a name has letters: not the rule under the header, "| --- |")
  // (a row whose name cell withholds the name is no named drug's news: "某PD-1/IL-2双功能融合蛋白", "企业未披露")
  if (nameCell && UNDISCLOSED_NAME.test(nameText.trim())) return null;
  const named = nameCell && /[\u4e00-\u9fffA-Za-z]{2}/.test(nameText) ? describedBy(nameCell, nameText) : undefined;
  // (the drug in the name column, not one the indication's cell combines it with: "| savolitinib | … | with osimertinib, … |")
  const drug = bought ? describedBy(bought, bought.fullName ?? bought.surface) : ((nameCell ? inRange(a.assets, nameCell.start, nameCell.end)[0] : undefined) ?? inRange(a.assets, s.start, s.end)[0] ?? named);
  if (!drug) return null;
  const unitOf = (column: RegExp) => {
    const name = header.find((n) => column.test(n)) ?? "";
    return COLUMN_UNIT.find(([re]) => re.test(name))?.[1] ?? null;
  };
  const cells = { owner, partner: cellUnder(PARTNER_COLUMN), upfront: cellUnder(UPFRONT_COLUMN), total: cellUnder(TOTAL_COLUMN), date: cellUnder(DAY_COLUMN), units: { upfront: unitOf(UPFRONT_COLUMN), total: unitOf(TOTAL_COLUMN) } };
  if (deal) return { rule: acquisition ? ACQUISITION_ROW : DEAL_ROW, drug, indication: null, ...cells };
  // (an IIT's indication is what its project title says it treats: "XYC-19注射液…治疗难治性系统性红斑狼疮的…研究")
  if (header.some((name) => IIT_COLUMN.test(name))) {
    const project = cellUnder(PROJECT_COLUMN);
    const told = project ? indicationSpans(s.text, project.start - s.start, project.end - s.start)[0] : undefined;
    return { rule: IIT_ROW, drug, indication: told ? { start: s.start + told.start, end: s.start + told.end } : null, ...cells };
  }
  // (a congress's presentations, "| Candidate | Presentation | Abstract # | … | Status |": a clinical study presented is a
  // readout, dated by its row; one still to come, or work in animals or cells, is none)
  if (header.some((name) => PRESENTATION_COLUMN.test(name))) {
    const title = cellUnder(PRESENTATION_COLUMN);
    const status = row[header.findIndex((name) => STATUS_COLUMN.test(name))]?.text ?? "";
    if (!title || NOT_PRESENTED.test(status) || PRECLINICAL_WORK.test(s.text)) return null;
    const told = indicationSpans(s.text, title.start - s.start, title.end - s.start)[0];
    return { rule: READOUT_ROW, drug, indication: told ? { start: s.start + told.start, end: s.start + told.end } : null, ...cells };
  }
  // (a generic's row, "CYHS2600871", is no innovative drug's news, whatever list it is on)
  if (namesGeneric(row[header.findIndex((name) => NUMBER_COLUMN.test(name))]?.text ?? "")) return null;
  // a row's own 类别 cell ("临床受理", "批准上市") first, then a date column of acceptances, then the heading
  // (the first of them that names one: "| 类型 | … | 程序 |" gives "CLDN18.2 ADC" and then "优先审评（拟纳入）")
  let rule: TriggerRule | null = null;
  let kindCell: Cell | undefined;
  for (let i = 0; rule === null && i < header.length; i++) {
    // (a cell that says the step has not come, "CDE acceptance not yet published", "尚未受理", tells no event)
    if (!KIND_COLUMN.test(header[i]!) || !row[i] || NOT_YET.test(row[i]!.text)) continue;
    rule = sectionRule(row[i]!.text, sections, number);
    if (rule) kindCell = row[i];
  }
  const status = row[header.findIndex((name) => STATUS_COLUMN.test(name))]?.text;
  if (rule?.status && status) rule = { ...rule, status: PROPOSAL.test(status) ? "proposed" : "granted" };
  if (rule === null && number && header.some((name) => DATE_COLUMN.test(name))) rule = acceptance(number === "L");
  // (a list of approvals signed: a clinical filing's is a clearance, a marketing filing's an approval; generics and
  // supplements, whose numbers are not a new drug's, are no events)
  if (rule === null && number && header.some((name) => SIGNED_COLUMN.test(name))) rule = RULES[number === "L" ? "ind_approved" : "approval"];
  // (a pipeline table, "产品｜靶点｜…｜研发阶段", lists where each drug stands, no news: its heading names none)
  if (rule === null && header.some((name) => STAGE_COLUMN.test(name))) return null;
  // the heading above the table, not one of an earlier table's
  for (let j = top - 1; rule === null && j >= 0 && top - j <= HEADING_REACH && !isTableRow(sentences[j]!.text); j--) rule = sectionRule(sentences[j]!.text, sections);
  if (rule === null) return null;
  // (a row's own cell telling which approval overrides the heading's count: "1月15日，批准（新适应症）" under "…3款附条件批准")
  const approvalCell = rule.type === "approval" || rule.type === "conditional_approval" ? row.find((cell, i) => !INDICATION_COLUMN.test(header[i] ?? "") && APPROVAL_CELL.test(cell.text)) : undefined;
  if (approvalCell) rule = CONDITIONAL.test(approvalCell.text) ? RULES.conditional_approval : RULES.approval;
  return { rule, drug, indication: cellUnder(INDICATION_COLUMN) ?? labelledDisease(kindCell, s.start) ?? remarkedDisease(cellUnder(REMARK_COLUMN), s.text, s.start), ...cells };
}

/** The disease an event cell names after its label ("Approval: adult primary immune thrombocytopenia …", "批准上市：…"). */
function labelledDisease(cell: Cell | undefined, offset: number): Span | null {
  const m = cell ? CELL_LABEL.exec(cell.text) : null;
  if (!cell || !m) return null;
  const start = offset + cell.start + m[0].length;
  return start < offset + cell.end - 2 ? { start, end: offset + cell.end } : null;
}
const NOT_YET = /\bnot (?:yet )?(?:published|granted|accepted|approved|cleared|included)\b|\b(?:pending|awaited|expected)\b|尚未|待(?:受理|批准|公示|纳入)|未(?:获|被)/i;
/** An event cell's label, up to its colon: "New drug application accepted: ", "Approval of a second indication: ". */
const CELL_LABEL = /^[^:：]{3,60}[:：]\s?/;

/** The disease a remark cell names last ("抗TSLP单抗，慢性阻塞性肺疾病"), with its abbreviation in brackets. */
function remarkedDisease(cell: Span | null, text: string, offset: number): Span | null {
  if (!cell) return null;
  const m = DISEASE_PART.exec(text.slice(cell.start - offset, cell.end - offset).trimEnd());
  if (!m) return null;
  const start = cell.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: cell.start + m.index + m[0].length };
}

const BLOCK_REACH = 10;
/** The drug a notice block's field line at sentence `si` belongs to: the last one named in the ten sentences before it. */
export function blockDrug(sentences: Sentence[], si: number, a: Analysis): AssetMention | undefined {
  return inRange(a.assets, sentences[Math.max(0, si - BLOCK_REACH)]!.start, sentences[si]!.start).pop();
}

/** The frame of an announcement's notice block, between its news and its 适应症 field: "现将相关情况公告如下：", a numbered
 *  heading ("一、药品基本情况"), another field line ("药品名称：注射用X", "受理号：CXSL…"). */
export const NOTICE_FRAME = /^(?:[一二三四五六七八九十]{1,3}、[^。，,；;]{1,16}|[^。，,；;]{0,20}(?:公告|说明)如下[:：]|[\u4e00-\u9fff]{2,8}[:：][^。]{0,60})$/;
const INDICATION_FIELD = /^(?:拟定|申请|目标)?适应症(?:[(（][^)）]{0,12}[)）])?[:：]\s?(?:用于(?:治疗)?)?(.{2,120}?)[。;；]?$|^(?:Proposed )?Indications?:\s?(.{2,200}?)\.?$/;
/** "拟定适应症（同一受理号下两项）：" with the indications on the numbered lines under it. */
const INDICATION_LIST = /^(?:拟定|申请|目标)?适应症(?:[(（][^)）]{0,20}[)）])?[:：]$/;
const NUMBERED_ITEM = /^[(（]?\d{1,2}[)）.、]\s?(.{2,160}?)[。;；]?$/;
export type IndicationField = { entity: number; indication: string; sentence: number; list: number | null };
/** "适应症：晚期实体瘤" field lines (or the numbered lines under "适应症：", `list` = the label's sentence), each with the drug of its notice block. */
export function indicationFields(p: Prepared, a: Analysis): IndicationField[] {
  const out: IndicationField[] = [];
  const sentences = sentencesIn(p);
  const add = (si: number, value: string, list: number | null) => {
    const named = blockDrug(sentences, si, a);
    const s = sentences[si]!;
    const start = s.start + s.text.indexOf(value);
    if (named) out.push({ entity: named.entity, indication: surface(p, start, start + value.length), sentence: si, list });
  };
  sentences.forEach((s, si) => {
    const m = INDICATION_FIELD.exec(s.text);
    if (m) return add(si, m[1] ?? m[2]!, null);
    if (!INDICATION_LIST.test(s.text)) return;
    for (let j = si + 1; j < sentences.length && j - si <= 9; j++) {
      const item = NUMBERED_ITEM.exec(sentences[j]!.text);
      if (!item) break;
      add(j, item[1]!, si);
    }
  });
  return out;
}
