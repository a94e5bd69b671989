/**
 * Drug names that are not development codes: English INNs (by their stems: -mab, -cept, -tinib …, and
 * two-word ADC names), Chinese generic names (by their stems: 单抗, 西普, 替尼 …), brand names marked ®/™,
 * and descriptive product names (人脐带间充质干细胞注射液), each with an optional dosage-form wrapper.
 */
import { ZH_SALTS } from "../../domain/index.ts";

export type NameKind = "inn" | "zh_generic" | "brand" | "product";
export type NameMention = { start: number; end: number; name: string; kind: NameKind };

const INN_STEMS =
  "mab|tug|bart|tropin|trogon|pacitan|mig|cept|tinib|ciclib|parib|lisib|rafenib|degib|clax|glutide|siran|rsen|leucel|temcel|stat|sertib|metinib|zomib|lutamide|tide|rafenib|fenib|citinib|elisib|tegene|vec|toclax|platin|taxel|rubicin|mustine|gliflozin|gliptin|glipron|sartan|prazole|prazan|vir|previr|asvir|buvir|nib";
const COMMON_WORDS = new Set(["peptide", "nucleotide", "polypeptide", "oligonucleotide", "statistics", "ecstatic", "thermostat", "tide", "outside", "override", "provide", "nib", "stat", "vir", "vec", "cept", "except", "concept", "accept", "intercept", "percept", "nucleotides", "peptides", "bisulfide"]);
const INN = new RegExp(`\\b[A-Za-z][a-z]{2,}(?:${INN_STEMS})\\b(?:\\s(?:[A-Za-z][a-z]{1,}(?:tecan|vedotin|mafodotin|deruxtecan|govitecan|emtansine|dotin|tansine|samrotecan)|vedotin|mafodotin))?`, "y");
const WORD = /\b[A-Za-z][a-z]{5,}\b/g;
const STEM_END = new RegExp(`(?:${INN_STEMS})$`);
const ADC_PAYLOAD = /tecan|dotin|tansine/i;
const ADC_TWO_WORD = /\b[a-z]{4,}(?:mab|tamab|bart)\s[a-z]{2,}(?:tecan|dotin|tansine|kitecan)\b/gi;
/** Two-word cell-therapy INNs: "relcabtagene autoleucel", "equecabtagene autoleucel". */
const CELL_TWO_WORD = /\b[a-z]{4,}gene\s[a-z]{0,6}leucel\b/gi;
/** Two-word gene-therapy INNs: "dalnacogene ponparvovec", "etranacogene dezaparvovec", "onasemnogene abeparvovec". */
const GENE_TWO_WORD = /\b[a-z]{3,}gene\s[a-z]{2,}vec\b/gi;
/** An INN's short form: "cilta-cel", "orta-cel" for the cell therapies, "Dato-DXd", "sac-TMT" for the ADCs. */
const SHORT_INN = /\b(?:[A-Za-z][a-z]{1,5}-cel|[A-Za-z][a-z]{0,5}-(?:DXd|TMT))\b/g;

// Chinese INN stems (the syllables the Chinese approved names end with).
const ZH_STEMS = "单抗|单克隆抗体|西普|替尼|非尼|尼布|西利|佐米|替康|鲁肽|格列净|格列汀|沙坦|克拉|奥仑赛|仑赛|司他|瑞韦|特韦|普利|他汀|沙星|培南|帕利|司琼|鲁胺|妥昔|司亭α?|生长激素|胰岛素|那肽|普酶|利塞|曲妥珠单抗|西汀|帕尼|替拉|瑞林|洛韦|司韦|达韦|鲁司|拉韦|格韦|奈韦|卡韦|伦韦|司兰|那生|拉生(?!物)";
const DOSAGE_AFTER = "(?:注射液|注射剂|片|胶囊|软胶囊|肠溶片|缓释片|颗粒|口服溶液|干混悬剂|吸入剂|滴眼液|乳膏|凝胶)?";
const ZH_STEM = new RegExp(`(?:${ZH_STEMS})α?`, "g");
const DOSAGE_RE = new RegExp(`^${DOSAGE_AFTER}`);
const CELL_LEAD = /(?:[A-Za-z0-9_-]{2,12}|[\u4e00-\u9fff]{1,14})$/;

