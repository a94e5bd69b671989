import { STATUS_TYPES, type Agency, type EventType, type Lang, type Modality, type PartialDate, type Phase, type Status } from "../domain/index.ts";
import { analyseDocument, fold, modalityFromName, preferredName, type Analysis, type AssetMention, type CompanyMention, type Entity } from "./analyse-document.ts";
import type { ExtractInput, ExtractOutput, Extractor } from "./extractor.ts";
import { announcedTypes, type Matchers, type TriggerRule } from "./lexicon/compile.ts";
import { congressYear, findDates, formatDate, pointsBack, resolveDate, type DateMention } from "./recognize/dates.ts";
import { findMoney, findRates, type MoneyMention, type Rates } from "./recognize/money.ts";
import { findPhases, type PhaseMention } from "./recognize/phase.ts";
import { findIndication, indicationSpans, nearestIndication, respectiveIndications, type IndicationSpan } from "./recognize/indication.ts";
import { prepareText, surface, type Prepared } from "./text/prepare.ts";
import { BULLET, nextSentence, sentenceOf, sentencesIn, type Sentence } from "./text/sentences.ts";
import { isTableRow } from "./text/table.ts";
import { FULL_APPROVAL, toEvents, type Candidate } from "./candidates.ts";
import { APPLICANT_LINE, DATA_ANAPHOR, DATA_OPENS, DEFINITE_SUBJECT, DESCRIBES_IN_CLAUSE, DESCRIBES_PREVIOUS, EVENT_OPENS, FILING_OPENS, OWNER_OPENS, REGULATOR_OPENS, STRONG_ANAPHOR, STUDY_OPENS, WEAK_ANAPHOR } from "./anaphora.ts";
import { containing, inRange } from "./text/in-range.ts";
import { blockDrug, describingFields, mayHoldFields, namesGeneric, noticeField, PROPOSAL, sectionRule, tableRow, type TableRow } from "./notice-fields.ts";
import { detectLang } from "../sources/files/detect-lang.ts";
import { findDateline } from "./recognize/dateline.ts";
import { exemplarMentions } from "./exemplars.ts";

export const EXTRACTOR_VERSION = "rules-1.0";

/** A trigger in the text; one a notice field states also knows its drug and its block's indication. */
/** A trigger's wording in the text; `field` for a notice block's field line, `elided` for a repeat without its verb (", and in April 2025 for …"), which `repeats` the trigger of its clause. */
type Trigger = { rule: TriggerRule; start: number; end: number; field?: { drug: AssetMention; indication: IndicationSpan | null; row?: TableRow; owner?: Span }; elided?: true; repeats?: Trigger };
type Span = { start: number; end: number; elided?: true };
/** A regulator named in a sentence (agency null: one the schema has no value for, "Health Canada"). */
type AgencyMention = { agency: Agency | null; start: number; end: number };
/** A counted set of events ("批准了以下5款创新药上市"), from its sentence on; `member` is the sentence of the last member listed. */
type CountedSet = { rule: TriggerRule; types: Set<EventType>; sentence: number; date: PartialDate | null; member?: number };

