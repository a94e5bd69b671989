import type { Modality } from "../domain/index.ts";
import type { Matchers } from "./lexicon/compile.ts";
import { findCodes } from "./recognize/codes.ts";
import { findNames, stripDosageForm, type NameKind } from "./recognize/names.ts";
import { surface, type Prepared } from "./text/prepare.ts";
import { isRuleRow, isTableRow, tableCells, UNDISCLOSED_NAME } from "./text/table.ts";
import type { TrieMatch } from "./trie.ts";

/** A name of a drug in the work text. */
export type AssetMention = { start: number; end: number; surface: string; kind: NameKind | "code" | "lexicon" | "descriptive"; drugId: string | null; entity: number };
/** A company named in the text; `fullName` when it is the short name the text defined for it ("（以下简称“赛元细胞”）"). */
export type CompanyMention = { start: number; end: number; surface: string; companyId: string | null; fullName?: string };
export type TargetMention = { start: number; end: number; symbol: string };

/** One drug of the document, with every name the text uses for it. */
export type Entity = {
  id: number;
  mentions: AssetMention[];
  drugId: string | null;
};

export type Analysis = {
  assets: AssetMention[];
  entities: Entity[];
  companies: CompanyMention[];
  targets: TargetMention[];
};

const folded = new Map<string, string>();
/** A name compared loosely: NFKC, lower case, without spaces, hyphens, dots, brackets and marks (remembered: names repeat). */
export const fold = (s: string): string => {
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\-_.·'’()（）®™]/g, "");
    if (folded.size > 50_000) folded.clear();
    folded.set(s, f);
  }
  return f;
};

const KIND_RANK: Record<AssetMention["kind"], number> = { lexicon: 6, code: 5, inn: 4, brand: 3, zh_generic: 2, product: 2, descriptive: 1 };