/** The start of the run of Chinese characters (and the 注射用/salt prefixes within it) that ends at `end`, at most `max` long. */
function leftmostCjk(text: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i < max) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x4e00 || c > 0x9fff) break;
    i--;
  }
  return i;
}
// Characters that cannot be inside a Chinese drug name: they end the name on its left.
const ZH_STOP = new Set([..."批准局的将和与及、获是为用了款个项种在其对该本即从由把被向给以于至并或等中之这此已品研新药，。；：:（）()“”《》「」『』,;、有将已经还也都而且使让开发布称报告显发起首次包括两三四五六七八九十名前后正式自主创年月日号周第就据按较随除令得者但却仍又则再因", " "]);
const ZH_BAD_ENDINGS = /(?:^|[^\u4e00-\u9fff])(?:抑制剂|药物|疗法|抗体)$|^(?:全人源|人源化?|鼠源|嵌合|重组)(?:单克隆抗体|单抗)$/;
const ZH_NOT_NAMES = new Set(["单抗", "西普", "替尼", "双抗", "肽", "多肽", "索", "赛", "韦", "坦", "搜索", "探索", "线索", "因素", "要素", "比赛", "大赛", "竞赛", "联赛", "铂", "含铂", "美赛", "思索", "元素", "平坦", "胰岛素", "生长激素", "激素", "主要素", "检索"]);