const CLAUSE_BREAK = /[，,；;：:]/;
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([..."，,；;：:"].map((c) => c.charCodeAt(0)));
// ("+" only right before the drug: "SKB264 + pembrolizumab", not "NDA + PR -- X's Y")
/** After a drug's name, its commercial figures: "Opdivo revenue", "Keytruda sales", "X的销售额". */
const SALES_AFTER = /^(?:['’]s)?\s(?:revenues?|sales|franchise)\b|^的?(?:销售额|销售收入|营收)/i;
const QUESTION = /[?？]\s*$/;
/** A line of a pipeline list: four or more parts set apart by dashes, in a list whose lines tell stages of development. */
const DASHED_LINE = /^(?:[^–—。.;；]*\s[–—]\s){3,}[^–—。.;；]*$/;
const STAGE = /\b(?:[Pp]hase [1-3I]|IND-enabling|[Pp]reclinical|[Pp]ivotal)\b|临床前|[I123ⅠⅡⅢ]+期|申报上市|已上市/;
function isPipelineLine(sentences: Sentence[], si: number): boolean {
  if (!DASHED_LINE.test(sentences[si]!.text)) return false;
  for (let j = Math.max(0, si - 3); j < Math.min(sentences.length, si + 4); j++) if (DASHED_LINE.test(sentences[j]!.text) && STAGE.test(sentences[j]!.text)) return true;
  return false;
}
const COMBO_BEFORE = /(?:联合|联用|合用|继|combination with|combin(?:ing|es|ed|e)(?: [^,.;]{1,30}?)? with|combined|together with|plus|与其|versus|vs\.?|对照|对比|相比|头对头|head-to-head|compared (?:favou?rably |unfavou?rably )?(?:with|to)|historical)\s?[^，,。；;]{0,50}$|\+\s?$/i;
/** "has previously received this designation for:": the designation named just before. */
const SAME_DESIGNATION = /\b(?:this|the same|such) designation\b|\b(?:granted|awarded|gave|given|received|receives|won)\b[^.;]{0,20}\bthe designation\b|该(?:认定|资格|称号)|此(?:项)?认定/i;
const STRONG_REACH = 6;
/** What a deal's sentence says of its rights, not of a disease ("在许可区域内全部适应症", "in mainland China to X Group"). */
const RIGHTS_WORDING = /区域|地区|全部|所有|\b(?:mainland|territor(?:y|ies)|rights?|worldwide|global|China|Group)\b/i;
/** The disease a deal's sentence names for its drug ("X, a C5 antibody for PNH"; "授予…X用于自身免疫性疾病的独家权利": up to 的…权利). */
function dealIndications(spans: IndicationSpan[], text: string): IndicationSpan[] {
  return spans.flatMap((span) => {
    const rights = /的[^的，,。]{0,12}权[利益]$/.exec(text.slice(span.start, span.end));
    const end = rights ? span.start + rights.index : span.end;
    return end - span.start >= 2 && !RIGHTS_WORDING.test(text.slice(span.start, end)) ? [{ ...span, end }] : [];
  });
}
const LIST_ITEM = /^(?:and |以及|及)?\s?[(（]?(?:i{1,3}|iv|vi{0,3}|[a-h]|\d{1,2}|[一二三四五六七八九十])[)）]/i;
const ACCEPTED_TYPES: EventType[] = ["ind_accepted", "nda_accepted"];
const ACCEPTED_ON_LABEL = /(?:受理|承办)(?:日期|时间)(?:为|是|[:：])\s?$/;
const APPROVED_ON_LABEL = /(?:批准|获批|签发|默示许可)(?:日期|时间)(?:为|是|[:：])\s?$/;
/** The heading or opening of a release's forward-looking statements ("Forward-Looking Statements", "This press release contains forward-looking statements", 前瞻性陈述). */
const FORWARD_LOOKING = /^(?:(?:Cautionary (?:Note|Statement)s? (?:Regarding|Concerning|on) )?Forward[- ]Looking Statements?\s?[:：]?$|Safe Harbor(?: Statement)?\s?[:：]?$|(?:This|The) (?:press )?(?:release|announcement|news release) (?:contains|includes|may contain) (?:certain )?["“]?forward[- ]looking|前瞻性陈述\s?[:：]?$|(?:本新闻稿|本公告|本文)(?:包含|含有)[^。]{0,10}前瞻性)/i;
/** "更正前：" starts what a correction notice withdraws, "更正后：" what it states instead. */
const SUPERSEDED = /^(?:更正前|修改前|原披露内容|Before (?:the )?correction)\s?[:：]/i;
const CORRECTED = /^(?:更正后|修改后|After (?:the )?correction)\s?[:：]|^[一二三四五六七八九十]+、/i;
const ABBREVIATION_BETWEEN = /^\s?[(（]\s?$|^\s?[(（][A-Za-z]{2,8}[)）]\s?$/;
/** A sentence that goes on with the terms of the deal just told. */
// (or the buyer, described, saying what more it pays: "The British pharma said Tuesday that Aiolos shareholders could collect up to $400 million more in … milestone payments")
const THE_DEAL = /^(?:The|This) (?:deal|agreement|transaction|collaboration|licen[cs]e|licensing deal|acquisition)\b|^The (?:[\w-]+ ){0,2}(?:pharma|drugmaker|company|biotech|buyer|acquirer) (?:said|says|added)\b(?=[^.;]{0,100}\b(?:milestones?|upfront|payments?)\b)|^(?:该|本次|此次|这笔)(?:交易|合作|协议|授权)|^根据(?:该|本)?协议|^(?:According to|Under) (?:the )?(?:terms of the )?(?:agreement|deal|transaction|license)(?: terms)?\b/i;
/** A sentence opening on a company paying up front ("Disc will pay Mabwell US$10 million upfront"). */
const PAYS_UPFRONT = /^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2} (?:will pay|pays|paid|agreed to pay|is paying|has agreed to pay)\b[^.;]{0,60}\b(?:upfront|up front|up-front)\b/;
const DEAL_TERMS = /\bupfront\b|首付款|预付款/i;
/** A sentence that goes on with a deal's terms ("is eligible for up to €960 million in … milestones", "里程碑付款最高…"). */
const DEAL_TERMS_GO_ON = /\b(?:milestones?|royalties|upfront|down payment|total (?:deal )?value|potential value)\b|里程碑|首付款|交易总额|总金额/i;
const SAME_BATCH = /同批|同一批|同期公示|\balso (?:on|in) (?:the|this) (?:list|batch)\b/i;
const SUBSEQUENTLY = /\b(?:subsequently|later|thereafter)\b|随后|此后|之后|其后/i;
const POINTS_BACK = /该|其|此|本|这|\b(?:the|its|this|these)\b/i;
/** "一、突破性治疗公示", "(二)优先审评": a short numbered heading of a roundup's section. */
/** A heading line of an English roundup: a few capitalised words ("Company News", "Trials and Approvals"). */
const EN_HEADING_LINE = /^[A-Z][A-Za-z-]*(?: (?:[A-Z][A-Za-z-]*|and|&|of|in|the|for)){0,4}$/;
const SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|【|#{1,4}\s)[^。;,，]{1,24}$/;
/** "国家药监局集中发布11款新药上市批件": a trigger about a counted set, whose members the next sentences name. */
// "一款/一项" is an article ("一项研究者发起的临床研究"), not a count
// ("6个月", "3个百分点" are spans of time and figures, not counts of drugs)
const COUNTED_SET = /(?<!第)(?:\d+|[二两三四五六七八九十几多数])\s?(?:款|个(?!月|小时|工作日|百分点|季度|周期)|项|种|笔)|新一批|(?:刷新|更新|公布|发布|公示)了?(?:新的)?一批|(?<!纳入[^，。；,;]{0,12})品种名单|(?:以下|下列|如下)(?:药品|品种|产品|注册申请)|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) (?:(?:new|Class \d|innovative|novel|first-in-class|investigational|domestic|imported) )*(?:drugs|products|therapies|assets|candidates|(?:IND |NDA |BLA |regulatory |clinical trial )?(?:approvals|clearances|acceptances|designations)|BTDs|INDs|NDAs)\b/i;
/** A clause joined on to the one before with the same subject ("，并给予…", "，並…", ", and granted …"). */
const COORDINATED_OPENS = /^\s?(?:并|並|并且|並且|且|同时|同時)(?!于|於|在)|^\s?and (?:at the same time|simultaneously)\b|^\s?and (?:also |then )?(?:granted|gave|awarded|placed)\b/i;
/** "分别于A和B获得X和Y的批准", "respectively", "先后", "successively in A and B obtained X and Y": items paired in order. */
const RESPECTIVELY = /分别|先后|\brespectively\b|\bsuccessively\b/i;
/** Words for a regulator named before ("the agency", "the regulator", 该机构). */
const AGENCY_POINTED = /\bthe (?:agency|regulator)\b|该机构/i;
const SAME_INDICATION = /\b(?:this|the same|that) (?:indication|setting|condition|disease|population)\b|(?:该|此|同一)(?:适应症|疾病)|上述[^，。；,;]{0,12}适应症/i;
/** An application a sentence points back to ("该申请", "This application"), and the kinds of filing the sentence before may tell. */
const APPLICATION_POINTED = /(?:该|本|此)申请|\b(?:this|the) application\b/i;
const MARKETING_FILING = /上市(?:许可)?申请|新适应症申请|\bs?NDA\b|\bs?BLA\b|\b(?:marketing|listing) application\b/i;
const CLINICAL_FILING = /临床(?:试验)?申请|\bIND\b|\bclinical trial application\b/i;
/** The words before the day a sentence's news was reported on ("…, the Nanjing-based company said Monday"). */
const REPORTED_ON = /\b(?:said|says|announced|disclosed|reported)\s(?:on\s)?$/;
/** The day a sentence reports all its news on, after them ("X has accepted …, and has granted …, the company said Monday"). */
function reportedOn(dates: DateMention[], s: Sentence, t: Span, text: string): DateMention | null {
  return dates.find((d) => d.start >= t.end && REPORTED_ON.test(text.slice(Math.max(s.start, d.start - 16), d.start))) ?? null;
}
/** A sentence opening on the patients a readout counts ("Among 38 patients with …", "In 24 evaluable patients with …", "在32例…患者中"). */
/** A list item labelled as what is still to come or under way ("- Upcoming: First patient dosing … expected mid-2026", "Ongoing:", "下一步："): no event. */
const PLAN_LABEL = /^\s?(?:[-•*·▪●]\s?)?(?:Upcoming|Planned|Expected|Anticipated|Ongoing|Next steps?|Future|Priorities)\s?[:：]|^\s?(?:[-•*·▪●]\s?)?(?:预计|计划|下一步|未来|进行中|即将)\s?[:：]/i;
const POPULATION_OPENS = /^(?:Among|In|Of) (?:the )?\d[\d,]* (?:(?:evaluable|treated|enrolled|efficacy-evaluable|response-evaluable|heavily pretreated|Chinese|adult) )*(?:patients|participants|subjects) with\b|^在\d+例[^，。；]{2,40}患者中/;
/** A table row's status cell: the notice period over, the drug formally listed ("公示期满，9月8日正式纳入"). */
const FORMAL_LISTING = /正式(?:被)?纳入/;
const FORMALLY = /公示期满[^。;]{0,6}$|正式(?:被|获)?(?:纳入)?\s?$|\b(?:formally|officially)\s$/;
/** How a roundup lists the members of a counted set ("其中，…", "1. …", "Among them, …"). */
const MEMBER_CUE = /^(?:其中|包括|分别|具体|同批|同期|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]|\d\uFE0F?\u20E3|[•·▪●◆■*-]|(?:药品|产品|品种)名称\s?[:：])|^(?:Among them|They (?:are|include)|These (?:are|include)|Including|One is|The other is|The (?:first|second|third|fourth|fifth|sixth|last) (?:drug |product |one )?is)\b/i;
/** How many sentences after a counted set its listed members may come; a roundup's sections reach further. */
const MEMBER_REACH = 8;
const SECTION_REACH = 40;
/** How a notice roundup gives a member right after its name: the proposed indication, the list it entered. */
const MEMBER_WORDING = /^[^。;]{0,60}?(?:拟用于|拟定适应症|拟纳入|此次(?:拟纳入的)?适应症|(?:同样|也|亦)?(?:在列|入列|上榜|入选)|(?:进入|列入|位列|出现在)[^,。;]{0,6}(?:名单|其中))|^[^.;]{0,120}?(?:\b(?:was|were|is|are) (?:also )?|, )(?:proposed|named|listed) for\b|^[^.;]{0,120}?\bpicked up (?:one|two|three|both) of the\b/;
const COMPETITORS = /同类|同靶点|同机制|竞品|竞争|友商|competitor|competing|competition|competitive|\bchasing\b|rival|\b(?:our|the) (?:neighbou?rs|peers)\b|\bshout-out\b/i;
/** A statistic over many events ("今年以来已有60项…", "so far this year"): no one event's news, nor a list to come. */
const STATISTIC = /统计|累计|以来|\bso far\b|year to date|\bcombined\b|\baltogether\b/i;
// (or after the first one's word for the clearance: "先后获得国家药监局默示许可和美国FDA批准")
const AGENCY_JOINER = /^(?:\sof (?:China|the PRC|Japan|Korea))?\s?(?:默示许可|批准|许可|的批准)?\s?(?:和|与|及|、|and|,|, and|\/)\s?(?:美国|欧洲|中国|日本|(?:the\s)?(?:U\.?S\.?|China|Europe|Japan)(?:['’]s)?\s|the\s|Chinese\s|European\s|Japanese\s)?$|^(?:["”]?\)|\s?\(["“]?[A-Z]{2,5}["”]?\))?\s(?:in|on) [A-Z][a-z]+(?: \d{1,2},)? \d{4},? (?:and )?by (?:the |[A-Z][a-z]+['’]s )?$/i;
const RIGHTS_CHANGE = /licens|acquir|rights|discovered|developed by|引进|授权|许可/i;
/** A sentence whose subject is a company described, not named ("The Danish company said …", "The British drugmaker …"). */
const BUYER_DESCRIBED = /^(?:[Tt]he (?:[A-Z][a-z]+ |[a-z]+-based )?(?:company|drugmaker|pharma|pharmaceutical (?:company|group)|biotech|firm|group|giant)\b|该公司)/;
/** A sentence whose subject is the filer in its own words ("当时，集团以…", "The Group in-licensed …"). */
const FILER_SUBJECT = /^(?:[^，,。;；]{0,24}[，,]\s?)?(?:本?集团|本?公司|[Tt]he (?:Group|Company)\b)/;
const LICENSED_FROM = /\bfrom\s$|\b(?:discovered|developed|invented|originated|created) (?:by|at)\s$|(?:从|自)[\u4e00-\u9fff]{0,3}$|(?:引进|引入)\s?$/;
/** The words between a paying licensee and the licensor it pays. */
/** The words between a licensee and the company whose drug it takes ("licensed Akeso's …", "secured the rights to Akeso's …"). */
const LICENSES_FROM_THE_NEXT = /^\s(?:has |had )?(?:in-)?licensed\s$|^\s(?:obtained|secured|acquired|took) (?:the )?(?:global |exclusive |worldwide )*rights to\s$/;
/** Between the two parties of a deal a list line names as a pair, licensor first ("汇芒医药 × 艾伯维", "Suzhou Veridane Pharma / AbbVie"). */
const PAIRED_WITH = /^\s?[×xX/／]\s?$/;
/** The pair of parties a list line names before a drug (`mention`), when the line reads so. */
function dealPair(companies: CompanyMention[], text: string, mention: AssetMention): [CompanyMention, CompanyMention] | undefined {
  const onLine = inRange(companies, text.lastIndexOf("\n", mention.start - 1) + 1, mention.start);
  const i = onLine.findIndex((c, k) => k + 1 < onLine.length && PAIRED_WITH.test(text.slice(c.end, onLine[k + 1]!.start)));
  return i >= 0 ? [onLine[i]!, onLine[i + 1]!] : undefined;
}
const PAYS_THE_NEXT = /^\s?(?:将|已|同意|需)?\s?向\s?$|^\s(?:will|has agreed to|agreed to|is to|to)?\s?pay\s$|^\s(?:paid|pays)\s$/i;
/** The words before the licensor a payment goes to, however far the paying licensee came before ("X is taking a swing at …, paying Suzhou-based Y $175 million"). */
const PAID_NEXT = /(?:\b(?:paying|pays|paid|will pay|to pay)|\bbets?\b[^.;]{0,30}\bon|(?:将|已|同意|需)向)\s?(?:(?:[A-Z][\w-]*-based|Chinese|China's) )?$/;
/** The words after a licensee: it obtains the rights ("Meridian obtained the rights to develop…", "Aurelis licensed exclusive rights"). */
const OBTAINS_RIGHTS = /^[^.;,]{0,8}?\b(?:holds|held|has|have) (?:the )?(?:exclusive |global |worldwide |commercial |commercialization )*rights\b|^[^.;,]{0,8}?\b(?<!-)(?:obtained|acquired|gained|secured|received|licensed|in-licensed|gets|get|got|obtains|obtain|acquires|gains|receives|receive)\b[^.;]{0,30}?\brights\b|^[^.;,]{0,8}?\b(?:agreed to pay|will pay|pays|paid|paying)\b[^.;]{0,60}?\bfor (?:\w+ ){0,4}rights\b|^[^。；，]{0,4}?(?:获得|取得)[^。；]{0,30}?权(?:益|利)|^[^.;,]{0,8}?\b(?:agreed to pay|will pay|pays|paid|paying)\b[^.;]{0,40}?\bfor (?:[A-Z][\w-]*(?: [A-Z][\w-]*)?|(?:a|an) (?:[\w-]+ ){0,2}(?:biotech|company|drugmaker|developer|startup|firm))['’]s\b/;
/** The words before a licensee: rights are granted to it ("将…权利有偿授予Valoris", "licensed ZB-1021 to Aurelis"). */
const GRANTED_TO = /(?:授予|许可给|授权给|转让给)\s?$|\b(?:licen[cs]ed|sold|transferred)\b[^.;]{0,100}\bto\s$|\bgrant(?:ed|s)?\b[^.;]{0,40}\b(?:rights|licen[cs]e)\b[^.;]{0,40}\bto\s$/;
/**
 * A company another drug was licensed from, in a clause before this drug's: it owns none of this one ("KarXT, … that it
 * licensed from Karuna Therapeutics, and ZL-1310, its in-house ADC").
 */
function licensorOfAnother(c: CompanyMention, mention: { start: number }, s: Sentence, text: string): boolean {
  return c.end <= mention.start && (LICENSED_FROM.test(text.slice(Math.max(s.start, c.start - 16), c.start)) || ORIGINATED_BY.test(text.slice(Math.max(s.start, c.start - 24), c.start))) && ANOTHER_CLAUSE.test(text.slice(c.end, mention.start));
}
const ANOTHER_CLAUSE = /[,，]\s?(?:and|while|whereas|but)\s|[,，]\s?(?:以及|而|另外)|[;；]/;

/** The company a sentence licenses a drug to, if it says so. */
/** "…当时支付了", "向X支付": the company before it pays. */
const ZH_PAYS = /^\s?(?:当时|已经?|将|同意|需|则)?(?:向[^，。；,;]{1,20}?)?(?:一次性)?支付(?:了)?/;
function licenseeIn(companies: CompanyMention[], text: string, s: Sentence): CompanyMention | undefined {
  // ("X licensed rights to Y to Z": Z, to whom they went, before X, who "licensed rights")
  return (
    companies.find((c) => GRANTED_TO.test(text.slice(Math.max(s.start, c.start - 120), c.start))) ??
    companies.find((c) => OBTAINS_RIGHTS.test(text.slice(c.end, Math.min(s.end, c.end + 100)))) ??
    // ("Arbora granted Kissei Pharmaceutical exclusive rights to …": the one granted the rights)
    // (or given them: "The deal gives Novo full global rights to SLV-88")
    companies.find((c) => /\b(?:grant(?:ed|s)?|gives|gave|giving|give)\s$/.test(text.slice(Math.max(s.start, c.start - 8), c.start)) && GRANTED_RIGHTS.test(text.slice(c.end, Math.min(s.end, c.end + 60)))) ??
    // ("关于与美纳里尼集团签订VK-1205独家许可协议的公告": the one a filer signs with)
    // (or "与跨国药企Halvorsen Pharma达成…协议": past the words for what kind of company it is; but "公司已与X签署…，获得…权益":
    // the filer, who obtains the rights)
    signsWith(companies, text, s) ??
    // ("Aldermoor is taking a swing at …, paying Suzhou-based Tidewell $175 million upfront": the one paying the next)
    companies.find((c, i) => i + 1 < companies.length && PAID_NEXT.test(text.slice(Math.max(c.end, companies[i + 1]!.start - 40), companies[i + 1]!.start)))
  );
}
const GRANTED_RIGHTS = /^\.?\s(?:an? |the )?(?:exclusive |full |global |worldwide |regional |commercial |development |co-)*(?:rights|licen[cs]es?|option)\b/;
function signsWith(companies: CompanyMention[], text: string, s: Sentence): CompanyMention | undefined {
  const partner = companies.find((c) => SIGNS_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start)) && SIGNS_WITH.test(text.slice(c.end, Math.min(s.end, c.end + 40))));
  if (!partner) return partner;
  // ("强生旗下杨森以3.5亿美元首付款与传奇生物达成全球合作": the one paying the upfront signs for the rights)
  const payer = companies.filter((c) => c.end <= partner.start && PAYS_UPFRONT_BEFORE.test(text.slice(c.end, partner.start))).pop();
  if (payer) return payer;
  if (!FILER_OBTAINS.test(text.slice(partner.end, s.end))) return partner;
  return companies.find((c) => c.start < partner.start && !sameCompany(c, partner));
}
const PAYS_UPFRONT_BEFORE = /^[^。；;，,]{0,30}?以[^。；;，,]{0,20}?(?:首付款|预付款)/;
const FILER_OBTAINS = /^[^。；;]{0,40}?[，,]\s?(?:并|公司)?(?:获得|取得|引进)[^。；;]{0,120}?权(?:益|利)/;
/** A drug told as one of several, unnamed ("其授权给海外合作方的一款ADC", "another candidate"): not the drug in view. */
const INDEFINITE_DRUG = /(?:一款|另一款|另一个|另一种)(?:[^，。,;；]{0,16}?)(?:ADC|抗体|药物|产品|疗法|分子|候选药)|\b(?:another|an undisclosed|an unnamed|a second|a separate) (?:[\w-]+ ){0,3}(?:drug|candidate|asset|antibody|ADC|therapy|molecule|program)\b(?! designation| status| tag)|\b(?:two|three|four|five|six|several|multiple) (?:[\w-]+ ){0,2}(?:drugs|candidates|assets|antibodies|ADCs|therapies|molecules|programs)\b/;
/** A company named as the source of what a sentence says ("according to IDEAYA's investor presentation", "据恒瑞公告"). */
const ATTRIBUTED = /\baccording to (?:the |a )?$|据$/i;
/** "…, the oral pill that it licensed", "which Zai Lab in-licensed": the words before a licence told of a drug named before them. */
const RELATIVE_LICENCE = /\b(?:that|which)\s(?:it|we|they|the company|[A-Z][\w&’'-]*(?:\s[A-Z][\w&’'-]*){0,2})\s(?:(?:had|has|previously|originally|earlier)\s)*(?:in-?)?$/;
/** "…, an ADC discovered by Hangzhou Sanfeng and licensed to": a licence told as what the drug is, before the licence wording. */
const DESCRIBED_LICENCE = /\b(?:discovered|developed|invented|originated|created)(?: in-house)? (?:by|at) [^.;,]{1,60}? and (?:later |subsequently |then )?$/;
/** "…entered into an exclusive license agreement (excluding Greater China) with X": X is the party agreed with. */
/** "…而对HRAS和NRAS无明显活性", "while sparing HRAS": what the drug leaves alone is no target of it. */
/** A ligand whose signalling the drug blocks through the target the text names besides ("抗IL-4Rα单抗，通过阻断IL-4和IL-13的信号传导"): no target of its own (alone, "blocks IL-17A signaling", it is the target). */
const SIGNALLING_AFTER = /^(?:\s?(?:和|与|及|、|and|,)\s?[A-Za-z0-9-]{2,10}){0,2}\s?的?\s?(?:信号(?:传导|通路)?|signal(?:l)?ing)/i;
const SPARED_AFTER = /^(?:\s?[和、及与/,]\s?[A-Za-z0-9-]{2,10})*\s?(?:均|都)?(?:无|没有)(?:明显|显著)?(?:活性|抑制)|^(?:\s?(?:,|and|or)\s?[A-Za-z0-9-]{2,10})*\s(?:(?:is|are) (?:spared|not (?:inhibited|affected))|with(?:out)? (?:no |little )?(?:activity|inhibition))/i;
/** The term an announcement defines for the drug right after its name: "（“该产品”）", "(the "Product")". */
/** A listing's line of results ("Key data: ORR 63.9%…", "主要数据：…"), and how many lines above it its entry may start. */
const RESULTS_LINE = /^(?:Key |Main |Topline )?(?:data|results|findings)\s?[:：]|^(?:主要|关键|核心)?(?:数据|结果)\s?[:：]/i;
const ENTRY_REACH = 4;
const FILING_NUMBER = /MR-\d{2}-\d{2}-\d{4,}/;
const CONVERTED_AFTER = /^\s?(?:转为|转换为|转成|转)(?:完全|常规)批准/;
const DEFINED_TERM = /^[\u4e00-\u9fff]{0,3}\s?[（(]\s?(?:the\s)?[“"]\s?(该产品|本产品|該產品|本品|该药物|Product|Drug|Candidate)\s?[”"]\s?[）)]/i;
const BINDS_BOTH = /\b(?:binds?|binding|targets?|targeting|blocks?|blocking|hits?|hitting|engages?|engaging|recogni[sz]es?|recogni[sz]ing) both\b|同时(?:靶向|结合|阻断)/i;
/** A sentence that only names what comes next: "So, LMR-101.", "Turning to LMR-220:", "On 101 —". */
const TOPIC_NAMED = /^(?:(?:So|Now|OK|Okay|Next|Then|And|Turning to|Moving (?:on )?to|As for|On)[,:]?\s)?[A-Za-z0-9-]{2,20}\s?[.:：。—-]?$/;
/** A study a hospital leads: "由我院…教授牵头开展的…研究", "led by investigators at". */
const HOSPITAL_LED = /我院|本院|牵头开展|研究者发起|(?:教授|主任|医生)(?:团队)?的病房|\binvestigator-(?:initiated|led|sponsored)\b/i;
/** A sentence saying what the thing just told is: "这是…", "该研究为…", "This is…". */
const IT_IS = /^(?:这是|这也是|此为|该研究(?:为|是)|此项研究(?:为|是)|This is|It is|The study is)/;
/** The header of a listed company's filing: its stock code. */
const FILING_HEADER = /(?:公司|证券|股票|股份)(?:代码|代號|代号)|\bStock Code\b/i;
/** "…submitted by our partner ", "filed by its U.S. licensee ": the applicant named next. */
const SUBMITTED_BY = /\b(?:submitted|filed) by (?:(?:our|its|their) )?(?:(?:U\.S\.|US|global|licensing|commercial|development) )?(?:partner|licensee)?\s?$/i;
/** Before an IIT's name: where it was run ("在…医院开展的IIT", "conducted at"). */
const IIT_RUN = /开展|进行|启动|\b(?:conducted|run|led|initiated|started) (?:at|in|by)\b/;
/** Right after an IIT's name: its results ("IIT结果", "（IIT）数据", "IIT data"). */
const IIT_RESULTS = /^[)）"”」]?\s?(?:的)?(?:初步|最新|长期|中期)?(?:随访)?(?:结果|数据)|^[)）]?\s(?:data|results|findings)\b/;
/** A filing's own voice: "本集团", "本公司", "we", "the Group". */
const FILER_VOICE = /本集团|本公司|我们|我司|\b(?:we|our|the Group)\b/i;
const LICENCE_WORDING = /\blicen[cs]e (?:agreement|deal)\b|\blicensing (?:agreement|deal)\b/i;
const AGREED_WITH = /\b(?:agreement|deal|collaboration|partnership|alliance|transaction)\b(?:\s?\([^()]{0,40}\))?\swith\s$/i;
function partnerIn(companies: CompanyMention[], text: string, s: Sentence): CompanyMention | undefined {
  return companies.find((c) => AGREED_WITH.test(text.slice(Math.max(s.start, c.start - 60), c.start)));
}
const SIGNS_BEFORE = /与\s?(?:(?:跨国|美国|欧洲|日本|韩国|海外|全球|国际)?(?:知名)?(?:药企|制药公司|医药公司|生物技术公司|生物科技公司|公司|巨头|药企巨头))?\s?$/;
// (or about a drug first: "与Platina Medicines Ltd就CM336订立独家许可协议")
const SIGNS_WITH = /^(?:集团|公司)?\s?(?:[(（][^)）]{0,30}[)）])?\s?(?:就[^，。；,;]{1,40}?)?(?:签订|签署|订立|达成)/;
/** Two mentions of one company: the same lexicon entry, or one name inside the other ("Meridian" in "Meridian Oncology"). */
function sameCompany(x: CompanyMention, y: CompanyMention): boolean {
  if (x.companyId !== null && x.companyId === y.companyId) return true;
  return companyNames(x).some((a) => companyNames(y).some((b) => a.includes(b) || b.includes(a)));
}
/** A company mention's names, folded: as written, and the full name a short one stands for ("美纳里尼" for "Menarini Group"). */
function companyNames(c: CompanyMention): string[] {
  return [fold(c.surface), ...(c.fullName ? [fold(c.fullName)] : [])];
}
/** Before the company that discovered a drug or licensed it out ("discovered by X", "in-licensed from X"). */
const ORIGINATED_BY = /\b(?:discovered|originated|invented)(?: in-house)? (?:by|at|from)\s$|\b(?:in-)?licensed (?:\w+ ){0,3}from\s$/;
/** After it, in Chinese ("由X自主研发"). */
const ORIGINATED_AFTER = /^(?:[(（][^)）]{0,30}[)）])?\s?(?:自主)?(?:研发|发现|开发)/;
/** Before the company a drug comes from, in its apposition ("X, a CAR-T from Y"). */
const FROM_OWNER = /\b(?:from|developed by|discovered by|created by|invented by)\s(?:[A-Z][A-Za-z.]*\s){0,2}?(?:[A-Z][A-Za-z.]*['’]s\s)?$/;
/** Between a drug and its company in a bracket or a table cell beside it (a dosage form may come first). */
const OWNER_BESIDE = /^[\u4e00-\u9fff]{0,4}[)）]?\s?[|｜(（]\s?$/;
/** After the date an acquisition closed on. */
const CLOSED_AFTER = /^\s?(?:完成(?:股权)?(?:交割|过户)|交割完成|,? (?:it |the (?:deal|transaction|acquisition) )?(?:closed|was completed|completed))/;
const CLOSED_BEFORE = /\b(?:closed|completed) (?:on |in )?$/;
/** "…patients who previously received at least one systemic treatment": the patients' history, not the news's. */
const PRIOR_THERAPY_WORDS = /\b(?:previously|already) (?:not )?(?:received|accepted|treated|untreated|exposed|been treated)\b|\bpreviously[- ]treated\b/gi;
/** A later clause that says what the trigger names is still being prepared. */
/** A designation named as what another is like ("其待遇与突破性疗法认定相当"): no event of its own. */
const LIKENED = /^\s?(?:相当|类似|相同|同等|一样|相仿)/;
/** A study through ethics review but not yet on the filing system ("IIT方案已通过…伦理委员会审查，尚待在备案系统完成备案"). */
const NOT_YET_FILED = /^[^。；;]{0,40}(?:尚待|仍待|尚未|暂未)[^。；;，,]{0,10}?备案|^[^.;]{0,60}\b(?:awaiting|pending|yet to (?:be )?(?:filed|registered|complete))\b[^.;]{0,20}?\b(?:filing|registration|record(?:-filing)?)\b/;
const STILL_PREPARED = /^[^。；;]{0,12}[，,]\s?(?:相关|该|此|其)?[^。；;，,]{0,8}(?:目前|尚|仍)?正在(?:准备|筹备|制定|设计)中?/;
const PATHWAY_BEFORE = /(?:通过|经由?|按照?|依托)\s?$|\b(?:through|via|under)\s(?:the\s)?$/i;
/** How many sentences back the date a "同日" or "同年5月" points to may be. */
const REFERENT_REACH = 6;
const APPROVAL_TYPES: EventType[] = ["approval", "conditional_approval"];
const ORPHAN_AGENCY: Agency = "FDA";
const NO_AGENCY: EventType[] = ["deal", "acquisition", "data_readout", "trial_start"];
const RESISTED_AFTER = /^(?:\/[\w-]+)?\s?(?:(?:inhibitors?|antibod(?:y|ies)|therapy|treatment|blockade|单抗|抑制剂|治疗)\s?)?(?:resistan|-resistant|refractory|failure|耐药|治疗失败|经治)/i;
const PRIOR_THERAPY_BEFORE = /(?:既往|接受过|包括|经|耐药|after|prior|previous|previously treated with|following|failure of|progress(?:ed|ion)? on)[^,。;:]{0,15}$/i;
/** The therapy a disease resists or progressed on, named before it ("cancers that escape Tagrisso", "对…耐药"). */
const RESISTED_BEFORE = /(?:escap(?:e|es|ed|ing)|resistant to|refractory to|progress(?:ed|ion)? on|failure of|previously treated with)\s(?:[^,.;]{0,15}\s)?$/i;
const DESCRIPTIVE_ASSET = /\bits\s((?:(?!to\b|for\b|with\b|in\b)[A-Za-z0-9.\-®]+\s){0,5}?(?:candidate|antibody|mAb|therapy|ADC|bispecific|drug|platform|inhibitor|vaccine|asset|molecule))\b/g;

/**
 * The rule-based extractor: lexicons (companies, targets, drugs, triggers, cues) plus recognisers for
 * codes, names, dates, money, phases and indications, assembled per sentence. See README "Extraction".
 */
export class RulesExtractor implements Extractor {
  readonly version = EXTRACTOR_VERSION;
  constructor(private readonly m: Matchers) {}

  /** A word the lexicons know as a whole (AstraZeneca), kept whole by the glued-word repair. */
  private readonly isName = (word: string): boolean => this.m.names.whole("company", word) !== undefined || this.m.names.whole("drug", word) !== undefined;

  extract(input: ExtractInput): ExtractOutput {
    const lang = input.lang ?? detectLang(input.text);
    const p = prepareText(input.text, this.isName);
    const published = input.published ?? findDateline(p.work);
    if (!p.work.trim()) return { lang, published, events: [] };
    const sentences = sentencesIn(p);
    // every event hangs on a trigger, a filing's number (a table of 受理号, a notice block) or a registry record's start: a document without
    // either needs no further reading
    const triggers = sentences.map((s) => this.findTriggers(s));
    if (!triggers.some((t) => t.length) && !mayHoldFields(p.work)) return { lang, published, events: [] };
    const analysis = analyseDocument(p, this.m);
    const candidates = this.findCandidates(p, sentences, triggers, analysis, published, lang);
    const events = toEvents(candidates, p, analysis, input.documentId, this.version);
    return { lang, published, events };
  }

  private findCandidates(p: Prepared, sentences: Sentence[], found: Trigger[][], a: Analysis, published: PartialDate | null, lang: Lang): Candidate[] {
    const out: Candidate[] = [];
    const text = p.work;
    const anchors = findAnchors(text);
    const rates = findRates(text);
    let focus: number | null = null;
    let focusSentence = -10;
    let focusOpens = false;
    // how far back the focus drug was named, in sentences of prose: the field lines of a notice block ("受理号：…",
    // "剂型：注射剂") do not move the reader away from the drug the block names
    const reading = readingOrder(sentences);
    const sinceFocus = (si: number) => (focusSentence < 0 ? Infinity : reading[si]! - reading[focusSentence]!);
    let lastEventType: { type: EventType; sentence: number; entity: number } | null = null;
    let lastAcquisition: { sentence: number; mention: AssetMention } | null = null;
    let lastDesignation: TriggerRule | null = null;
    // the last date a sentence stated, for "同日" / "the same day" / "同月" / "同年" in a later one
    let lastStatedDate: PartialDate | null = null;
    // the last date stated for each kind of news, approvals of any kind as one ("上周四，…附条件批准X…。…同日获批的还有Y": Y's day is X's approval's)
    const lastDateOf = new Map<EventType, PartialDate>();
    let countedSet: CountedSet | null = null;
    let lastSet: CountedSet | null = null;
    // what depends on the drug alone is worked out once per drug
    const attrs = oncePerEntity((entity) => this.entityAttributes(entity, a, sentences, text));
    const nameOf = oncePerEntity(preferredName);
    // (a drug written as the therapy patients come after, "a similar post-Tagrisso population", is none of the sentence's news)
    // the drugs the text pits the news's drugs against ("comparing it with alectinib"): never the drug in view
    // (not the first of two a study compares: "该研究对比卡度尼利单抗联合化疗与安慰剂联合化疗" tests the former)
    const comparedFirst = (x: AssetMention) => /(?:对比|比较)\s?$/.test(text.slice(Math.max(0, x.start - 3), x.start)) && /^[^，。；,;]{0,40}?(?:与|和)/.test(text.slice(x.end, x.end + 44));
    // (and the second of two set head to head: "XD-101与司美格鲁肽头对头", "XD-101 and tirzepatide head-to-head")
    const secondHeadToHead = (x: AssetMention) => /(?:\sand|与|和)\s?$/.test(text.slice(Math.max(0, x.start - 5), x.start)) && /^\s?(?:head-to-head|头对头)/i.test(text.slice(x.end, x.end + 14));
    const comparators = new Set(a.assets.filter((x) => (COMPARATOR_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)) && !comparedFirst(x)) || COMPARATOR_AFTER.test(text.slice(x.end, x.end + 30)) || secondHeadToHead(x)).map((x) => x.entity));
    // a comparator's owner ("with Merck's Keytruda") is no party to the news
    const comparatorMentions = a.assets.filter((x) => comparators.has(x.entity));
    const ownsComparator = (c: CompanyMention) => comparatorMentions.some((x) => x.start > c.end && /^(?:['’]s\s?|的)$/.test(text.slice(c.end, x.start)));
    const partiesIn = (from: number, to: number) => inRange(a.companies, from, to).filter((c) => !ownsComparator(c));
    // (nor a drug patients had before: "in patients … previously treated with trastuzumab and a taxane", nor one named as
    // an example of a class: "司美格鲁肽、替尔泊肽等GLP-1药物"; all read once per document)
    const examples = exemplarMentions(a.assets, text);
    // (nor one named for what it sells: "which faces the erosion of Opdivo revenue", "K药的销售额")
    const passing = new Set(a.assets.filter((x) => examples.has(x) || /\bpost-$/i.test(text.slice(Math.max(0, x.start - 5), x.start)) || PRIOR_DRUG.test(text.slice(Math.max(0, x.start - 32), x.start)) || MADE_FROM.test(text.slice(Math.max(0, x.start - 32), x.start)) || SALES_AFTER.test(text.slice(x.end, x.end + 12))));
    const mentionsIn = (s: Sentence) => inRange(a.assets, s.start, s.end).filter((x) => !passing.has(x));
    const docAgency = dominantAgency(text, this.m, lang);
    const headline = announcedTypes(this.m.sections, sentences[0]?.text ?? "");
    const headlineClearances = headline.length === 1 && headline[0] === "ind_approved";
    const untold = new Set<number>();
    const studies = new Map<string, number>();
    // inside the text a correction notice withdraws ("更正前：“…”"), until what it states instead
    let superseded = false;
    let boilerplate = false;
    // the news a roundup's section heading announces ("【临床默示许可】"), for the bulleted items under it
    let section: { rule: TriggerRule; sentence: number } | null = null;
    // the items of a list of plans ("the Group expects to (i) …; (ii) obtain marketing approval of X;")
    let planItems = false;

    sentences.forEach((s, si) => {
      // (a release's forward-looking statements, and what follows them, tell no news)
      if (FORWARD_LOOKING.test(s.text)) boilerplate = true;
      if (boilerplate) return;
      if (SUPERSEDED.test(s.text)) superseded = true;
      else if (CORRECTED.test(s.text)) superseded = false;
      const listGoesOn = planItems && /[;；:：]$/.test(sentences[si - 1]?.text.trimEnd() ?? "") && LIST_ITEM.test(s.text);
      planItems = listGoesOn || (this.m.plans.test(s.text) && /[;；:：]$/.test(s.text.trimEnd()));
      const mentions = mentionsIn(s);
      // the drug of the sentences before, which "本品" / "the drug" in this one may point back to
      const earlier = focus !== null && sinceFocus(si) <= 3 ? focus : null;
      // (a competitor named in passing does not take the reader's attention: "…the same schedule as Novartis' inclisiran, its most direct competitor")
      // (nor does a drug named as the class it leads or the therapy before it: "对克唑替尼等一代药物耐药后…")
      let inView = mentions.length - 1;
      while (inView >= 0 && ((focus !== null && isBackground(mentions[inView]!, s, text)) || comparators.has(mentions[inView]!.entity))) inView--;
      if (inView >= 0 && !(focus !== null && COMPETITORS.test(s.text) && !found[si]!.length)) {
        focus = mentions[inView]!.entity;
        focusSentence = si;
        // the focus drug opens its sentence ("HRS-8829 is …") or ends it ("双抗ADC的标杆案例，是百利天恒的BL-B01D1。"): the
        // sentence is about it
        // (or opens it after its owner: "Kanghui Biopharma's KH-5D2 is …", "某某生物的X是…")
        const opener = inRange(a.companies, s.start, mentions[0]?.start ?? s.start)[0];
        const ownerOpens = opener !== undefined && opener.start - s.start <= 2 && /^(?:['’]s?|的)?\s?$/.test(text.slice(opener.end, mentions[0]!.start));
        // (or after the words it is named in apposition to: "The third clinical program, CRB-410, is …")
        focusOpens = new Set(mentions.map((x) => x.entity)).size === 1 && (mentions[0]!.start - s.start <= 2 || /^\s?注射用\s?$|^(?:The|Its|Our|Their|Another) [^,.;]{1,40},\s?$/.test(text.slice(s.start, mentions[0]!.start)) || ownerOpens || (s.end - mentions.at(-1)!.end <= 2 && /(?:是|为)[^，,。；;]{0,16}$/.test(text.slice(s.start, mentions[0]!.start))));
      }
      // ("Merivance has already partnered the drug outside China.": a sentence that points back to the drug in words keeps it in view)
      else if (!mentions.length && !found[si]!.length && focus !== null && sinceFocus(si) <= 3 && STRONG_ANAPHOR.test(s.text)) focusSentence = si;
      learnStudies(s, [...new Set(mentions.map((x) => x.entity))], si - focusSentence <= 2 ? focus : null, studies);
      let triggers = found[si]!;
      // "受理日期：2024年1月19日" in a notice block: the acceptance of the drug the block names
      const field = noticeField(sentences, si, text);
      // (a registry record's drug is the one its title names, not the comparator its interventions list last)
      const drug = field ? ((field.drugLine && inRange(a.assets, field.drugLine.start, field.drugLine.end)[0]) || blockDrug(sentences, si, a)) : undefined;
      if (field && drug) triggers = [{ rule: field.rule, start: s.start, end: s.end, field: { drug, indication: field.indication, ...(field.owner ? { owner: field.owner } : {}) } }];
      // "| CXSL2600412 | 注射用X | 申请人 | 2026-04-16 |" under a table header of acceptances
      const row = field ? null : tableRow(sentences, si, a, this.m.sections);
      // (a row whose status cell says the notice period is over tells the formal listing: "公示期满，9月8日正式纳入")
      const formally = row ? FORMAL_LISTING.exec(s.text) : null;
      const span = formally ? { start: s.start + formally.index, end: s.start + formally.index + formally[0].length } : s;
      if (row) triggers = [{ rule: formally && row.rule.status ? { ...row.rule, status: "granted" } : row.rule, start: span.start, end: span.end, field: { drug: row.drug, indication: row.indication, row } }];
      // "…has previously received this designation for:" repeats the designation named just before
      if (!triggers.length && lastDesignation && SAME_DESIGNATION.test(s.text)) {
        const at = s.start + s.text.search(SAME_DESIGNATION);
        triggers = [{ rule: lastDesignation, start: at, end: at + 1 }];
      }
      // (a designation named before its drug is: "X's ADC has picked up an FDA breakthrough therapy designation. The FDA granted the designation to X…")
      const named = triggers.find((t) => STATUS_TYPES.includes(t.rule.type) && t.rule.status === "granted");
      if (named) lastDesignation = named.rule;
      // "X was first approved in May 2024 for A, and in April 2025 as monotherapy for B": the verb told once for two events
      const repeat = elidedRepeat(s, triggers) ?? followedSuit(s, triggers, found.slice(Math.max(0, si - FOLLOWED_REACH), si));
      if (repeat) triggers = [...triggers, repeat];
      // members of a counted set named after it ("11款新药获批…其中，X的Y…") inherit its trigger, until the text
      // tells a drug's news of another kind
      // (a history sentence tells older news and leaves the set open)
      // the wordings that tell events: a planned or negated one ("纳入理由为“符合附条件批准…”") tells none
      // (a table row or a notice's field line tells what its columns say, whatever words its cells hold: "理由及依据：符合附条件批准的药品")
      const planned = (t: Trigger) => t.field === undefined && this.isPlanned(s, t);
      const told = (row || field ? triggers : found[si]!).filter((t) => !planned(t));
      if (countedSet && si > countedSet.sentence && mentions.length && told.some((t) => !countedSet!.types.has(t.rule.type)) && !this.m.history.test(s.text)) countedSet = null;
      // (so does a section heading of another kind: "一、突破性治疗公示", "【受理信息】")
      // (and an English roundup's heading line of another section: "Company News", "Deals and Financings")
      if (countedSet && si > countedSet.sentence && !mentions.length && (this.announcesOtherSection(s, countedSet.types) || (EN_HEADING_LINE.test(s.text) && text[s.start - 1] === "\n" && announcedTypes(this.m.sections, s.text).every((type) => !countedSet!.types.has(type))))) countedSet = null;
      // "同批公示的还有X": a drug said to be on the same list goes back to the last set, however the text went on
      if (countedSet) lastSet = countedSet;
      else if (lastSet && mentions.length && !told.length && SAME_BATCH.test(s.text)) countedSet = lastSet;
      // a member is listed ("其中，…", "1. …", after a colon) and is not a competitor ("国内同类在研产品还包括…"); a drug
      // given with the notice's wording ("X拟用于…", "进入公示名单") is a member wherever the roundup's sections put it
      const noticeWording = countedSet !== null && MEMBER_WORDING.test(s.text.slice(mentions[0] ? mentions[0].end - s.start : 0));
      const listed = MEMBER_CUE.test(s.text) || (countedSet !== null && /[:：]$/.test(sentences[countedSet.sentence]!.text)) || (countedSet !== null && lastEventType?.sentence === si - 1 && lastEventType.entity >= 0 && lastEventType.type === countedSet.rule.type);
      // (each enumerated member may be described at length: the reach counts from the last one "一、…", "（2）…", in
      // sentences of prose, a notice's field lines counting for nothing; a sentence describing the member just told is
      // no member of its own)
      if (countedSet && reading[si]! - reading[Math.max(countedSet.sentence, countedSet.member ?? -1)]! <= (noticeWording ? SECTION_REACH : MEMBER_REACH) && mentions.length && !told.length && (listed || noticeWording) && !COMPETITORS.test(s.text) && !namesGeneric(s.text) && !isCombinationPartner(mentions[0]!, s, text) && !(lastEventType?.sentence === si - 1 && lastEventType.entity === mentions[0]!.entity) && !untold.has(mentions[0]!.entity) && !this.headsItsNews(sentences, si, found, mentions[0]!, mentionsIn)) {
        if (MEMBER_CUE.test(s.text)) countedSet.member = si;
        triggers = [...triggers, { rule: countedSet.rule, start: mentions[0]!.start, end: mentions[0]!.end }];
      }
      // "【临床默示许可】 / · 晟诺医药｜SNM-105注射液｜…｜中重度活动性溃疡性结肠炎": a bulleted item under a heading that
      // announces one kind of news tells that news of its drug (a proposal when it says so: "同日进入拟纳入公示")
      // (a drug whose news a sentence told as no event, withdrawn or planned, is no member of a set after it)
      if (found[si]!.length && !told.length) for (const x of mentions) untold.add(x.entity);
      if (SECTION_HEADING.test(s.text)) {
        const rule = sectionRule(s.text, this.m.sections);
        section = rule ? { rule, sentence: si } : null;
      }
      // (not an item that only names the drug whose news the next sentence tells: "■ 注射用SHR-4849（恒瑞医药）/ 7月29日，…拟纳入…")
      else if (section && !triggers.length && !told.length && mentions.length && BULLET.test(s.text) && si - section.sentence <= SECTION_REACH && !namesGeneric(s.text) && !COMPETITORS.test(s.text) && !(sentences[si + 1] && mentionsIn(sentences[si + 1]!).some((x) => x.entity === mentions[0]!.entity))) {
        const rule = STATUS_TYPES.includes(section.rule.type) && PROPOSAL.test(s.text) ? { ...section.rule, status: "proposed" as const } : section.rule;
        // (an item in cells, "公司｜药品｜类别｜适应症", ends with its indication)
        const indication = lastCell(s);
        // (the item as a whole tells it: its dates are the news's, "同日进入拟纳入公示" too)
        triggers = [{ rule, start: mentions[0]!.start, end: s.end, ...(indication ? { field: { drug: mentions[0]!, indication } } : {}) }];
      }
      // (a question tells no news: "问3：ZG005何时公布数据？", "Will the FDA approve X this year?")
      // (nor a pipeline list's line, where each drug stands: "ISM5043 – KAT6A/B – ER+/HER2- breast cancer – Phase 1 – out-licensed to Stemline")
      if (!triggers.length || superseded || listGoesOn || this.m.disclaimers.test(s.text) || QUESTION.test(s.text) || (!row && !field && isPipelineLine(sentences, si))) return;
      const historical = this.m.history.test(s.text.replace(PRIOR_THERAPY_WORDS, ""));
      const dates = findDates(text, s.start, s.end);
      let sentenceAgencies: AgencyMention[] | null = null;
      let sentenceIndications: IndicationSpan[] | null = null;
      let sentencePhases: PhaseMention[] | null = null;
      // (and owns no date or indication)
      const telling = triggers.filter((t) => !planned(t));
      // (a deal's wording inside an acquisition is the acquisition's, and owns none of its dates: "11月30日宣布，将以6.2亿美元现金首付款…收购X")
      // (a review pathway an approval went through owns no date either: "On May 27, … approved X through the priority review procedure")
      const isPathway = (t: Trigger) => t.rule.type === "priority_review" && PATHWAY_BEFORE.test(text.slice(Math.max(s.start, t.start - 8), t.start)) && triggers.some((o) => o.start > t.start && APPROVAL_TYPES.includes(o.rule.type));
      // a deal's wording in an acquisition's clause tells that acquisition's terms ("bought X for $800 million upfront"),
      // not in a clause of its own ("Y licensed Z in 2022 in a deal worth $5 billion, and W bought X …")
      const ofAcquisition = (t: Trigger) => t.rule.type === "deal" && triggers.some((o) => o.rule.type === "acquisition" && sameCoordinate(text, t, o));
      const owning = telling.filter((t) => !ofAcquisition(t) && !isPathway(t));
      const listItems = s.text.trimEnd().endsWith(":") || s.text.trimEnd().endsWith("：") ? collectListItems(sentences, si, this.m) : [];

      for (const hit of triggers) {
        if (planned(hit)) continue;
        // the terms of an acquisition told in the next sentence ("US$425 million upfront…") complete that acquisition
        const termsOfAcquisition =
          hit.rule.type === "deal" && !mentions.length && lastAcquisition !== null && si - lastAcquisition.sentence <= 2;
        // ("获批用于难治性狼疮肾炎" under "…共有31个受理号获得临床试验默示许可": a bare 获批 among clearances is a clearance)
        // (or in a text whose headline announces clearances only: "一周临床默示许可速览")
        const clearance = hit.rule.type === "approval" && !/上市|注册证/.test(text.slice(hit.start, hit.end)) && ((countedSet?.rule.type === "ind_approved" && si - countedSet.sentence <= SECTION_REACH) || (headlineClearances && /获批/.test(text.slice(hit.start, hit.end))));
        // ("由我院…教授牵头开展的“X治疗Y的…研究”…完成首例受试者给药。这是我院…研究者发起的临床研究(IIT)": a first dosing in a
        // study a hospital leads is an IIT's)
        const investigatorLed = hit.rule.type === "trial_start" && (HOSPITAL_LED.test(s.text) || (found[si + 1]?.some((o) => o.rule.type === "iit") === true && IT_IS.test(sentences[si + 1]!.text)));
        // ("…的新适应症上市申请，已…纳入优先审评。该申请于去年10月获受理": an acceptance of the application just told is of its kind)
        const marketingFiling = hit.rule.type === "ind_accepted" && APPLICATION_POINTED.test(s.text) && !CLINICAL_FILING.test(s.text) && si > 0 && MARKETING_FILING.test(sentences[si - 1]!.text) && !CLINICAL_FILING.test(sentences[si - 1]!.text);
        const t = termsOfAcquisition ? { ...hit, rule: { ...hit.rule, type: "acquisition" as const } } : clearance ? { ...hit, rule: { ...hit.rule, type: "ind_approved" as const } } : investigatorLed ? { ...hit, rule: { ...hit.rule, type: "iit" as const, agency: "NHC" as const } } : marketingFiling ? { ...hit, rule: { ...hit.rule, type: "nda_accepted" as const } } : hit;
        // (a comparator is never the subject: "Baiyue's ALK drug beats alectinib in phase 3")
        const subjects = mentions.filter((x) => !comparators.has(x.entity));
        // a deal told in a coordinated clause of its own, beside other news, has its parties, terms and date there
        // ("Y licensed Z in 2022 in a deal worth $5 billion, and W bought X for $800 million upfront in 2024")
        const own = (t.rule.type === "deal" || t.rule.type === "acquisition") && telling.some((o) => !sameCoordinate(text, t, o)) ? coordinateOf(text, s, t) : s;
        let targets = t.field ? [t.field.drug] : termsOfAcquisition ? [lastAcquisition!.mention] : t.rule.type === "acquisition" ? [] : this.entitiesFor(t, own, subjects.filter((x) => x.start >= own.start && x.end <= own.end), a, p);
        if (t.rule.type === "acquisition" && !termsOfAcquisition && !t.field) {
          const acquired = acquiredCompany(t, own, a, text);
          // (a drug named only in a later clause is not what was bought: "对于51亿元的收购对价，…NC-1019若能顺利上市")
          const clause = clauseOf(text, s, t);
          targets = acquired ? [acquired] : this.entitiesFor(t, s, mentions, a, p).filter((x) => x.start < clause.end);
        }
        // (a licence told in a relative clause is of the drug the clause describes, named before it: "KarXT, the combination of …
        // that it licensed from Karuna, and ZL-1310, its in-house ADC")
        if (t.rule.type === "deal" && !t.field && RELATIVE_LICENCE.test(text.slice(s.start, t.start))) targets = targets.filter((x) => x.end <= t.start).slice(-1);
        // a deal worded inside an acquisition ("首付款" of the purchase) is the acquisition itself
        if (ofAcquisition(t)) continue;
        // ("…, and more than a dozen incretin programs from Chinese developers have been licensed to Western companies": a count, no named drug's deal)
        if (t.rule.type === "deal" && !t.field && countedInClause(text, s, t, mentions)) continue;
        if (!targets.length) {
          const descriptive = t.rule.type === "deal" ? descriptiveAsset(p, s) : null;
          if (descriptive) targets = [descriptive];
        }
        // "…受理的注射用X符合要求，同意本品联合阿得贝利单抗开展…": the drug 本品 points back to, not its combination partner
        if (targets.length && targets.every((x) => isCombinationPartner(x, s, text))) {
          const anaphor = text.slice(s.start, targets[0]!.start).search(STRONG_ANAPHOR);
          // (without one, the drug of the sentences before: "…compared favorably with historical results for docetaxel")
          const referent = anaphor < 0 ? earlier : (mentions.filter((x) => x.end <= s.start + anaphor && !isCombinationPartner(x, s, text)).pop()?.entity ?? earlier);
          if (referent !== null && targets.every((x) => x.entity !== referent)) targets = [a.entities[referent]!.mentions[0]!];
        }
        // (a filing number told, without a date, of the study the text has already told: "…完成首例患者回输。…该研究…完成备案（备案号：MR-…）")
        if (!targets.length && t.rule.type === "iit" && FILING_NUMBER.test(text.slice(t.start, t.end)) && !dates.length) continue;
        let weak = false;
        if (!targets.length && COUNTED_SET.test(s.text) && !STRONG_ANAPHOR.test(s.text)) {
          if (STATISTIC.test(s.text)) continue;
          // ("依据《…优先审评审批工作程序》…，以下药品拟纳入优先审评…，现予以公示": a set a notice proposes)
          const rule = STATUS_TYPES.includes(t.rule.type) && PROPOSAL.test(s.text) ? { ...t.rule, status: "proposed" as const } : t.rule;
          if (countedSet?.sentence === si) countedSet.types.add(t.rule.type);
          // (dated by the date the sentence opens with, not by a deadline it states: "12月1日，CDE…公示…，截至12月7日")
          // (a count without a date right after a dated one is part of it: "2025年10月，共有9款…获受理…。其余6款受理品种中，…")
          else countedSet = { rule, types: new Set([t.rule.type]), sentence: si, date: this.dateFor(openingDate(dates, s, text) ?? nearest(dates, t.start, t.end), published, anchors, historical) ?? (countedSet && si - countedSet.sentence <= SECTION_REACH ? countedSet.date : null) };
          // ("CDE更新了新一批拟纳入突破性治疗品种公示名单，…的注射用X赫然在列": a member named in the set's own sentence)
          const member = mentions.find((x) => x.start > t.end && MEMBER_WORDING.test(text.slice(x.end, s.end)));
          if (!member) continue;
          targets = [member];
        }
        // (a roundup's section heading, "五、数据发布", announces the items under it: it points back to no drug)
        // (nor does a drug the sentence names only in passing: "a drug for lung cancers that escape Tagrisso has earned…")
        if (!targets.length && focus !== null && !COMPETITORS.test(s.text) && !SECTION_HEADING.test(s.text) && !mentions.some((x) => x.entity === focus && isBackground(x, s, text))) {
          weak = true;
          // (an item of a list that names no drug and does not point back is about its own news: "4.维拓生物：GPC3 ADC二线肝癌II期结果发表";
          // nor is a sentence about a drug told as one of several: "其授权给海外合作方的一款ADC…完成首例患者入组")
          const newItem = NUMBERED_ITEM.test(s.text) && focusSentence < si && !STRONG_ANAPHOR.test(s.text) && !WEAK_ANAPHOR.test(s.text);
          // a drug pointed back to in words ("本品", "this product") may lie a few background sentences further back
          // (in a text about one drug, as far as a word pointing back reaches: "Our investigator-initiated study … dosed its first patient")
          const near = sinceFocus(si) <= (STRONG_ANAPHOR.test(s.text) || a.entities.length === 1 ? STRONG_REACH : 3);
          const continuation = near && lastEventType !== null && lastEventType.type === t.rule.type && si - lastEventType.sentence <= 2;
          const companyNamed = partiesIn(s.start, s.end).length > 0;
          // a clause after a semicolon goes on about the drug of the clause before ("2023年，X启动了IIT；去年6月公布的数据显示…")
          const semicolonClause = /[；;]$/.test(sentences[si - 1]?.text ?? "") && (si === focusSentence + 1 || lastEventType?.sentence === si - 1);
          // data reported right after the drug's study is described are that drug's data
          // (in an article about one drug, however far the background went on)
          const dataOfFocus = t.rule.type === "data_readout" && sinceFocus(si) <= (a.entities.length === 1 || DATA_ANAPHOR.test(s.text) ? STRONG_REACH : 2) && (!companyNamed || this.ownerNamedIn(a.entities[focus]!, s, a, p) || this.onlyOwnerNamedIn(a.entities[focus]!, s, a, p, false));
          // deal terms told right after the drug is named, with no company in view ("The Boston biotech licensed ex-China
          // rights in 2024, paying $80 million upfront")
          // (or a licence the drug's owner, named in words, granted right after: "Veltrix does not hold all of VTB-0311's rights. In 2024, the biotech licensed Greater China rights to Kangcheng…")
          // (or naming only the one paying: "In June 2025, Almirall paid $30 million upfront for European rights…")
          const named = inRange(a.companies, s.start, s.end);
          // ("双方于2023年5月达成该合作，Aster当时支付了5000万美元首付款": the one paying, in Chinese)
          const onlyPayer = named.length === 1 && (licenseeIn(named, text, s) === named[0] || ZH_PAYS.test(text.slice(named[0]!.end, Math.min(s.end, named[0]!.end + 30))));
          const termsOfFocus = t.rule.type === "deal" && sinceFocus(si) <= 2 && (((!companyNamed || onlyPayer) && DEAL_TERMS.test(s.text)) || OWNER_OPENS.test(s.text));
          // ("The agency granted Orphan Drug Designation on July 2…": the regulator acting, right after the drug was named)
          // (naming no company but the drug's owner: "The FDA cleared an IND for a global Phase 2b study in September, and Veltrix had planned…")
          // (or a company only in a clause after the regulator's: "The FDA cleared an IND for a U.S. phase 2 study last month, and Halyard Bay says…")
          const regulatorActs = sinceFocus(si) <= 2 && REGULATOR_OPENS.test(s.text) && (!companyNamed || !partiesIn(s.start, firstIndexOf(text, CLAUSE_BREAKS, t.end, s.end)).length || this.onlyOwnerNamedIn(a.entities[focus]!, s, a, p, false));
          // (results reported right after a study is told are that study's: "…an investigator-initiated trial at Renji Hospital, which dosed its first patient in January 2026. At ACR Convergence 2026, investigators reported that…")
          const dataOfStudy = t.rule.type === "data_readout" && !companyNamed && lastEventType !== null && lastEventType.entity === focus && ["iit", "trial_start"].includes(lastEventType.type) && si - lastEventType.sentence <= 1;
          // (a trial of some phase started right after the drug was named: "2024.07.16，I期剂量递增研究…完成首例受试者给药")
          const trialOfFocus = t.rule.type === "trial_start" && sinceFocus(si) <= 2 && !companyNamed && STUDY_OPENS.test(s.text);
          // ("So, LMR-101. We got the BTD from CDE last month…": a speaker naming the drug they turn to, then telling its news)
          const topicNamed = sinceFocus(si) === 1 && TOPIC_NAMED.test(sentences[focusSentence]!.text.trim());
          // ("The company dosed the first patient in a phase 2 study…": the drug's owner in words, right after the drug)
          // (or by name, as the sentence's subject and its only company: "ZH-2702 is still early. Zhihe won clearance from China's NMPA to start human trials in February")
          const ownerOpens = companyNamed && inRange(a.companies, s.start, s.end)[0]!.start - s.start <= 2 && this.onlyOwnerNamedIn(a.entities[focus]!, s, a, p, false);
          const ownerActs = sinceFocus(si) <= 2 && ((!companyNamed && OWNER_OPENS.test(s.text)) || ownerOpens);
          const anaphor = dataOfFocus || dataOfStudy || trialOfFocus || termsOfFocus || regulatorActs || topicNamed || ownerActs || (near && (STRONG_ANAPHOR.test(s.text) || DATA_OPENS.test(s.text) || EVENT_OPENS.test(s.text) || (!companyNamed && FILING_OPENS.test(s.text)) || semicolonClause || (!companyNamed && WEAK_ANAPHOR.test(s.text))));
          // "Summit and Akeso agreed on a license deal…", "the CDE accepted Qingyu's new drug application": a sentence
          // naming the focus drug's owner (and, unless a deal, no other company)
          const isDeal = t.rule.type === "deal" || t.rule.type === "acquisition";
          const ownerNamed = near && (isDeal ? this.ownerNamedIn(a.entities[focus]!, s, a, p) : this.onlyOwnerNamedIn(a.entities[focus]!, s, a, p));
          // the drug pointed back to is the subject of the last event when there is a recent one, else the last named
          // (unless a sentence after that event is about another drug: "…SHR-2173… / HRS-8829 is … This product in March obtained…")
          const subject = lastEventType !== null && lastEventType.entity >= 0 && si - lastEventType.sentence <= 3 && !(focusSentence > lastEventType.sentence && focusOpens) ? lastEventType.entity : focus;
          // a study named earlier with the drug ("HARMONi研究") stands for the drug
          const study = studyEntity(s, studies);
          if (study !== null) {
            targets = [a.entities[study]!.mentions[0]!];
            weak = false;
          } else if ((anaphor || continuation || ownerNamed) && !(newItem || INDEFINITE_DRUG.test(s.text))) {
            targets = [a.entities[termsOfFocus ? focus : subject]!.mentions[0]!];
            // (a drug pointed back to in words is named again: "The bispecific first went into humans…" keeps it in view)
            if (subject === focus && (dataOfFocus || (near && (STRONG_ANAPHOR.test(s.text) || (!companyNamed && WEAK_ANAPHOR.test(s.text)))))) focusSentence = si;
          }
          else {
            // "Regulatory milestones for X to date: / * Orphan Drug Designation from the FDA (2024)": an item of a list the drug heads
            const head = listHead(sentences, si, text) ?? headingAbove(sentences, si, text, mentionsIn);
            const headDrug = head === null ? undefined : mentionsIn(sentences[head]!).pop();
            if (headDrug) targets = [headDrug];
          }
          // a drug pointed back to in words ("这款药物此前已获批…") is as good as named
          if (near && STRONG_ANAPHOR.test(s.text)) weak = false;
        }
        // "GSK has agreed to pay Hengrui $500 million upfront for a COPD drug … The centerpiece is HRS-9821": a deal
        // told before its drug is named, with no drug in view, is about the drug the next sentences name first; other
        // news only when the next sentence goes on about it ("…发表了一项IIT的结果。该研究评估了BRL-301…")
        if (!targets.length && (focus === null || sinceFocus(si) > 3)) {
          const next = sentences[si + 1];
          // (or a drug described before it is named: "An oral IL-17A inhibitor from Beijing Sinoveta missed its primary endpoint…")
          const ahead = t.rule.type === "deal" || DESCRIBED_SUBJECT.test(s.text) ? sentences.slice(si + 1, si + 3).find((x) => mentionsIn(x).length) : next && STRONG_ANAPHOR.test(next.text.slice(0, 12)) ? next : undefined;
          if (ahead && mentionsIn(ahead).length) targets = [mentionsIn(ahead)[0]!];
        }
        for (const mention of targets) {
          const entity = mention.entity >= 0 ? a.entities[mention.entity]! : null;
          const { asset, aliases } = entity ? nameOf(entity) : { asset: mention.surface, aliases: [] };
          // (a company bought is the whole clause's subject, whatever drug an apposition names: "bought X, the developer of PM8002, for …")
          const scope = scopeOf(own, mention, t.rule.type === "acquisition" && mention.entity < 0 ? [] : mentions.length ? mentions : targets);
          // (a statement pointing back, "This application … obtain acceptance", is of the regulator of what it points back to)
          // (of the same kind when there is one: "The BTD was granted on the basis of …")
          const earlierOfDrug = out.filter((c) => c.entity === mention.entity && c.sentence !== s);
          const pointedAgency = mention.end <= s.start ? (earlierOfDrug.findLast((c) => c.type === t.rule.type) ?? earlierOfDrug.at(-1))?.agency : undefined;
          // ("The FDA accepted the NDA … The agency had earlier granted X Breakthrough Therapy Designation": the regulator named last)
          const agencyNamedBefore = AGENCY_POINTED.test(s.text) ? this.agencyNamedBefore(sentences, si) : undefined;
          const agencies = NO_AGENCY.includes(t.rule.type) ? [null] : this.agenciesFor(t, s, (sentenceAgencies ??= this.agencyMentions(s)), text, pointedAgency ?? (agencyNamedBefore !== undefined ? agencyNamedBefore : docAgency), telling);
          const isDeal = t.rule.type === "deal" || t.rule.type === "acquisition";
          const within = (r: { start: number; end: number }) => dates.filter((d) => d.start >= r.start && d.end <= r.end);
          // (before it, the nearest first: "created in 2024 around three programs: in May 2024 Hengrui licensed … to X")
          const scoped = isDeal && scope.end - scope.start < s.end - s.start ? (within(scope).length ? within(scope) : within(scope.before).reverse()) : dates;
          // a date in the trigger's own clause wins ("X for melanoma in 2024, and a second X for sqNSCLC in February 2025")
          const clause = clauseOf(text, s, t);
          // "accepted in July 2025 and subsequently granted priority review": the earlier date is not the later event's
          // ("同月", "the same day" after the trigger point back to another event's date, not this one's)
          const datable = dates.filter((d) => (d.end > t.start || !SUBSEQUENTLY.test(text.slice(d.end, t.start))) && !(d.start >= t.end && d.relative?.startsWith("same_")));
          // "received clinical trial approval from the NMPA in March 2025 and IND clearance from the FDA in October
          // 2025": in English a date after the trigger and before the next one is the trigger's own
          // (one that starts inside this one's wording is no next one: "an investigator-initiated trial of X in SLE in 2023, and early results …, presented at …")
          const nextTrigger = triggers.find((o) => o.start >= t.end && o.rule.type !== t.rule.type)?.start ?? s.end;
          // (and one after the next trigger is that trigger's: "The RMAT designation adds to the Fast Track designation
          // that the FDA granted … in January 2025")
          // (a Chinese brand in brackets leaves an English sentence English: "approved X (…; Chinese brand name: 信玖凝) on April 9, 2025")
          const english = cjkShare(s.text) < 0.1;
          // (a date that starts in the clause is in it, whatever comma it holds: "dosed on January 9, 2026")
          const ahead = english ? datable.filter((d) => d.start >= t.end && d.end <= nextTrigger && d.start < clause.end) : [];
          const inClause = ahead.length ? ahead : datable.filter((d) => d.start >= clause.start && d.end <= clause.end && (!english || d.end <= nextTrigger));
          // a sentence's only date, said first ("5月27日，国家药监局…附条件批准…"), dates each event it tells
          // (an acquisition happened when it closed: "收购…的交易，已于1月16日完成股权交割", "the acquisition closed on …")
          const closing = t.rule.type === "acquisition" ? datable.find((d) => d.start > t.start && (CLOSED_AFTER.test(text.slice(d.end, d.end + 12)) || CLOSED_BEFORE.test(text.slice(Math.max(s.start, d.start - 16), d.start)))) : undefined;
          // ("…批准通知书，批准日期为2026年6月10日": a date the sentence labels as the event's)
          const labelled = datable.find((d) => (ACCEPTED_TYPES.includes(t.rule.type) ? ACCEPTED_ON_LABEL : APPROVED_ON_LABEL).test(text.slice(Math.max(s.start, d.start - 8), d.start)));
          // (a deal table's day cell, "11.30": month and day)
          const dayCell = t.field?.row?.date ? findDates(surface(p, t.field.row.date.start, t.field.row.date.end).replace(/^(\d{1,2})[./](\d{1,2})$/, "$1月$2日"))[0] : undefined;
          // (a date in a later clause that tells another event is that event's: "…受理，并于2026年4月被…纳入优先审评")
          const inLaterClauseOf = (d: Span) => d.start >= clause.end && owning.some((o) => o !== t && o.start >= d.end && clauseOf(text, s, o).start <= d.start);
          // ("FDA於今年5月受理…的新藥上市申請，並給予優先審評資格": a clause joined on with 并 shares the date of the clause before)
          const joinedOn = !inClause.length && COORDINATED_OPENS.test(text.slice(clause.start, t.start)) ? owning.filter((o) => o.end <= clause.start).pop() : undefined;
          const sharedDate = joinedOn ? nearest(datable.filter((d) => d.start >= clauseOf(text, s, joinedOn).start && d.end <= clause.start), joinedOn.start, joinedOn.end) : null;
          // ("The FDA accepted Dizal's NDA and granted it Priority Review in January 2025": two verbs of one subject share the date said after the second)
          const andThen = english && !inClause.length && !sharedDate ? owning.find((o) => o.start >= t.end) : undefined;
          const sharedAfter = andThen && / and (?:[a-z]+ ){0,3}$/.test(text.slice(t.end, andThen.start)) && !/[,;]/.test(text.slice(t.end, andThen.start)) && !datable.some((d) => d.start >= t.end && d.end <= andThen.start) ? datable.find((d) => d.start >= andThen.end && d.end <= clauseOf(text, s, andThen).end) ?? null : null;
          // ("GZR18 successively in 2024 year 3 month and 2024 year 5 month obtained NMPA … implied license and FDA … approval": as many dates as tellings of the kind, in order)
          const ofKind = owning.filter((o) => o.rule.type === t.rule.type);
          const inOrder = ofKind.length > 1 && datable.length === ofKind.length && RESPECTIVELY.test(s.text) ? datable[ofKind.findIndex((o) => o.start === t.start)] : undefined;
          // ("MHB088C（9月4日）、HG204（9月10日）…先后获得FDA孤儿药资格认定": each drug of a list with its own date in brackets)
          const nameDate = targets.length > 1 ? dates.find((d) => d.start >= mention.end && /^\s?[(（]\s?$/.test(text.slice(mention.end, d.start)) && /^\s?[)）]/.test(text.slice(d.end, d.end + 2))) : undefined;
          // (not news the sentence refers to by its name alone: "On 20 May 2026, the first patient was dosed … in the population covered by the BTD")
          const referredTo = owning.length > 1 && /\bthe\s$/i.test(text.slice(Math.max(s.start, t.start - 4), t.start)) && /^\s?(?:[.;,)]|$)/.test(text.slice(t.end, t.end + 2));
          const chosen = nameDate ?? dayCell ?? closing ?? labelled ?? inOrder ?? (isDeal && scoped !== dates && scoped.length ? scoped[0]! : (sharedDate ?? sharedAfter ?? nearest(inClause.length ? inClause : ownedBy(t, owning, datable.filter((d) => !inLaterClauseOf(d)), text), t.start, t.end) ?? (referredTo ? null : leadDate(datable, s, text)) ?? reportedOn(datable, s, t, text)));
          // ("X today announced that results from DASH … were presented … on June 21": the day the event happened, not the announcing's)
          const toldOn = english && chosen?.relative === "today" && chosen.end <= t.start ? datable.find((d) => d.start >= t.end && d.end <= nextTrigger && d.day !== null && d.relative === null && /\bon\s$/.test(text.slice(d.start - 3, d.start))) : undefined;
          const dateMention = toldOn ?? chosen;
          // a member of a counted set without a date of its own has the set's date ("上周集中批准3款…其中…")
          // ("● 1月6日｜HMPL-306片｜… / 和黄医药的HMPL-306…获承办": the date of the item's head line, above its news)
          // ("LBA3 - Presidential Symposium I - Saturday 18 October / "Title" / Sponsor: X / Key data: …": a listing's results line is dated by its entry's lines above)
          const headed = dateMention === null && !historical ? (this.headDate(sentences, si, found, mention, text, published, anchors, mentionsIn) ?? (RESULTS_LINE.test(s.text) ? this.entryDate(sentences, si, text, published, anchors) : null)) : null;
          const inherited = countedSet !== null && countedSet.types.has(t.rule.type) && si > countedSet.sentence && si - countedSet.sentence <= SECTION_REACH && dateMention === null && headed === null;
          // (an event told as later than the sentence's date has none the text gives)
          // "* BTD (granted) -- X, a … for …. CDE moved it onto the list on Tue 3 Mar.": a bullet's headline is dated by its details
          const detailed = dateMention === null && !inherited && !historical && headed === null ? (this.itemDate(sentences, si, text, published, anchors) ?? (t.rule.type === "iit" ? this.firstDosedNext(sentences, si, found, text, published, anchors, mentionsIn) : isDeal ? this.dealDatedNext(sentences, si, text, published, anchors) : null)) : null;
          // (a review pathway an approval went through was granted before the approval: "通过优先审评审批程序附条件批准…上市")
          const pathway = isPathway(t);
          // (data presented "在2025年ASCO年会上", and nothing dates them better: that year)
          const congress = t.rule.type === "data_readout" && dateMention === null && !inherited && detailed === null ? congressYear(s.text) : null;
          const pointing = dateMention !== null && pointsBack(dateMention);
          const kind = APPROVAL_TYPES.includes(t.rule.type) ? "approval" : t.rule.type;
          // (同日 points back to a day: "…已于2024年5月获批。同日（4月28日的），X获批上市" is the day stated before, not the month)
          const sameDay = dateMention?.relative === "same_day";
          const referent = !pointing ? null : t.elided && lastDateOf.has(kind) ? lastDateOf.get(kind)! : (this.statedBefore(sentences, si, dateMention.start, text, published, anchors, sameDay) ?? (!sameDay || lastStatedDate?.length === 10 ? lastStatedDate : null));
          // ("Two months earlier, the British pharma had licensed X": counted from the date stated before)
          const counted = dateMention === null && !inherited && detailed === null ? monthsAway(lastStatedDate, s.text) : null;
          // (an investigator-initiated trial the text gives no date for is undated: it runs for years, and the news is rarely its start)
          const date = pathway ? null : inherited ? countedSet!.date : (headed ?? detailed ?? congress ?? counted ?? this.dateFor(dateMention, published, anchors, historical || datable.length < dates.length || t.rule.type === "iit", referent));
          if (dateMention && !pointing && date) {
            lastStatedDate = date;
            lastDateOf.set(kind, date);
          }
          // (a deal table's row gives its terms in the 首付款 and 总金额 cells)
          const row = t.field?.row;
          const moneyAfter = isDeal && !row ? findMoney(text, scope.start, scope.end, rates) : [];
          // (a ceiling stated before the drug and the rest after it: "以最高9.5亿美元收购X，其中首付款8亿美元")
          const moneyBefore = isDeal && !row ? findMoney(text, scope.before.start, scope.before.end, rates) : [];
          const ceilingBefore = moneyBefore.filter((x) => x.role === "total" && !moneyAfter.some((y) => y.role === "total"));
          const money = isDeal && !row ? [...(moneyAfter.length ? [...moneyAfter, ...ceilingBefore] : moneyBefore), ...this.termsAfterSemicolon(sentences, si, text, rates, mentionsIn, t.rule.type === "acquisition", mention.entity)] : [];
          // (the cell's amount in dollars, in brackets after another currency's: "5000万欧元（约5700万美元）")
          // (or a bare figure in the unit its column's header gives: "| 85 |" under "Upfront (US$m)")
          const inCell = (cell: { start: number; end: number } | null | undefined, unit: number | null) => {
            if (!cell) return null;
            const found = findMoney(text, cell.start, cell.end, rates).find((x) => x.usd !== null)?.usd ?? null;
            const bare = /^\s*(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*$/.exec(text.slice(cell.start, cell.end));
            return found ?? (bare && unit ? Math.round(Number(bare[1]!.replace(/,/g, "")) * unit) : null);
          };
          // (an acquisition's price "about $1 billion in total, plus a contingent value right …": paid at closing, its upfront)
          // (or one milestones told after it add to: "GSK has agreed to acquire Aiolos Bio for $1 billion in cash. The British pharma said
          // Tuesday that Aiolos shareholders could collect up to $400 million more in regulatory milestone payments.")
          const addedTo = t.rule.type === "acquisition" && !money.some((x) => x.role === "upfront") ? laterMilestones(money, s) : [];
          const price = t.rule.type === "acquisition" ? (acquisitionPrice(money, text) ?? (addedTo.length ? soleTotal(money) : null)) : null;
          const upfront = row ? inCell(row.upfront, row.units.upfront) : (money.find((x) => x.role === "upfront")?.usd ?? price);
          const unknown = money.filter((x) => x.role === "unknown" && x.usd !== null);
          // several "up to" figures (near-term payments, milestones, the whole deal): the total is the largest
          const totals = money.filter((x) => x.role === "total" && x.usd !== null).map((x) => x.usd!);
          // (no total stated: the upfront and the milestones the deal names add up to it, "$75 million upfront … up to $1.3 billion in milestones")
          const milestones = money.filter((x) => x.role === "milestone" && x.usd !== null).map((x) => x.usd!);
          const total = row ? inCell(row.total, row.units.total) : price !== null && addedTo.length ? price + addedTo.reduce((sum, x) => sum + x.usd!, 0) : totals.length ? Math.max(...totals) : unknown.length === 1 && upfront === null ? unknown[0]!.usd : upfront !== null && milestones.length ? upfront + milestones.reduce((sum, x) => sum + x, 0) : null;
          const phase = nearestPhase((sentencePhases ??= findPhases(text, s.start, s.end)), t.start);
          // (results from animals, "仍处于临床前阶段，…公布了小鼠结肠炎模型数据", are no clinical readout)
          if (t.rule.type === "data_readout" && phase === "preclinical") continue;
          const descriptive = mention.kind === "descriptive";
          const names = (entity?.mentions ?? []).map((y) => fold(y.surface)).filter((n) => n.length >= 3);
          const named = (x: string | null) => (x !== null && names.some((n) => fold(x).includes(n)) ? null : x);
          // (a span that opens with the drug's name is the rest of it: "玛仕度肽减重适应症" is 减重)
          const leads = (entity?.mentions ?? []).map((y) => text.slice(y.start, y.end));
          const notNaming = (spans: IndicationSpan[]) =>
            spans.flatMap((span) => {
              const lead = leads.find((n) => text.startsWith(n, span.start) && span.end - span.start - n.length >= 2 && /[\u4e00-\u9fff]/.test(text[span.start + n.length]!));
              const rest = lead ? { start: span.start + lead.length, end: span.end } : span;
              return names.some((n) => fold(text.slice(rest.start, rest.end)).includes(n)) ? [] : [rest];
            });
          // an "indication" that names the drug itself ("the NDA for ivonescimab on August 1st") is not one
          // (of several drugs the trigger lists, each has the indication told between it and the next: "批准了A（用于X）、B（用于Y）")
          // (or, when it has none of its own, the one they share: "DB-1310 and YL201 received Fast Track designations … for SCLC")
          const ownScope = (spans: IndicationSpan[]) => {
            const own = targets.length > 1 ? spans.filter((span) => span.start >= scope.start && span.end <= scope.end) : spans;
            return own.length ? own : spans;
          };
          // (several drugs and their indications listed in the same order: "分别获得…，拟开发的适应症依次为A、B以及C")
          const respective = targets.length > 1 && !t.field ? respectiveIndications(text, s.start, s.end, targets.length, p) : null;
          const stated = respective ? respective[targets.indexOf(mention)]! : t.field ? (t.field.indication && surface(p, t.field.indication.start, t.field.indication.end)) : named(isDeal ? (descriptive ? findIndication(text, mention.start, mention.end, mention.start, p) : nearestIndication(dealIndications(notNaming((sentenceIndications ??= indicationSpans(text, s.start, s.end))), text), mention.end, p)) : nearestIndication(ownScope(inClauseFirst(clause, ownedBy(t, telling, notNaming((sentenceIndications ??= indicationSpans(text, s.start, s.end))), text))), t.start, p));
          // ("…was granted breakthrough therapy designation for this indication": the one told of the drug before)
          // (or, for a readout, the patients the next sentence counts: "X had its first-in-human data … Among 38 patients with metastatic colorectal cancer …")
          const indication = stated ?? (SAME_INDICATION.test(s.text) ? (out.findLast((c) => c.entity === mention.entity && c.indication !== null)?.indication ?? null) : t.rule.type === "data_readout" ? this.populationNext(sentences, si, p, mentionsIn) : null);
          // (a repeat without its verb or a date of its own tells only another indication: none found, it tells nothing more)
          if (t.repeats && indication === null && !/\d/.test(text.slice(t.start, t.end))) continue;
          // an acquired company is the acquisition's company, whether the lexicon knows it or not
          const companyMention = descriptive && t.rule.type === "acquisition" ? (inRange(a.companies, mention.start, mention.end)[0] ?? { surface: mention.surface, companyId: null }) : undefined;
          // (a table's company cell names its company whether a recogniser knows the name or not: "| 远湃生物 |")
          const cellText = (cell: { start: number; end: number }) => surface(p, cell.start, cell.end);
          const inCellCompany = (cell: { start: number; end: number }): CompanyMention | undefined => inRange(a.companies, cell.start, cell.end)[0];
          // (so does a registry record's sponsor field)
          const ownerSpan = row?.owner ?? t.field?.owner;
          const ownerCell = ownerSpan ? (inCellCompany(ownerSpan) ?? (!/未披露|某|^[—–-]+$/.test(cellText(ownerSpan)) ? { ...ownerSpan, surface: cellText(ownerSpan), companyId: null } : undefined)) : undefined;
          const cellCompany = companyMention ?? ownerCell;
          const company = cellCompany ? { name: cellCompany.surface, id: cellCompany.companyId } : this.companyFor(entity, mention, s, a, p, isDeal);
          const partner = isDeal ? (row?.partner ? (inCellCompany(row.partner) ?? { ...row.partner, surface: cellText(row.partner), companyId: null }) : (this.pairedParty(mention, a, p.work, company) ?? this.counterpartyFor(mention, own, a, company, scope))) : null;
          const counterparty = partner ? expandAbbreviation(partner, a, p, this.m) : null;
          // a deal sentence that names no drug speaks of the drug before only when it names a partner or terms ("与华西医院达成战略合作" does not)
          if (isDeal && weak && counterparty === null && upfront === null && total === null) continue;
          // "今年以来中国药企对外授权交易的首付款总额已超过30亿美元": a statistic over many events, not this drug's news
          if (weak && STATISTIC.test(s.text)) continue;
          const { modality, targets: targetSymbols } = entity ? attrs(entity) : descriptive && (t.rule.type === "deal" || t.field) ? this.descriptiveAttributes(mention, a) : { modality: null, targets: [] };
          for (const agency of agencies) {
            // ("approved by the FDA in November 2023, by the European Commission in June 2024 and by Japan's MHLW in September 2024": each regulator's own date)
            const ownDate = agencies.length > 1 && agency !== null ? this.agencyDate(agency, sentenceAgencies ?? [], dates, published, anchors, s) : null;
            // ("公示期满，正式被纳入": the notice period over, the drug is in)
            const proposed = PROPOSAL.test(s.text.slice(Math.max(0, t.start - s.start - 20), t.end - s.start + 10)) && !FORMALLY.test(text.slice(Math.max(s.start, t.start - 12), t.start));
            const status: Status | null = STATUS_TYPES.includes(t.rule.type) ? (proposed ? "proposed" : (t.rule.status ?? "granted")) : null;
            out.push({
              asset,
              asset_aliases: aliases,
              company: company.name,
              type: t.rule.type,
              status,
              agency,
              date: ownDate ?? date,
              indication,
              modality,
              targets: targetSymbols,
              phase: ["ind_approved", "data_readout", "trial_start", "iit", "ind_accepted"].includes(t.rule.type) ? phase : null,
              counterparty,
              upfront_usd: upfront,
              total_usd: total,
              entity: mention.entity,
              position: t.repeats?.start ?? t.start,
              sentence: s,
              historical,
              // "The BTD is based on…", "该认定…" as the subject: the designation already told, not another one
              weak: weak || (STATUS_TYPES.includes(t.rule.type) && DEFINITE_SUBJECT.test(text.slice(clause.start, t.start))),
              dateStated: (dateMention !== null || inherited || detailed !== null || congress !== null) && date !== null && date !== published,
              setDate: inherited,
              fieldDate: (t.field !== undefined && dateMention !== null) || labelled !== undefined,
              partner: partner ? (partner.companyId ?? fold(partner.surface)) : null,
            });
          }
          lastEventType = { type: t.rule.type, sentence: si, entity: mention.entity };
          if (t.rule.type === "acquisition") lastAcquisition = { sentence: si, mention };
          if (STATUS_TYPES.includes(t.rule.type)) lastDesignation = t.rule;
          // "has previously received this designation for: A in July 2022; B in January 2023"
          if (listItems.length && STATUS_TYPES.includes(t.rule.type)) {
            for (const item of listItems) {
              const itemDates = findDates(text, item.start, item.end);
              const d = itemDates[itemDates.length - 1];
              const base = out[out.length - 1]!;
              out.push({
                ...base,
                date: d ? resolveDate(d, published, null) : null,
                dateStated: d !== undefined,
                setDate: false,
                indication: listIndication(p, item, d),
                position: item.start,
                sentence: item,
                historical: true,
              });
            }
          }
        }
      }
    });
    return out;
  }

  private findTriggers(s: Sentence): Trigger[] {
    // every position a trigger wording starts at, so overlapping wordings are all found
    // (not the conditional approval a full one replaced: "附条件批准转常规批准")
    const found: Trigger[] = this.m.triggerScan.everyHit(s.text).filter((hit) => hit.value.type !== "conditional_approval" || !CONVERTED_AFTER.test(s.text.slice(hit.end, hit.end + 8))).map((hit) => ({ rule: hit.value, start: s.start + hit.index, end: s.start + hit.end }));
    // overlapping wordings: the longest wins ("received approval from the NMPA to start a trial" is an IND
    // clearance, not a marketing approval), except that an IIT named inside other wording is news of its own
    // ("发表了一项研究者发起的临床研究结果"); then one trigger per type within 40 characters, the earliest
    const kept: typeof found = [];
    // (and a clinical filing's wording beats an approval's it overlaps: "Its IND was approved by the NMPA in July 2025")
    // (and a conditional approval's beats a plain approval's it overlaps: "附条件批准在国内上市")
    const clinicalFirst = (t: Trigger) => (t.rule.type === "ind_approved" || t.rule.type === "ind_accepted" || t.rule.type === "conditional_approval" ? 1 : 0);
    // (not the full approval a conditional one became: "the conversion of its conditional approval into full approval")
    const overlapsApproval = (t: Trigger) => found.some((o) => o.rule.type === "approval" && o.start < t.end && t.start < o.end && !FULL_APPROVAL.test(s.text.slice(o.start - s.start, o.end - s.start)));
    const rank = (t: Trigger) => (overlapsApproval(t) ? clinicalFirst(t) : 0);
    for (const f of [...found].sort((x, y) => rank(y) - rank(x) || y.end - y.start - (x.end - x.start) || x.start - y.start)) {
      if (!kept.some((o) => f.start < o.end && o.start < f.end && o.rule.type !== f.rule.type && f.rule.type !== "iit" && o.rule.type !== "iit")) kept.push(f);
    }
    kept.sort((x, y) => x.start - y.start || found.indexOf(x) - found.indexOf(y));
    const out: typeof found = [];
    for (const f of kept) {
      // (or its abbreviation right after it: "Regenerative Medicine Advanced Therapy (RMAT) designation")
      // (a clause of its own is news of its own: "…获得美国FDA批准开展临床试验，2025年1月获得CDE临床试验默示许可")
      // (when it says when or by whom)
      const ownClause = (o: Trigger) => {
        const between = s.text.slice(o.end - s.start, f.start - s.start);
        const clause = between.split(CLAUSE_BREAK).pop()! + s.text.slice(f.start - s.start, f.end - s.start);
        return CLAUSE_BREAK.test(between) && (findDates(clause).length > 0 || this.m.agencyScan.scan(clause).length > 0);
      };
      // (or inside it: "拟将…X…纳入突破性治疗品种" holds a "纳入突破性治疗" of its own)
      const isItemLabel = (o: Trigger) => /^[•·▪●◆■*\-\s]*$/.test(s.text.slice(0, o.start - s.start)) && /^\s?[:：]/.test(s.text.slice(o.end - s.start));
      const near = (o: Trigger) => (Math.abs(o.start - f.start) < 40 && !ownClause(o)) || (f.start < o.end && o.start < f.end);
      const same = out.findIndex((o) => o.rule.type === f.rule.type && (near(o) || isItemLabel(o) || ABBREVIATION_BETWEEN.test(s.text.slice(o.end - s.start, f.start - s.start))));
      // (but a formal inclusion beats the proposal told before it: "公示拟纳入优先审评的X已于11月27日被正式纳入优先审评")
      if (same >= 0 && FORMALLY.test(s.text.slice(Math.max(0, f.start - s.start - 12), f.start - s.start)) && PROPOSAL.test(s.text.slice(Math.max(0, out[same]!.start - s.start - 20), out[same]!.end - s.start))) out[same] = f;
      // (and the wording after an item's label beats the label: "• BTD: the CDE posted a proposed breakthrough therapy designation for X")
      else if (same >= 0 && isItemLabel(out[same]!) && f.start > out[same]!.end) out[same] = f;
      if (same >= 0) continue;
      out.push(f);
    }
    // ("approved Travelza, an ADC discovered by Sanfeng and licensed to Harborview, for …": who holds the drug, told in
    // passing about another event's drug, is no deal of its own)
    if (out.some((o) => o.rule.type !== "deal")) {
      const described = out.filter((o) => o.rule.type === "deal" && DESCRIBED_LICENCE.test(s.text.slice(Math.max(0, o.start - s.start - 80), o.start - s.start)));
      if (described.length) return out.filter((o) => !described.includes(o));
    }
    // (an IIT's results told are a readout, not the IIT's news: "发表了X治疗Y的IIT结果", "此前公布的IIT数据显示")
    // (unless told as run somewhere: "BD111在…医院开展的IIT结果" is an IIT and its readout)
    const resultsOf = (o: Trigger) => o.rule.type === "iit" && IIT_RESULTS.test(s.text.slice(o.end - s.start, o.end - s.start + 12)) && !IIT_RUN.test(s.text.slice(Math.max(0, o.start - s.start - 30), o.start - s.start)) && out.some((x) => x.rule.type === "data_readout");
    if (out.some(resultsOf)) return out.filter((o) => !resultsOf(o) && o.rule.type !== "trial_start");
    // a first patient dosed in an investigator-initiated trial is the IIT's news, not a company trial start
    if (out.some((o) => o.rule.type === "iit")) return out.filter((o) => o.rule.type !== "trial_start");
    // an NDA acceptance also matches the IND-acceptance wording (获受理); keep the specific one
    if (out.some((o) => o.rule.type === "nda_accepted")) return out.filter((o) => o.rule.type !== "ind_accepted" || !/临床/.test(s.text));
    return out;
  }

  /** "● 1月6日｜HMPL-306片｜…" over a line that tells the drug's news in words of its own: the item's head, no member of its own. */
  private headsItsNews(sentences: Sentence[], si: number, found: Trigger[][], mention: AssetMention, mentionsIn: (s: Sentence) => AssetMention[]): boolean {
    return found[si + 1] !== undefined && found[si + 1]!.length > 0 && isItemHead(sentences, si, mention, mentionsIn);
  }

  /** A roundup's section heading that announces only other kinds of events than `types`. */
  private announcesOtherSection(s: Sentence, types: Set<EventType>): boolean {
    if (!SECTION_HEADING.test(s.text)) return false;
    const announced = announcedTypes(this.m.sections, s.text);
    return announced.length > 0 && !announced.some((type) => types.has(type));
  }

  /** Plan or negation wording before a trigger in its clause, or inside its own words ("数据将于…公布"). */
  private isPlanned(s: Sentence, t: { start: number; end: number }): boolean {
    const before = s.text.slice(Math.max(0, t.start - s.start - 80), t.end - s.start);
    const clause = before.split(CLAUSE_BREAK).pop() ?? "";
    const after = s.text.slice(t.end - s.start, t.end - s.start + 20).split(CLAUSE_BREAK)[0]!;
    // ("开展…的IIT，相关方案目前正在准备中": the clause after may say the event is still being prepared)
    const rest = s.text.slice(t.end - s.start, t.end - s.start + 40);
    return PLAN_LABEL.test(s.text) || this.m.plans.test(clause) || this.m.negations.test(clause) || this.m.hearsay.test(s.text) || this.m.withdrawals.test(clause) || this.m.withdrawals.test(rest) || this.m.pending.test(after) || STILL_PREPARED.test(rest) || NOT_YET_FILED.test(rest) || (/(?:与|和|同)\s?$/.test(s.text.slice(Math.max(0, t.start - s.start - 2), t.start - s.start)) && LIKENED.test(after));
  }

  /** The drugs a trigger is about: those in its clause, else the nearest before it, else after; combination partners dropped. */
  private entitiesFor(t: { start: number; end: number; rule: TriggerRule }, s: Sentence, mentions: AssetMention[], a: Analysis, p: Prepared): AssetMention[] {
    if (!mentions.length) return [];
    const text = p.work;
    const clauseStart = lastIndexOf(text, CLAUSE_BREAKS, s.start, t.start);
    const clauseEnd = firstIndexOf(text, CLAUSE_BREAKS, t.end, s.end);
    const distinct = (list: AssetMention[]) => {
      const seen = new Set<number>();
      return list.filter((x) => {
        if (seen.has(x.entity)) return false;
        seen.add(x.entity);
        return true;
      });
    };
    const notPartner = (x: AssetMention, i: number, list: AssetMention[]) => i === 0 || list.length === 1 || !isCombinationPartner(x, s, text);
    // (nor a prior therapy: "…who have previously received trastuzumab and a taxane was accepted")
    const notCombo = (x: AssetMention, i: number, list: AssetMention[]) => notPartner(x, i, list) && (i === 0 || list.length === 1 || !PRIOR_THERAPY_BEFORE.test(text.slice(Math.max(s.start, x.start - 20), x.start)));
    // ("Competition is stiff: Eli Lilly's orforglipron … are further along, and analysts said the $60 million upfront was fair": the drugs of a sentence about competitors are not the deal's)
    // (a deal's list is its drugs, "引进了包括X、Y在内的六款药物": no prior therapy is named there)
    if (t.rule.type === "deal" || t.rule.type === "acquisition") return COMPETITORS.test(s.text.slice(0, 24)) ? [] : distinct(mentions).filter(notPartner);
    // ("a drug for lung cancers that escape Tagrisso has earned an FDA breakthrough therapy designation": a drug named
    // only as the therapy the disease resists is not the news's)
    if (distinct(mentions).length === 1 && mentions.every((x) => RESISTED_BEFORE.test(text.slice(Math.max(s.start, x.start - 30), x.start)))) return [];
    const inClause = distinct(mentions.filter((x) => x.start >= clauseStart && x.end <= clauseEnd)).filter(notCombo);
    if (inClause.length) return inClause;
    // "全球已有1款同靶点ADC获批上市", "同类方面，…": a clause about a counted set of drugs or about competitors is not
    // about a drug named elsewhere
    if (COUNTED_SET.test(text.slice(clauseStart, clauseEnd)) || COMPETITORS.test(s.text)) return [];
    // "LBL-024拟纳入突破性治疗，康诺亚、信达新药获批临床": a clause naming other companies than the drug's owner is
    // about their drugs; of a drug named after the clause ("Akeso … with an updated analysis of LIGHT-A, the study of
    // QX-1901"), the company is the sponsor unless the lexicon gives the drug another owner
    const otherCompanies = (x: AssetMention, unknownIsOther: boolean) => {
      const owner = this.lexiconOwner(a.entities[x.entity] ?? null, a, p)?.id ?? null;
      const named = inRange(a.companies, clauseStart, clauseEnd);
      if (owner === null) return named.length > 0 && unknownIsOther;
      return named.length > 0 && !named.some((c) => c.companyId === owner || isSubsidiary(this.m, c.companyId, owner));
    };
    // "RL-2265拟纳入突破性治疗，BCMA体内CAR-T获批临床": a clause whose subject is a drug told by its target, not
    // pointed back to ("该BCMA CAR-T"), is about another drug
    const subject = text.slice(clauseStart, t.start);
    if (subject.length <= 24 && inRange(a.targets, clauseStart, t.start).length && !POINTS_BACK.test(subject)) return [];
    const before = mentions.filter((x) => x.end <= t.start);
    if (before.length) {
      const last = before[before.length - 1]!;
      const first = distinct(before)[0]!;
      // the subject of the sentence, unless the nearest name is a later one not in combination
      const pick = isCombinationPartner(last, s, text) ? first : last;
      return otherCompanies(pick, true) ? [] : [pick];
    }
    return otherCompanies(mentions[0]!, false) ? [] : [mentions[0]!];
  }

  /** The regulators a sentence names, in order. */
  /** The regulator the few sentences before name last, if any. */
  private agencyNamedBefore(sentences: Sentence[], si: number): Agency | null | undefined {
    for (let j = si - 1; j >= 0 && si - j <= 3; j--) {
      const named = this.agencyMentions(sentences[j]!).at(-1);
      if (named) return named.agency;
    }
    return undefined;
  }

  private agencyMentions(s: Sentence): AgencyMention[] {
    return this.m.agencyScan.scan(s.text).map((hit) => ({ agency: hit.value, start: s.start + hit.index, end: s.start + hit.end }));
  }

  private agenciesFor(t: Trigger, s: Sentence, mentions: AgencyMention[], text: string, docAgency: Agency | null, others: Trigger[]): Array<Agency | null> {
    // an investigator-initiated trial is the health commission's, with which every one is filed before it starts
    // (../shared/docs/domain.md), whether or not the text mentions the filing
    if (t.rule.type === "iit") return ["NHC"];
    if (t.rule.agency) return [t.rule.agency];
    // (none named: the regulator the text is about; an orphan designation is the FDA's)
    const unnamed: Array<Agency | null> = [t.rule.type === "orphan_drug" ? ORPHAN_AGENCY : docAgency];
    if (!mentions.length) return unnamed;
    const found = withBracketedAbbreviations(mentions, text);
    // "分别获得国家药监局和美国FDA批准" / "by the FDA and EMA": one event per agency named together; the one in the
    // trigger's clause, else the nearest
    const clause = clauseOf(text, s, t);
    const inClause = found.filter((f) => f.start >= clause.start && f.end <= clause.end);
    // (not one in a later clause of another event: "X获批开展…临床试验，该产品12月3日刚刚获得EMA的PRIME资格"; an
    // earlier one may be the subject of both: "FDA受理了X的NDA，并授予其优先审评资格")
    const inClauseOf = (f: AgencyMention, o: Trigger) => {
      const c = clauseOf(text, s, o);
      return f.start >= c.start && f.end <= c.end;
    };
    const ownedByOther = (f: AgencyMention) => f.start > t.end && others.some((o) => o.start !== t.start && inClauseOf(f, o));
    // ("obtained NMPA clinical trial implied license and US FDA clinical trial approval": a regulator right before another trigger is that one's, in the clause too)
    const inClauseFree = inClause.filter((f) => !(f.start > t.end && others.some((o) => o.start >= f.end && o.rule.type === t.rule.type && o.start - f.end <= 2)));
    const free = inClause.length ? (inClauseFree.length ? inClauseFree : inClause) : found.filter((f) => !ownedByOther(f));
    if (!free.length) return unnamed;
    const gap = (f: AgencyMention) => (f.start >= t.end ? f.start - t.end : t.start >= f.end ? t.start - f.end : 0);
    const near = free.reduce((best, f) => (gap(f) < gap(best) ? f : best));
    // the run of mentions joined by "和", "、", "and" around the nearest one ("在澳大利亚、中国和美国获得…", "by the NMPA of China and the U.S. FDA")
    const joined = (a: AgencyMention, b: AgencyMention) => AGENCY_JOINER.test(text.slice(a.end, b.start));
    let from = found.indexOf(near);
    let to = from;
    while (from > 0 && joined(found[from - 1]!, found[from]!)) from--;
    while (to < found.length - 1 && joined(found[to]!, found[to + 1]!)) to++;
    return [...new Set(found.slice(from, to + 1).map((f) => f.agency))];
  }

  /** The date written right after a regulator's name, before the next regulator's ("by the FDA in November 2023, by the European Commission in June 2024"). */
  private agencyDate(agency: Agency, mentions: AgencyMention[], dates: DateMention[], published: PartialDate | null, anchors: Anchor[], s: Sentence): PartialDate | null {
    const at = mentions.findIndex((m) => m.agency === agency);
    if (at < 0) return null;
    const next = mentions.slice(at + 1).find((m) => m.agency !== agency)?.start ?? Infinity;
    const own = dates.find((d) => d.start >= mentions[at]!.end && d.end <= next && d.start - mentions[at]!.end <= 16);
    // ("分别于2023年3月和2023年6月获得美国FDA和国家药监局的批准": as many dates as regulators, in the same order)
    const agencies = [...new Set(mentions.map((m) => m.agency))];
    const inSentence = dates.filter((d) => d.start >= s.start && d.end <= s.end);
    const paired = !own && RESPECTIVELY.test(s.text) && inSentence.length === agencies.length ? inSentence[agencies.indexOf(agency)] : undefined;
    const date = own ?? paired;
    return date ? this.dateFor(date, published, anchors, true) : null;
  }

  /**
   * The date a "同日", "同年5月", "那一天" points back to: the last one the text states before it, in its sentence or the
   * few before ("故事要从2024年3月8日说起。那一天，X的临床试验申请获受理"); null when none is in reach.
   */
  private statedBefore(sentences: Sentence[], si: number, at: number, text: string, published: PartialDate | null, anchors: Anchor[], needsDay = false): PartialDate | null {
    for (let j = si; j >= 0 && si - j <= REFERENT_REACH; j--) {
      const dates = findDates(text, sentences[j]!.start, j === si ? at : sentences[j]!.end).filter((d) => !pointsBack(d));
      for (let k = dates.length - 1; k >= 0; k--) {
        const date = this.dateFor(dates[k]!, published, anchors, true);
        if (date && (!needsDay || date.length === 10)) return date;
      }
    }
    return null;
  }

  private dateFor(d: DateMention | null, published: PartialDate | null, anchors: Anchor[], historical: boolean, sameDay: PartialDate | null = null): PartialDate | null {
    if (d?.relative === "same_day" || d?.relative === "then") return sameDay;
    if (d?.relative === "same_month") return sameDay?.slice(0, 7) ?? null;
    // "同年8月": the year stated before, with the month given
    if (d?.relative === "same_year") return sameDay ? formatDate(Number(sameDay.slice(0, 4)), d.month, d.month === null ? null : d.day) : null;
    if (d?.relative === "following_year") return sameDay ? formatDate(Number(sameDay.slice(0, 4)) + 1, d.month, d.month === null ? null : d.day) : null;
    if (d?.relative === "following_month") {
      const month = sameDay && sameDay.length >= 7 ? Number(sameDay.slice(5, 7)) : null;
      return sameDay && month !== null ? formatDate(Number(sameDay.slice(0, 4)) + (month === 12 ? 1 : 0), month === 12 ? 1 : month + 1, null) : null;
    }
    if (d) {
      const anchor = anchors.filter((x) => x.position < d.start).pop() ?? null;
      const resolved = resolveDate(d, published, anchor);
      // a date after publication is a target or a plan ("PDUFA date of June 2026"), not when the event happened
      const future = resolved !== null && published !== null && resolved.slice(0, published.length) > published.slice(0, resolved.length);
      if (resolved && !future) return resolved;
    }
    if (historical) return null;
    return published;
  }

  /**
   * The date of a bullet item's headline sentence from the item's later sentences on the same line: the latest one
   * stated, not after publication (an item tells its news's latest step: "notice closed 27 Feb; moved onto the list on 3 Mar").
   */
  private itemDate(sentences: Sentence[], si: number, text: string, published: PartialDate | null, anchors: Anchor[]): PartialDate | null {
    const s = sentences[si]!;
    if (!BULLET.test(s.text) || (s.start > 0 && text[s.start - 1] !== "\n")) return null;
    let latest: PartialDate | null = null;
    for (let j = si + 1; j < sentences.length && !text.slice(sentences[j - 1]!.end, sentences[j]!.start).includes("\n"); j++) {
      for (const d of findDates(text, sentences[j]!.start, sentences[j]!.end)) {
        const date = d.relative === null ? this.dateFor(d, published, anchors, true) : null;
        if (date && (latest === null || date > latest)) latest = date;
      }
    }
    return latest;
  }

  /** The patients a readout's next sentence counts, when it opens on them and names no drug ("Among 38 patients with X, …", "在32例X患者中，…"). */
  private populationNext(sentences: Sentence[], si: number, p: Prepared, mentionsIn: (s: Sentence) => AssetMention[]): string | null {
    const next = sentences[si + 1];
    if (!next || !POPULATION_OPENS.test(next.text) || mentionsIn(next).length) return null;
    return findIndication(p.work, next.start, next.end, next.start, p);
  }

  /** The date a bullet item's head line gives, the line above the sentence telling its drug's news ("● 1月6日｜HMPL-306片｜…"). */
  private headDate(sentences: Sentence[], si: number, found: Trigger[][], mention: AssetMention, text: string, published: PartialDate | null, anchors: Anchor[], mentionsIn: (s: Sentence) => AssetMention[]): PartialDate | null {
    const head = sentences[si - 1];
    if (!head || found[si - 1]!.length > 0 || !text.slice(head.end, sentences[si]!.start).includes("\n") || !isItemHead(sentences, si - 1, mention, mentionsIn)) return null;
    const d = findDates(text, head.start, head.end)[0];
    return d ? this.dateFor(d, published, anchors, true) : null;
  }

  /** The date the lines above sentence `si` in its entry give (its paragraph, no blank line between), nearest first. */
  private entryDate(sentences: Sentence[], si: number, text: string, published: PartialDate | null, anchors: Anchor[]): PartialDate | null {
    for (let j = si - 1; j >= 0 && si - j <= ENTRY_REACH && !/\n\s*\n/.test(text.slice(sentences[j]!.end, sentences[j + 1]!.start)); j--) {
      const d = findDates(text, sentences[j]!.start, sentences[j]!.end)[0];
      if (d) return this.dateFor(d, published, anchors, true);
    }
    return null;
  }

  /** "IDEAYA is paying Hengrui $75 million upfront for SHR-4849. The deal, unveiled Monday, also includes…": a deal told without a date, dated where the next sentence goes on with it. */
  private dealDatedNext(sentences: Sentence[], si: number, text: string, published: PartialDate | null, anchors: Anchor[]): PartialDate | null {
    const next = sentences[si + 1];
    if (!next || !THE_DEAL.test(next.text)) return null;
    const d = findDates(text, next.start, next.end)[0];
    return d ? this.dateFor(d, published, anchors, true) : null;
  }

  /**
   * The date of a study's first dosing, told in the sentence after the one that tells the study and naming no drug
   * ("It started as an investigator-initiated study at Ruijin Hospital. The first patient there was dosed in March 2025").
   */
  private firstDosedNext(sentences: Sentence[], si: number, found: Trigger[][], text: string, published: PartialDate | null, anchors: Anchor[], mentionsIn: (s: Sentence) => AssetMention[]): PartialDate | null {
    const next = sentences[si + 1];
    const dosing = found[si + 1]?.find((t) => t.rule.type === "trial_start");
    if (!next || !dosing || mentionsIn(next).length) return null;
    const d = nearest(findDates(text, next.start, next.end), dosing.start, dosing.end);
    return d ? this.dateFor(d, published, anchors, true) : null;
  }

  /** "$65M upfront; up to $1.06B total incl. milestones; tiered royalties.": a deal's terms in the clauses after its sentence's semicolon, while they name no drug. */
  private termsAfterSemicolon(sentences: Sentence[], si: number, text: string, rates: Rates, mentionsIn: (s: Sentence) => AssetMention[], acquisition: boolean, entity: number): MoneyMention[] {
    const out: MoneyMention[] = [];
    let j = si + 1;
    for (; j < sentences.length && j - si <= 3 && /[;；]$/.test(sentences[j - 1]!.text.trimEnd()) && !mentionsIn(sentences[j]!).length; j++) {
      out.push(...findMoney(text, sentences[j]!.start, sentences[j]!.end, rates));
    }
    // ("…paying Tidewell $175 million upfront for … TW-3308. The deal, unveiled Monday, also includes … $1.83 billion.")
    const next = sentences[j];
    // (an acquisition's terms may name the drug it is for: "Under the agreement, Sanofi will pay $1.05 billion at closing and up to $250 million more tied to a regulatory milestone for Veltrix's lead drug, VTB-0311")
    // (or the same drug: "Under the agreement unveiled Tuesday, Pfizer gets exclusive rights to … SSGJ-707 worldwide")
    // (or one telling who pays what up front: "Disc will pay Mabwell US$10 million upfront. Mabwell is also eligible for … milestones of up to …")
    if (!next || !(THE_DEAL.test(next.text) || PAYS_UPFRONT.test(next.text)) || (!acquisition && mentionsIn(next).some((x) => x.entity !== entity))) return out;
    out.push(...findMoney(text, next.start, next.end, rates));
    // (and the terms it starts go on in the sentences after, naming no drug and no statistic: "Under the agreement, Servier will pay
    // €90 million upfront. Meridion is eligible for up to €960 million in … milestones, bringing the potential value of the deal to €1.05 billion")
    for (let k = j + 1; k < sentences.length && k - j <= 2 && DEAL_TERMS_GO_ON.test(sentences[k]!.text) && !STATISTIC.test(sentences[k]!.text) && !mentionsIn(sentences[k]!).length; k++) {
      // (all of them when it opens on the agreement again: "According to the agreement, Novartis will obtain … rights. According to the agreement terms, Argo will obtain 1.6 hundred million US dollars down payment …")
      const again = THE_DEAL.test(sentences[k]!.text);
      out.push(...findMoney(text, sentences[k]!.start, sentences[k]!.end, rates).filter((x) => again || x.role === "milestone" || x.role === "total"));
    }
    return out;
  }

  private lookupCompany(id: string | null, a: Analysis, p: Prepared): { name: string; id: string } | null {
    if (!id) return null;
    // as the text writes it, in the text's language when it writes both ("Hansoh Pharmaceutical Group … 翰森制药集团")
    const zh = isChinese(p);
    const all = a.companies.filter((c) => c.companyId === id);
    const ownNames = all.filter((c) => !isMachineTranslated(this.m, c));
    const named = ownNames.length ? ownNames : all;
    const inText = named.find((c) => CJK.test(c.surface) === zh) ?? named[0];
    if (inText) return { name: inText.surface, id };
    const entry = this.m.companyById.get(id);
    const name = zh ? (entry?.zh ?? entry?.en) : (entry?.en ?? entry?.zh);
    return name ? { name, id } : null;
  }

  /**
   * The company named last before a drug's first mention, in the same paragraph ("五、数据发布 / 在ASCO年会上，晶科生物于6月1日
   * 公布了JK-06…"): in a roundup, the item's company, not the first the article names. Not a company the drug is licensed to.
   */
  private namedBefore(entity: Entity | null, a: Analysis, p: Prepared): CompanyMention | null {
    const first = entity?.mentions[0];
    if (!first) return null;
    const paragraph = p.work.lastIndexOf("\n\n", first.start) + 1;
    const sentence = sentenceOf(first, p);
    const inSentence = sentence ? inRange(a.companies, sentence.start, sentence.end) : [];
    const licensee = sentence ? licenseeIn(inSentence, p.work, sentence) : undefined;
    const partner = sentence ? partnerIn(inSentence, p.work, sentence) : undefined;
    const before = a.companies.filter((c) => c.end <= first.start && c.start >= Math.max(paragraph, first.start - 200) && (!licensee || !sameCompany(c, licensee)) && c !== partner);
    // (the subject of the drug's own sentence: "Hengtai Bio and AbbVie Enter into … Agreement for HT-6231")
    const found = before.find((c) => sentence !== null && c.start >= sentence.start) ?? before.pop();
    if (found) return found;
    // ("Its lead asset, CRB-201, is …", "The third clinical program, CRB-410, …" opening a paragraph: the company the
    // text is about, the one it names most)
    if (!sentence || !POSSESSIVE_OPENS.test(sentence.text)) return null;
    const earlier = a.companies.filter((c) => c.end <= first.start);
    const times = (c: CompanyMention) => earlier.filter((o) => sameCompany(o, c)).length;
    return earlier.reduce<CompanyMention | null>((best, c) => (best === null || times(c) >= times(best) ? c : best), null);
  }

  /** The owner the lexicon gives: the drug's company, else the company of its code prefix. */
  private lexiconOwner(entity: Entity | null, a: Analysis, p: Prepared): { name: string; id: string } | null {
    const drug = entity?.drugId ? this.m.drugById.get(entity.drugId) : undefined;
    const fromLexicon = this.lookupCompany(drug?.company ?? null, a, p);
    if (fromLexicon) return fromLexicon;
    const code = entity?.mentions.find((x) => x.kind === "code")?.surface.toUpperCase();
    const prefix = code ? this.m.prefixes.find((x) => code.startsWith(x.prefix) && /^[-_]?\d/.test(code.slice(x.prefix.length))) : undefined;
    return this.lookupCompany(prefix?.companyId ?? null, a, p);
  }

  /**
   * The company stated as the drug's sponsor near a mention: the nearest company before it in its
   * sentence ("X的Y", "X announced that its Y"), else, for the event's own sentence (`subject`), the company that
   * opens it; for "its …" descriptions, the sentence's subject; a subsidiary that only received a notice
   * ("公司子公司X收到") gives way to its parent.
   */
  private statedCompany(mention: AssetMention, s: Sentence, a: Analysis, text: string, subject = false): CompanyMention | null {
    // (a company another drug was licensed from, in a clause before the drug's, owns none of it: "KarXT, … that it licensed from
    // Karuna Therapeutics, and ZL-1310, its in-house ADC")
    const inSentence = inRange(a.companies, s.start, s.end).filter((c) => !licensorOfAnother(c, mention, s, text));
    // ("Aldermoor bets $175M on Tidewell's lupus T-cell engager": the one whose drug it is)
    if (mention.kind === "descriptive") return inSentence.filter((c) => c.end <= mention.start && /^(?:['’]s?)?\s?$/.test(text.slice(c.end, mention.start))).pop() ?? inSentence.find((c) => c.end <= mention.start) ?? null;
    // "licensing rights to X … from Beijing Sinoray", "X, discovered by Shanghai Hengyue": the drug's origin is its owner
    if (RIGHTS_CHANGE.test(s.text)) {
      const origin = inSentence.find((c) => LICENSED_FROM.test(text.slice(Math.max(s.start, c.start - 16), c.start)));
      if (origin) return origin;
    }
    // the company a drug is licensed to is not its owner, nor is that company's parent ("与华东医药全资子公司中美华东订立许可协议")
    const licensee = licenseeIn(inSentence, text, s);
    const candidates = licensee ? inSentence.filter((c) => !sameCompany(c, licensee) && !isSubsidiary(this.m, licensee.companyId, c.companyId)) : inSentence;
    const before = candidates.filter((c) => c.end <= mention.start && mention.start - c.end < 60);
    // "注射用CB-1126（北京辰邦生物技术有限公司）", "| XZ-3301片 | 苏州新卓药业有限公司 |": the company bracketed or tabled with the drug
    const beside = candidates.find((c) => c.start >= mention.end && OWNER_BESIDE.test(text.slice(mention.end, c.start)));
    if (!before.length && beside) return beside;
    // "YX-G5D, an autologous CAR-T from Yuanxing Cell Technology": the company the drug comes from, in its apposition
    const from = candidates.find((c) => c.start >= mention.end && c.start - mention.end <= 90 && FROM_OWNER.test(text.slice(Math.max(mention.end, c.start - 40), c.start)) && !/[.;。；]/.test(text.slice(mention.end, c.start)));
    if (!before.length && from) return from;
    // else the sentence's subject ("X disclosed Thursday that the FDA had granted … designation to Y")
    let pick = before[before.length - 1] ?? (subject ? candidates.find((c) => c.end <= mention.start && c.start - s.start <= SUBJECT_REACH) : undefined) ?? null;
    if (pick && before.length > 1 && /子公司\s?$/.test(text.slice(Math.max(s.start, pick.start - 6), pick.start)) && !/研发|developed|开发/.test(text.slice(pick.end, mention.start))) {
      pick = before[before.length - 2] ?? pick;
    }
    // ("Exegenesis Bio (嘉因生物) said …": the name the text writes, not its other language's in brackets after it)
    const outer = pick?.companyId ? candidates.find((c) => c.end <= pick.start && c.companyId === pick.companyId && /^\s?[(（]\s?$/.test(text.slice(c.end, pick.start))) : undefined;
    return outer ?? pick;
  }

  private companyFor(entity: Entity | null, mention: AssetMention, s: Sentence, a: Analysis, p: Prepared, deal = false): { name: string | null; id: string | null } {
    const owner = this.lexiconOwner(entity, a, p);
    // (a code prefix's company the text never names is a guess: "正序生物的CS-101" is not CStone's; in a deal it still
    // tells the two parties apart)
    const guessed = owner !== null && !entity?.drugId && !a.companies.some((c) => c.companyId === owner.id);
    const fits = (c: CompanyMention) => !owner || (guessed && !deal) || c.companyId === null || c.companyId === owner.id || isSubsidiary(this.m, c.companyId, owner.id);
    // in a deal sentence naming both parties, the licensor is the subject (the company named first), unless the
    // subject is the one paying ("葛兰素史克将向百利天恒支付…首付款", "Merck will pay Hansoh …")
    const parties = deal ? inRange(a.companies, s.start, mention.start) : [];
    // (or takes the drug of the one after it: "Summit Therapeutics licensed Akeso's ivonescimab")
    const licensedIn = parties.length === 2 && LICENSES_FROM_THE_NEXT.test(p.work.slice(parties[0]!.end, parties[1]!.start)) && /^['’]s\s?$/.test(p.work.slice(parties[1]!.end, mention.start));
    const payer = licensedIn || (parties.length >= 2 && (PAYS_THE_NEXT.test(p.work.slice(parties[0]!.end, parties[1]!.start)) || PAID_NEXT.test(p.work.slice(Math.max(parties[0]!.end, parties[1]!.start - 40), parties[1]!.start))));
    // "ArriVent licensed the inhibitor from Shanghai Allist", "正大天晴从友芝友引进": the company licensed from
    const inSentence = inRange(a.companies, s.start, s.end);
    const licensor = deal ? inSentence.find((c) => LICENSED_FROM.test(p.work.slice(Math.max(s.start, c.start - 16), c.start))) : undefined;
    // "Avenor obtained exclusive rights to X under a license agreement with Tianlang": the one obtaining rights is the licensee, never the owner
    const licensee = deal && !licensor ? licenseeIn(inSentence, p.work, s) : undefined;
    const notLicensee = (c: CompanyMention) => !licensee || !sameCompany(c, licensee);
    // "Ansortinib … discovered by Hangzhou Yunjing", "由X自主研发": the originator the text names owns the drug, whoever markets it
    const origin = this.originatorOf(entity, a, p);
    // (the text's word beats the lexicon's when it says so twice: "首药控股的伊鲁阿克片…。伊鲁阿克是首药控股自主研发的…")
    const twice = () => {
      const said = this.statedCompany(mention, s, a, p.work);
      return said !== null && sameCompany(said, origin!);
    };
    // ("the FDA accepted the BLA submitted by our partner Summit Therapeutics": the applicant the text names is the event's company)
    const submitter = deal ? undefined : inSentence.find((c) => SUBMITTED_BY.test(p.work.slice(Math.max(s.start, c.start - 40), c.start)));
    if (submitter) return { name: expandAbbreviation(submitter, a, p, this.m), id: submitter.companyId };
    if (origin && !deal && (fits(origin) || twice())) return { name: expandAbbreviation(origin, a, p, this.m), id: origin.companyId };
    // ("…entered into a license agreement with Boehringer Ingelheim for LMR-530": the one agreed with is the other party, the subject left unsaid)
    const partner = parties.length < 2 ? partnerIn(inSentence, p.work, s) : undefined;
    // (or a list line's pair, "- Suzhou Veridane Pharma / AbbVie: global ex-China licence for VRD-1208; $150M upfront": the first)
    const pair = deal && parties.length < 2 ? dealPair(a.companies, p.work, mention) : undefined;
    const stated = licensor ?? (parties.length >= 2 ? parties[payer ? 1 : 0]! : (pair?.[0] ?? this.statedCompany(mention, s, a, p.work, true)));
    // (a subsidiary gives way to its parent, the lexicon's owner, named in the same sentence: "Sichuan Biokin and its U.S. subsidiary
    // SystImmune presented …"; not to a group the operating company belongs to, "石药集团旗下巨石生物的X")
    const parentOf = (c: CompanyMention, sentence: Sentence) => {
      if (!owner || c.companyId === owner.id || !isSubsidiary(this.m, c.companyId, owner.id) || /(?:旗下|下属)\s?$/.test(p.work.slice(Math.max(0, c.start - 3), c.start))) return c;
      return inRange(a.companies, sentence.start, sentence.end).find((o) => o.companyId === owner.id) ?? c;
    };
    if (stated && fits(stated) && notLicensee(stated) && stated !== partner) {
      const named = parentOf(stated, s);
      return { name: expandAbbreviation(named, a, p, this.m), id: named.companyId };
    }
    if (licensee) {
      // (else, told in the filer's own voice, "本集团已就X与默沙东订立独家许可协议", the filer named first; told of a company in the third
      // person, "The pact is Zhihe's second licensing deal… Last October, the company licensed X to Ipsen", the one last named)
      const thirdPerson = !FILER_VOICE.test(s.text);
      // (the code may be the licensee's own, "Corbus licensed rights … / CRB-701 was discovered by CSPC": the originator the text names licensed it)
      if (origin && notLicensee(origin) && owner && sameCompany(licensee, { start: 0, end: 0, surface: owner.name, companyId: owner.id })) return { name: expandAbbreviation(origin, a, p, this.m), id: origin.companyId };
      const other = inSentence.find((c) => notLicensee(c) && fits(c)) ?? (thirdPerson ? a.companies.filter((c) => c.end <= s.start && notLicensee(c) && fits(c)).pop() : undefined) ?? a.companies.find((c) => notLicensee(c) && fits(c));
      // (a company the lexicon knows, as the text writes it in its own language)
      if (other) return (other.companyId !== null ? this.lookupCompany(other.companyId, a, p) : null) ?? { name: expandAbbreviation(other, a, p, this.m), id: other.companyId };
    }
    // "一、注射用X（…）/ 申请人为Y公司。": the applicant named on the line after the drug's
    const line = sentenceOf(mention, p);
    const next = line ? nextSentence(line, p) : null;
    const applicant = next && APPLICANT_LINE.test(next.text) ? inRange(a.companies, next.start, next.end)[0] : undefined;
    if (applicant && fits(applicant)) return { name: expandAbbreviation(applicant, a, p, this.m), id: applicant.companyId };
    // the companies the drug is licensed to, where the text tells so (read when first asked)
    let licensees: CompanyMention[] | undefined;
    const licensedTo = () =>
      (entity?.mentions ?? []).slice(0, 20).flatMap((x) => {
        const sentence = sentenceOf(x, p);
        const companies = sentence ? inRange(a.companies, sentence.start, sentence.end) : [];
        // ("Lumora entered into an exclusive license agreement with Ono … for … LMR-101 in Japan": the one a licence is agreed with)
        const found = sentence ? (licenseeIn(companies, p.work, sentence) ?? (LICENCE_WORDING.test(sentence.text) ? partnerIn(companies.slice(1), p.work, sentence) : undefined)) : undefined;
        return found ? [found] : [];
      });
    const notLicensed = (c: CompanyMention) => c !== partner && !(licensees ??= licensedTo()).some((l) => sameCompany(c, l));
    // the company stated at the drug's first mention that names one
    // (not one the drug is licensed to: "the Group granted Nordale the exclusive rights to … rinotokimab outside Greater
    // China. … Nordale is currently conducting a global Phase III study of rinotokimab")
    for (const x of (entity?.mentions ?? []).slice(0, 20)) {
      const sentence = sentenceOf(x, p);
      // (nor one a sentence about competitors pairs it with: "Nurix's NX-5948 and several Chinese degraders are chasing X")
      const c = sentence && !COMPETITORS.test(sentence.text) ? this.statedCompany(x, sentence, a, p.work) : null;
      if (sentence && c && fits(c) && notLicensed(c)) {
        const named = parentOf(c, sentence);
        return { name: expandAbbreviation(named, a, p, this.m), id: named.companyId };
      }
    }
    // ("森瑶生物的…同门的SY-3405" is not 首药控股's either)
    const nearest = guessed || !owner ? this.namedBefore(entity, a, p) : null;
    if (nearest) return { name: expandAbbreviation(nearest, a, p, this.m), id: nearest.companyId };
    // (in a filing, "公司代码：688793 … 启澜生物医药（苏州）股份有限公司 / 2025年年度报告", the drugs are the filer's)
    const filer = guessed && FILING_HEADER.test(p.work.slice(0, 400)) ? a.companies[0] : undefined;
    if (filer) return { name: expandAbbreviation(filer, a, p, this.m), id: filer.companyId };
    if (owner) return owner;
    // else the first company named, unless it is one the drug is licensed to
    const first = a.companies.find(notLicensed) ?? a.companies[0];
    return first ? { name: expandAbbreviation(first, a, p, this.m), id: first.companyId } : { name: null, id: null };
  }

  /** The company a sentence about the drug says discovered it or licensed it out ("discovered by X", "in-licensed from X", "由X自主研发"). */
  private originatorOf(entity: Entity | null, a: Analysis, p: Prepared): CompanyMention | null {
    for (const x of (entity?.mentions ?? []).slice(0, 20)) {
      const s = sentenceOf(x, p);
      if (!s) continue;
      const found = inRange(a.companies, s.start, s.end).find(
        (c) =>
          !licensorOfAnother(c, x, s, p.work) &&
          (ORIGINATED_BY.test(p.work.slice(Math.max(s.start, c.start - 24), c.start)) ||
            // ("由X自主研发", "瑞普西单抗是铂瑞生物开发的…")
            ((/由\s?$/.test(p.work.slice(Math.max(s.start, c.start - 2), c.start)) || (c.start > x.end && /^\s?(?:是|为|系)\s?$/.test(p.work.slice(x.end, c.start)))) && ORIGINATED_AFTER.test(p.work.slice(c.end, c.end + 12)))),
      );
      if (found) return found;
    }
    return null;
  }

  /** Whether a sentence names the drug's owner the lexicon gives (by the drug or its code prefix). */
  private ownerNamedIn(entity: Entity, s: Sentence, a: Analysis, p: Prepared): boolean {
    const inSentence = inRange(a.companies, s.start, s.end);
    const owner = this.lexiconOwner(entity, a, p)?.id;
    if (owner) return inSentence.some((c) => c.companyId === owner || isSubsidiary(this.m, c.companyId, owner));
    // (a company the lexicon does not know: the one the text states with the drug's first mention, "Anlan
    // Biotherapeutics' AL-753" … "Anlan granted …")
    const first = entity.mentions[0];
    const line = first ? sentenceOf(first, p) : null;
    const stated = first && line ? this.statedCompany(first, line, a, p.work) : null;
    if (stated !== null) return inSentence.some((c) => sameCompany(c, stated));
    // (else the owner as the text shows it elsewhere: "…42% of patients taking SNV-1631 …, Sinoveta said")
    const shown = first && line ? this.companyFor(entity, first, line, a, p).name : null;
    return shown !== null && inSentence.some((c) => sameCompany(c, { start: 0, end: 0, surface: shown, companyId: null }));
  }

  /** Whether the companies a sentence names are all the drug's owner, as the lexicon or the text gives it, one (`asPossessor`) as the possessor of what the sentence tells ("Qingyu's new drug application"). */
  private onlyOwnerNamedIn(entity: Entity, s: Sentence, a: Analysis, p: Prepared, asPossessor = true): boolean {
    // (a company named only as the source is no party: "…began dosing in October, according to IDEAYA's investor presentation")
    const named = inRange(a.companies, s.start, s.end).filter((c) => !ATTRIBUTED.test(p.work.slice(Math.max(s.start, c.start - 16), c.start)));
    if (!named.length || (asPossessor && !named.some((c) => /^(?:['’]s\b|的)/.test(p.work.slice(c.end, c.end + 3))))) return false;
    const first = entity.mentions[0]!;
    const sentence = sentenceOf(first, p);
    const owner = sentence ? this.companyFor(entity, first, sentence, a, p) : null;
    const ownerKey = owner?.name ? fold(owner.name) : null;
    // (or the company the drug's first sentence has as its subject, a licensee telling its own news: "Zai Lab Announces
    // China NMPA Approval of VYVGART" … "The NMPA accepted Zai Lab's supplemental BLA")
    let teller: CompanyMention | null | undefined;
    const tells = (c: CompanyMention) => (teller ??= sentence ? this.statedCompany(first, sentence, a, p.work, true) : null) !== null && sameCompany(c, teller!);
    return named.every((c) => (owner?.id && c.companyId === owner.id) || (ownerKey !== null && (ownerKey.includes(fold(c.surface)) || fold(c.surface).includes(ownerKey))) || tells(c));
  }

  /** Modality and targets of a drug described in words ("its anti-PD-1 antibody", "an AAV gene therapy"). */
  private descriptiveAttributes(mention: AssetMention, a: Analysis): { modality: Modality | null; targets: string[] } {
    const modality = modalityFromName(mention.surface, this.m);
    const targets = [...new Set(inRange(a.targets, mention.start, mention.end).map((t) => t.symbol))];
    return { modality, targets };
  }

  /** The other of the pair of parties a list line names before the drug, when the owner is one of them. */
  private pairedParty(mention: AssetMention, a: Analysis, text: string, owner: { name: string | null; id: string | null }): CompanyMention | null {
    const pair = dealPair(a.companies, text, mention);
    const isOwner = (c: CompanyMention) => (owner.id !== null && c.companyId === owner.id) || c.surface === owner.name;
    return pair?.find((c, i) => isOwner(pair[1 - i]!) && !isOwner(c)) ?? null;
  }

  private counterpartyFor(mention: AssetMention, s: Sentence, a: Analysis, owner: { name: string | null; id: string | null }, scope: { start: number; end: number }): CompanyMention | null {
    const ownerKey = owner.name ? fold(owner.name) : null;
    const candidates = inRange(a.companies, s.start, s.end).filter(
      (c) =>
        (owner.id === null || c.companyId !== owner.id) &&
        (ownerKey === null || (fold(c.surface) !== ownerKey && !ownerKey.includes(fold(c.surface)) && !fold(c.surface).includes(ownerKey))) &&
        // an acquirer may be listed as the parent of the company it bought: that is the counterparty, not the owner
        (mention.kind === "descriptive" || !isSubsidiary(this.m, c.companyId, owner.id)) &&
        c.surface !== mention.surface,
    );
    const inScope = candidates.filter((c) => c.start >= scope.start && c.end <= scope.end);
    // "…, Helvion buys Marbridge, Kingfu inks…": the buyer of a company bought is the one just before it in its clause
    if (mention.entity < 0) {
      const buyer = candidates.filter((c) => c.end <= mention.start && !CLAUSE_BREAK.test(s.text.slice(c.end - s.start, mention.start - s.start))).pop();
      if (buyer) return buyer;
      // ("Genmab is reaching for … The Danish company said Wednesday it will buy ProfoundBio": the buyer named before, described)
      const described = BUYER_DESCRIBED.test(s.text) ? a.companies.filter((c) => c.end <= s.start && s.start - c.end < 400 && fold(c.surface) !== fold(mention.surface)).pop() : undefined;
      if (described) return described;
    }
    const pick = inScope.find((c) => c.start > mention.end) ?? inScope[0] ?? candidates.find((c) => c.start > mention.end) ?? candidates[0];
    if (pick) return pick;
    // ("当时，集团以…从Telix引进了X": the filer, named by its own word, takes in the drug of the one it licenses from)
    const isOwner = (c: CompanyMention) => (owner.id !== null && c.companyId === owner.id) || (ownerKey !== null && fold(c.surface) === ownerKey);
    const licensor = inRange(a.companies, s.start, s.end).find((c) => isOwner(c) && LICENSED_FROM.test(s.text.slice(Math.max(0, c.start - s.start - 16), c.start - s.start)));
    if (licensor && FILER_SUBJECT.test(s.text)) return a.companies.find((c) => !isOwner(c) && !isSubsidiary(this.m, c.companyId, owner.id)) ?? null;
    return null;
  }

  /** Modality and targets of a drug: the lexicon when it knows the drug, else the words around its names. */
  private entityAttributes(entity: Entity, a: Analysis, sentences: Sentence[], text: string): { modality: Modality | null; targets: string[] } {
    const drug = entity.drugId ? this.m.drugById.get(entity.drugId) : undefined;
    let modality: Modality | null = drug?.modality ?? null;
    let targets: string[] = drug?.targets.length ? [...drug.targets] : [];
    const windows = entity.mentions.slice(0, 20).map((x) => windowAround(x, a, sentences, text));
    // "…SYH2051注射液已获批临床。该产品为一款靶向Claudin18.2的抗体偶联药物": a following sentence that points back describes it
    for (const x of entity.mentions.slice(0, 5)) {
      const s = containing(sentences, x.start, x.end);
      const next = s ? sentences[sentences.indexOf(s) + 1] : undefined;
      if (next && DESCRIBES_PREVIOUS.test(next.text) && !inRange(a.assets, next.start, next.end).some((y) => y.entity !== entity.id)) {
        windows.push({ start: next.start, end: Math.min(next.end, next.start + 80) });
      }
    }
    // ("… VK-2306 injection obtained implied license, …, the product is a GalNAc siRNA targeting APOC3": or a later clause of its own sentence)
    for (const x of entity.mentions.slice(0, 5)) {
      const s = containing(sentences, x.start, x.end);
      const clause = s ? DESCRIBES_IN_CLAUSE.exec(text.slice(x.end, s.end)) : null;
      if (s && clause && !inRange(a.assets, s.start, s.end).some((y) => y.entity !== entity.id)) windows.push({ start: x.end + clause.index, end: Math.min(s.end, x.end + clause.index + 80) });
    }
    // "GX-A301注射液（“该产品”）…。有关该产品 / 该产品为一款siRNA药物…": every sentence opening with the term a document
    // defines for the drug describes it, however far from its name
    for (const x of entity.mentions.slice(0, 5)) {
      const term = DEFINED_TERM.exec(text.slice(x.end, x.end + 24))?.[1];
      if (!term) continue;
      const opens = new RegExp(`^(?:the\\s)?${term}(?:为|是|\\sis\\b|\\swas\\b)`, "i");
      for (const s of sentences) if (opens.test(s.text) && !inRange(a.assets, s.start, s.end).some((y) => y.entity !== entity.id)) windows.push({ start: s.start, end: Math.min(s.end, s.start + 80) });
      break;
    }
    // "药品名称：塔戈利塞片 / … / 备注：PI3Kδ抑制剂，…": a notice block's remark describes the drug its name line names
    for (const x of entity.mentions.slice(0, 5)) {
      const s = containing(sentences, x.start, x.end);
      for (const remark of s ? describingFields(sentences, sentences.indexOf(s)) : []) windows.push({ start: remark.start, end: Math.min(remark.end, remark.start + 60) });
    }
    if (!modality) {
      // the most specific cue found in any window wins (cues are ordered most specific first)
      // (a window that lists kinds of drugs describes none: "涉及ADC、小分子、siRNA、CAR-T和单抗等多种分子类型，其中X…")
      const describing = (w: string) => new Set(this.m.modalityCues.scan(w).map((hit) => hit.value)).size < 3;
      const around = windows.map((w) => text.slice(w.start, w.end)).filter(describing).join("\n");
      // (or, when the windows list kinds after the drug, "GPRC5D×CD3双抗LBL-034…（包括蛋白酶体抑制剂、免疫调节剂和抗CD38单抗）", up to its name)
      const upToName = () => entity.mentions.slice(0, 20).map((x, i) => text.slice(windows[i]!.start, x.end)).filter(describing).join("\n");
      modality = this.m.modalityCues.first(around) ?? this.m.modalityCues.first(upToName()) ?? null;
    }
    if (!modality) {
      for (const x of entity.mentions) {
        // the name itself, with the dosage form written right after it ("SYHX1903片")
        modality = modalityFromName(x.surface + (text.slice(x.end, x.end + 9).match(/^(?:片|胶囊|颗粒| tablets?\b| capsules?\b)/i)?.[0] ?? ""), this.m);
        if (modality) break;
      }
    }
    if (modality === "cell_therapy_other" && /干细胞|stem cell/i.test(text)) modality = "stem_cell";
    // ("SNV-1321, an antibody that binds both TSLP and IL-13": an antibody with two targets it binds at once is bispecific)
    // (unless the text calls it monoclonal: "同时靶向IL-17A和IL-17F的人源化单克隆抗体")
    const described = modality === "monoclonal_antibody" ? windows.map((w) => text.slice(w.start, w.end)).join("\n") : "";
    if (BINDS_BOTH.test(described) && !/单克隆|monoclonal/i.test(described)) modality = "bispecific_antibody";
    if (!targets.length) {
      let markers: string[] = [];
      for (const w of windows) {
        // a combination partner's target or a prior therapy's ("既往接受过BTK抑制剂治疗的…") is not the drug's
        // (nor one the disease resists: "overcomes PD-1 resistance", "PD-1耐药")
        const found = inRange(a.targets, w.start, w.end).filter((t) => !COMBO_BEFORE.test(text.slice(Math.max(w.start, t.start - 24), t.start)) && !PRIOR_THERAPY_BEFORE.test(text.slice(Math.max(w.start, t.start - 20), t.start)) && !RESISTED_AFTER.test(text.slice(t.end, t.end + 24)) && !SPARED_AFTER.test(text.slice(t.end, t.end + 30))).filter((t, _, all) => !SIGNALLING_AFTER.test(text.slice(t.end, t.end + 30)) || all.every((o) => SIGNALLING_AFTER.test(text.slice(o.end, o.end + 30))));
        // (a disease's marker, "EGFR-mutant", "HER2阳性", is the drug's target only when the window names no other)
        // (or, with a window naming only a marker, "Phase 1b: VRD-3107 in EGFR-mutant NSCLC", one a later window names as its own)
        const own = found.filter((t) => !BIOMARKER_AFTER.test(text.slice(t.end, t.end + 18)));
        if (own.length) {
          targets = [...new Set(own.map((t) => t.symbol))];
          break;
        }
        if (found.length && !markers.length) markers = [...new Set(found.map((t) => t.symbol))];
      }
      if (!targets.length) targets = markers;
    }
    return { modality, targets };
  }
}

const MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
/** ", and in April 2025 as monotherapy for …": a second date and indication for the verb of the clause before. */
// (or with no date of its own: "…conditional approval in December 2020 for A and, as a separate indication, for B")
const ELIDED_REPEAT = new RegExp(`,? and (?:then |later |again )?(?:in|on) (?:${MONTH_NAME} (?:\\d{1,2}, )?)?(?:19|20)\\d{2}(?: as [^,;.]{1,40}?)?,? for\\b|,? and,? as an? (?:separate|second|further|another|new) indication,? for\\b|,? and (?:an?|another) (?:further |second |separate |new |supplemental )?(?:application|filing|BLA|NDA|sBLA|sNDA) for\\b|(?<=\\bfor [^.;,]{3,120}?) and (?:also )?for\\b(?! (?:the|a|an|its|their|use|up to|\\$|US\\$|[\\d,.]+)\\b)`, "g");

/** The trigger a clause repeats without its verb ("…, and in April 2025 as monotherapy for …"), after the last trigger of its type. */
function elidedRepeat(s: Sentence, triggers: Trigger[]): Trigger | null {
  const last = triggers[triggers.length - 1];
  if (!last || last.field || last.rule.type === "deal" || last.rule.type === "acquisition") return null;
  ELIDED_REPEAT.lastIndex = last.end - s.start;
  const m = ELIDED_REPEAT.exec(s.text);
  // the repeat starts at "and", inside its own clause
  return m ? { rule: last.rule, start: s.start + m.index + m[0].indexOf("and"), end: s.start + m.index + m[0].length, elided: true, repeats: last } : null;
}

/** "China's NMPA cleared the IND in Q3 2024 and the U.S. FDA followed in Q4 2024", "B, an antibody, followed in November 2025", "同日获批的还有B": the same news for another regulator or drug, told with "followed". */
const FOLLOWED_REACH = 4;
const FOLLOWED = /\bfollowed(?: suit)? (?=in|on|with|later|weeks|months|a (?:month|year))(?![^.;]{0,30}\bwith\b[^.;]{0,40}\b(?:data|results|findings)\b)|(?:随后|紧随其后)(?:也|亦)?(?=获|于|在)|(?:同日|同时|同期|同批)?(?:获批|获准|获得批准)的(?:还有|另有|也有)/;
function followedSuit(s: Sentence, triggers: Trigger[], before: Trigger[][]): Trigger | null {
  const m = FOLLOWED.exec(s.text);
  if (!m) return null;
  const at = s.start + m.index;
  // (a sentence that says what followed in words of its own tells it itself: "The European Commission followed in September 2024, approving X …")
  // (not another clause's: "X followed in November 2025, and Y was approved in July")
  if (triggers.some((t) => t.end > at && !/[;；]|,\s(?:and|while|but|whereas)\s/.test(s.text.slice(at - s.start, Math.max(at, t.start) - s.start)))) return null;
  // the news of the clause before in the sentence, else of the sentence before; an approval's for "获批的还有" (of the
  // few sentences before: "上周四，国家药监局附条件批准X上市…。…X于2025年4月被纳入突破性治疗。同日获批的还有Y")
  const approved = /批|准/.test(m[0]);
  const fits = (t: Trigger) => !t.field && (!approved || APPROVAL_TYPES.includes(t.rule.type));
  const last = triggers.filter((t) => t.end <= at && fits(t)).pop() ?? before.flat().filter(fits).pop();
  // (a bare 获批 is an approval, whatever kind the one before was)
  if (last && approved) return { rule: { ...last.rule, type: "approval" }, start: at, end: at + m[0].length, elided: true };
  if (!last || last.rule.type === "deal" || last.rule.type === "acquisition") return null;
  return { rule: last.rule, start: at, end: at + m[0].length, elided: true };
}

// how far into a sentence its subject may start (after a dateline or "On May 5,")
const SUBJECT_REACH = 40;

const STUDY = /\b([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?)(?=\s?的?(?:研究|试验|study|trial|Study|Trial))/g;
const STUDY_BRACKETED = /(?:研究|试验|[Ss]tudy|[Tt]rial)\s?[(（]([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?)[)）]/g;
// most sentences name no study: this test spares them STUDY's backtracking over every capitalised word
const STUDY_WORD = /研究|试验|[Ss]tudy|[Tt]rial/;

/**
 * Study names seen with one drug ("HARMONi研究 … 依沃西单抗"), or in a sentence about the drug just named,
 * so that later sentences naming the study speak of that drug.
 */
function learnStudies(s: Sentence, entities: number[], focus: number | null, studies: Map<string, number>): void {
  const owner = entities.length === 1 ? entities[0]! : entities.length === 0 ? focus : null;
  if (owner === null || !STUDY_WORD.test(s.text)) return;
  for (const m of s.text.matchAll(STUDY)) if (!studies.has(m[1]!)) studies.set(m[1]!, owner);
  // ("一项全球III期临床研究（HELIOS-301）", "a phase 3 trial (ORIENT-11)": the study named in brackets after the word)
  for (const m of s.text.matchAll(STUDY_BRACKETED)) if (!studies.has(m[1]!)) studies.set(m[1]!, owner);
}

function studyEntity(s: Sentence, studies: Map<string, number>): number | null {
  if (!STUDY_WORD.test(s.text)) return null;
  for (const m of s.text.matchAll(STUDY)) {
    const e = studies.get(m[1]!);
    if (e !== undefined) return e;
  }
  // (a study named in brackets once is named bare later: "HELIOS-301已于去年11月获得美国FDA同意开展")
  for (const [name, e] of studies) if (name.includes("-") && s.text.includes(name)) return e;
  return null;
}

/** The company an acquisition is of: named right after the trigger ("acquisition of X", "收购X"), or right before a passive one ("X被…收购", "X was acquired"). */
/** "收购苏州灵波治疗，…": a name right after 收购 that no recogniser knows, up to the clause's end or its shares. */
const ZH_BOUGHT = /^([\u4e00-\u9fff]{4,12}?)(?=[，,。；;]|的?(?:全部|100%|控股|剩余)?(?:股权|股份))/;
const NOT_BOUGHT_NAME = /权益|资产|股权|股份|产品|管线|业务|项目|药物|药品|平台|技术|后|完成|交易|的|或|某|一家|方式|入局|(?:公司|企业)$/;
function zhNameAfter(t: { start: number; end: number }, s: Sentence): CompanyMention | null {
  const m = ZH_BOUGHT.exec(s.text.slice(t.end - s.start, t.end - s.start + 20));
  if (!m || NOT_BOUGHT_NAME.test(m[1]!)) return null;
  return { start: t.end, end: t.end + m[1]!.length, surface: m[1]!, companyId: null };
}

function capitalisedAfter(t: { start: number; end: number }, s: Sentence): CompanyMention | null {
  const m = /^\s(?:all of |the rest of )?([A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,3})(?! rights)/.exec(s.text.slice(t.end - s.start, t.end - s.start + 60));
  // "acquires US rights", "acquired Global …": a place or a qualifier, not a company
  if (!m || /^(?:US|U\.S\.|EU|UK|China|Chinese|Global|Worldwide|Exclusive|All|The|Its|Rights)\b/.test(m[1]!)) return null;
  const name = m[1]!.replace(/[.,]$/, "");
  const start = t.end + m[0].indexOf(m[1]!);
  return { start, end: start + name.length, surface: name, companyId: null };
}

/** An acquisition's price with a contingent part after it ("…, or about $1 billion in total, plus a contingent value right …"): paid at closing. */
function acquisitionPrice(money: MoneyMention[], text: string): number | null {
  return money.find((x) => x.role === "total" && x.usd !== null && CONTINGENT_AFTER.test(text.slice(x.end, x.end + 100)))?.usd ?? null;
}
/** The milestones an acquisition's terms tell in a sentence after its own. */
const laterMilestones = (money: MoneyMention[], s: Sentence) => money.filter((x) => x.role === "milestone" && x.usd !== null && x.start >= s.end);
/** The one total an acquisition's own sentence states, its price. */
function soleTotal(money: MoneyMention[]): number | null {
  const totals = money.filter((x) => x.role === "total" && x.usd !== null);
  return totals.length === 1 ? totals[0]!.usd : null;
}
const CONTINGENT_AFTER = /^[^.;]{0,20}\bplus\b[^.;]{0,60}\b(?:contingent value rights?|CVRs?|milestone payments?)\b|^[^。；;]{0,12}(?:另加|外加|以及)[^。；;]{0,30}(?:或有价值权|里程碑付款)/i;

function acquiredCompany(t: { start: number; end: number }, s: Sentence, a: Analysis, text: string): AssetMention | null {
  const inSentence = inRange(a.companies, s.start, s.end);
  const after = inSentence.find((c) => c.start >= t.end && c.start - t.end < 40);
  const before = inSentence.filter((c) => c.end <= t.start).pop();
  // (passive when the verb says so: "被收购", "was acquired by", not "has been building …, when it bought")
  const between = s.text.slice(Math.max(0, (before?.end ?? s.start) - s.start), t.start - s.start);
  const passive = /被\s?$/.test(between) || (/\b(?:was|been|were|is|are|be)\s(?:\w+ly\s)?$/.test(between) && /^(?:acquired|bought|purchased)/i.test(text.slice(t.start, t.end)));
  // "to acquire ProfoundBio, a privately held …": a capitalised name right after the verb is the company bought
  const named = after ?? capitalisedAfter(t, s) ?? zhNameAfter(t, s);
  // ("its purchase of Biotheus, which it agreed to acquire in November": the company the relative clause is of)
  const relative = before !== undefined && /^,\s?which (?:it|they|the company|[A-Z][\w-]+) (?:\w+ ){0,3}$/.test(between);
  // ("阿斯利康完成了对亘喜生物的收购": the company the purchase is of)
  const object = before !== undefined && /^\s?的\s?$/.test(between) && /对\s?$/.test(text.slice(Math.max(s.start, before.start - 2), before.start));
  const pick = (passive || relative || object) && before ? before : named;
  if (!pick) return null;
  // the same company acquired in two sentences is one acquisition: its "entity" is its first mention in the text
  // ("Helvion buys Marbridge" in a headline, "to acquire Shanghai-based Marbridge Bio" below: one company)
  const first = a.companies.find((c) => (pick.companyId !== null && c.companyId === pick.companyId) || companyNames(c).some((n) => companyNames(pick).includes(n)))?.start ?? text.indexOf(pick.surface);
  return { start: pick.start, end: pick.end, surface: pick.fullName ?? pick.surface, kind: "descriptive", drugId: null, entity: -1 - first };
}

const FIELD_LINE = /^[\u4e00-\u9fffA-Za-z ]{2,12}[:：]/;
/** For each sentence, the number of prose sentences before it (a short "label：value" field line counts for nothing). */
function readingOrder(sentences: Sentence[]): number[] {
  const out = new Array<number>(sentences.length);
  let n = 0;
  sentences.forEach((s, i) => {
    out[i] = n;
    if (!(s.text.length <= 60 && FIELD_LINE.test(s.text))) n++;
  });
  return out;
}

/** "comparing it with alectinib", "versus 22.1 months with alectinib", "beats alectinib", "对比帕博利珠单抗": the drug a trial pits the news's drug against. */
// (the comparator may carry its owner: "comparing the bispecific with Merck's Keytruda", "对比默沙东的K药")
/** What a drug named right after was to the patients: a therapy they had before ("previously treated with", "refractory to", "progressed on"). */
/** The drug another is made from ("lonapegsomatropin, a once-weekly prodrug of somatropin", "a biosimilar of"): named to describe it. */
const MADE_FROM = /\b(?:prodrug|analog(?:ue)?|biosimilar|derivative|pegylated form|long-acting (?:form|version)) of\s$/i;
const PRIOR_DRUG = /\b(?:previously treated with|pretreated with|progressed (?:on|after)|refractory to|resistant to|failure of|intolerant (?:of|to)|after (?:prior |previous )?(?:treatment with )?)\s$/i;
const COMPARATOR_BEFORE = /\b(?:versus|vs\.?|compared (?:with|to)|comparing (?:it|them|(?:the |its |our )?[\w-]+) (?:with|to)|beats?|beating|outperform(?:s|ed|ing)?|bested|tops?|(?:an? )?(?:potential |possible |clear )?(?:edge|advantage) over|superior(?:ity)? to)\s(?:[A-Z][\w&-]*['’]s\s)?$|\b(?:versus|vs\.?)\s[^,.;]{0,24}\bwith\s$|(?:对比|相比|头对头)\s?(?:[\u4e00-\u9fff]{2,6}的)?$/;
const COMPARATOR_AFTER = /^\s?(?:为|作为)(?:阳性|活性)?对照|^,?\s(?:as (?:an? |the )?(?:active )?comparator)/;
/** A drug named as what another is combined with or compared to ("联合阿得贝利单抗", "与奥布替尼联合", "以司美格鲁肽为阳性对照"). */
function isCombinationPartner(x: AssetMention, s: Sentence, text: string): boolean {
  const before = text.slice(Math.max(s.start, x.start - 60), x.start);
  const after = text.slice(x.end, Math.min(s.end, x.end + 30));
  // (a drug a trial pits the news's drug against is its comparator; a target an antibody is "against" is no drug)
  return COMBO_BEFORE.test(before) || /\bagainst\s$/.test(before) || COMPARATOR_BEFORE.test(before) || COMPARATOR_AFTER.test(after) || (/(?:与|和|同|\band)\s?$/.test(before) && /^\s?(?:联合|联用|合用|combination\b|combined\b)/.test(after));
}

const DRUG_NOUN = "(?:inhibitor|antibody|drug|therapy|candidate|ADC|bispecific|vaccine|CAR-T|agonist|antagonist|degrader|molecule)";
const DESCRIBED_SUBJECT = new RegExp(`^(?:(?:An?|The) (?:[\\w/-]+ ){0,4}${DRUG_NOUN} (?:from|developed by|made by|discovered by)\\s|Its (?:[\\w/-]+ ){0,4}${DRUG_NOUN}\\b)`);
const POSSESSIVE_OPENS = /^(?:Its|Their|The company['’]s|The group['’]s|The (?:first|second|third|fourth|fifth|lead|other|next|last) (?:clinical |clinical-stage )?(?:program|programme|asset|candidate|product)|其|公司的?|该公司的?)/;
const EXEMPLAR_AFTER = /^\s?(?:等|之类)|^,? (?:and other|or other)\b/;
const EXEMPLAR_BEFORE = /(?:\bsuch as|\blike|\bincluding|例如|比如|如)\s?$/;
/** A drug named in passing: a combination partner or comparator, a prior therapy, an example of its class ("克唑替尼等一代药物"). */
function isBackground(x: AssetMention, s: Sentence, text: string): boolean {
  const before = text.slice(Math.max(s.start, x.start - 20), x.start);
  return isCombinationPartner(x, s, text) || PRIOR_THERAPY_BEFORE.test(before) || RESISTED_BEFORE.test(text.slice(Math.max(s.start, x.start - 30), x.start)) || EXEMPLAR_BEFORE.test(before) || EXEMPLAR_AFTER.test(text.slice(x.end, x.end + 12));
}

/** `f`, remembered per drug of the document. */
function oncePerEntity<T>(f: (entity: Entity) => T): (entity: Entity) => T {
  const seen = new Map<number, T>();
  return (entity) => {
    if (!seen.has(entity.id)) seen.set(entity.id, f(entity));
    return seen.get(entity.id)!;
  };
}

type Anchor = { position: number; year: number; month: number | null };

/** Explicit year-month dates ("2025年11月", "November 2025"), which complete later month-day dates of the same month. */
function findAnchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of text.matchAll(/((?:19|20)\d{2})\s?年(?:\s?(\d{1,2})\s?月)?/g)) out.push({ position: m.index, year: Number(m[1]), month: m[2] ? Number(m[2]) : null });
  return out;
}

/** "国家药品监督管理局药品审评中心（CDE）": a regulator's name and its abbreviation in brackets are one mention. */
function withBracketedAbbreviations(found: AgencyMention[], text: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && last.agency === f.agency && /^\s?[(（]?\s?["“]?$/.test(text.slice(last.end, f.start))) {
      const close = /^["”]?\s?[)）]/.exec(text.slice(f.end, f.end + 3));
      out[out.length - 1] = { ...last, end: f.end + (close ? close[0].length : 0) };
    } else out.push(f);
  }
  return out;
}

function nearest(dates: DateMention[], start: number, end: number): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = d.end <= start ? start - d.end : d.start >= end ? (d.start - end) * 1.5 : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** The date a sentence opens with ("5月27日，", "On May 27, 2025,") when it is the sentence's only one. */
function leadDate(dates: DateMention[], s: Sentence, text: string): DateMention | null {
  return dates.length === 1 ? openingDate(dates, s, text) : null;
}
/** The date a sentence opens with ("12月1日，…", "On May 27, …"). */
function openingDate(dates: DateMention[], s: Sentence, text: string): DateMention | null {
  const first = dates[0];
  // (after a bullet too: "• In February 2026, …")
  return first && /^\s?(?:[·•▪●◆■*-]\s*)?(?:on|in)?\s?$/i.test(text.slice(s.start, first.start)) && /^\s?[,，]/.test(text.slice(first.end, first.end + 2)) ? first : null;
}

/** A clause with a subject of its own opening: "…, and BioNTech bought …", "…；B公司…" (not a bracket's list, "(private; …)"). */
const NEW_SUBJECT = /[,，]\s?(?:and|but|while)\s(?=[A-Z])|[;；]/g;
const unbracketed = (str: string) => str.replace(/\([^()]*\)|（[^（）]*）/g, (m) => " ".repeat(m.length));
/** The coordinated clause of a sentence around a span: between the NEW_SUBJECT breaks on either side. */
function coordinateOf(text: string, s: Sentence, x: Span): Sentence {
  let start = s.start;
  let end = s.end;
  for (const m of unbracketed(text.slice(s.start, s.end)).matchAll(NEW_SUBJECT)) {
    const at = s.start + m.index;
    if (at + m[0].length <= x.start) start = at + m[0].length;
    else if (at >= x.end) {
      end = at;
      break;
    }
  }
  return { ...s, start, end, text: text.slice(start, end) };
}
/** Whether no coordinated clause opens between two spans of a sentence. */
const sameCoordinate = (text: string, a: Span, b: Span) => !unbracketed(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))).match(NEW_SUBJECT);
const BEFORE_PENALTY = 3;
/** A coordinated clause opening between a span and a later trigger: the span belongs to the clause before ("…, and won", "，并于"). */
const NEW_CLAUSE = /[,，]\s?(?:and|but|while)\s|[,，](?:并且?|且|同时)|[;；]/;
/** The indications nearer to this trigger than to any other of the sentence ("X for melanoma in 2024, and a second X for sqNSCLC"). */
function ownedBy<T extends { start: number; end: number }>(t: Span, triggers: Span[], spans: T[], text: string): T[] {
  // in a near tie the trigger a span follows owns it ("获附条件批准上市，用于治疗X患者，是中国首个获批…"); a repeat
  // without its verb, or a trigger opening a clause of its own after the span, owns only what follows it
  const gap = (span: T, o: Span) => (span.start >= o.end ? span.start - o.end : o.start >= span.end ? (o.elided || NEW_CLAUSE.test(text.slice(span.end, o.start)) ? Infinity : o.start - span.end + BEFORE_PENALTY) : 0);
  return spans.filter((span) => triggers.every((o) => o === t || gap(span, t) <= gap(span, o)));
}

/** A bulleted line naming a drug the next sentence names too: the head of that item ("● 1月6日｜HMPL-306片｜…" over its news). */
function isItemHead(sentences: Sentence[], si: number, mention: AssetMention, mentionsIn: (s: Sentence) => AssetMention[]): boolean {
  const head = sentences[si]!;
  const next = sentences[si + 1];
  const same = (x: AssetMention) => x.entity === mention.entity;
  return next !== undefined && BULLET.test(head.text) && mentionsIn(head).some(same) && mentionsIn(next).some(same);
}

/** Drugs counted, not named, as what a clause's deal wording is about ("more than a dozen programs", "十余款产品"). */
const COUNTED_PROGRAMS = /\b(?:a dozen|dozens of|more than (?:a dozen|\d+|two|three|four|five|ten|20)|several|multiple|many|\d{1,3})\s(?:[\w-]+\s){0,3}(?:programs|drugs|assets|candidates|molecules|therapies|ADCs|antibodies|bispecifics)\b|(?:十余|数十|多|几|\d+)(?:款|个|项)[^，。；,;]{0,12}(?:药物|产品|资产|管线|候选药)/;
function countedInClause(text: string, s: Sentence, t: Span, mentions: AssetMention[]): boolean {
  const clause = clauseOf(text, s, t);
  return COUNTED_PROGRAMS.test(text.slice(clause.start, t.start)) && !mentions.some((x) => x.start >= clause.start && x.end <= clause.end);
}

/** The clause of a sentence around a trigger: between the commas, semicolons or colons on either side. */
function clauseOf(text: string, s: Sentence, t: { start: number; end: number }): { start: number; end: number } {
  return { start: lastIndexOf(text, CLAUSE_BREAKS, s.start, t.start), end: firstIndexOf(text, CLAUSE_BREAKS, t.end, s.end) };
}

/** Spans inside the clause when there are any, else all of them. */
function inClauseFirst<T extends { start: number; end: number }>(clause: { start: number; end: number }, spans: T[]): T[] {
  const inside = spans.filter((x) => x.start >= clause.start && x.end <= clause.end);
  return inside.length ? inside : spans;
}

function nearestPhase(phases: PhaseMention[], at: number): Phase | null {
  if (!phases.length) return null;
  return phases.reduce((best, x) => (Math.abs(x.start - at) < Math.abs(best.start - at) ? x : best)).phase;
}

function dominantAgency(text: string, m: Matchers, lang: Lang): Agency {
  let nmpa = /China|Chinese|中国|国内/.test(text) ? 1 : 0;
  let fda = 0;
  for (const hit of m.agencyScan.scan(text)) {
    const agency = hit.value;
    if (agency === "NMPA") nmpa++;
    else if (agency === "FDA") fda++;
  }
  return lang === "zh" || nmpa >= fda ? "NMPA" : "FDA";
}

/**
 * The part of a sentence that belongs to one of several drugs it lists: from its name to the next name
 * ("LM-305 to AstraZeneca in 2023 for $600 million, and LM-299 to MSD in 2024 for $3.288 billion"), or the
 * words before it when those say nothing.
 */
function scopeOf(s: Sentence, mention: AssetMention, all: AssetMention[]): { start: number; end: number; before: { start: number; end: number } } {
  const others = all.filter((x) => x.entity !== mention.entity && x.start >= s.start && x.end <= s.end);
  if (!others.length) return { start: s.start, end: s.end, before: { start: s.start, end: s.start } };
  const next = others.filter((x) => x.start > mention.end).sort((a, b) => a.start - b.start)[0];
  const prev = others.filter((x) => x.end <= mention.start).sort((a, b) => b.end - a.end)[0];
  return { start: mention.start, end: next ? next.start : s.end, before: { start: prev ? prev.end : s.start, end: mention.start } };
}

/** After a drug's name, what describes it: "TX-221, an antisense…", "NVX-711 is our in vivo CAR-T". */
/** "EGFR-mutant", "KRAS G12C突变", "HER2阳性": a target named as a disease's marker. */
// (not a drug's own kind, "IL-15融合蛋白", "PI3Kα mutant-selective", nor cells a drug acts on, "CD25阳性的效应T")
const BIOMARKER_AFTER = /^(?:\s?[A-Z]\d{1,4}[A-Z]?)?\s?(?:[+-](?=[\s/,;)）]|$)|-?(?:mutant|mutated|mutations?|positive|negative|altered|amplified|rearranged|rearrangements?|fusions?|deletions?|insertions?|overexpression|expression|high|low)\b(?!-(?:selective|specific)| protein)|突变|阳性(?!的?(?:效应|调节性)?(?:[TBN]|细胞))|阴性|扩增|融合(?!蛋白)|重排)/i;
const APPOSITION_AFTER = /^[®™]?[)）]?(?:,|\s(?:is|was|will be))\s(?:an?|the|its|our|their|his|her|company|one|(?:[A-Z][\w-]*\s){0,4}[A-Z][\w-]*['’]s)\s/;
const MONTHS_AWAY = /^(?:[A-Z][a-z]+ )?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months? (earlier|later)\b/i;
const NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
/** "Two months earlier, …" opening a sentence: the month that far from the date stated before. */
function monthsAway(before: PartialDate | null, sentence: string): PartialDate | null {
  const m = MONTHS_AWAY.exec(sentence);
  if (!m || before === null || before.length < 7) return null;
  const word = m[1]!.toLowerCase();
  const count = word === "a" ? 1 : /^\d/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
  const months = Number(before.slice(0, 4)) * 12 + Number(before.slice(5, 7)) - 1 + (m[2]!.toLowerCase() === "earlier" ? -count : count);
  return formatDate(Math.floor(months / 12), (months % 12) + 1, null);
}

function windowAround(x: AssetMention, a: Analysis, sentences: Sentence[], text: string): { start: number; end: number } {
  const s = containing(sentences, x.start, x.end);
  const lo = Math.max(s ? s.start : 0, x.start - 40);
  // (an English apposition describes it at more length: "TX-221, an antisense oligonucleotide designed to reduce … the FUS protein")
  const reach = APPOSITION_AFTER.test(text.slice(x.end, x.end + 48)) ? 120 : 60;
  const hi = Math.min(s ? s.end : text.length, x.end + reach);
  // (a drug cut by the window's start counts too: its end bounds the window)
  const near = inRange(a.assets, s ? s.start : 0, hi);
  const otherBefore = near.filter((y) => y.entity !== x.entity && y.end <= x.start && y.end > lo).pop();
  const otherAfter = near.find((y) => y.entity !== x.entity && y.start >= x.end);
  // (the bracket right after the other drug describes that drug: "IMM2510（PD-L1/VEGF双抗）and IMM27M（CTLA-4抗体）")
  const otherBracket = otherBefore ? /^\s?[(（][^()（）]{0,60}[)）]/.exec(text.slice(otherBefore.end, x.start)) : null;
  // (the other drug further back, its apposition in the window: "HXN-1002, an antibody against TL1A and α4β7, and HXN-1003, …"; the window
  // starts after the last clause break)
  // (and a clause the other drug opens is its own: "YL201为靶向B7-H3的抗体偶联药物，ICP-488为TYK2变构抑制剂")
  const further = otherBefore ? undefined : near.filter((y) => y.entity !== x.entity && y.end <= lo).pop();
  const ownClause = otherBefore && OWN_PREDICATE.test(text.slice(otherBefore.end, x.start)) ? lastClauseBreak(text.slice(otherBefore.end, x.start)) : -1;
  const clause = further ? lastClauseBreak(text.slice(lo, x.start)) : ownClause >= 0 ? ownClause + otherBefore!.end - lo : -1;
  return { start: Math.max(lo + clause + 1, (otherBefore?.end ?? 0) + (otherBracket?.[0].length ?? 0)), end: Math.min(hi, otherAfter?.start ?? hi) };
}

/** What a drug's own clause goes on with: what it is ("为…", "是…", " is …", ", an …"). */
const OWN_PREDICATE = /^\s?(?:为|是|系|(?:,\s)?(?:is|was)\s|,\s(?:an?|the)\s)/;
/** Where in `text` its last clause break is (-1 when it has none). */
function lastClauseBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_BREAKS.has(text.charCodeAt(i)) || text[i] === "、") return i;
  return -1;
}

/** "4.维拓生物：…", "(2) …": a numbered item, one piece of news of a list. */
const NUMBERED_ITEM = /^(?:\d{1,2}[.)、]|[(（]\d{1,2}[)）]|\d\uFE0F?\u20E3)\s?/;
/**
 * The line that heads the bulleted list sentence `si` is an item of, if any: one ending with a colon, or a short
 * heading line of its own ("LMR-315 (GalNAc-conjugated siRNA targeting ANGPTL3)" over its news in bullets).
 */
function listHead(sentences: Sentence[], si: number, text: string): number | null {
  if (!BULLET.test(sentences[si]!.text)) return null;
  let j = si - 1;
  while (j >= 0 && si - j <= 12 && BULLET.test(sentences[j]!.text)) j--;
  const head = sentences[j];
  if (!head) return null;
  return /[:：]$/.test(head.text.trimEnd()) || isHeadingLine(head, text) ? j : null;
}
const HEADING_LENGTH = 100;
/** A short line of its own without closing punctuation: a heading. */
function isHeadingLine(s: Sentence, text: string): boolean {
  const ownLine = (s.start === 0 || text[s.start - 1] === "\n") && text[s.end] === "\n";
  return ownLine && s.text.length <= HEADING_LENGTH && !/[.。!！?？;；,，]$/.test(s.text);
}

/**
 * The heading line a paragraph of prose about one drug is under ("3. 晟诺医药：SNM-105（TL1A/IL-23p19双抗）/ 国内首个…。
 * 本周二获CDE临床试验默示许可"): the line just above the paragraph, short and unpunctuated, when the paragraph names no drug before `si`.
 */
// (past the bullet lines of the same heading that name no drug: "ZL-1310 (DLL3 ADC)\n- Completed: … data …; ORR 68%.\n- Completed: Granted BTD …")
function headingAbove(sentences: Sentence[], si: number, text: string, mentionsIn: (s: Sentence) => AssetMention[]): number | null {
  const bulleted = (s: Sentence) => BULLET.test(text.slice(text.lastIndexOf("\n", s.start - 1) + 1, s.end));
  const reach = bulleted(sentences[si]!) ? HEADING_ITEMS_REACH : 3;
  for (let j = si - 1; j >= 0 && si - j <= reach; j--) {
    const s = sentences[j]!;
    // (not a table row or a field line, "拟定适应症：联合特瑞普利单抗用于…")
    const heading = isHeadingLine(s, text) && !isTableRow(s.text) && !/^[\u4e00-\u9fff]{2,8}\s?[:：]/.test(s.text);
    if (heading) return mentionsIn(s).length ? j : null;
    if (mentionsIn(s).length || (text.slice(s.end, sentences[j + 1]!.start).includes("\n") && !(reach > 3 && bulleted(s)))) return null;
  }
  return null;
}
const HEADING_ITEMS_REACH = 8;

/** The last cell of an item written in cells ("· 晟诺医药｜SNM-105注射液｜TL1A/IL-23p19双抗｜中重度活动性溃疡性结肠炎（1月13日获批）"), without a note in brackets, when it reads as a disease. */
function lastCell(s: Sentence): IndicationSpan | null {
  const bar = Math.max(s.text.lastIndexOf("｜"), s.text.lastIndexOf("|"));
  if (bar < 0) return null;
  const cell = s.text.slice(bar + 1).replace(/\s?[(（][^()（）]{0,20}[)）]\s?[。.]?$|[。.]$/, "");
  const start = bar + 1 + (cell.length - cell.trimStart().length);
  const value = cell.trim();
  return /[\u4e00-\u9fff]{2}/.test(value) && !/(?<![A-Za-z])[A-Z]{2,6}-?\d{2,}/.test(value) ? { start: s.start + start, end: s.start + start + value.length } : null;
}

/** List items after "…received this designation for:": short sentences without a trigger of their own. */
function collectListItems(sentences: Sentence[], si: number, m: Matchers): Sentence[] {
  const items: Sentence[] = [];
  for (let j = si + 1; j < sentences.length && items.length < 12; j++) {
    const s = sentences[j]!;
    const t = s.text.replace(/^[;；\s•·\-*]+/, "");
    if (!t) continue;
    if (t.length > 300 || m.triggerScan.test(t)) break;
    if (!findDates(s.text).length) break;
    items.push({ ...s, text: t, start: s.start + (s.text.length - t.length) });
  }
  return items;
}

function listIndication(p: Prepared, item: Sentence, d: DateMention | undefined): string | null {
  let end = item.end;
  if (d) {
    const before = p.work.slice(item.start, d.start).replace(/\s*(?:in|on|since)\s*$/i, "");
    end = item.start + before.length;
  }
  const text = surface(p, item.start, end).replace(/[\s;；.。,，]+$/, "");
  return text || null;
}

function descriptiveAsset(p: Prepared, s: Sentence): AssetMention | null {
  DESCRIPTIVE_ASSET.lastIndex = 0;
  const m = DESCRIPTIVE_ASSET.exec(s.text);
  if (!m) return null;
  let start = s.start + m.index + m[0].indexOf(m[1]!);
  let end = start + m[1]!.length;
  // "its lead candidate, an AAV gene therapy for hemophilia B": the apposition says what it is
  const apposition = /^,\s(?:an?|the)\s([^,;.]{3,80})/.exec(p.work.slice(end, s.end));
  if (apposition && /\b(?:lead|main|core|key)\b/.test(m[1]!)) {
    start = end + apposition[0].indexOf(apposition[1]!);
    end = start + apposition[1]!.length;
  }
  return { start, end, surface: surface(p, start, end), kind: "descriptive", drugId: null, entity: -1 - start };
}

const CJK = /[\u4e00-\u9fff]/;
/** The share of a text's characters that are Chinese. */
function cjkShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n / Math.max(1, text.length);
}
const chineseOf = new WeakMap<Prepared, boolean>();
/** Whether a prepared text is Chinese (worked out once per text). */
function isChinese(p: Prepared): boolean {
  let zh = chineseOf.get(p);
  if (zh === undefined) chineseOf.set(p, (zh = detectLang(p.work) === "zh"));
  return zh;
}


/** "杭州中美华东制药有限公司(以下简称“中美华东”)": a defined short name is reported as the full name it stands for. */
function expandAbbreviation(c: CompanyMention, a: Analysis, p: Prepared, m: Matchers): string {
  // (a legal name's own word used alone, "Qiantang" for "Qiantang Biologics", is reported by the name it stands for)
  if (c.fullName?.startsWith(`${c.surface} `)) return c.fullName;
  // (a name the text gave the lexicon's name for in brackets, "Faith Medicine(Belief BioMed)", by that name)
  if (c.fullName && c.companyId !== null && /^[A-Za-z]/.test(c.surface) && /^[A-Za-z]/.test(c.fullName) && !c.fullName.includes(c.surface)) return c.fullName;
  // (a machine translation of the Chinese name, "Constant Auspicious Medicine", by the first other name the text writes)
  if (c.companyId !== null && isMachineTranslated(m, c)) return a.companies.find((x) => x.companyId === c.companyId && !isMachineTranslated(m, x))?.surface ?? c.surface;
  for (const full of a.companies) {
    if (full.end > c.start) break;
    const after = p.work.slice(full.end, full.end + 20);
    const m = /^[(（]\s?(?:以下)?简称\s?[“"]?([^”")）]{2,12})[”"]?/.exec(after);
    if (m && m[1] === p.work.slice(c.start, c.end)) return full.surface;
  }
  return c.surface;
}

/** Whether a company is named by a word-for-word machine translation of its Chinese name ("Sweet Li Pharmaceutical"). */
function isMachineTranslated(m: Matchers, c: CompanyMention): boolean {
  return m.machineTranslatedNames.has(c.surface.toLowerCase());
}

function isSubsidiary(m: Matchers, child: string | null, parent: string | null): boolean {
  if (!child || !parent) return false;
  let c = m.companyById.get(child);
  for (let i = 0; c && i < 4; i++) {
    if (c.parent === parent) return true;
    c = c.parent ? m.companyById.get(c.parent) : undefined;
  }
  const p = m.companyById.get(parent);
  return p?.parent === child;
}


const OPEN = new Set([0x28, 0xff08]);
const CLOSE = new Set([0x29, 0xff09]);
/** The last clause break in text[from, to), outside brackets ("继耐立克（奥雷巴替尼，HQP1351）之后" is one clause), or `from`. */
function lastIndexOf(text: string, breaks: ReadonlySet<number>, from: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (CLOSE.has(c)) depth++;
    else if (OPEN.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && breaks.has(c)) return i + 1;
  }
  return from;
}
/** The first clause break in text[from, to), outside brackets, or `to`. */
function firstIndexOf(text: string, breaks: ReadonlySet<number>, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && breaks.has(c)) return i;
  }
  return to;
}