const ZH_LEGAL = /有限责任公司|股份有限公司|有限公司/g;
/** The words for what a company does, at the end of its name before 有限公司 ("医药科技", "生物技术"). */
const INDUSTRY_WORDS = /(?:生物|医药|药业|制药|科技|技术|基因|细胞|健康|生命|工程|研究院)+$/;
const ZH_COMPANY_STOP = new Set([..."的与和及、，,。：:“”《》为是在将由向其该称从对于与以被把给并或、；;（(了就据", " "]);
/** "深圳惠善生物科技的…": a company's short name, recognised by its trade word when it acts (的, 宣布, 发布). */
// a short name ends where what the company does begins: "X生物宣布", "X生物自主研发的", "X生物（688391）发布",
// "X药业DH-2309片的上市申请"; or where a deal's other party follows it: "汇芒医药 × 艾伯维"
const ZH_SHORT_END = /(?:生物科技|生物技术|生物医药|医药科技|生物制药|药业|制药|医药|生物)$/;
const ZH_SHORT_COMPANY = /([\u4e00-\u9fff]{2,10}(?:生物科技|生物技术|生物医药|医药科技|生物制药|药业|制药|医药|生物))(?=的|宣布|发布|公告|称|表示|与|和|曾|已|也|还|从|于|在|将|向|就|则|自主研发|自研|研发|开发|旗下|在研|近日|日前|今日|此前|获|[1-5一二三]类|\d{1,2}月\d{1,2}日|[(（]\d{4,6}(?:\.[A-Z]{2})?[)）]|[A-Z]{1,5}-?\d|\s?[×xX／/]\s?[\u4e00-\u9fffA-Z])/g;
// (or opening an item with a colon: "3. 晟诺医药：SNM-105（TL1A/IL-23p19双抗）")
// (or a post's keycap item, "2️⃣ 凯拓生物 注射用KT-6617": the company right before the drug it opens with)
const ZH_CELL_COMPANY = /(?<=^|\n)[ \t]*(?:[·•▪●◆■*-][ \t]*|\d{1,2}[.、][ \t]*|\d\uFE0F?\u20E3[ \t]*)?([\u4e00-\u9fff]{2,10}(?:生物科技|生物技术|生物医药|医药科技|生物制药|药业|制药|医药|生物))(?:[ \t]?(?:[|｜](?=[^|｜\n]+[|｜])|[:：])|(?<=\u20E3[ \t]*[\u4e00-\u9fff]{2,16})[ \t]?(?=注射用|[A-Z]))/g;
/** "澄溪生物-U（688793.SH）", "百济神州（06160.HK）": a short name its stock code follows (a STAR-market -U/-W/-B suffix may come between). */
const ZH_LISTED = /(?:^|[，。；,;:：\n【“"、]|日)([\u4e00-\u9fff]{2,8}?)(?:-[UWB]{1,2})?\s?(?=[(（](?:(?:SH|SZ|BJ|HK|HKEX|SSE|SZSE)\s?[:：]?\s?)?(?:\d{6}(?:\.(?:SH|SZ|BJ))?|0?\d{4}\.HK|\d{5})[)）])/g;
const ZH_ANNOUNCER = /(?:^|[，。；,;:：\n]|日)(?!(?:今日|今天|近日|日前|昨日|昨天|晚间|早间|当天|当日|午间|盘后|盘前)(?:宣布|公告称|发布公告|表示|透露))([\u4e00-\u9fff]{2,6}?)(?:今日|今天|近日|日前|昨日|昨天|晚间|早间|当天)?(?=宣布|公告称|发布公告|表示|透露)/g;
// (nor the people or the moment of an earnings call: "管理层表示", "目前不便透露")
const NOT_A_COMPANY = /^[并且也还均亦已将]|明确|公司|集团|董事会|本|其|该|此|这|记者|报道|分析|我们|他们|研究|数据|官方|专家|人士|机构|政府|国家|药监局|中心|医院|管理层|管理团队|高管|负责人|董事长|总裁|总经理|首席|发言人|团队|目前|不便|暂时|暂不|投资者|业内|市场/;
const EN_LEGAL =
  /\b(?:[A-Z][\w&'’.-]*[ \t]){0,4}[A-Z][\w&'’.-]*[ \t](?:Co\.,?\s?Ltd\.?|Inc\.?|Ltd\.?|Limited|Corporation|Corp\.|Biopharma(?:ceuticals?)?|Pharmaceuticals?|(?:Bio)?[Tt]herapeutics(?:,\s(?:Inc\.?|Ltd\.?))?|Bioscience|Biosciences|Biotech(?:nology)?|Biologics|Biologicals?|Pharma|Radiopharma(?:ceuticals)?|Bio|Medicine|Medicines(?!\s(?:Agency|and\sHealthcare))|Biomedical|Biomed|BioMed|Biopharmaceutical|Healthcare|Life Sciences|Oncology|Group|(?:Cell|Gene|Medical) Technolog(?:y|ies))\b(?!\s(?:Conference|Summit|Symposium|Forum|Congress|Week|Index|Fund|Awards?|Security|Administration|Authority|Agency|Bureau|Commission|Ministry|Department|Council|Products Administration)\b)/g;
/** "Tongzhou Isotope's " right before a drug: one to four capitalised words and a possessive. */
const POSSESSOR = /(?:^|[^A-Za-z0-9&'’.-])((?:[A-Z][A-Za-z0-9&-]+ ){0,3}[A-Z][a-z][A-Za-z0-9&-]*)['’]s\s$/;
const AGENCY_NAME = /^(?:FDA|NMPA|CDE|EMA|PMDA|MHRA|China|Chinese|U\.S\.|US|Europe|Japan|Korea)$/;
const EN_KIND_BEFORE = /\b(?:drugmaker|drug maker|biotech|biotech company|biotechnology company|pharma|pharma company|pharmaceutical company|pharma giant|biopharma|biopharmaceutical company|startup|start-up|producer|manufacturer|developer|firm)\s((?:[A-Z][a-z][A-Za-z0-9&'’-]*)(?:\s[A-Z][a-z][A-Za-z0-9&'’-]*){0,2})\b/g;
const EN_LEGAL_CAPS = /\b(?:[A-Z][A-Z&'’-]+\s(?:\([A-Z]+\)\s)?){1,4}(?:CO\.,?\s?LTD\.?|INC\.?|LIMITED|CORPORATION|CORP\.)(?![A-Za-z])/g;
/** '（以下简称“公司”或“维康瑞”）', '（Menarini Group，以下简称“美纳里尼”）', '("Cellora")': the names a bracket defines, each quoted. */
const SHORT_NAME = /^[^()（）“”"「」\n]{0,40}?[(（,，]\s?(?:以下简称|简称|hereinafter(?: referred to as)?)?\s?[:：]?\s?((?:[“"「][^”"」]{2,20}[”"」]\s?(?:或|或者|及|、|,|，|or|and)?\s?)+)/;
const QUOTED = /[“"「]([^”"」]{2,20})[”"」]/g;
/** Words of an English legal name that are not its own: places, and the kind of company. */
const PLACE_OR_KIND = /^(?:Nanjing|Shanghai|Beijing|Suzhou|Hangzhou|Shenzhen|Guangzhou|Chengdu|Wuhan|Tianjin|Jiangsu|Zhejiang|Sichuan|Guangdong|Shandong|Hubei|Hunan|Anhui|Fujian|Hebei|Henan|Shaanxi|Xi'an|Xiamen|Qingdao|Jinan|Changsha|Chongqing|Zhuhai|Taizhou|Lianyungang|Shijiazhuang|Hong|Kong|China|Chinese|Asia|Global|International|Holdings|Group|Medical|Medicine|Pharmaceutical|Pharmaceuticals|Pharma|Biopharma|Biotech|Biotechnology|Biologics|Biosciences|Therapeutics|Oncology|Life|Science|Sciences|Company|Limited|Corporation|Biotherapeutics|Bio|Board|About|Order|Directors|Announcement|Chairman|Week|News|Weekly|Daily|Review|Report)$/;
/** A legal-looking name made only of places and kinds of company ("China Biotech Week", "Hong Kong Limited") names no
 * company; words a real name may be made of ("Global Therapeutics", "Life Sciences") do not count as such. */
const onlyPlacesAndKinds = (name: string) =>
  name.split(/\s+/).every((w) => (PLACE_OR_KIND.test(w.replace(/[,.]$/, "")) && !/^(?:Global|International|Asia|Life|Science|Sciences|Medical)$/.test(w)) || /^(?:Co\.,?|Ltd\.?|Inc\.?|Corp\.)$/.test(w));
const LEGAL_WORDS = "Co\\.|Ltd|Inc|Limited|Corporation|Pharmaceuticals?|Therapeutics|Biosciences|Biotech(?:nology)?|Biologics|Biologicals?|Pharma|Bio|Biomed|Oncology|Group";
// (a place or parent in the possessive before the name: "Shanghai's Simcere Pharmaceutical", "San Diego's Avenzo Therapeutics")
const EN_LEADING = /^(?:(?:(?:[A-Z][A-Za-z.]*\s){0,2}[A-Z][A-Za-z.]*['’]s|The|Its|On|In|As|At|By|For|From|With|And|After|Before|According|Chinese|(?:the )?United States|U\.S\.|American|Swiss|Japanese|Korean|German|British|French|[A-Z][A-Za-z.]*-based|Hong|Kong-listed|Meanwhile|However|Notably|Under|Both|Biopharmaceutical|Company|Leading|Although|About|Board)\s)+/;
const NOT_A_DRUG_COMPANY = /交易所|结算|证券|银行|律师|会计|事务所/;
/** Fields of medicine, institutions and journals that end like company names ("Regenerative Medicine Advanced Therapy", "Nature Medicine"). */
const COMPANY_KIND_AFTER = new RegExp(`^,?\\s(?:${LEGAL_WORDS}|Biotherapeutics|Biopharma(?:ceuticals?)?)\\b`);
const NOT_AN_EN_COMPANY = /\s(?:Regenerative|Precision|Translational|Personali[sz]ed) Medicine$|^(?:Regenerative|Precision|Traditional Chinese|Chinese|Translational|Internal|Nuclear|Personali[sz]ed|Genomic|Molecular|Preventive|Integrative|Experimental|Clinical) Medicine$|^(?:Clinical|Medical|Radiation|Gynecologic|Pediatric) Oncology$|Journal|University|Hospital|Academy|Institute|College|School|Exchange|Clearing|Securities|^(?:The )?(?:Nature|Science|Lancet|JAMA|Cell|Cancer Cell) (?:Translational )?(?:Medicine|Biotechnology|Oncology|Communications|Reviews|Research|Reports|Cancer|Genetics|Immunology|Discovery|Haematology|Hematology)$/;
/** "American Society of Clinical Oncology": the end of an institution's name, not a company. */
const PART_OF_AN_INSTITUTION = /\b(?:Society|Association|Journal|College|Institute|Academy|University|School|Federation|Congress|Conference|Organi[sz]ation|Foundation) (?:of|for) $/;
const HEADLINE_VERB = /^.*\s(?:Grants|Announces|Receives|Enters|Signs|Licenses|Acquires|Completes|Reports|Presents|Obtains|Wins|Secures|Gains|Partners With|Inks|Strikes|Buys|Pays|Files|Submits|Doses|Initiates|Starts|Joins|Teams Up With|And|With|From|To)\s/;
/** Words that end the text before a company name ("附条件批准铂生卓越…有限公司", "本公司合作伙伴丙丁集团有限公司"). */
const ZH_VERB_BEFORE = /(?:伙伴|合作方|批准|获得|宣布|发布|公布|研发|开发|收到|通知|公告|显示|公示|授予|申请人|持有人|上市|合作|授权|许可|收购|子公司|旗下|还有|包括|包含|来自)$/;
const ZH_PREFIX = /^(?:公司|本公司|全资子公司|控股子公司|子公司|旗下|其|及其|全资|以及|美国|下属|日前|近日|今日|昨日|还有|另有|此外)+/;

/**
 * Finds the drugs, companies and targets a document names and groups the drug names into entities:
 * names the lexicon knows as one drug, names in apposition ("sacituzumab tirumotecan (sac-TMT)"), and
 * names equal up to case, hyphens and dosage form are one entity.
 */
export function analyseDocument(p: Prepared, m: Matchers): Analysis {
  const text = p.work;
  const found = m.names.scan(text);
  const targets: TargetMention[] = [];
  for (const hit of found.target) {
    if (hit.value.caseSensitive && text.slice(hit.start, hit.end) !== hit.value.term) continue;
    for (const symbol of hit.value.members ?? [hit.value.symbol]) targets.push({ start: hit.start, end: hit.end, symbol });
    // "CDK4/6", "FGFR2/3", "JAK1/2/3": the numbers after a slash are the family's other members
    const numbered = /^(.*?\D)\d{1,2}$/.exec(text.slice(hit.start, hit.end));
    const more = numbered ? /^(?:\/\d{1,2}(?![\d.]))+/.exec(text.slice(hit.end, hit.end + 9)) : null;
    for (let at = hit.end, k = 0; more && k < more[0].length; ) {
      const n = /^\/(\d{1,2})/.exec(more[0].slice(k))!;
      const member = m.names.whole("target", numbered![1]! + n[1]!);
      if (member) targets.push({ start: at + 1, end: at + n[0].length, symbol: member.symbol });
      at += n[0].length;
      k += n[0].length;
    }
  }

  // "CD19xCD3", "BCMAxCD3", "GPRC5DxBCMAxCD3": a bi- or trispecific's targets written as one word
  for (const chain of text.matchAll(TARGET_CHAIN)) {
    const words = chain[0].split(/[x×](?=[A-Z])/);
    const parts = words.map((word) => m.names.whole("target", word));
    if (!parts.every((t) => t !== undefined)) continue;
    let start = chain.index;
    words.forEach((word, i) => {
      targets.push({ start, end: start + word.length, symbol: parts[i]!.symbol });
      start += word.length + 1;
    });
  }
  if (targets.length > 1) targets.sort((x, y) => x.start - y.start);

  const raw: Array<Omit<AssetMention, "entity">> = [];
  for (const hit of found.drug) {
    // "Ruikang trastuzumab" (瑞康曲妥珠单抗, machine-translated): a pinyin word before an INN names another drug
    const pinyin = /^[a-z]/.test(text.slice(hit.start, hit.end)) ? PINYIN_BEFORE.exec(text.slice(Math.max(0, hit.start - 16), hit.start)) : null;
    if (pinyin && isPinyin(pinyin[1]!)) {
      const start = hit.start - pinyin[0].length;
      raw.push({ start, end: hit.end, surface: surface(p, start, hit.end), kind: "inn", drugId: null });
    } else raw.push({ start: hit.start, end: hit.end, surface: surface(p, hit.start, hit.end), kind: "lexicon", drugId: hit.value });
  }
  const isCompanyPrefix = (letters: string) => m.prefixes.some((x) => x.prefix.replace(/-$/, "") === letters);
  for (const c of findCodes(text, 0, text.length, (token) => isTargetName(m, token), isCompanyPrefix))
    raw.push({ start: c.start, end: c.end, surface: surface(p, c.start, c.end), kind: "code", drugId: null });
  for (const n of findNames(text, 0, text.length)) raw.push({ start: n.start, end: n.end, surface: surface(p, n.start, n.end), kind: n.kind, drugId: null });
  for (const n of findContextualNames(text, raw)) raw.push({ ...n, surface: surface(p, n.start, n.end), drugId: null });
  // (a name a table or a heading lists is found again in the prose, as any other product's)
  for (const n of listedNames(text, raw)) raw.push({ ...n, surface: surface(p, n.start, n.end), drugId: null });
  for (const n of laterMentions(text, raw)) raw.push({ ...n, surface: surface(p, n.start, n.end), drugId: null });
  raw.push(...definedTerms(text, raw));
  // "两款间充质干细胞注射液": a counted class of products, not a named drug; "Genmab", "Alphamab Oncology": (part of) a
  // company the lexicon knows is not a drug whose name has a stem ending
  // (so is a stem-ending word followed by a company's kind: "Aristide Biotherapeutics, Inc.")
  // (and that word used alone elsewhere: "Halvorsen Pharma … Halvorsen方面")
  const companyWords = new Set(raw.filter((r) => r.kind === "inn" && /^[A-Z]/.test(r.surface) && COMPANY_KIND_AFTER.test(text.slice(r.end, r.end + 24))).map((r) => r.surface));
  const isCompany = (r: { start: number; end: number; kind: AssetMention["kind"]; surface: string }) =>
    found.company.some((c) => c.start <= r.start && r.end <= c.end) || (r.kind === "inn" && (COMPANY_KIND_AFTER.test(text.slice(r.end, r.end + 24)) || companyWords.has(r.surface)));
  const named = raw.filter((r) => r.kind === "code" || r.kind === "lexicon" || (!COUNTED.test(text.slice(Math.max(0, r.start - 4), r.start)) && !isCompany(r)));
  const assets = resolveOverlaps(named, text);

  const companies = findCompanies(p, m, found.company, assets);
  const entities = groupEntities(text, assets);
  return { assets, entities, companies, targets };
}

/** A target's name, or a pair of them a bispecific is named by ("CD19xCD3", "BCMAxCD3"). */
function isTargetName(m: Matchers, token: string): boolean {
  const parts = token.split(/x(?=[A-Z])/);
  return parts.every((part) => m.names.whole("target", part) !== undefined);
}

const PINYIN_BEFORE = /(?<![A-Za-z])([A-Z][a-z]{3,13}) $/;
const PINYIN_SYLLABLES = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u)){2,4}$/;
/** A word of two to four pinyin syllables ("Ruikang", "Xinlitai"), not an English word that happens to spell as one. */
function isPinyin(word: string): boolean {
  const w = word.toLowerCase();
  return PINYIN_SYLLABLES.test(w) && !COMMON_CAPITALISED.has(w) && !/^(?:chinese|anti|hang|bang|sang|long|ban|man|pan|tan|one|line|mine|pine|nine|gene|hen|ten|pen|den|san|dan|leo|nova|nina|tina|china)$/.test(w);
}

const TARGET_CHAIN = /\b[A-Z][A-Za-z0-9-]{1,9}(?:[x×][A-Z][A-Za-z0-9-]{1,9}){1,2}\b/g;
const COUNTED = /(?:\d|[二两三四五六七八九十几多数])\s?(?:款|个|种|项)$/;
const BRAND_BEFORE_PAREN = /(?:的|，|,|。|^)([\u4e00-\u9fff]{2,5})$/;
const NAME_BEFORE_USE = /(?:[，,。；;：:]|^)([\u4e00-\u9fff]{2,6}?)(?=用于治疗|用于|获得(?:美国)?FDA)/g;
// ("ProfoundBio, a privately held antibody-drug conjugate developer" is a company)
const EN_APPOSED_NAME = /\b([A-Z][a-z]{3,}(?:[A-Z][a-z]+)?)(?:®|™)?,\s(?:its|a|an|the company's)\s(?:[\w/-]+\s){0,5}?(?:treatment|drug|therapy|antibody|inhibitor|candidate|vaccine|ADC|medicine|agonist)\b(?![\w-]*(?:\s[\w-]+){0,2}\s(?:developer|company|companies|maker|firm|specialist|biotech|start-?up))/g;
const EN_APPROVED_NAME = /\bapproved ([A-Z][a-z]{3,}(?:[A-Z][a-z]+)?)(?=\s(?:for|to treat|as a treatment)\b)/g;
const COMMON_CAPITALISED = new Set(["shares", "today", "china", "chinese", "company", "meanwhile", "however", "separately", "analysts", "investors", "the", "this", "that", "which", "europe", "japan", "america", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const LABELLED_IN_BRACKET = /^(?:\s(?:for injection|injection|tablets?|capsules?))?\s?[(（]\s?(?:通用名(?:称)?|商品名|英文(?:通用)?名|(?:generic|brand|trade) name)\s?[:：]\s?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9-]{1,20}?)\s?(?=[)）;；,，])/i;
const BRACKETED_ALIAS = /^\s?[(（]\s?([A-Za-z][a-z][a-z-]{2,12})\s?(?=[;；,，)）])/;
const NOT_AN_ALIAS = new Set(["formerly", "also", "injection", "tablets", "tablet", "capsules", "capsule", "oral", "intravenous", "subcutaneous", "monotherapy", "combination", "alone", "placebo", "chemotherapy", "nasdaq", "hkex", "nyse", "star", "previously", "approved", "china", "global", "worldwide", "ex-china", "adults", "pediatric", "children", "study", "trial", "phase", "cohort", "part", "arm", "dose", "high", "low", "once", "twice", "daily", "weekly"]);
const NOT_A_NAME = /对于|关于|针对|^即|同意|开展|开发|拟|公司|集团|生物|医药|药业|该|本|其|此|这|产品|药物|患者|研究|试验|数据|目前|同时|此外|今年|去年|适应症|联合|化疗|单药|治疗|款|将|主要|资金|收入|费用|既往|已|曾|均|也|还|亦|随后|近日|日前|先后|同年|同月/;

/**
 * Names the recognisers cannot see on their own but the sentence shape gives away: the brand in
 * "公司的迈粒生(注射用阿格司亭α)" (a short Chinese word right before a bracketed drug name), and a short
 * Chinese name at the start of a clause followed by 用于治疗 ("，甲钴胺用于治疗肌萎缩侧索硬化").
 */
function findContextualNames(text: string, known: Array<Omit<AssetMention, "entity">>): Array<{ start: number; end: number; kind: NameKind }> {
  const out: Array<{ start: number; end: number; kind: NameKind }> = [];
  for (const k of known) {
    if (text[k.start - 1] !== "(" && text[k.start - 1] !== "（") continue;
    const m = BRAND_BEFORE_PAREN.exec(text.slice(Math.max(0, k.start - 7), k.start - 1));
    if (m && !NOT_A_NAME.test(m[1]!)) out.push({ start: k.start - 1 - m[1]!.length, end: k.start - 1, kind: "brand" });
  }
  // "Nefecon, its treatment for IgA nephropathy": a capitalised word set off as a drug by its apposition
  // "China's drug regulator on Friday approved Kairuxin for adults with…": what a regulator approves for a disease is a drug
  for (const m of text.matchAll(EN_APPROVED_NAME)) {
    const name = m[1]!;
    if (COMMON_CAPITALISED.has(name.toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    if (!known.some((k) => k.start < start + name.length && start < k.end)) out.push({ start, end: start + name.length, kind: "brand" });
  }
  for (const m of text.matchAll(EN_APPOSED_NAME)) {
    const name = m[1]!;
    if (COMMON_CAPITALISED.has(name.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(name);
    if (!known.some((k) => k.start < start + name.length && start < k.end)) out.push({ start, end: start + name.length, kind: "brand" });
  }
  // "zocilurtatug pelitecan (zoci; ZL-1310)": a short name the text introduces in brackets right after the drug's
  for (const k of known) {
    const m = BRACKETED_ALIAS.exec(text.slice(k.end, k.end + 24));
    if (!m || NOT_AN_ALIAS.has(m[1]!.toLowerCase())) continue;
    const start = k.end + m[0].length - m[1]!.length;
    if (!known.some((x) => x.start < start + m[1]!.length && start < x.end)) out.push({ start, end: start + m[1]!.length, kind: "brand" });
  }
  // "HKY-1102（通用名：珩拉西布片）", "X (brand name: Y)": a name labelled in the bracket right after the drug's
  // (or after its dosage form: "Ruikang trastuzumab for injection (trade name: Aiweida, …)")
  for (const k of known) {
    const m = LABELLED_IN_BRACKET.exec(text.slice(k.end, k.end + 40));
    if (!m) continue;
    const start = k.end + m[0].length - m[1]!.length;
    if (!known.some((x) => x.start < start + m[1]!.length && start < x.end)) out.push({ start, end: start + m[1]!.length, kind: /[\u4e00-\u9fff]/.test(m[1]!) ? "zh_generic" : "brand" });
  }
  for (const m of text.matchAll(NAME_BEFORE_USE)) {
    const name = m[1]!;
    if (NOT_A_NAME.test(name) || name.length < 3) continue;
    const start = m.index + m[0].length - name.length;
    if (!known.some((k) => k.start < start + name.length && start < k.end)) out.push({ start, end: start + name.length, kind: "zh_generic" });
  }
  return out;
}

/**
 * A name the text introduces by its shape or context (a brand with ®, "戈来雷塞片（研发代号：…）") names the drug
 * wherever it appears again without those marks ("戈来雷塞单药用于…").
 */
const NAME_COLUMN = /^(?:药品|药物|品种|产品)(?:名称)?$|^(?:Drug|Product)(?: name)?$/i;
/** A notice's drug-name field line: "药品名称：注射用HY-0817". */
const NAME_FIELD = /^(?:\d{1,2}[.、]\s?)?(?:药品|产品|品种)名称\s?[:：]\s?([^，。；;,]{2,40}?)\s?$/;
/** A numbered heading that is a product's name and dosage form alone: "三、参芪益智颗粒", or after its maker's: "一、以岭药业：益肾养心安神片". */
const HEADING_PRODUCT = /^[一二三四五六七八九十]{1,3}、\s?(?:[\u4e00-\u9fffA-Za-z]{2,12}\s?[:：]\s?)?([\u4e00-\u9fff]{2,12}(?:颗粒|片|胶囊|丸|口服液|口服溶液|注射液|散|膏|贴))\s?(?:[(（]|$)/;
/** "| CXZL2500041 | 芪蛭通络片 | …": the cell under a table's 药品名称 column names a drug, whatever its shape; so does a
 * numbered heading made of a product name alone ("三、参芪益智颗粒"). */
function listedNames(text: string, known: Array<{ start: number; end: number }>): Array<{ start: number; end: number; kind: NameKind }> {
  const out: Array<{ start: number; end: number; kind: NameKind }> = [];
  let column = -1;
  for (const line of text.matchAll(/^.*$/gm)) {
    if (!isTableRow(line[0])) {
      column = -1;
      // "药品名称：重组带状疱疹疫苗（CHO细胞）": a notice's drug-name field
      const field = NAME_FIELD.exec(line[0]);
      const at = field ? line.index + field[0].length - field[1]!.length : -1;
      if (field && field[1]!.length >= 2 && !known.some((k) => k.start < at + field[1]!.length && at < k.end)) out.push({ start: at, end: at + field[1]!.length, kind: "product" });
      const heading = HEADING_PRODUCT.exec(line[0]);
      const start = heading ? line.index + line[0].indexOf(heading[1]!) : -1;
      if (heading && !known.some((k) => k.start < start + heading[1]!.length && start < k.end)) out.push({ start, end: start + heading[1]!.length, kind: "product" });
      continue;
    }
    if (isRuleRow(line[0])) continue;
    const cells = tableCells(line[0]);
    const header = cells.findIndex((c) => NAME_COLUMN.test(c.text));
    if (header >= 0) column = header;
    const cell = header < 0 && column >= 0 ? cells[column] : undefined;
    if (!cell) continue;
    const start = line.index + cell.start;
    const end = line.index + cell.end;
    // (not a cell that withholds the name: "某PD-1/IL-2双功能融合蛋白", "（未公开）")
    if (end - start >= 2 && !known.some((k) => k.start < end && start < k.end) && !UNDISCLOSED_NAME.test(cell.text.trim())) out.push({ start, end, kind: "product" });
  }
  return out;
}

/** 'LT-3102 (the "Product")': a filing's defined term, wherever it stands afterwards ("the Product"), names that drug. */
const DEFINED_TERM = /^\s?[(（](?:the |collectively, the )?["“]([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})["”][)）]/;
function definedTerms(text: string, known: Array<Omit<AssetMention, "entity">>): Array<Omit<AssetMention, "entity">> {
  const out: Array<Omit<AssetMention, "entity">> = [];
  for (const drug of known) {
    const term = DEFINED_TERM.exec(text.slice(drug.end, drug.end + 40))?.[1];
    if (!term) continue;
    for (const m of text.slice(drug.end).matchAll(new RegExp(`\\b[Tt]he ${term}\\b(?!["”])`, "g"))) {
      const start = drug.end + m.index;
      out.push({ ...drug, start, end: start + m[0].length });
    }
  }
  return out;
}

function laterMentions(text: string, known: Array<Omit<AssetMention, "entity">>): Array<{ start: number; end: number; kind: NameKind }> {
  const out: Array<{ start: number; end: number; kind: NameKind }> = [];
  const seen = new Set<string>();
  const taken = (start: number, end: number) => known.some((k) => k.start < end && start < k.end) || out.some((k) => k.start < end && start < k.end);
  for (const k of known) {
    // (a Chinese product named with its dosage form, "芪归通络颗粒", is found again as written)
    const product = k.kind === "product" ? text.slice(k.start, k.end) : "";
    if (/^[\u4e00-\u9fff]{2,10}(?:颗粒|胶囊|滴丸|口服液|合剂|片|注射液)$/.test(product) && !seen.has(product)) {
      seen.add(product);
      for (let at = text.indexOf(product); at >= 0; at = text.indexOf(product, at + product.length)) if (!taken(at, at + product.length)) out.push({ start: at, end: at + product.length, kind: "product" });
      continue;
    }
    if (k.kind !== "brand" && k.kind !== "zh_generic") continue;
    const name = stripDosageForm(text.slice(k.start, k.end));
    const chinese = /^[\u4e00-\u9fff]{3,}$/.test(name);
    if ((!chinese && !/^[A-Za-z][A-Za-z-]{3,}$/.test(name)) || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    if (chinese) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (!taken(at, at + name.length)) out.push({ start: at, end: at + name.length, kind: k.kind });
      continue;
    }
    // a Latin name as a whole word, in any case ("zoci" … "Zoci is …")
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z-])${name.replace(/-/g, "\\-")}(?![A-Za-z-])`, "gi"))) {
      if (!taken(m.index, m.index + name.length)) out.push({ start: m.index, end: m.index + name.length, kind: k.kind });
    }
  }
  return out;
}

/** Overlapping names: a name containing another wins (a code inside "HS_SW01细胞注射液"), else the lexicon, then the more specific kind. */
function resolveOverlaps(raw: Array<Omit<AssetMention, "entity">>, text: string): AssetMention[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end || KIND_RANK[b.kind] - KIND_RANK[a.kind]);
  const out: AssetMention[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      // a longer name that only adds words around a lexicon name ("提交依沃西单抗") is not a longer name; one that
      // adds a syllable (舒瑞基奥仑赛 around 瑞基奥仑赛) is another drug's name
      const before = r.kind === "lexicon" && !last.drugId ? prefixKind(text.slice(last.start, r.start).trim()) : "form";
      const contains = last.start <= r.start && r.end <= last.end && before !== "words";
      const better = !contains && (KIND_RANK[r.kind] > KIND_RANK[last.kind] || (KIND_RANK[r.kind] === KIND_RANK[last.kind] && r.end - r.start > last.end - last.start));
      if (better) out[out.length - 1] = { ...r, entity: -1 };
      else if (contains && r.drugId && !last.drugId && before === "form") last.drugId = r.drugId;
      continue;
    }
    out.push({ ...r, entity: -1 });
  }
  return out;
}

const SALT_OR_FORM = /^(?:注射用|盐酸|甲磺酸|马来酸|磷酸|硫酸|氘)*$/;
/**
 * Characters that, alone before a lexicon name, belong to the sentence, not to a longer name: words ("含依沃西单抗的
 * 方案") and the last character of a class noun the name recogniser may leave on the left ("ADC药物芦康沙妥珠单抗",
 * "CAR-T疗法…").
 */
const ONE_CHARACTER_WORDS = new Set([..."含经予如仅若凡系乃比对较同跟物法体剂苗"]);
/**
 * What a longer name adds before a lexicon name: a salt or dosage form (the same drug), one more syllable (a
 * different drug: 舒瑞基奥仑赛, satri-cel, is not 瑞基奥仑赛, relma-cel) or words of the sentence ("提交依沃西单抗").
 */
function prefixKind(prefix: string): "form" | "syllable" | "words" {
  if (SALT_OR_FORM.test(prefix)) return "form";
  return prefix.length === 1 && /[\u4e00-\u9fff]/.test(prefix) && !ONE_CHARACTER_WORDS.has(prefix) ? "syllable" : "words";
}

function findCompanies(p: Prepared, m: Matchers, known: Array<TrieMatch<string>>, assets: AssetMention[]): CompanyMention[] {
  const text = p.work;
  const found: CompanyMention[] = [];
  for (const hit of known) found.push({ start: hit.start, end: hit.end, surface: surface(p, hit.start, hit.end), companyId: hit.value });
  for (const legal of text.matchAll(ZH_LEGAL)) {
    const end = legal.index + legal[0].length;
    let start = legal.index;
    let depth = 0;
    while (start > 0 && legal.index - start < 30) {
      const ch = text[start - 1]!;
      if (ch === ")" || ch === "）") depth++;
      else if ((ch === "(" || ch === "（") && depth > 0) depth--;
      // "北京和锐医药科技有限公司": a conjunction inside the name, when stopping there would leave it one character of its own
      // (or when nothing but a cell's or a line's start comes before it: "| 和贝生物制药（苏州）有限公司 |")
      else if (/[和与及]/.test(ch) && (text.slice(start, legal.index).replace(INDUSTRY_WORDS, "").length < 2 || /(?:^|[|\n])\s?$/.test(text.slice(Math.max(0, start - 3), start - 1)))) {
        // (go on)
      } else if (ZH_COMPANY_STOP.has(ch) || !/[\u4e00-\u9fffA-Za-z]/.test(ch)) break;
      if (ZH_VERB_BEFORE.test(text.slice(Math.max(0, start - 4), start))) break;
      start--;
    }
    const name = text.slice(start, end);
    const trimmed = name.replace(ZH_PREFIX, "");
    start += name.length - trimmed.length;
    const companyId = m.names.matchAll("company", trimmed)[0]?.value ?? null;
    // "香港交易及结算所有限公司" in a Hong Kong filing's disclaimer is not a drug company
    if (end - start >= 6 && (companyId !== null || !NOT_A_DRUG_COMPANY.test(trimmed))) found.push({ start, end, surface: surface(p, start, end), companyId });
  }
  for (const short of text.matchAll(ZH_SHORT_COMPANY)) {
    let start = short.index;
    const end = start + short[1]!.length;
    for (let i = end - 1; i >= short.index; i--) {
      if (ZH_COMPANY_STOP.has(text[i]!)) {
        start = i + 1;
        // "弘铭药业与益康医药宣布": the name before the conjunction is a company too
        const left = text.slice(short.index, i);
        if (left.length >= 4 && ZH_SHORT_END.test(left) && !NOT_A_COMPANY.test(left)) found.push({ start: short.index, end: i, surface: surface(p, short.index, i), companyId: m.names.matchAll("company", left)[0]?.value ?? null });
        break;
      }
    }
    // "石药集团旗下巨石生物": the subsidiary named after 旗下 / 子公司 is the company; "批准了信达生物": not the verb
    // ("同日获批的还有卓衡医药的…": nor the words that list it)
    const within = /^.*(?:旗下|下属|子公司|控股|批准了?|获得|宣布|发布|收到|授予|显示|了|引进|引入|携手|牵手|联手|授权|[还另也]有|包括|以及|其中)/.exec(text.slice(start, end));
    if (within) start += within[0].length;
    // (a name the lexicon knows at the end is the whole name: "…挺进自免注册临床邦耀生物" is 邦耀生物)
    const hits = m.names.matchAll("company", text, start, end);
    const known = hits.find((hit) => hit.end === end);
    if (known) start = known.start;
    if (end - start >= 4) found.push({ start, end, surface: surface(p, start, end), companyId: (known ?? hits[0])?.value ?? null });
  }
  // "· 晟诺医药｜SNM-105注射液｜…｜…", "3. 晟诺医药：SNM-105": the company opening an item
  for (const hit of text.matchAll(ZH_CELL_COMPANY)) {
    const start = hit.index + hit[0].indexOf(hit[1]!);
    found.push({ start, end: start + hit[1]!.length, surface: surface(p, start, start + hit[1]!.length), companyId: m.names.matchAll("company", hit[1]!)[0]?.value ?? null });
  }
  for (const hit of text.matchAll(ZH_LISTED)) {
    // ("公司与华东医药（000963.SZ）": the word joining the filer to the listed company is neither's; 和 and 及 only before a
    // name the lexicon knows whole, since names begin with them, 和铂医药)
    const unprefixed = hit[1]!.replace(ZH_PREFIX, "");
    const joined = /^[与同向将和及]/.test(unprefixed) && (/^[与同向将]/.test(unprefixed) || m.names.whole("company", unprefixed.slice(1)) !== undefined);
    const name = joined ? unprefixed.slice(1) : unprefixed;
    if (name.length < 2 || NOT_A_COMPANY.test(name)) continue;
    const end = hit.index + hit[0].indexOf(hit[1]!) + hit[1]!.length;
    found.push({ start: end - name.length, end, surface: surface(p, end - name.length, end), companyId: m.names.matchAll("company", name)[0]?.value ?? null });
  }
  // "，康诺思腾宣布": a short Chinese name that announces something at the start of a clause is a company
  for (const hit of text.matchAll(ZH_ANNOUNCER)) {
    const name = hit[1]!;
    // a name the lexicon knows is found by the lexicon; this is for the ones it does not know
    if (NOT_A_COMPANY.test(name) || m.names.matchAll("company", name).length) continue;
    const start = hit.index + hit[0].indexOf(name, hit[0].length - name.length - 6);
    found.push({ start, end: start + name.length, surface: surface(p, start, start + name.length), companyId: m.names.matchAll("company", name)[0]?.value ?? null });
  }
  for (const legal of text.matchAll(EN_LEGAL)) {
    // "Mabwell Grants Disc Medicine": a headline's verb ends the words before the company
    // (and a sentence's end is not part of the next sentence's company: "…went West. Chongqing Zhiyuan Biotech")
    const name = legal[0].replace(/^.*(?:[a-z]|[A-Z]{2}|\d|\.[A-Z])\.\s(?=[A-Z])/, "").replace(EN_LEADING, "").replace(HEADLINE_VERB, "");
    const start = legal.index + legal[0].length - name.length;
    const end = legal.index + legal[0].length;
    if (name.split(" ").length < 2 || NOT_AN_EN_COMPANY.test(name) || onlyPlacesAndKinds(name) || PART_OF_AN_INSTITUTION.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (assets.some((a) => a.start < end && start < a.end && a.kind !== "descriptive")) continue;
    found.push({ start, end, surface: surface(p, start, end).replace(/[,.]$/, ""), companyId: m.names.matchAll("company", name)[0]?.value ?? null });
  }
  // "KINGSWAY THERAPEUTICS (SUZHOU) CO., LTD." heading a filing: the legal name in capitals, reported in title case
  // "Tongzhou Isotope's TZ-FAP02": the capitalised name a drug belongs to
  for (const drug of assets) {
    if (drug.kind !== "code" && drug.kind !== "inn") continue;
    const owner = POSSESSOR.exec(text.slice(Math.max(0, drug.start - 60), drug.start))?.[1];
    if (!owner || onlyPlacesAndKinds(owner) || NOT_AN_EN_COMPANY.test(owner) || COMMON_CAPITALISED.has(owner.split(" ")[0]!.toLowerCase()) || AGENCY_NAME.test(owner)) continue;
    const start = drug.start - owner.length - (text.slice(0, drug.start).match(/['’]s\s$/)?.[0].length ?? 0);
    if (!found.some((c) => c.start < start + owner.length && start < c.end)) found.push({ start, end: start + owner.length, surface: owner, companyId: m.names.matchAll("company", owner)[0]?.value ?? null });
  }
  // "Swiss drugmaker Helvion", "Boston biotech Arbora": a name the text calls a company by its kind
  for (const named of text.matchAll(EN_KIND_BEFORE)) {
    const name = named[1]!;
    const start = named.index + named[0].length - name.length;
    if (COMMON_CAPITALISED.has(name.split(" ")[0]!.toLowerCase()) || found.some((c) => c.start < start + name.length && start < c.end)) continue;
    if (assets.some((x) => x.start < start + name.length && start < x.end)) continue;
    found.push({ start, end: start + name.length, surface: name, companyId: m.names.matchAll("company", name)[0]?.value ?? null });
  }
  for (const legal of text.matchAll(EN_LEGAL_CAPS)) {
    const name = legal[0].replace(/\b([A-Z])([A-Z&'’-]*)/g, (_, first: string, rest: string) => first + rest.toLowerCase());
    if (NOT_AN_EN_COMPANY.test(name) || onlyPlacesAndKinds(name.replace(/\s?\([A-Za-z]+\)/g, ""))) continue;
    found.push({ start: legal.index, end: legal.index + legal[0].length, surface: name.replace(/[,.]$/, ""), companyId: m.names.matchAll("company", name)[0]?.value ?? null });
  }
  // "Nanjing Qingyu Pharmaceutical … Qingyu's application": a legal name's own word, used alone later, names it too
  const cores = new Set<string>();
  // (the lexicon's companies too: "Corbus Pharmaceuticals said … Corbus licensed rights …")
  for (const legal of found.filter((c) => /^[A-Z]/.test(c.surface))) {
    // (a known company's word is its lexicon name's, not the surface's: "September Candid Therapeutics" is Candid)
    const words = legal.companyId === null ? legal.surface : (m.companyById.get(legal.companyId)?.en ?? "");
    const core = words.split(/\s+/).find((w) => /^[A-Z][a-z]{3,}$/.test(w) && !PLACE_OR_KIND.test(w));
    if (!core || cores.has(core)) continue;
    cores.add(core);
    for (const m of text.matchAll(new RegExp(`\\b${core}\\b(?!\\s(?:${LEGAL_WORDS}))`, "g"))) {
      if (!found.some((c) => c.start <= m.index && m.index < c.end)) found.push({ start: m.index, end: m.index + core.length, surface: core, companyId: legal.companyId, fullName: legal.surface });
    }
  }
  // "上海赛元细胞科技有限公司（以下简称“赛元细胞”）", 'Cellora Therapeutics ("Cellora")': the short name names it too
  for (const full of [...found]) {
    // (the bracket right after the name, or the one the name itself stands in: "（Menarini Group，以下简称“美纳里尼”）")
    const after = text.slice(full.end, full.end + 60);
    const m = /^\s?[(（]/.test(after) || /^\s?[,，]\s?(?:以下简称|简称|hereinafter)/.test(after) ? SHORT_NAME.exec(after) : null;
    if (!m) continue;
    for (const [, short] of m[1]!.matchAll(QUOTED)) {
      // (a defined "the Company" is every company's word for itself, not a name)
      if (NOT_A_COMPANY.test(short!) || /^(?:the )?(?:company|group|issuer|board)$/i.test(short!)) continue;
      const latin = /^[A-Za-z]/.test(short!);
      for (let at = text.indexOf(short!); at >= 0; at = text.indexOf(short!, at + short!.length)) {
        if (latin && (/[A-Za-z]/.test(text[at - 1] ?? "") || /[A-Za-z]/.test(text[at + short!.length] ?? ""))) continue;
        if (!found.some((c) => c.start < at + short!.length && at < c.end)) found.push({ start: at, end: at + short!.length, surface: short!, companyId: full.companyId, fullName: full.surface });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CompanyMention[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      // the longer name wins, unless it only adds words before a name the lexicon knows
      const wrapsKnown = last.companyId !== null && c.companyId === null && c.end === last.end;
      if (c.end - c.start > last.end - last.start && !wrapsKnown) out[out.length - 1] = { ...c, companyId: c.companyId ?? last.companyId };
      continue;
    }
    out.push(c);
  }
  // "Faith Medicine(Belief BioMed)": an unknown name (a machine translation's, word for word) with the name the lexicon knows
  // in brackets after it is that company wherever the text writes it
  for (let i = 0; i + 1 < out.length; i++) {
    const [x, y] = [out[i]!, out[i + 1]!];
    if (x.companyId !== null || y.companyId === null || !/^[A-Za-z]/.test(x.surface) || !/^[A-Za-z]/.test(y.surface) || !/^\s?[(（]\s?$/.test(text.slice(x.end, y.start))) continue;
    for (const z of out) if (z.companyId === null && z.surface === x.surface) Object.assign(z, { companyId: y.companyId, fullName: y.surface });
  }
  return out;
}

// a dosage form may stand between a code and its bracketed name ("BL-B07062胶囊（泽格芦替尼）")
const LABELLED_NAME = /(?:(?:研发代号|项目代号|产品代号|研发编号|代号|通用名(?:称)?|英文(?:通用)?名|商品名|国际非专利药品名称|INN)\s?(?:[(（]INN[)）])?\s?(?:为|是|[:：])|(?:内部|研发|项目|产品)(?:代号|编号)|(?:generic name|(?:development|R&D|research) code(?: in [A-Z][a-z]+)?|brand name|trade name|INN)\s?[:：]|\b(?:where it is|also|internally|previously|formerly) (?:known|referred to) as|\b(?:call|calls|called) it|\bwhich (?:[A-Z][\w-]*(?: [A-Z][\w-]*)? )?(?:calls|called|names|named|codes|coded)|\bnonproprietary name|\bunder the (?:brand|trade) name|\b(?:develop|market|commerciali[sz]e|sell)s? (?:it|the (?:candidate|drug|asset|ADC|antibody|molecule|program|therapy))(?: in (?:China|Japan|Europe|the U\.S\.|the US|Greater China))? (?:under the (?:new )?name|as))\s?$/i;
const APPOSITION_GAP = /^(?:注射液|胶囊|片|颗粒|(?: for)? injection| tablets?| capsules?)?[®™]?\s?[(（]\s?(?:英文(?:通用)?名[:：]?|通用名[:：]?|商品名[:：]?|(?:研发|项目|产品)?代号[:：]?|研发编号[:：]?|又称|also known as|formerly|(?:brand|trade|Chinese|English) name[:：]?|中文名(?:称)?[:：]?|INN[:：]?)?\s?(?:\[?\d{2,3}\s?(?:Lu|Ga|Ac|Zr|Y|In|Cu|I|F|Pb|Th|Ra|Tc)\]?-?)?$/i;
// "…）（…", "also known as", and the next label of a bracketed list ("研发代号：X；英文通用名：Y；商品名：Z")
const APPOSITION_BETWEEN = /^[®™]?\s?(?:[)）]\s?[(（]|[)）]?\s?,?\s?(?:(?:also |formerly |previously )?(?:known|called|referred to|marketed|sold|branded)(?: during development| internally| in (?:China|Japan|Europe|the U\.S\.|the US|the United States))? as|code-?named|又称|即|or)\s|[;；,，]\s?(?:(?:英文(?:通用)?名|中文名(?:称)?|通用名|商品名|研发编号|INN|brand name|trade name|Chinese name|English name|(?:R&D|development|research|research and development|product|company) code)\s?[:：]|(?:研发|项目|产品)?代号\s?[:：]?|(?:brand|trade) name\s?[:：]?))\s?$/i;

/** The words a sentence points back to a drug with, before a name it labels ("the molecule, which X calls …", "it in China as …"). */
const POINTED_DRUG = /\b(?:the (?:drug|molecule|candidate|asset|ADC|antibody|compound|therapy)|it)\b[^.;]{0,40}$/;
/** "(zoci; ZL-1310)": two names listed inside the bracket that follows a drug's name. */
const KNOWN_AS_BEFORE = /\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:drug|product|therapy|antibody|medicine|treatment|vaccine|ADC|bispecific|candidate|molecule|compound|asset),? (?:(?:also )?(?:known|sold|marketed|branded) (?:generically |commercially |in China |in the U\.S\. |in the clinic |internally |during development )?as|[^.;]{0,24}\bunder the (?:new )?name)\s$|(?:该药|该产品|本品)(?:的)?(?:通用名|商品名)(?:为|是)\s?$/;
const inOneBracket = (text: string, first: { start: number }, between: string) => /^[®™]?["”」]?\s?[;；,，]\s?["“「]?$/.test(between) && /[(（]\s?["“「]?$/.test(text.slice(Math.max(0, first.start - 3), first.start));

function groupEntities(text: string, assets: AssetMention[]): Entity[] {
  const parent = assets.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const unite = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  assets.forEach((a, i) => {
    const keys = [fold(stripDosageForm(a.surface))];
    if (a.drugId) keys.push(`drug:${a.drugId}`);
    for (const key of keys) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else unite(seen, i);
    }
    // "托韦司兰由…研发，研发代号为ZR-1102，国际非专利药品名称（INN）为tovelisiran": a name labelled as the code, INN or
    // brand of the drug the sentence is about
    if (LABELLED_NAME.test(text.slice(Math.max(0, a.start - 40), a.start))) {
      let subject = i;
      while (subject > 0 && !/[。！？!?\n]/.test(text.slice(assets[subject - 1]!.end, a.start))) subject--;
      if (subject < i) unite(subject, i);
      // ("Avenzo licensed the molecule, which DualityBio calls DB-1418, …": the drug the sentence points back to, named before it)
      else if (i > 0 && POINTED_DRUG.test(text.slice(Math.max(0, a.start - 60), a.start)) && a.start - assets[i - 1]!.end < 400) unite(i - 1, i);
    }
    // "…approved Kairuxin … The NMPA first approved the drug, known generically as relvokibart, …": the drug just named
    if (i > 0 && KNOWN_AS_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) && a.start - assets[i - 1]!.end < 600) unite(i - 1, i);
    // apposition: "NAME (ALIAS)" or "NAME (ALIAS) (BRAND®)"
    for (let j = i + 1; j < assets.length && j <= i + 2; j++) {
      const between = text.slice(assets[j - 1]!.end, assets[j]!.start);
      if (between.length > 40) break;
      // ("TSLP长效单抗ZH-2210", "…神经前体细胞注射液XS411": a drug described, or named, right before its code is that drug)
      const described = between === "" && (assets[j - 1]!.kind === "descriptive" || assets[j]!.kind === "descriptive" || ((assets[j - 1]!.kind === "zh_generic" || assets[j - 1]!.kind === "product") && assets[j]!.kind === "code"));
      // ("REC603 or REC610": two codes joined by "or" are two drugs; "satri-cel, or CT041" names one)
      const twoCodes = /^,?\s?or\s$/.test(between) && assets[j - 1]!.kind === "code" && assets[j]!.kind === "code";
      if (!twoCodes && (described || APPOSITION_GAP.test(between) || APPOSITION_BETWEEN.test(between) || inOneBracket(text, assets[j - 1]!, between))) unite(j - 1, j);
      else break;
    }
  });
  const groups = new Map<number, Entity>();
  assets.forEach((a, i) => {
    const root = find(i);
    let entity = groups.get(root);
    if (!entity) {
      entity = { id: groups.size, mentions: [], drugId: null };
      groups.set(root, entity);
    }
    a.entity = entity.id;
    entity.mentions.push(a);
    entity.drugId ??= a.drugId;
  });
  return [...groups.values()];
}

/** The name an event reports: a development code, then an INN or brand, then a Chinese name, then a description. */
export function preferredName(entity: Entity): { asset: string; aliases: string[] } {
  const rank = (a: AssetMention) => {
    if (a.kind === "code" || (a.kind === "lexicon" && /\d/.test(a.surface) && /[A-Z]/.test(a.surface) && !/[\u4e00-\u9fff]/.test(a.surface))) return 0;
    if (/^[A-Za-z][a-z-]+(?:\s[a-z-]+)?$/.test(a.surface)) return 1; // INN
    if (a.kind === "brand") return 2;
    if (/[\u4e00-\u9fff]/.test(a.surface)) return 3;
    return 4;
  };
  const mentions = [...entity.mentions].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const best = stripDosageForm(mentions[0]!.surface) || mentions[0]!.surface;
  const seen = new Set([fold(best)]);
  const aliases: string[] = [];
  for (const mention of entity.mentions) {
    for (const name of [mention.surface, stripDosageForm(mention.surface)]) {
      const key = fold(name);
      if (!name || seen.has(key)) continue;
      seen.add(key);
      aliases.push(name);
    }
  }
  return { asset: best, aliases };
}

/** Modality from the name itself: INN and Chinese-name stems, product wording. */
export function modalityFromName(name: string, m: Matchers): Modality | null {
  const cued = m.modalityCues.first(name);
  if (cued) return cued;
  // an antisense INN ("tofersen", "eplontersen"): a stem that also ends names of other things, so read on names only
  if (/[a-z]rsen$/.test(name)) return "antisense";
  // a formula named in Chinese words only, as granules, pills or an oral liquid, is a traditional Chinese medicine ("芪参通络颗粒")
  if (/^[\u4e00-\u9fff]{2,8}(?:颗粒|滴丸|丸|口服液|合剂)$/.test(name)) return "tcm";
  // oral solid forms are small molecules ("EXC-330片", "… tablets")
  if (/(?:片|胶囊|颗粒|tablets?|capsules?)$/i.test(name)) return "small_molecule";
  return null;
}
