import { simplify } from "./normalize-name.ts";

/**
 * Indications in English and Chinese reduced to concepts, so that "非小细胞肺癌" and "NSCLC" compare equal
 * and "first-line NSCLC" and "EGFR-mutant NSCLC after TKI" do not. A disease concept implies its parents
 * (NSCLC → lung cancer); modifiers of one group exclude each other (first line vs later line).
 */
type ConceptDef = { id: string; pattern: RegExp; parents?: string[] };

const DISEASES: ConceptDef[] = [
  { id: "nsclc", pattern: /non[- ]?small[- ]cell lung|\bNSCLC\b|非小细胞肺癌/i, parents: ["lung"] },
  { id: "sclc", pattern: /(?<!non[- ]?)small[- ]cell lung|(?<!N)\bSCLC\b|(?<!非)小细胞肺癌/i, parents: ["lung"] },
  { id: "lung", pattern: /lung cancer|lung carcinoma|肺癌/i },
  { id: "breast", pattern: /breast|乳腺癌|\bTNBC\b|三阴性/i },
  { id: "gastric", pattern: /gastric|stomach|gastro-?oesophageal|gastroesophageal|\bGEJ\b|胃癌|胃食管/i },
  { id: "crc", pattern: /colorectal|colon cancer|rectal cancer|\bCRC\b|结直肠癌|结肠癌|直肠癌/i },
  { id: "hcc", pattern: /hepatocellular|liver cancer|\bHCC\b|肝细胞癌|肝癌/i },
  { id: "esophageal", pattern: /o?esophageal (?:squamous|cancer|carcinoma)|\bESCC\b|食管癌|食管鳞/i },
  { id: "npc", pattern: /nasopharyngeal|鼻咽癌/i },
  { id: "hnscc", pattern: /head and neck|\bHNSCC\b|头颈/i },
  { id: "ovarian", pattern: /ovarian (?:cancer|carcinoma)|卵巢癌/i },
  { id: "cervical", pattern: /cervical cancer|宫颈癌/i },
  { id: "endometrial", pattern: /endometrial|子宫内膜癌/i },
  { id: "prostate", pattern: /prostate|前列腺癌/i },
  { id: "urothelial", pattern: /urothelial|bladder|尿路上皮癌|膀胱癌/i },
  { id: "pancreatic", pattern: /pancreatic (?:cancer|ductal|adeno)|胰腺癌/i },
  { id: "btc", pattern: /biliary|cholangio|gallbladder|胆道癌|胆管癌|胆囊癌/i },
  { id: "rcc", pattern: /renal cell|kidney cancer|\bRCC\b|肾细胞癌|肾癌/i },
  { id: "melanoma", pattern: /melanoma|黑色素瘤/i },
  { id: "glioma", pattern: /glioma|glioblastoma|胶质瘤|胶质母细胞瘤/i },
  { id: "myeloma", pattern: /myeloma|骨髓瘤/i },
  { id: "mcl", pattern: /mantle[- ]cell|\bMCL\b|套细胞淋巴瘤/i, parents: ["lymphoma"] },
  { id: "dlbcl", pattern: /diffuse large b|\bDLBCL\b|弥漫大b/i, parents: ["lymphoma"] },
  { id: "lymphoma", pattern: /lymphoma|淋巴瘤/i },
  { id: "aml", pattern: /acute myeloid|\bAML\b|急性髓系白血病/i, parents: ["leukemia"] },
  { id: "all", pattern: /acute lymphoblastic|\bB-?ALL\b|急性淋巴细胞白血病/i, parents: ["leukemia"] },
  { id: "cll", pattern: /chronic lymphocytic|\bCLL\b|慢性淋巴细胞白血病/i, parents: ["leukemia"] },
  { id: "leukemia", pattern: /leuka?emia|白血病/i },
  { id: "mf", pattern: /myelofibrosis|骨髓纤维化/i },
  { id: "solid", pattern: /solid tumou?r|advanced malignan|实体瘤|晚期恶性肿瘤/i },
  { id: "sle", pattern: /lupus|\bSLE\b|红斑狼疮/i },
  { id: "mg", pattern: /myasthenia|重症肌无力/i },
  { id: "ra", pattern: /rheumatoid|类风湿/i },
  { id: "psoriasis", pattern: /psoria|银屑病/i },
  { id: "ad", pattern: /atopic dermatitis|特应性皮炎/i },
  { id: "uc", pattern: /ulcerative colitis|溃疡性结肠炎/i },
  { id: "crohn", pattern: /crohn|克罗恩/i },
  { id: "hypertension", pattern: /hypertension|高血压/i },
  { id: "lipids", pattern: /hyperlipid|hypercholesterol|dyslipid|高脂血症|高胆固醇|血脂异常/i },
  { id: "obesity", pattern: /obesity|overweight|肥胖|超重/i },
  { id: "t2d", pattern: /type 2 diabetes|\bT2D\b|2型糖尿病/i },
  { id: "hae", pattern: /hereditary angioedema|\bHAE\b|遗传性血管性水肿/i },
  { id: "als", pattern: /amyotrophic|\bALS\b|肌萎缩侧索硬化/i },
  { id: "alzheimer", pattern: /alzheimer|阿尔茨海默/i },
  { id: "parkinson", pattern: /parkinson|帕金森/i },
  { id: "msa", pattern: /multiple system atrophy|多系统萎缩/i },
  { id: "ipf", pattern: /pulmonary fibrosis|\bIPF\b|肺纤维化/i },
  { id: "hemophilia", pattern: /ha?emophilia|血友病/i },
  { id: "igan", pattern: /IgA nephropathy|IgA肾病/i },
  { id: "pruritus", pattern: /pruritus|瘙痒/i },
  { id: "poi", pattern: /premature ovarian|primary ovarian insufficiency|卵巢功能不全/i },
  { id: "ssc", pattern: /systemic sclerosis|系统性硬化/i },
  { id: "as", pattern: /ankylosing|强直性脊柱炎/i },
  { id: "hbv", pattern: /hepatitis b|\bHBV\b|乙肝|乙型肝炎/i },
];