const BRAND = /([A-Z][A-Za-z]{2,20}|[\u4e00-\u9fff]{2,6})\s?[®™]/g;
/** "戈来雷塞片（研发代号：JAB-21822）": a bracket that labels a code or a generic name follows the drug's Chinese name. */
const NAME_LABEL = /[（(]\s?(?:研发代号|项目代号|产品代号|研发编号|代号|英文通用名|英文名|通用名)\s?[:：]/g;
/** The class words a name run may start with ("KRAS G12C抑制剂戈来雷塞片"): the name is what follows them. */
// (and the words for combining with it: "联合西妥昔单抗" is 西妥昔单抗, given with another drug)
const CLASS_WORDS = /^.*(?:抑制剂|激动剂|拮抗剂|降解剂|抗体|药物|疗法|偶联物|单抗|双抗|产品|制剂|疫苗|注射剂|小分子|联合|联用|合用)/;
// (or a headline's last words before it, the ideographic space between them dropped: "…获批上市 替妥尤单抗填补…"; or the verb
// whose object it is: "FDA授予替恩戈替尼…孤儿药资格")
const MAKER_OR_VERB = /^(?:.*(?:生物|医药|药业|制药|集团|公司))|^(?:.*(?:上市|获批|獲批|批准|受理|认定|認定|公示|商业化|开发|生产|销售|引进|授予|给予|給予|获得|獲得|纳入|納入))|^(?:回顾|关于|对于|作为|针对|通过|根据|随着|推进|推动|看好|布局|聚焦|凭借|依托)/;
/** "中药1.1类创新药通络降浊颗粒": a traditional Chinese medicine is named by its formula and dosage form after its class. */
const TCM_PRODUCT = /中药(?:[\d.]+类)?(?:创新药|新药)?(?!的)([\u4e00-\u9fff]{2,8}?(?:颗粒|胶囊|滴丸|丸|口服液|合剂|片))/g;
/** "…的芪参通络颗粒，为1.1类中药创新药", "辉宁药业丹芪安神颗粒获批上市": in a text about a traditional Chinese medicine, a formula name after 的, a bullet or its maker's name. */
// (or one that opens its paragraph to be described: "芪归通络颗粒为公司自主研发的1.1类中药创新药")
const TCM_AFTER_OF = /(?:的|^|[■●◆•·]\s?|(?<=药业|制药|医药|集团))([\u4e00-\u9fff]{2,8}?(?:颗粒|胶囊|滴丸|口服液|合剂))(?=[,，;；。(（\s]|获|$|(?<=^[\u4e00-\u9fff]{2,8}(?:颗粒|胶囊|滴丸|口服液|合剂))(?:为|是))/gm;
const NOT_A_FORMULA = /中药|药物|产品|品种|创新|新药|该|本|其/;
/** The same in brackets ("Shugan Ningshen Granules（疏肝宁神颗粒）") and in English ("Shugan Ningshen Granules"). */
const TCM_BRACKETED = /[(（]([\u4e00-\u9fff]{2,8}?(?:颗粒|胶囊|滴丸|口服液|合剂))[)）]/g;
const TCM_ENGLISH = /\b((?:[A-Z][a-z]{2,} ){1,4}(?:Granules|Capsules|Dropping Pills|Pills|Oral Liquid|Mixture))\b/g;
/** "（商品名：鼎瑞安，研发代号：…）": a brand the text labels as one. */
// (a brand may end in its valency or version: "馨可宁9")
const BRAND_LABEL = /(?:商品名(?:称)?|brand name|trade name)\s?[:：为]?\s?([\u4e00-\u9fff]{2,6}\d{0,2}|[A-Z][A-Za-z]{2,15})(?=\s?[,，;；)）®™])/gi;
/** "批准X申报的重组带状疱疹疫苗（CHO细胞）上市": a vaccine is named by what it prevents, with its expression system. */
const VACCINE = /申报的([\u4e00-\u9fff]{2,14}疫苗(?:[(（][A-Za-z0-9\u4e00-\u9fff]{2,12}[)）])?)/g;
/** "9价人乳头瘤病毒疫苗（大肠埃希菌）", "重组九价HPV疫苗": anywhere, a vaccine named with its expression system, or as recombinant. */
const VACCINE_SYSTEM = /((?:(?![的与和及、])[\u4e00-\u9fff0-9A-Z]){2,16}疫苗[(（](?:大肠埃希菌|酿酒酵母|汉逊酵母|毕赤酵母|CHO细胞|Vero细胞|昆虫细胞|人二倍体细胞|杆状病毒[\u4e00-\u9fff]{0,6})[)）]|重组(?:(?![的与和及、])[\u4e00-\u9fff0-9A-Z]){1,14}疫苗)/g;
/** "引进一款低浓度阿托品滴眼液的中国大陆权益": a product named by what it is and its dosage form, after 一款. */
const COUNTED_PRODUCT = /一款([\u4e00-\u9fff]{2,12}?(?:滴眼液|注射液|胶囊|颗粒|口服溶液|喷雾剂|乳膏|凝胶|贴剂|吸入剂))(?=的|用于|[,，。；;]|$)/g;
const NOT_A_PRODUCT_NAME = /创新|新型|在研|候选|产品|药物|新药|细胞|该|本|其/;
const QUOTED_PRODUCT = /[“"「]([^”"」\n]{2,30}?(?:注射液|胶囊|片|颗粒|口服液|注射剂))[”"」]/g;

export function findNames(text: string, from: number, to: number): NameMention[] {
  const slice = text.slice(from, to);
  const out: NameMention[] = [];
  const add = (start: number, end: number, kind: NameKind) => {
    const name = text.slice(start, end).trim();
    if (name) out.push({ start, end: start + text.slice(start, end).trimEnd().length, name, kind });
  };
  if (ADC_PAYLOAD.test(slice)) for (const m of slice.matchAll(ADC_TWO_WORD)) add(from + m.index, from + m.index + m[0].length, "inn");
  if (/leucel/i.test(slice)) for (const m of slice.matchAll(CELL_TWO_WORD)) add(from + m.index, from + m.index + m[0].length, "inn");
  if (/gene\s[a-z]+vec\b/i.test(slice)) for (const m of slice.matchAll(GENE_TWO_WORD)) add(from + m.index, from + m.index + m[0].length, "inn");
  if (/-(?:cel|DXd|TMT)\b/.test(slice)) for (const m of slice.matchAll(SHORT_INN)) add(from + m.index, from + m.index + m[0].length, "inn");
  // INNs: a word with an INN stem ending, read from there with its payload word if any
  let innEnd = 0;
  for (const w of slice.matchAll(WORD)) {
    if (w.index < innEnd || !STEM_END.test(w[0])) continue;
    INN.lastIndex = w.index;
    const m = INN.exec(slice);
    if (!m) continue;
    innEnd = m.index + m[0].length;
    const word = m[0].split(" ")[0]!.toLowerCase();
    if (COMMON_WORDS.has(word) || word.length < 6) continue;
    add(from + m.index, from + m.index + m[0].length, "inn");
  }
  // (a Chinese brand starts after the last character that cannot be in a name: "纳入优先审评的泽立妥®" is 泽立妥)
  if (/[®™]/.test(slice)) {
    for (const m of slice.matchAll(BRAND)) {
      const end = from + m.index + m[1]!.length;
      const start = cutAtStop(text, from + m.index, end);
      if (end - start >= 2) add(start, end, "brand");
    }
  }
  // names found as a pattern's first group
  const addGroups = (re: RegExp, kind: NameKind, keep: (name: string) => boolean = () => true) => {
    for (const m of slice.matchAll(re)) {
      if (!keep(m[1]!)) continue;
      const start = from + m.index + m[0].lastIndexOf(m[1]!);
      add(start, start + m[1]!.length, kind);
    }
  };
  if (/商品名|brand name|trade name/i.test(slice)) addGroups(BRAND_LABEL, "brand");
  if (slice.includes("疫苗")) {
    addGroups(VACCINE, "product");
    addGroups(VACCINE_SYSTEM, "product");
  }
  addGroups(QUOTED_PRODUCT, "product");
  if (slice.includes("一款")) addGroups(COUNTED_PRODUCT, "product", (name) => !NOT_A_PRODUCT_NAME.test(name));
  if (/中药|Chinese medicine/i.test(slice)) {
    addGroups(TCM_BRACKETED, "product");
    addGroups(TCM_ENGLISH, "product");
  }
  if (slice.includes("中药")) {
    addGroups(TCM_PRODUCT, "product");
    addGroups(TCM_AFTER_OF, "product", (name) => !NOT_A_FORMULA.test(name));
  }
  if (slice.includes("代号") || slice.includes("名")) {
    for (const m of slice.matchAll(NAME_LABEL)) {
      const end = from + m.index;
      let start = cutAtStop(text, leftmostCjk(text, end, 14), end);
      start += CLASS_WORDS.exec(text.slice(start, end))?.[0].length ?? 0;
      const core = stripDosageForm(text.slice(start, end));
      if (core.length >= 2 && /^[\u4e00-\u9fff]+$/.test(core) && !ZH_NOT_NAMES.has(core)) add(start, end, "zh_generic");
    }
  }
  // product and generic names are found by their endings, then extended to the left (linear, no backtracking)
  for (let at = slice.indexOf("细胞注射液"); at >= 0; at = slice.indexOf("细胞注射液", at + 5)) {
    const end = from + at + 5;
    const lead = CELL_LEAD.exec(text.slice(Math.max(from, end - 5 - 14), end - 5));
    const start = cutAtStop(text, end - 5 - (lead ? lead[0].length : 0), end - 5);
    // ("为靶向GPRC5D的CAR-T细胞注射液": a kind of product named by its modality alone describes a drug, it names none)
    if (end - start >= 6 && !MODALITY_ONLY_PRODUCT.test(text.slice(start, end))) add(start, end, "product");
  }
  for (const m of slice.matchAll(ZH_STEM)) {
    const stemStart = from + m.index;
    let end = stemStart + m[0].length;
    const dosage = DOSAGE_RE.exec(text.slice(end, end + 5));
    if (dosage) end += dosage[0].length;
    let start = cutAtStop(text, Math.max(from, stemStart - 8, leftmostCjk(text, stemStart, 8)), stemStart);
    // "FGFR4抑制剂依帕戈替尼": the class word before the name is not part of it
    const classWords = CLASS_WORDS.exec(text.slice(start, stemStart))?.[0].length ?? 0;
    start += classWords;
    // ("澄源生物芙维妥单抗", "回顾芙维妥单抗的研发历程": its maker's name or a verb before it is not part of it)
    start += MAKER_OR_VERB.exec(text.slice(start, stemStart))?.[0].length ?? 0;
    if (stemStart - start < 2) continue; // a stem alone ("单克隆抗体", "的替尼") is a word, not a name
    const name = text.slice(start, end);
    const core = name.replace(/^注射用/, "").replace(/(?:注射液|注射剂|片|胶囊|软胶囊|肠溶片|缓释片|颗粒|口服溶液|干混悬剂|吸入剂|滴眼液|乳膏|凝胶)$/, "");
    // ("某进口单抗注射液": 某, "a certain", withholds the name)
    if (core.length < 3 || ZH_NOT_NAMES.has(core) || ZH_BAD_ENDINGS.test(core) || core.startsWith("某")) continue;
    add(start, end, "zh_generic");
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const MODALITY_ONLY_PRODUCT = /^(?:CAR-?T|CAR-?NK|TCR-?T|NK|TIL|CIK|T|免疫)细胞注射液$/i;

/**
 * Characters that end a name only as the end of a word: 司 of 公司 ("二、司奇珠单抗" is one name), 他 of 其他 ("卡索他单抗",
 * "阿他西普" are names), 头 of 头对头 ("头对头拓扑替康": a head-to-head comparator's name starts after the phrase, as after 对比 or 相比: "对比拓扑替康").
 */
const STOP_AFTER: Record<string, string> = { 司: "公", 他: "其", 头: "对", 比: "对相" };

/** Moves a name's start right of the last character in [start, end) that cannot be inside a drug name. */
function cutAtStop(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const mate = STOP_AFTER[text[i]!];
    const stops = mate !== undefined ? mate.includes(text[i - 1] ?? "\u0000") : ZH_STOP.has(text[i]!) && !(text.startsWith("注射用", i - 2) && i - 2 >= start);
    if (stops) return i + 1;
  }
  return start;
}

/** A salt before a Chinese generic name (甲磺酸瑞卡替尼片 is 瑞卡替尼). */
const SALT = new RegExp(`^(?:${ZH_SALTS.join("|")})(?=[\\u4e00-\\u9fff]{2})`);
// a development code right before a cell product's wording (IM29细胞注射液, HS_SW01细胞注射液)
const CODE_BEFORE = /(?:^|[^A-Za-z0-9])[A-Za-z]{1,8}[-_]?[A-Za-z]*\d[A-Za-z0-9]*$/;

/**
 * The name without its dosage-form wrapper: 注射用HDM2005 → HDM2005, 索托克拉片 → 索托克拉, X injection → X,
 * IM29细胞注射液 → IM29. A descriptive cell product keeps its wording (人脐带间充质干细胞注射液).
 */
export function stripDosageForm(name: string): string {
  return name
    .replace(/^注射用\s?/, "")
    .replace(SALT, "")
    .replace(/\s?(?:细胞注射液|注射液|注射剂|软胶囊|肠溶片|缓释片|胶囊|片|颗粒|口服溶液|干混悬剂)$/, (m, at: number) => (m.includes("细胞") && !CODE_BEFORE.test(name.slice(0, at)) ? m : ""))
    .replace(/\s(?:for injection|injection|tablets?|capsules?)$/i, "")
    .trim();
}