/** Modifiers: within a group, two different values mean two different indications. */
const MODIFIERS: Array<{ group: string; id: string; pattern: RegExp }> = [
  { group: "line", id: "first", pattern: /first[- ]line|\b1L\b|一线|初治|treatment[- ]na[iï]ve|previously untreated/i },
  { group: "line", id: "later", pattern: /second[- ]line|third[- ]line|later[- ]line|\b[23]L\b|二线|三线|后线|末线|既往|previously treated|after (?:\w+[- ]){0,4}(?:progress|failure|treatment|therapy|tki|chemo)|progress(?:ed|ion) (?:on|after)|refractory|relapsed|复发|难治|进展|经.{0,20}治疗/i },
  { group: "histology", id: "non_squamous", pattern: /non[- ]?squamous|非鳞/i },
  { group: "histology", id: "squamous", pattern: /(?<!non[- ]?)squamous|(?<!非)鳞/i },
  { group: "breast", id: "tnbc", pattern: /triple[- ]negative|\bTNBC\b|三阴性/i },
  { group: "breast", id: "hr_pos", pattern: /HR\+|HR[- ]positive|hormone receptor[- ]positive|HR阳性|激素受体阳性/i },
  { group: "breast", id: "her2_pos", pattern: /HER2\+|HER2[- ]positive|HER2阳性/i },
  { group: "egfr", id: "egfr_mut", pattern: /EGFR[- ]?mut|EGFR mutation|EGFRm\b|EGFR突变/i },
  { group: "egfr", id: "egfr_wt", pattern: /EGFR wild|EGFR野生型/i },
  { group: "regimen", id: "mono", pattern: /monotherapy|single[- ]agent|单药/i },
  { group: "regimen", id: "combo", pattern: /combination|combined with|plus|联合|联用/i },
];

/** Words that make a text an indication even when no concept above knows the disease. */
const DISEASE_WORD = /癌|瘤|病|症|炎|综合征|損傷|损伤|感染|缺乏|缺陷|功能不全|衰竭|疼痛|纤维化|硬化|萎缩|cancer|carcinoma|tumou?r|malignan|disease|syndrome|itis\b|oma\b|emia\b|deficien|infection|failure|disorder|obesity|pain|fibrosis|sclerosis|atrophy|dystrophy/i;

export type IndicationConcepts = { diseases: Set<string>; modifiers: Map<string, string> };

const cache = new Map<string, IndicationConcepts>();

export function indicationConcepts(text: string): IndicationConcepts {
  let hit = cache.get(text);
  if (hit) return hit;
  const t = simplify(text.normalize("NFKC"));
  const diseases = new Set<string>();
  for (const d of DISEASES) {
    if (!d.pattern.test(t)) continue;
    diseases.add(d.id);
    for (const p of d.parents ?? []) diseases.add(p);
  }
  const modifiers = new Map<string, string>();
  for (const m of MODIFIERS) if (!modifiers.has(m.group) && m.pattern.test(t)) modifiers.set(m.group, m.id);
  hit = { diseases, modifiers };
  if (cache.size > 100_000) cache.clear();
  cache.set(text, hit);
  return hit;
}

const squash = (s: string): string => simplify(s.normalize("NFKC")).toLowerCase().replace(/[\s\p{P}]/gu, "");

/**
 * True when two indications can be the same: either is unstated, one contains the other, or they name
 * overlapping diseases (one no broader-conflicting than the other) with no opposing modifiers.
 */
export function indicationsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const sa = squash(a);
  const sb = squash(b);
  if (!sa || !sb || sa === sb || sa.includes(sb) || sb.includes(sa)) return true;
  const ca = indicationConcepts(a);
  const cb = indicationConcepts(b);
  // text that names no disease at all ("China", "first-line") says nothing about the indication
  if ((ca.diseases.size === 0 && !DISEASE_WORD.test(a)) || (cb.diseases.size === 0 && !DISEASE_WORD.test(b))) return true;
  if (ca.diseases.size === 0 || cb.diseases.size === 0) return false;
  let shared = false;
  for (const d of ca.diseases) if (cb.diseases.has(d)) shared = true;
  if (!shared) return false;
  // the narrower one must not name a disease the other rules out: {nsclc, lung} vs {lung} is fine, {breast, lung} vs {lung, sclc} is not
  const aInB = [...ca.diseases].every((d) => cb.diseases.has(d));
  const bInA = [...cb.diseases].every((d) => ca.diseases.has(d));
  if (!aInB && !bInA) return false;
  for (const [group, value] of ca.modifiers) {
    const other = cb.modifiers.get(group);
    if (other && other !== value) return false;
  }
  return true;
}
