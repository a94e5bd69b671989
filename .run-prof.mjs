// ../../tmp/h/corpus.ts
var args = process.argv.slice(2);
var targetMb = Number(process.env.MB ?? 5);
var seed = 42;
var rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
var pick = (list) => list[Math.floor(rand() * list.length)];
var COMPANIES_ZH = ["\u4FE1\u8FBE\u751F\u7269", "\u6052\u745E\u533B\u836F", "\u767E\u6D4E\u795E\u5DDE", "\u5EB7\u65B9\u751F\u7269", "\u79D1\u4F26\u535A\u6CF0", "\u767E\u5229\u5929\u6052", "\u77F3\u836F\u96C6\u56E2", "\u7FF0\u68EE\u5236\u836F", "\u541B\u5B9E\u751F\u7269", "\u8363\u660C\u751F\u7269"];
var COMPANIES_EN = ["Innovent Biologics", "Jiangsu Hengrui", "BeiGene", "Akeso", "Kelun-Biotech", "Biokin", "CSPC", "Hansoh", "Junshi", "RemeGen"];
var PREFIXES = ["IBI", "SHR-", "BGB-", "AK", "SKB", "BL-B0", "SYHX", "HS-", "JS", "RC"];
var EVENTS_ZH = ["\u83B7\u5F97\u56FD\u5BB6\u836F\u76D1\u5C40\u7A81\u7834\u6027\u6CBB\u7597\u836F\u7269\u8BA4\u5B9A", "\u7684\u4E34\u5E8A\u8BD5\u9A8C\u7533\u8BF7\u83B7\u5F97\u9ED8\u793A\u8BB8\u53EF", "\u62DF\u7EB3\u5165\u7A81\u7834\u6027\u6CBB\u7597\u54C1\u79CD", "\u4E0A\u5E02\u7533\u8BF7\u83B7\u53D7\u7406\u5E76\u7EB3\u5165\u4F18\u5148\u5BA1\u8BC4", "\u83B7\u6279\u4E0A\u5E02", "\u83B7\u5F97\u7F8E\u56FDFDA\u5FEB\u901F\u901A\u9053\u8D44\u683C"];
var EVENTS_EN = ["was granted Breakthrough Therapy Designation by the NMPA", "received IND clearance from the FDA", "received Fast Track designation from the FDA", "obtained orphan drug designation", "was approved by the NMPA"];
var INDICATIONS_ZH = ["\u975E\u5C0F\u7EC6\u80DE\u80BA\u764C", "\u665A\u671F\u5B9E\u4F53\u7624", "IgA\u80BE\u75C5", "\u7CFB\u7EDF\u6027\u7EA2\u6591\u72FC\u75AE", "\u80C3\u764C", "\u591A\u53D1\u6027\u9AA8\u9AD3\u7624"];
var INDICATIONS_EN = ["non-small cell lung cancer", "advanced solid tumors", "IgA nephropathy", "hereditary angioedema", "gastric cancer"];
var FILLER_ZH = "\u8BE5\u836F\u7269\u5728\u591A\u9879\u4E34\u5E8A\u7814\u7A76\u4E2D\u663E\u793A\u51FA\u826F\u597D\u7684\u5B89\u5168\u6027\u548C\u6709\u6548\u6027\uFF0C\u516C\u53F8\u5C06\u7EE7\u7EED\u63A8\u8FDB\u540E\u7EED\u5F00\u53D1\u5DE5\u4F5C\uFF0C\u884C\u4E1A\u5206\u6790\u4EBA\u58EB\u8BA4\u4E3A\u56FD\u5185\u521B\u65B0\u836F\u51FA\u6D77\u8D8B\u52BF\u660E\u663E\u3002";
var FILLER_EN = "The company said the data support further development, and analysts noted the growing number of licensing deals for Chinese assets. ";
function documentText(i) {
  const parts = [];
  const zh = i % 2 === 0;
  for (let s = 0; s < 12; s++) {
    const k = Math.floor(rand() * COMPANIES_ZH.length);
    const code = `${PREFIXES[k]}${100 + Math.floor(rand() * 9e3)}`;
    const day = 1 + Math.floor(rand() * 28);
    if (zh) parts.push(`2025\u5E74${1 + i % 12}\u6708${day}\u65E5\uFF0C${COMPANIES_ZH[k]}\u5BA3\u5E03\uFF0C\u5176\u81EA\u4E3B\u7814\u53D1\u7684${code}\u6CE8\u5C04\u6DB2${pick(EVENTS_ZH)}\uFF0C\u7528\u4E8E\u6CBB\u7597${pick(INDICATIONS_ZH)}\u3002${FILLER_ZH}`);
    else parts.push(`On March ${day}, 2025, ${COMPANIES_EN[k]} announced that its ADC ${code} ${pick(EVENTS_EN)} for the treatment of ${pick(INDICATIONS_EN)}. ${FILLER_EN}`);
    if (rand() < 0.2) parts.push(zh ? `${COMPANIES_ZH[k]}\u5C06${code}\u6388\u6743\u7ED9\u9ED8\u6C99\u4E1C\uFF0C\u9996\u4ED8\u6B3E2\u4EBF\u7F8E\u5143\uFF0C\u4EA4\u6613\u603B\u989D\u6700\u9AD8\u53EF\u8FBE18\u4EBF\u7F8E\u5143\u3002` : `${COMPANIES_EN[k]} out-licensed ${code} to Merck for US$200 million upfront and up to US$1.8 billion in total.`);
  }
  return parts.join(zh ? "\n" : "\n\n");
}
var docs = [];
var bytes = 0;
while (bytes < targetMb * 1024 * 1024) {
  const text = documentText(docs.length);
  docs.push(text);
  bytes += Buffer.byteLength(text, "utf8");
}
var mb = bytes / 1024 / 1024;

// src/extract/trie.ts
var isWordChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var fold = (c) => c >= 65 && c <= 90 ? c + 32 : c;
var Trie = class {
  root = { next: /* @__PURE__ */ new Map() };
  maxLength = 0;
  /** First characters of the terms (folded UTF-16 units): a position starting with another character is skipped at once. */
  starts = new Uint8Array(65536);
  /** Adds a term; a later add of the same term keeps the first value. */
  add(term, value) {
    if (!term) return;
    let node = this.root;
    this.starts[fold(term.charCodeAt(0))] = 1;
    for (let i = 0; i < term.length; i++) {
      const c = fold(term.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.value === void 0) node.value = value;
    this.maxLength = Math.max(this.maxLength, term.length);
  }
  /** All non-overlapping matches, leftmost first, longest at each position. */
  matchAll(text, from = 0, to = text.length) {
    const out = [];
    let i = from;
    const starts = this.starts;
    while (i < to) {
      if (starts[fold(text.charCodeAt(i))] === 0) {
        i++;
        continue;
      }
      let node = this.root;
      let best = null;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(fold(text.charCodeAt(j)));
        if (node?.value !== void 0 && this.boundaryOk(text, i, j + 1)) best = { start: i, end: j + 1, value: node.value };
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
  boundaryOk(text, start, end) {
    if (isWordChar(text.charCodeAt(start)) && start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
    if (isWordChar(text.charCodeAt(end - 1)) && end < text.length && isWordChar(text.charCodeAt(end))) return false;
    return true;
  }
};

// src/extract/lexicon/compile.ts
var union = (patterns, flags = "i") => new RegExp(patterns.map((p) => `(?:${p})`).join("|"), flags);
var AMBIGUOUS_SYMBOLS = /* @__PURE__ */ new Set(["APP", "ACE", "CAT", "REST", "SET", "MAX", "ATM", "CAR", "ARC", "PC", "CA", "FAT", "HR", "CI", "OS", "IT", "SHE", "AGO", "CD", "GC", "PAH", "TNF", "NOV", "DEC", "MAY"]);
var isWordLike = (term) => /^[A-Za-z]{2,6}$/.test(term);
function compileLexicons(lex) {
  const companies = new Trie();
  const companyById = /* @__PURE__ */ new Map();
  const prefixes = [];
  for (const c of lex.companies.companies) {
    companyById.set(c.id, { id: c.id, en: c.en[0] ?? null, zh: c.zh[0] ?? null, country: c.country ?? null, parent: c.parent ?? null });
    for (const name of [...c.zh, ...c.en, ...c.abbr]) if (name.length >= 2) companies.add(name, c.id);
    for (const prefix of c.prefixes) prefixes.push({ prefix: prefix.toUpperCase(), companyId: c.id });
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const targets = new Trie();
  for (const t2 of lex.targets.targets) {
    if (!AMBIGUOUS_SYMBOLS.has(t2.symbol)) targets.add(t2.symbol, { symbol: t2.symbol, term: t2.symbol, caseSensitive: isWordLike(t2.symbol) && t2.symbol.length <= 3 });
    for (const name of t2.names) targets.add(name, { symbol: t2.symbol, term: name, caseSensitive: isWordLike(name) });
  }
  const drugs = new Trie();
  const drugById = /* @__PURE__ */ new Map();
  for (const d of lex.drugs.drugs) {
    drugById.set(d.id, { id: d.id, company: d.company ?? null, modality: d.modality ?? null, targets: d.targets });
    for (const name of [...d.codes, ...d.inn, ...d.zh, ...d.brands]) if (name.length >= 3 || /[\u4e00-\u9fff]{2}/.test(name)) drugs.add(name, d.id);
  }
  const triggers = lex.triggers.triggers.flatMap(
    (t2) => t2.patterns.map((p) => ({ type: t2.type, status: t2.status ?? null, agency: t2.agency ?? null, re: new RegExp(p, "gi") }))
  );
  return {
    companies,
    companyById,
    prefixes,
    targets,
    drugs,
    drugById,
    triggers,
    triggerHint: union(lex.triggers.triggers.flatMap((t2) => t2.patterns)),
    triggerScan: new RegExp(triggers.map((t2) => `(${t2.re.source})`).join("|"), "gi"),
    modalityCues: lex.cues.modalities.map((m) => ({ modality: m.modality, re: union(m.patterns) })),
    plans: union(lex.cues.plans),
    negations: union(lex.cues.negations),
    history: union(lex.cues.history),
    agencies: lex.cues.agencies.map((a) => ({ agency: a.agency, re: union(a.patterns, "gi") })),
    agencyScan: new RegExp(lex.cues.agencies.map((a) => `(${a.patterns.map((p) => `(?:${p})`).join("|")})`).join("|"), "gi")
  };
}

// src/extract/lexicon/load-lexicons.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

// src/shared/errors.ts
var ERROR_KINDS = {
  usage: { exitCode: 2, httpStatus: 400 },
  not_found: { exitCode: 3, httpStatus: 404 },
  invalid_input: { exitCode: 4, httpStatus: 422 },
  unauthorized: { exitCode: 5, httpStatus: 401 },
  too_large: { exitCode: 4, httpStatus: 413 },
  blocked: { exitCode: 6, httpStatus: 502 },
  format_changed: { exitCode: 7, httpStatus: 502 },
  store: { exitCode: 8, httpStatus: 500 },
  internal: { exitCode: 70, httpStatus: 500 }
};
var AppError = class extends Error {
  kind;
  constructor(kind, message, options) {
    super(message, options);
    this.name = "AppError";
    this.kind = kind;
  }
  get exitCode() {
    return ERROR_KINDS[this.kind].exitCode;
  }
  get httpStatus() {
    return ERROR_KINDS[this.kind].httpStatus;
  }
};

// src/extract/lexicon/schemas.ts
import { z as z5 } from "zod";

// src/domain/vocabularies.ts
var EVENT_TYPES = [
  "ind_accepted",
  "ind_approved",
  "btd",
  "priority_review",
  "conditional_approval",
  "fast_track",
  "orphan_drug",
  "rmat",
  "prime",
  "nda_accepted",
  "approval",
  "iit",
  "trial_start",
  "data_readout",
  "deal",
  "acquisition"
];
var STATUS_TYPES = [
  "btd",
  "priority_review",
  "conditional_approval",
  "fast_track",
  "orphan_drug",
  "rmat",
  "prime"
];
var STATUSES = ["proposed", "granted"];
var AGENCIES = ["NMPA", "FDA", "EMA", "NHC", "PMDA", "MHRA", "TGA"];
var MODALITIES = [
  "small_molecule",
  "monoclonal_antibody",
  "bispecific_antibody",
  "fusion_protein",
  "adc",
  "bispecific_adc",
  "sirna",
  "antisense",
  "mrna",
  "dna_plasmid",
  "gene_therapy",
  "car_t",
  "in_vivo_car_t",
  "stem_cell",
  "cell_therapy_other",
  "vaccine",
  "peptide",
  "radiopharmaceutical",
  "protein_other",
  "tcm",
  "other"
];
var PHASES = ["preclinical", "1", "1/2", "2", "2/3", "3", "1-3"];
var LANGS = ["zh", "en"];

// src/domain/event.ts
import { z } from "zod";
var PartialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
var EventSchema = z.object({
  asset: z.string().min(1),
  asset_aliases: z.array(z.string()),
  company: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  date: PartialDateSchema.nullable(),
  indication: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable(),
  targets: z.array(z.string()),
  phase: z.enum(PHASES).nullable(),
  counterparty: z.string().nullable(),
  upfront_usd: z.number().nonnegative().nullable(),
  total_usd: z.number().nonnegative().nullable()
});
var ProvenanceSchema = z.object({
  documentId: z.string(),
  sentence: z.string(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  extractorVersion: z.string()
});
var SourcedEventSchema = EventSchema.extend({ provenance: ProvenanceSchema });
var ExtractionSchema = z.object({
  doc: z.string(),
  lang: z.enum(LANGS),
  published: PartialDateSchema.nullable(),
  events: z.array(EventSchema)
});

// src/domain/document.ts
import { z as z2 } from "zod";
var ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gb18030"];
var DocumentSchema = z2.object({
  id: z2.string().regex(/^[0-9a-f]{64}$/),
  location: z2.string().min(1),
  url: z2.string().nullable(),
  title: z2.string().nullable(),
  lang: z2.enum(LANGS),
  published: PartialDateSchema.nullable(),
  fetchedAt: z2.string(),
  encoding: z2.enum(ENCODINGS),
  format: z2.enum(["txt", "md", "html", "record"]),
  text: z2.string()
});
var DocumentMetaSchema = z2.object({
  url: z2.string().nullable().optional(),
  title: z2.string().nullable().optional(),
  lang: z2.enum(LANGS).nullable().optional(),
  published: PartialDateSchema.nullable().optional()
}).strict();

// src/domain/entity.ts
import { z as z3 } from "zod";
var AliasOriginSchema = z3.enum(["lexicon", "document", "record", "override"]);
var AliasSchema = z3.object({
  name: z3.string().min(1),
  origin: AliasOriginSchema,
  /** Document or record id the alias came from, when it came from one. */
  sourceId: z3.string().nullable()
});
var AssetSchema = z3.object({
  id: z3.string(),
  name: z3.string(),
  companyId: z3.string().nullable(),
  modality: z3.enum(MODALITIES).nullable(),
  targets: z3.array(z3.string()),
  aliases: z3.array(AliasSchema)
});
var CompanySchema = z3.object({
  id: z3.string(),
  nameEn: z3.string().nullable(),
  nameZh: z3.string().nullable(),
  parentId: z3.string().nullable(),
  aliases: z3.array(AliasSchema)
});

// src/domain/source.ts
import { z as z4 } from "zod";
var SourceInfoSchema = z4.object({
  id: z4.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z4.string(),
  yields: z4.string(),
  url: z4.string().nullable()
});
var SourceStateSchema = z4.object({
  id: z4.string(),
  lastRunAt: z4.string().nullable(),
  recordsSeen: z4.number().int().nonnegative(),
  blocked: z4.boolean(),
  lastError: z4.string().nullable()
});

// src/extract/lexicon/schemas.ts
var RegexSource = z5.string().refine(
  (s) => {
    try {
      new RegExp(s, "iu");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" }
);
var names = z5.array(z5.string().min(1)).default([]);
var CompanyLexiconSchema = z5.object({
  version: z5.literal(1),
  companies: z5.array(
    z5.object({
      id: z5.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      en: names,
      zh: names,
      abbr: names,
      prefixes: names,
      country: z5.string().length(2).optional(),
      parent: z5.string().optional()
    })
  )
});
var TargetLexiconSchema = z5.object({
  version: z5.literal(1),
  targets: z5.array(z5.object({ symbol: z5.string().regex(/^[A-Z0-9][A-Z0-9-]*$/), names }))
});
var DrugLexiconSchema = z5.object({
  version: z5.literal(1),
  drugs: z5.array(
    z5.object({
      id: z5.string().min(1),
      codes: names,
      inn: names,
      zh: names,
      brands: names,
      company: z5.string().optional(),
      modality: z5.enum(MODALITIES).nullable().optional(),
      targets: z5.array(z5.string()).default([])
    })
  )
});
var TriggerLexiconSchema = z5.object({
  version: z5.literal(1),
  triggers: z5.array(
    z5.object({
      type: z5.enum(EVENT_TYPES),
      status: z5.enum(STATUSES).optional(),
      agency: z5.enum(AGENCIES).optional(),
      patterns: z5.array(RegexSource).min(1)
    })
  )
});
var CueLexiconSchema = z5.object({
  version: z5.literal(1),
  modalities: z5.array(z5.object({ modality: z5.enum(MODALITIES), patterns: z5.array(RegexSource).min(1) })),
  plans: z5.array(RegexSource),
  negations: z5.array(RegexSource),
  history: z5.array(RegexSource),
  agencies: z5.array(z5.object({ agency: z5.enum(AGENCIES), patterns: z5.array(RegexSource).min(1) }))
});

// src/extract/lexicon/load-lexicons.ts
var DICTIONARIES = join(dirname(fileURLToPath(import.meta.url)), "../../../dictionaries");
function parseLexicon(name, text, schema) {
  let raw;
  try {
    raw = parse(text);
  } catch (error) {
    throw new AppError("invalid_input", `dictionary ${name}: not valid YAML: ${error.message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_input", `dictionary ${name}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
function loadLexicons(dir = DICTIONARIES) {
  const read = (file, schema) => parseLexicon(file, readFileSync(join(dir, file), "utf8"), schema);
  return {
    companies: read("companies.yaml", CompanyLexiconSchema),
    targets: read("targets.yaml", TargetLexiconSchema),
    drugs: read("drugs.yaml", DrugLexiconSchema),
    triggers: read("triggers.yaml", TriggerLexiconSchema),
    cues: read("cues.yaml", CueLexiconSchema)
  };
}

// src/extract/recognize/codes.ts
var TOKEN = /[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){0,2}/g;
var NOT_CODES = [
  /^(?:CTR|NCT|ChiCTR|ISRCTN|EudraCT|JPRN|ACTRN)\d/i,
  /^[CJ][XYBZ][HSZ][LSB]\d{5,}/,
  // acceptance numbers (受理号)
  /^MR-\d/,
  /^(?:COVID|SARS|MERS|HIV|HBV|HCV|HPV|CMV|EBV|RSV|H\d+N\d+)/i,
  /^(?:ISO|GMP|GCP|ASCO|ESMO|AACR|WCLC|ASH|EHA|SABCS|ADA|EASL|AASLD|ACR|EULAR|ERA|ATS|ERS|SITC|CSCO|ESC|AHA|Q[1-4]|H[12]|FY|CY|PMID|DOI|IgG|IgA|IgM|IgE|ECOG|T\d+N\d+M?|CTCAE|RECIST|ICD|TNM|HbA1c|LDL|HDL|BMI|NYHA|USD|RMB|CNY|HKD|EUR)/i,
  /^[A-Z]\d{2,4}[A-Z]$/,
  // mutations: G12C, V600E, T790M
  /^\d{2,}/,
  // stock codes, years, numbers
  /^(?:19|20)\d{2}[A-Za-z]/
  // 2024LP00973
];
function isCodeShape(token) {
  if (token.length < 4 || token.length > 18) return false;
  let digits = 0;
  let capitals = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) capitals++;
  }
  if (digits < 2 && !/^[A-Z]{3,5}-\d[A-Z]?$/.test(token)) return false;
  if (capitals < 2) return false;
  const first = token.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  return !NOT_CODES.some((re) => re.test(token));
}
function findCodes(text, from, to, isOtherName) {
  const out = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let token = m[0];
    const start = m.index;
    if (start > 0 && /[A-Za-z0-9]/.test(text[start - 1])) continue;
    token = token.replace(/-(?:ADC|mAb|CAR-T|CAR)$/i, "");
    if (start + token.length > to) continue;
    if (!isCodeShape(token) || isOtherName(token)) continue;
    if (/^[A-Z]+[-_]?[A-Z]?\d+[A-Z]?\d*-(?:\d{3}|[A-Z]{3,}\d+)$/.test(token)) continue;
    if (/(?:trial|study|研究|试验)\s?[(（]\s?$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (/-[A-Z][a-z]{2,}\d*$/.test(token) || /^\s?(?:study|trial|studies|trials|研究|试验)/i.test(text.slice(start + token.length, start + token.length + 9))) continue;
    out.push({ start, end: start + token.length, code: token });
  }
  return out;
}

// src/extract/recognize/names.ts
var INN_STEMS = "mab|cept|tinib|ciclib|parib|lisib|rafenib|degib|clax|glutide|siran|rsen|leucel|temcel|stat|sertib|metinib|zomib|lutamide|tide|rafenib|fenib|citinib|elisib|tegene|vec|toclax|platin|taxel|rubicin|mustine|gliflozin|gliptin|sartan|prazole|vir|previr|asvir|buvir|nib";
var COMMON_WORDS = /* @__PURE__ */ new Set(["peptide", "nucleotide", "polypeptide", "oligonucleotide", "statistics", "ecstatic", "thermostat", "tide", "outside", "override", "provide", "nib", "stat", "vir", "vec", "cept", "except", "concept", "accept", "intercept", "percept", "nucleotides", "peptides", "bisulfide"]);
var INN = new RegExp(`\\b[A-Za-z][a-z]{2,}(?:${INN_STEMS})\\b(?:\\s(?:[a-z]{3,}(?:tecan|vedotin|mafodotin|deruxtecan|govitecan|emtansine|dotin|tansine|samrotecan)))?`, "g");
var ADC_TWO_WORD = /\b[a-z]{4,}(?:mab|tamab)\s[a-z]{3,}(?:tecan|dotin|tansine|kitecan)\b/gi;
var ZH_STEMS = "\u5355\u6297|\u5355\u514B\u9686\u6297\u4F53|\u897F\u666E|\u66FF\u5C3C|\u66FF\u5EB7|\u9C81\u80BD|\u683C\u5217\u51C0|\u683C\u5217\u6C40|\u6C99\u5766|\u514B\u62C9|\u5965\u4ED1\u8D5B|\u4ED1\u8D5B|\u53F8\u4ED6|\u745E\u97E6|\u7279\u97E6|\u666E\u5229|\u4ED6\u6C40|\u6C99\u661F|\u57F9\u5357|\u5E15\u5229|\u53F8\u743C|\u9C81\u80FA|\u59A5\u6614|\u53F8\u4EAD\u03B1?|\u751F\u957F\u6FC0\u7D20|\u80F0\u5C9B\u7D20|\u90A3\u80BD|\u666E\u9176|\u5229\u585E|\u66F2\u59A5\u73E0\u5355\u6297|\u897F\u6C40|\u5E15\u5C3C|\u66FF\u62C9|\u745E\u6797|\u6D1B\u97E6|\u53F8\u97E6|\u8FBE\u97E6|\u9C81\u53F8|\u62C9\u97E6|\u683C\u97E6|\u5948\u97E6|\u5361\u97E6|\u4F26\u97E6";
var DOSAGE_AFTER = "(?:\u6CE8\u5C04\u6DB2|\u6CE8\u5C04\u5242|\u7247|\u80F6\u56CA|\u8F6F\u80F6\u56CA|\u80A0\u6EB6\u7247|\u7F13\u91CA\u7247|\u9897\u7C92|\u53E3\u670D\u6EB6\u6DB2|\u5E72\u6DF7\u60AC\u5242|\u5438\u5165\u5242|\u6EF4\u773C\u6DB2|\u4E73\u818F|\u51DD\u80F6)?";
var ZH_STEM = new RegExp(`(?:${ZH_STEMS})\u03B1?`, "g");
var DOSAGE_RE = new RegExp(`^${DOSAGE_AFTER}`);
var CELL_LEAD = /(?:[A-Za-z0-9_-]{2,12}|[\u4e00-\u9fff]{1,14})$/;
function leftmostCjk(text, end, max) {
  let i = end;
  while (i > 0 && end - i < max && /[\u4e00-\u9fff]/.test(text[i - 1])) i--;
  return i;
}
var ZH_STOP = /* @__PURE__ */ new Set([..."\u7684\u5C06\u548C\u4E0E\u53CA\u3001\u83B7\u662F\u4E3A\u7528\u4E86\u6B3E\u4E2A\u9879\u79CD\u5728\u5176\u5BF9\u8BE5\u672C\u5373\u4ECE\u7531\u628A\u88AB\u5411\u7ED9\u4EE5\u4E8E\u81F3\u5E76\u6216\u7B49\u4E2D\u4E4B\u8FD9\u6B64\u5DF2\u53F8\u54C1\u7814\u65B0\u836F\uFF0C\u3002\uFF1B\uFF1A:\uFF08\uFF09()\u201C\u201D\u300A\u300B\u300C\u300D\u300E\u300F,;\u3001\u6709\u5C06\u5DF2\u7ECF\u8FD8\u4E5F\u90FD\u800C\u4E14\u4F7F\u8BA9\u5F00\u53D1\u5E03\u79F0\u62A5\u544A\u663E\u53D1\u8D77\u9996\u6B21\u5305\u62EC\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u540D\u524D\u540E\u6B63\u5F0F\u81EA\u4E3B\u521B\u4ED6\u5E74\u6708\u65E5\u53F7\u5468\u7B2C", " "]);
var ZH_BAD_ENDINGS = /(?:^|[^\u4e00-\u9fff])(?:抑制剂|药物|疗法|抗体)$/;
var ZH_NOT_NAMES = /* @__PURE__ */ new Set(["\u5355\u6297", "\u897F\u666E", "\u66FF\u5C3C", "\u53CC\u6297", "\u80BD", "\u591A\u80BD", "\u7D22", "\u8D5B", "\u97E6", "\u5766", "\u641C\u7D22", "\u63A2\u7D22", "\u7EBF\u7D22", "\u56E0\u7D20", "\u8981\u7D20", "\u6BD4\u8D5B", "\u5927\u8D5B", "\u7ADE\u8D5B", "\u8054\u8D5B", "\u94C2", "\u542B\u94C2", "\u7F8E\u8D5B", "\u601D\u7D22", "\u5143\u7D20", "\u5E73\u5766", "\u80F0\u5C9B\u7D20", "\u751F\u957F\u6FC0\u7D20", "\u6FC0\u7D20", "\u4E3B\u8981\u7D20", "\u68C0\u7D22"]);
var BRAND = /([A-Z][A-Za-z]{2,20}|[\u4e00-\u9fff]{2,6})\s?[®™]/g;
var QUOTED_PRODUCT = /[“"「]([^”"」\n]{2,30}?(?:注射液|胶囊|片|颗粒|口服液|注射剂))[”"」]/g;
function findNames(text, from, to) {
  const slice = text.slice(from, to);
  const out = [];
  const add = (start, end, kind) => {
    const name = text.slice(start, end).trim();
    if (name) out.push({ start, end: start + text.slice(start, end).trimEnd().length, name, kind });
  };
  for (const m of slice.matchAll(ADC_TWO_WORD)) add(from + m.index, from + m.index + m[0].length, "inn");
  for (const m of slice.matchAll(INN)) {
    const word = m[0].split(" ")[0].toLowerCase();
    if (COMMON_WORDS.has(word) || word.length < 6) continue;
    add(from + m.index, from + m.index + m[0].length, "inn");
  }
  for (const m of slice.matchAll(BRAND)) add(from + m.index, from + m.index + m[1].length, "brand");
  for (const m of slice.matchAll(QUOTED_PRODUCT)) {
    const start = from + m.index + m[0].indexOf(m[1]);
    add(start, start + m[1].length, "product");
  }
  for (let at = slice.indexOf("\u7EC6\u80DE\u6CE8\u5C04\u6DB2"); at >= 0; at = slice.indexOf("\u7EC6\u80DE\u6CE8\u5C04\u6DB2", at + 5)) {
    const end = from + at + 5;
    const lead = CELL_LEAD.exec(text.slice(Math.max(from, end - 5 - 14), end - 5));
    const start = cutAtStop(text, end - 5 - (lead ? lead[0].length : 0), end - 5);
    if (end - start >= 6) add(start, end, "product");
  }
  for (const m of slice.matchAll(ZH_STEM)) {
    const stemStart = from + m.index;
    let end = stemStart + m[0].length;
    const dosage = DOSAGE_RE.exec(text.slice(end, end + 5));
    if (dosage) end += dosage[0].length;
    const start = cutAtStop(text, Math.max(from, stemStart - 8, leftmostCjk(text, stemStart, 8)), end);
    if (stemStart - start < 2) continue;
    const name = text.slice(start, end);
    const core = name.replace(/^注射用/, "").replace(/(?:注射液|注射剂|片|胶囊|软胶囊|肠溶片|缓释片|颗粒|口服溶液|干混悬剂|吸入剂|滴眼液|乳膏|凝胶)$/, "");
    if (core.length < 3 || ZH_NOT_NAMES.has(core) || ZH_BAD_ENDINGS.test(core)) continue;
    add(start, end, "zh_generic");
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
function cutAtStop(text, start, end) {
  for (let i = end - 1; i >= start; i--) {
    if (ZH_STOP.has(text[i]) && !(text.startsWith("\u6CE8\u5C04\u7528", i - 2) && i - 2 >= start)) return i + 1;
  }
  return start;
}
function stripDosageForm(name) {
  return name.replace(/^注射用\s?/, "").replace(/\s?(?:细胞注射液|注射液|注射剂|软胶囊|肠溶片|缓释片|胶囊|片|颗粒|口服溶液|干混悬剂)$/, (m) => m.includes("\u7EC6\u80DE") ? m : "").replace(/\s(?:for injection|injection|tablets?|capsules?)$/i, "").trim();
}

// src/extract/text/prepare.ts
import * as OpenCC from "opencc-js";
var toSimplified = null;
var isCjk = (c) => c >= 19968 && c <= 40959 || c >= 13312 && c <= 19903;
var isCjkPunct = (c) => c >= 12288 && c <= 12351 || c === 8220 || c === 8221 || c === 8216 || c === 8217;
var SENTENCE_END = /[。！？!?；;:：.]$/;
var LIST_START = /^(?:[一二三四五六七八九十]+、|\(?\d{1,2}[).、]|[•·▪●◆■]|[-*]\s|\d+\.\s|[①-⑳]|[A-Za-z\u4e00-\u9fff]{1,8}[:：])/;
function halfWidth(text) {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 65248));
}
function simplify(text) {
  if (!/[\u4e00-\u9fff]/.test(text.slice(0, 2e4))) return { text, traditional: false };
  const convert = toSimplified ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const sample = text.slice(0, 1500);
  const converted0 = convert(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && changed < 2; i++) if (sample[i] !== converted0[i]) changed++;
  if (changed < Math.min(2, Math.ceil(sample.length / 40))) return { text, traditional: false };
  const converted = convert(text);
  if (converted.length === text.length) return { text: converted, traditional: true };
  let out = "";
  for (const ch of text) out += ch.length === 1 ? convert(ch).slice(0, 1) || ch : ch;
  return { text: out.length === text.length ? out : text, traditional: out.length === text.length };
}
function prepareText(original, isName = () => false) {
  const { text: converted, traditional } = simplify(halfWidth(original));
  const out = [];
  const map = new Int32Array(converted.length * 2 + 1);
  let n2 = 0;
  const lines = converted.split("\n");
  let offset = 0;
  let previous = "";
  for (let li = 0; li < lines.length; li++) {
    const rawLine = lines[li].replace(/\r$/, "");
    const lineStart = offset;
    offset += lines[li].length + 1;
    const leading = rawLine.length - rawLine.trimStart().length;
    const line = rawLine.trim();
    if (li > 0) {
      if (line === "") {
        if (previous !== "") {
          out.push("\n");
          map[n2++] = lineStart - 1;
        }
        previous = "";
        continue;
      }
      if (!joinsPrevious(previous, line)) {
        out.push("\n");
        map[n2++] = lineStart - 1;
      } else if (!isCjk(previous.charCodeAt(previous.length - 1)) && !isCjk(line.charCodeAt(0)) && !isCjkPunct(line.charCodeAt(0))) {
        out.push(" ");
        map[n2++] = lineStart - 1;
      }
    }
    const base = lineStart + leading;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 32 || c === 9 || c === 160) {
        const prev = i > 0 ? line.charCodeAt(i - 1) : 0;
        let j = i;
        while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9 || line.charCodeAt(j) === 160)) j++;
        const next = line.charCodeAt(j);
        const dropped = isCjk(prev) || isCjk(next) || isCjkPunct(prev) || isCjkPunct(next);
        if (!dropped) {
          out.push(" ");
          map[n2++] = base + i;
        }
        i = j - 1;
        continue;
      }
      if (c === 60) {
        TAG.lastIndex = i;
        const tag = TAG.exec(line);
        if (tag) {
          i += tag[0].length - 1;
          continue;
        }
      } else if (c === 38) {
        ENTITY.lastIndex = i;
        const entity = ENTITY.exec(line);
        if (entity) {
          out.push(entityChar(entity[1]));
          map[n2++] = base + i;
          i += entity[0].length - 1;
          continue;
        }
      }
      if (c >= 65 && c <= 90 && i >= 4 && lowerRun(line, i - 1, -1) >= 4 && lowerRun(line, i + 1, 1) >= 4 && !isName(wordAt(line, i)) || c >= 65 && c <= 90 && i >= 3 && lowerRun(line, i - 1, -1) >= 3 && /^[A-Z]{2,}[-_]?\d/.test(line.slice(i, i + 12)) || c >= 97 && c <= 122 && i > 0 && /\d/.test(line[i - 1]) && /^(?:[a-z]{4,}|(?:is|was|and|for|has|had|are|the|to|in|of)(?![a-z]))/.test(line.slice(i, i + 12)) && /[A-Z]/.test(line.slice(Math.max(0, i - 12), i))) {
        out.push(" ");
        map[n2++] = base + i;
      }
      out.push(line[i]);
      map[n2++] = base + i;
    }
    previous = line;
  }
  map[n2] = original.length;
  return { original, work: out.join(""), map: map.subarray(0, n2 + 1), traditional };
}
var TAG = /<\/?[a-zA-Z][^<>\n]{0,200}>/y;
var ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#\d{2,5});/y;
var NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
var entityChar = (name) => NAMED[name] ?? String.fromCharCode(Number(name.slice(1)));
function wordAt(line, i) {
  let a = i;
  let b = i;
  while (a > 0 && /[A-Za-z]/.test(line[a - 1])) a--;
  while (b < line.length && /[A-Za-z]/.test(line[b])) b++;
  return line.slice(a, b);
}
function lowerRun(text, from, step) {
  let n2 = 0;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) break;
    n2++;
  }
  return n2;
}
function joinsPrevious(previous, line) {
  if (previous === "") return false;
  const first = line.charCodeAt(0);
  if (isCjkPunct(first) && first !== 8220 && first !== 8216) return true;
  if (first === 65292 || first === 12290 || first === 44) return true;
  if (SENTENCE_END.test(previous) || LIST_START.test(line)) return false;
  const chinese = isCjk(previous.charCodeAt(previous.length - 1)) || isCjk(first) || /\d$/.test(previous);
  if (chinese) return previous.length >= 20;
  return previous.length >= 50 && /^[a-z]/.test(line);
}
function surface(p, start, end) {
  if (end <= start) return "";
  const from = p.map[start];
  const to = p.map[end - 1] + 1;
  return halfWidth(p.original.slice(from, to)).replace(/<\/?[a-zA-Z][^<>\n]{0,200}>/g, "").replace(/&(nbsp|amp|lt|gt|quot|apos|#\d{2,5});/g, (_, name) => entityChar(name)).replace(/\s*\n\s*/g, (m, i, s) => isCjk(s.charCodeAt(i - 1)) || isCjk(s.charCodeAt(i + m.length)) ? "" : " ").replace(/\s+/g, " ").trim();
}

// src/extract/analyse-document.ts
var fold2 = (s) => s.normalize("NFKC").toLowerCase().replace(/[\s\-_.·'’()（）®™]/g, "");
var KIND_RANK = { lexicon: 6, code: 5, inn: 4, brand: 3, zh_generic: 2, product: 2, descriptive: 1 };
var ZH_LEGAL = /有限责任公司|股份有限公司|有限公司/g;
var ZH_COMPANY_STOP = /* @__PURE__ */ new Set([..."\u7684\u4E0E\u548C\u53CA\u3001\uFF0C,\u3002\uFF1A:\u201C\u201D\u300A\u300B\u4E3A\u662F\u5728\u5C06\u7531\u5411\u5176\u8BE5\u79F0\u4ECE\u5BF9\u4E8E\u4E0E\u4EE5\u88AB\u628A\u7ED9\u5E76\u6216\u3001\uFF1B;\uFF08(", " "]);
var ZH_SHORT_COMPANY = /([\u4e00-\u9fff]{2,10}(?:生物科技|生物技术|生物医药|医药科技|生物制药|药业|制药|医药|生物))(?=的|宣布|发布|公告|称|表示|与|和)/g;
var ZH_ANNOUNCER = /(?:^|[，。；,;:：\n]|日)([\u4e00-\u9fff]{2,6}?)(?:今日|今天|近日|日前|昨日|昨天|晚间|早间|当天)?(?=宣布|公告称|发布公告|表示|透露)/g;
var NOT_A_COMPANY = /公司|集团|董事会|本|其|该|此|这|记者|报道|分析|我们|他们|研究|数据|官方|专家|人士|机构|政府|国家|药监局|中心|医院/;
var EN_LEGAL = /\b(?:[A-Z][\w&'’.-]*\s){0,4}[A-Z][\w&'’.-]*\s(?:Co\.,?\s?Ltd\.?|Inc\.?|Ltd\.?|Limited|Corporation|Corp\.|Biopharma(?:ceuticals?)?|Pharmaceuticals?|Therapeutics|Biosciences|Biotech(?:nology)?|Biologics|Pharma|Bio|Medicine|Biomedical|Oncology|Group)\b/g;
var EN_LEADING = /^(?:(?:The|Its|On|In|As|At|By|For|From|With|And|After|Before|According|Chinese|China-based|US-based|U\.S\.-based|Hong|Kong-listed|Shanghai-based|Beijing-based|Meanwhile|However|Notably|Under|Both|Biopharmaceutical|Company|Leading|Although|Lixin’s|Lixin's)\s)+/;
var ZH_VERB_BEFORE = /(?:批准|获得|宣布|发布|研发|开发|收到|通知|公告|显示|公示|授予|申请人|持有人|上市|合作|授权|许可|收购|子公司|旗下)$/;
var ZH_PREFIX = /^(?:公司|本公司|全资子公司|控股子公司|子公司|旗下|其|及其|全资|以及|美国|下属)+/;
function analyseDocument(p, m) {
  const text = p.work;
  const targets = [];
  for (const hit of m.targets.matchAll(text)) {
    if (hit.value.caseSensitive && text.slice(hit.start, hit.end) !== hit.value.term) continue;
    targets.push({ start: hit.start, end: hit.end, symbol: hit.value.symbol });
  }
  const raw = [];
  for (const hit of m.drugs.matchAll(text)) raw.push({ start: hit.start, end: hit.end, surface: surface(p, hit.start, hit.end), kind: "lexicon", drugId: hit.value });
  for (const c of findCodes(text, 0, text.length, (token) => isTargetName(m, token)))
    raw.push({ start: c.start, end: c.end, surface: surface(p, c.start, c.end), kind: "code", drugId: null });
  for (const n2 of findNames(text, 0, text.length)) raw.push({ start: n2.start, end: n2.end, surface: surface(p, n2.start, n2.end), kind: n2.kind, drugId: null });
  for (const n2 of findContextualNames(text, raw)) raw.push({ ...n2, surface: surface(p, n2.start, n2.end), drugId: null });
  const named = raw.filter((r) => r.kind === "code" || r.kind === "lexicon" || !COUNTED.test(text.slice(Math.max(0, r.start - 4), r.start)));
  const assets = resolveOverlaps(named, text);
  const companies = findCompanies(p, m, assets);
  const entities = groupEntities(text, assets, m);
  return { assets, entities, companies, targets };
}
function isTargetName(m, token) {
  const hits = m.targets.matchAll(token);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === token.length;
}
var COUNTED = /(?:\d|[一二两三四五六七八九十几多数])\s?(?:款|个|种|项)$/;
var BRAND_BEFORE_PAREN = /(?:的|，|,|。|^)([\u4e00-\u9fff]{2,5})$/;
var NAME_BEFORE_USE = /(?:[，,。；;：:]|^)([\u4e00-\u9fff]{2,6}?)(?=用于治疗|用于|获得(?:美国)?FDA)/g;
var EN_APPOSED_NAME = /\b([A-Z][a-z]{3,}(?:[A-Z][a-z]+)?)(?:®|™)?,\s(?:its|a|an|the company's)\s(?:[\w/-]+\s){0,5}?(?:treatment|drug|therapy|antibody|inhibitor|candidate|vaccine|ADC|medicine|agonist)\b/g;
var COMMON_CAPITALISED = /* @__PURE__ */ new Set(["shares", "today", "china", "chinese", "company", "meanwhile", "however", "separately", "analysts", "investors", "the", "this", "that", "which", "europe", "japan", "america", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
var NOT_A_NAME = /公司|集团|生物|医药|药业|该|本|其|此|这|产品|药物|患者|研究|试验|数据|目前|同时|此外|今年|去年|适应症|联合|化疗|单药|治疗/;
function findContextualNames(text, known) {
  const out = [];
  for (const k of known) {
    if (text[k.start - 1] !== "(" && text[k.start - 1] !== "\uFF08") continue;
    const m = BRAND_BEFORE_PAREN.exec(text.slice(Math.max(0, k.start - 7), k.start - 1));
    if (m && !NOT_A_NAME.test(m[1])) out.push({ start: k.start - 1 - m[1].length, end: k.start - 1, kind: "brand" });
  }
  for (const m of text.matchAll(EN_APPOSED_NAME)) {
    const name = m[1];
    if (COMMON_CAPITALISED.has(name.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(name);
    if (!known.some((k) => k.start < start + name.length && start < k.end)) out.push({ start, end: start + name.length, kind: "brand" });
  }
  for (const m of text.matchAll(NAME_BEFORE_USE)) {
    const name = m[1];
    if (NOT_A_NAME.test(name) || name.length < 3) continue;
    const start = m.index + m[0].length - name.length;
    if (!known.some((k) => k.start < start + name.length && start < k.end)) out.push({ start, end: start + name.length, kind: "zh_generic" });
  }
  return out;
}
function resolveOverlaps(raw, text) {
  raw.sort((a, b) => a.start - b.start || b.end - a.end || KIND_RANK[b.kind] - KIND_RANK[a.kind]);
  const out = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      const wrapper = r.kind === "lexicon" && !last.drugId && !/^(?:注射用|盐酸|甲磺酸|马来酸|磷酸|硫酸|氘)*$/.test(text.slice(last.start, r.start).trim());
      const contains = last.start <= r.start && r.end <= last.end && !wrapper;
      const better = !contains && (KIND_RANK[r.kind] > KIND_RANK[last.kind] || KIND_RANK[r.kind] === KIND_RANK[last.kind] && r.end - r.start > last.end - last.start);
      if (better) out[out.length - 1] = { ...r, entity: -1 };
      else if (contains && r.drugId && !last.drugId) last.drugId = r.drugId;
      continue;
    }
    out.push({ ...r, entity: -1 });
  }
  return out;
}
function findCompanies(p, m, assets) {
  const text = p.work;
  const found = [];
  for (const hit of m.companies.matchAll(text)) found.push({ start: hit.start, end: hit.end, surface: surface(p, hit.start, hit.end), companyId: hit.value });
  for (const legal of text.matchAll(ZH_LEGAL)) {
    const end = legal.index + legal[0].length;
    let start = legal.index;
    let depth = 0;
    while (start > 0 && legal.index - start < 30) {
      const ch = text[start - 1];
      if (ch === ")" || ch === "\uFF09") depth++;
      else if ((ch === "(" || ch === "\uFF08") && depth > 0) depth--;
      else if (ZH_COMPANY_STOP.has(ch) || !/[\u4e00-\u9fffA-Za-z]/.test(ch)) break;
      if (ZH_VERB_BEFORE.test(text.slice(Math.max(0, start - 4), start))) break;
      start--;
    }
    const name = text.slice(start, end);
    const trimmed = name.replace(ZH_PREFIX, "");
    start += name.length - trimmed.length;
    if (end - start >= 6) found.push({ start, end, surface: surface(p, start, end), companyId: m.companies.matchAll(trimmed)[0]?.value ?? null });
  }
  for (const short of text.matchAll(ZH_SHORT_COMPANY)) {
    let start = short.index;
    const end = start + short[1].length;
    for (let i = end - 1; i >= short.index; i--) {
      if (ZH_COMPANY_STOP.has(text[i])) {
        start = i + 1;
        break;
      }
    }
    const within = /^.*(?:旗下|下属|子公司|控股|批准了?|获得|宣布|发布|收到|授予|显示|了)/.exec(text.slice(start, end));
    if (within) start += within[0].length;
    if (end - start >= 4) found.push({ start, end, surface: surface(p, start, end), companyId: m.companies.matchAll(text.slice(start, end))[0]?.value ?? null });
  }
  for (const hit of text.matchAll(ZH_ANNOUNCER)) {
    const name = hit[1];
    if (NOT_A_COMPANY.test(name) || m.companies.matchAll(name).length) continue;
    const start = hit.index + hit[0].indexOf(name, hit[0].length - name.length - 6);
    found.push({ start, end: start + name.length, surface: surface(p, start, start + name.length), companyId: m.companies.matchAll(name)[0]?.value ?? null });
  }
  for (const legal of text.matchAll(EN_LEGAL)) {
    const name = legal[0].replace(EN_LEADING, "");
    const start = legal.index + legal[0].length - name.length;
    const end = legal.index + legal[0].length;
    if (name.split(" ").length < 2) continue;
    if (assets.some((a) => a.start < end && start < a.end && a.kind !== "descriptive")) continue;
    found.push({ start, end, surface: surface(p, start, end).replace(/[,.]$/, ""), companyId: m.companies.matchAll(name)[0]?.value ?? null });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      const wrapsKnown = last.companyId !== null && c.companyId === null && c.end === last.end;
      if (c.end - c.start > last.end - last.start && !wrapsKnown) out[out.length - 1] = { ...c, companyId: c.companyId ?? last.companyId };
      continue;
    }
    out.push(c);
  }
  return out;
}
var APPOSITION_GAP = /^\s?[(（]\s?(?:英文(?:通用)?名[:：]?|通用名[:：]?|商品名[:：]?|又称|also known as|formerly|brand name[:：]?|INN[:：]?)?\s?$/i;
var APPOSITION_BETWEEN = /^\s?(?:[)）]\s?[(（]|[)）]?\s?,?\s?(?:also known as|又称|即|or)\s)\s?$/i;
function groupEntities(text, assets, m) {
  const parent = assets.map((_, i) => i);
  const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
  const unite = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = /* @__PURE__ */ new Map();
  assets.forEach((a, i) => {
    const keys = [fold2(stripDosageForm(a.surface))];
    if (a.drugId) keys.push(`drug:${a.drugId}`);
    for (const key of keys) {
      const seen = byKey.get(key);
      if (seen === void 0) byKey.set(key, i);
      else unite(seen, i);
    }
    for (let j = i + 1; j < assets.length && j <= i + 2; j++) {
      const between = text.slice(assets[j - 1].end, assets[j].start);
      if (between.length > 12) break;
      if (APPOSITION_GAP.test(between) || APPOSITION_BETWEEN.test(between)) unite(j - 1, j);
      else break;
    }
  });
  const groups = /* @__PURE__ */ new Map();
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
  void m;
  return [...groups.values()];
}
function preferredName(entity) {
  const rank = (a) => {
    if (a.kind === "code" || a.kind === "lexicon" && /\d/.test(a.surface) && /[A-Z]/.test(a.surface) && !/[\u4e00-\u9fff]/.test(a.surface)) return 0;
    if (/^[A-Za-z][a-z-]+(?:\s[a-z-]+)?$/.test(a.surface)) return 1;
    if (a.kind === "brand") return 2;
    if (/[\u4e00-\u9fff]/.test(a.surface)) return 3;
    return 4;
  };
  const mentions = [...entity.mentions].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const best = stripDosageForm(mentions[0].surface) || mentions[0].surface;
  const seen = /* @__PURE__ */ new Set([fold2(best)]);
  const aliases = [];
  for (const mention of entity.mentions) {
    for (const name of [mention.surface, stripDosageForm(mention.surface)]) {
      const key = fold2(name);
      if (!name || seen.has(key)) continue;
      seen.add(key);
      aliases.push(name);
    }
  }
  return { asset: best, aliases };
}
function modalityFromName(name, m) {
  for (const cue of m.modalityCues) if (cue.re.test(name)) return cue.modality;
  if (/(?:片|胶囊|颗粒|tablets?|capsules?)$/i.test(name)) return "small_molecule";
  return null;
}

// src/extract/recognize/dates.ts
var MONTHS = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12
};
var MONTH_NAME = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
var n = (s) => s === void 0 ? null : Number(s);
var abs = (y, mo, d) => ({ year: y, month: mo, day: d, relative: null });
var rel = (relative, mo = null, d = null) => ({ year: null, month: mo, day: d, relative });
var RULES = [
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月(?!\s?\d{1,2}\s?[日号])/y, read: (m) => abs(n(m[1]), n(m[2]), null) },
  { re: /(\d{4})\s?年(?![\d底初中末])/y, read: (m) => abs(n(m[1]), null, null) },
  { re: /今年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?[日号])?/y, read: (m) => ({ ...rel("this_year", n(m[1]), n(m[2])) }) },
  { re: /去年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?[日号])?/y, read: (m) => ({ ...rel("last_year", n(m[1]), n(m[2])) }) },
  // a range ("10月20日-10月26日", "10月20日至26日") stands for its last day: what happened in it belongs to its week
  { re: /(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]?\s?[-–—~至到]\s?(?:(\d{1,2})\s?月\s?)?(\d{1,2})\s?[日号]/y, read: (m) => abs(null, n(m[3] ?? m[1]), n(m[4])) },
  { re: /(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/y, read: (m) => abs(null, n(m[1]), n(m[2])) },
  { re: /(?<![\d年])(\d{1,2})\s?月(?!\s?\d)(?=[份中初底末上下旬,，、获起以内前后间期召举开的]|$)/y, read: (m) => abs(null, n(m[1]), null) },
  { re: /上周|上一周/y, read: () => rel("last_week") },
  { re: /本周/y, read: () => rel("this_week") },
  { re: /上月|上个月/y, read: () => rel("last_month") },
  { re: /本月/y, read: () => rel("this_month") },
  { re: /近日|日前|近期/y, read: () => rel("recent") },
  { re: /今日|今天/y, read: () => rel("today") },
  { re: /昨日|昨天/y, read: () => rel("yesterday") },
  { re: /去年/y, read: () => rel("last_year") },
  { re: new RegExp(`${MONTH_NAME}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b`, "iy"), read: (m) => abs(n(m[3]), MONTHS[m[1].toLowerCase()] ?? null, n(m[2])) },
  { re: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s${MONTH_NAME}\\.?,?\\s(\\d{4})\\b`, "iy"), read: (m) => abs(n(m[3]), MONTHS[m[2].toLowerCase()] ?? null, n(m[1])) },
  { re: new RegExp(`${MONTH_NAME}\\.?,?\\s(?:of\\s)?(\\d{4})\\b`, "iy"), read: (m) => abs(n(m[2]), MONTHS[m[1].toLowerCase()] ?? null, null) },
  { re: new RegExp(`${MONTH_NAME}\\.?\\s(\\d{1,2})\\s?[-\u2013]\\s?(\\d{1,2})\\b`, "iy"), read: (m) => abs(null, MONTHS[m[1].toLowerCase()] ?? null, n(m[3])) },
  { re: new RegExp(`${MONTH_NAME}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s?\\d{4})`, "iy"), read: (m) => abs(null, MONTHS[m[1].toLowerCase()] ?? null, n(m[2])) },
  { re: /\b(?:in|since|during|of) (\d{4})\b/iy, read: (m) => abs(n(m[1]), null, null) },
  { re: /\blast week\b/iy, read: () => rel("last_week") },
  { re: /\bthis week\b/iy, read: () => rel("this_week") },
  { re: /\blast month\b/iy, read: () => rel("last_month") },
  { re: /\bearlier this month\b|\bthis month\b/iy, read: () => rel("this_month") },
  { re: /\btoday\b/iy, read: () => rel("today") },
  { re: /\byesterday\b/iy, read: () => rel("yesterday") },
  { re: /\brecently\b/iy, read: () => rel("recent") },
  { re: /\blast year\b/iy, read: () => rel("last_year") },
  { re: /同日|当日|同一天|(?:on )?the same day\b/iy, read: () => rel("same_day") }
];
var DIGITS = "0123456789";
var FIRST_CHARS = [
  DIGITS,
  DIGITS,
  DIGITS,
  DIGITS,
  DIGITS,
  DIGITS,
  "\u4ECA",
  "\u53BB",
  DIGITS,
  DIGITS,
  DIGITS,
  "\u4E0A",
  "\u672C",
  "\u4E0A",
  "\u672C",
  "\u8FD1\u65E5",
  "\u4ECA",
  "\u6628",
  "\u53BB",
  "JFMASONDjfmasond",
  DIGITS,
  "JFMASONDjfmasond",
  "JFMASONDjfmasond",
  "JFMASONDjfmasond",
  "isdoISDO",
  "lL",
  "tT",
  "lL",
  "eEtT",
  "tT",
  "yY",
  "rR",
  "lL",
  "\u540C\u5F53oOtT"
];
if (FIRST_CHARS.length !== RULES.length) throw new Error("dates: FIRST_CHARS must list the first characters of every rule");
var BY_FIRST = /* @__PURE__ */ new Map();
RULES.forEach((rule, k) => {
  for (const ch of FIRST_CHARS[k]) BY_FIRST.set(ch, [...BY_FIRST.get(ch) ?? [], rule]);
});
function findDates(text, from = 0, to = text.length) {
  const out = [];
  let i = from;
  while (i < to) {
    const rules = BY_FIRST.get(text[i]);
    if (!rules || i > 0 && /[A-Za-z0-9]/.test(text[i - 1]) && /[A-Za-z0-9]/.test(text[i])) {
      i++;
      continue;
    }
    let found = null;
    for (const rule of rules) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (!m || m.index + m[0].length > to) continue;
      const value = rule.read(m);
      if (value && valid(value)) {
        found = { start: i, end: i + m[0].length, ...value };
        break;
      }
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}
function valid(d) {
  if (d.year !== null && (d.year < 1990 || d.year > 2100)) return false;
  if (d.month !== null && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== null && (d.day < 1 || d.day > 31)) return false;
  return true;
}
var pad = (v) => String(v).padStart(2, "0");
function formatDate(year, month, day) {
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
function parseIso(date) {
  const [y, m, d] = date.split("-").map(Number);
  return { y, m: m ?? null, d: d ?? null };
}
function shiftDays(date, days) {
  const { y, m, d } = parseIso(date);
  if (m === null || d === null) return date;
  const t2 = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(t2.getUTCFullYear(), t2.getUTCMonth() + 1, t2.getUTCDate());
}
function resolveDate(d, published, anchor) {
  if (d.relative === null) {
    if (d.year !== null) return formatDate(d.year, d.month, d.day);
    if (d.month === null) return null;
    if (published) {
      const p2 = parseIso(published);
      if (p2.m !== null) {
        const year = d.month > p2.m + 1 ? p2.y - 1 : p2.y;
        return formatDate(year, d.month, d.day);
      }
    }
    if (anchor && (anchor.month === null || anchor.month === d.month)) return formatDate(anchor.year, d.month, d.day);
    return null;
  }
  if (d.relative === "same_day" || !published) return null;
  const p = parseIso(published);
  switch (d.relative) {
    case "today":
    case "recent":
      return published;
    case "yesterday":
      return shiftDays(published, -1);
    case "this_week":
      return published;
    case "last_week": {
      if (p.m === null || p.d === null) return p.m === null ? String(p.y) : formatDate(p.y, p.m, null);
      const weekday = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
      return shiftDays(published, -(weekday === 0 ? 7 : weekday));
    }
    case "this_month":
      return p.m === null ? String(p.y) : formatDate(p.y, p.m, null);
    case "last_month":
      return p.m === null ? null : p.m === 1 ? formatDate(p.y - 1, 12, null) : formatDate(p.y, p.m - 1, null);
    case "this_year":
      return formatDate(p.y, d.month, d.day);
    case "last_year":
      return formatDate(p.y - 1, d.month, d.day);
    default:
      return null;
  }
}

// src/extract/recognize/money.ts
var SCALE = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, \u4EBF: 1e8, \u4E07: 1e4, \u5343\u4E07: 1e7, \u767E\u4E07: 1e6, \u4E07\u4EBF: 1e12 };
var EN = /(US\$|USD ?|\$|RMB ?|CNY ?|EUR ?|€|£|HK\$|¥)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(billion|bn|million|mn|m|b)?\b/giy;
var EN_WORDS = /(\d+(?:\.\d+)?)\s(billion|million)\s(US dollars|dollars|USD|yuan|RMB|euros?)/giy;
var ZH = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(万亿|千万|百万|亿|万)?\s?(美元|美金|元人民币|人民币|元|港元|港币|欧元)/y;
var UPFRONT = /(?:首付款|预付款|首期付款|upfront|up-front|down payment|initial payment)/i;
var TOTAL_CUE = /(?:value (?:to|of) (?:about|approximately)|总金额|总额|总交易额|交易总额|合计|总计|潜在总|最高(?:可达|达)?|up to|worth|valued at|total|in a|consideration|交易金额|交易对价|对价|for approximately|for about|deal for|\bfor)(?=\s?$)/;
var MILESTONE = /(?:里程碑|milestone|royalt|销售提成|认股权证|warrant|equity|股权|投资)/i;
var RATE_PATTERNS = [
  [/1\s?美元\s?(?:兑|=|≈|约合|折合|兑换)\s?(?:人民币\s?)?(\d+(?:\.\d+)?)\s?(?:元|人民币)/, "CNY"],
  [/1\s?美元\s?(?:兑|=|≈|约合|折合|兑换)\s?(\d+(?:\.\d+)?)\s?(?:港元|港币)/, "HKD"],
  [/US\$\s?1\s?=\s?(?:RMB|CNY|¥)\s?(\d+(?:\.\d+)?)/i, "CNY"],
  [/US\$\s?1\s?=\s?(?:HK\$|HKD)\s?(\d+(?:\.\d+)?)/i, "HKD"],
  [/(?:RMB|CNY)\s?(\d+(?:\.\d+)?)\s?(?:per|to the|to one|=)\s?(?:US\s?)?(?:dollar|US\$\s?1)/i, "CNY"],
  [/US\$\s?1\s?=\s?(?:€|EUR)\s?(\d+(?:\.\d+)?)/i, "EUR"]
];
function findRates(text) {
  const rates = {};
  for (const [re, currency] of RATE_PATTERNS) {
    const m = re.exec(text);
    const rate = m ? Number(m[1]) : NaN;
    if (currency && rate > 0 && rates[currency] === void 0) rates[currency] = rate;
  }
  return rates;
}
function findMoney(text, from = 0, to = text.length, rates = {}) {
  const out = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!/[\dUR$€£H¥C]/.test(c)) continue;
    if (i > 0 && /[A-Za-z\d.]/.test(text[i - 1]) && !/[$€£¥]/.test(c)) continue;
    let m = null;
    let amount;
    for (const re of [EN, EN_WORDS, ZH]) {
      re.lastIndex = i;
      m = re.exec(text);
      if (!m || m.index + m[0].length > to) {
        m = null;
        continue;
      }
      amount = amountOf(re, m);
      if (amount === void 0) m = null;
      else break;
    }
    if (!m || !amount) continue;
    const end = i + m[0].length;
    const rate = amount.currency === "USD" ? 1 : rates[amount.currency];
    const usd = rate ? amount.value / rate : null;
    out.push({ start: i, end, usd, role: roleOf(text, i, end, usd) });
    i = end - 1;
  }
  return out;
}
var CURRENCY = {
  "US$": "USD",
  USD: "USD",
  $: "USD",
  RMB: "CNY",
  CNY: "CNY",
  "\xA5": "CNY",
  EUR: "EUR",
  "\u20AC": "EUR",
  "\xA3": "GBP",
  "HK$": "HKD",
  \u7F8E\u5143: "USD",
  \u7F8E\u91D1: "USD",
  \u5143\u4EBA\u6C11\u5E01: "CNY",
  \u4EBA\u6C11\u5E01: "CNY",
  \u5143: "CNY",
  \u6E2F\u5143: "HKD",
  \u6E2F\u5E01: "HKD",
  \u6B27\u5143: "EUR"
};
function amountOf(re, m) {
  if (re === EN) {
    const value2 = Number(m[2].replace(/,/g, ""));
    const scale = m[3] ? SCALE[m[3].toLowerCase()] : 1;
    if (!m[3] && value2 < 1e3) return void 0;
    return { value: value2 * scale, currency: CURRENCY[m[1].trim().toUpperCase()] ?? "USD" };
  }
  if (re === EN_WORDS) {
    const value2 = Number(m[1]) * SCALE[m[2].toLowerCase()];
    return { value: value2, currency: /dollar|usd/i.test(m[3]) ? "USD" : /euro/i.test(m[3]) ? "EUR" : "CNY" };
  }
  const value = Number(m[1].replace(/,/g, "")) * (m[2] ? SCALE[m[2]] : 1);
  if (value < 1e3) return void 0;
  return { value, currency: CURRENCY[m[3]] ?? "CNY" };
}
function roleOf(text, start, end, usd) {
  if (usd === null) return "other";
  const window = text.slice(Math.max(0, start - 24), start);
  const before = window.slice(Math.max(...["\uFF0C", ",", "\uFF1B", ";", "\u3002", "(", "\uFF08"].map((c) => window.lastIndexOf(c))) + 1);
  const after = text.slice(end, end + 8);
  if (/^\s?(?:的)?(?:首付款|预付款|upfront|up-front|in upfront|down payment)/i.test(after)) return "upfront";
  if (/^\s?(?:的)?(?:里程碑|milestone|认股权证|warrant|股权|equity|royalt)/i.test(after)) return "milestone";
  const last = (re) => {
    let at2 = -1;
    for (const m of before.matchAll(new RegExp(re.source, "gi"))) at2 = m.index;
    return at2;
  };
  const cues = [
    ["upfront", last(UPFRONT)],
    ["milestone", last(MILESTONE)],
    ["total", last(TOTAL_CUE)]
  ];
  const [role, at] = cues.reduce((best, c) => c[1] > best[1] ? c : best);
  const milestonesAfter = /^[^.;,，。；]{0,30}(?:milestone|里程碑)/i.test(text.slice(end, end + 40));
  if (role === "total" && milestonesAfter && /(?:up to|最高(?:可达|达)?)\s?$/i.test(before)) return "milestone";
  if (at >= 0) return role;
  if (milestonesAfter) return "milestone";
  if (/^\s?(?:deal|agreement|transaction|licens|collaboration)/i.test(after)) return "total";
  return "unknown";
}

// src/extract/recognize/phase.ts
var ROMAN = { i: 1, ii: 2, iii: 3, "1": 1, "2": 2, "3": 3, "\u2170": 1, "\u2171": 2, "\u2172": 3, "\u2160": 1, "\u2161": 2, "\u2162": 3 };
var NUM = "(III|II|I|\u2162|\u2161|\u2160|[123])";
var EN2 = new RegExp(`\\bphase\\s?${NUM}[ab]?(?:\\s?(?:/|-|and|to)\\s?${NUM}[ab]?)?(?:\\s?(?:/|-)\\s?${NUM}[ab]?)?(?![A-Za-z0-9])`, "gi");
var ZH2 = new RegExp(`(?<![A-Za-z0-9.\u7B2C])${NUM}[ab]?(?:\\s?[/\uFF0F-]\\s?${NUM}[ab]?)?(?:\\s?[/\uFF0F-]\\s?${NUM}[ab]?)?\\s?\u671F`, "gi");
var PRECLINICAL = /临床前|preclinical|pre-clinical/gi;
function toPhase(parts) {
  const nums = parts.filter((p) => p !== void 0).map((p) => ROMAN[p.toLowerCase()] ?? ROMAN[p]);
  if (nums.some((v) => v === void 0)) return null;
  const [a, b, c] = nums;
  if (c !== void 0 || a === 1 && b === 3) return "1-3";
  if (b === void 0 || a === b) return String(a);
  const key = `${Math.min(a, b)}/${Math.max(a, b)}`;
  return key === "1/2" || key === "2/3" ? key : null;
}
function findPhases(text, from = 0, to = text.length) {
  const slice = text.slice(from, to);
  const out = [];
  for (const re of [EN2, ZH2]) {
    for (const m of slice.matchAll(re)) {
      const phase = toPhase([m[1], m[2], m[3]]);
      if (phase) out.push({ start: from + m.index, end: from + m.index + m[0].length, phase });
    }
  }
  for (const m of slice.matchAll(PRECLINICAL)) out.push({ start: from + m.index, end: from + m.index + m[0].length, phase: "preclinical" });
  return out.sort((a, b) => a.start - b.start);
}

// src/extract/recognize/indication.ts
var ZH_PATTERNS = [
  /(?:拟)?用于(?:治疗)?([^，。；,;！？]{2,80}?)(?=的(?:临床|新药|上市|新?适应症|患者)|的(?=[^，。；]{0,12}(?:药物|抑制剂|药|产品|疗法|抗体))|患者|(?:获得|获|已被|被)|[，。；,;！？]|$)/g,
  /适应症(?:为|是|[:：])([^，。；,;！？]{2,80}?)(?=[，。；,;！？]|$)/g,
  /(?<!突破性|意向)(?:开展)?治疗([^，。；,;！？]{2,80}?)(?=的(?:临床|新药|上市|新?适应症|II|I|Ⅱ|Ⅰ|Ⅲ)|的(?=[^，。；]{0,12}(?:药物|抑制剂|药|产品|疗法|抗体))|的(?=客观|缓解|总生存|无进展|疗效|安全性|数据|结果|中位)|(?:获得|获|已被|被|适应症)|[，。；,;！？]|$)/g,
  /在([^，。；,;！？]{2,60}?)患者中开展/g,
  /针对([^，。；,;！？]{2,60}?)(?=的|[，。；,;！？]|$)/g
];
var EN_PATTERNS = [
  /for (?:the )?(?:(?:first|second|third)-line )?(?:treatment|prevention|prophylaxis|management) of ((?:(?!, (?:with|which|and the|as|according)\b|,\s(?:\S+\s){0,3}(?:said|says|announced|noted|added)\b|\b(?:based on|by the|from the|which|and is|granted|according to|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)(?:[^.;]|\.(?=\d)))+)/gi,
  /\bto treat ((?:(?!\b(?:based on|by the|which|and is)\b)(?:[^.;,]|\.(?=\d)))+)/gi,
  /\b(?:in|for) (?:(?:adult|pediatric|Chinese|Asian|elderly|adult and pediatric) )*(?:patients|adults|children|participants|subjects) with ((?:(?!\b(?:based on|by the|who|which|and is)\b)(?:[^.;,]|\.(?=\d)))+)/gi,
  /\bindicated for ((?:(?!\b(?:based on|by the|which)\b)(?:[^.;]|\.(?=\d)))+)/gi,
  /\bindications? (?:is|are|was|were|will be)[: ] ?((?:(?!\b(?:based on|by the|which)\b)(?:[^.;]|\.(?=\d)))+)/gi,
  /\bin ((?:(?!\b(?:in|with|of)\b)(?:[^.;,]|\.(?=\d)))+?) patients\b/gi,
  /\b(?:trial|study|studies|trials) (?:in|for) ((?!the\b|its\b|a\b|an\b|patients\b)(?:(?!\b(?:based on|by the|which|that|and is|to begin)\b)(?:[^.;,]|\.(?=\d)))+)/gi,
  /\bindications? (?:related to|in|of|including) ((?:(?!\b(?:based on|by the|which)\b)(?:[^.;]|\.(?=\d)))+)/gi,
  /\b(?:BTD|designation|approval|clearance)\)? to [A-Za-z0-9-]+ for ((?:(?!\b(?:based on|by the|from the|which|and is|that)\b)(?:[^.;]|\.(?=\d)))+)/gi,
  /\b(?:IND|NDA|BLA|sNDA|application) for [\w-]+ in (?!combination)((?:(?!\b(?:based on|by the|which|that)\b)(?:[^.;,]|\.(?=\d)))+)/gi,
  /\bapproved [\w-]+(?: \([\w-]+\))? (?:as [^.;,]{3,40} )?for ((?!the\b|its\b|a\b|an\b|use\b)(?:(?!\b(?:based on|by the|which|that|after|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)(?:[^.;,]|\.(?=\d)))+)/gi,
  /\b(?:therapy|monotherapy|candidate|drug|antibody|treatment|vaccine) for ((?!the\b|its\b|a\b|an\b|up\b|\$)[^.;,]{3,60})/gi,
  /\b(?:designation|approval|review|application|NDA|BLA)s?(?: \([A-Z]+\))?(?: (?:by|from) (?:the )?[A-Z][\w '’.-]{0,40}?)? (?:for|in) ((?!the\b|its\b|a\b|an\b|China\b|Europe\b|Japan\b|the (?:US|U\.S\.|EU)\b)(?:(?!\b(?:based on|by the|from the|which|and is|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)(?:[^.;,]|\.(?=\d)))+)/gi
];
var BEFORE_INDICATION_WORD = /(?:^|[^\u4e00-\u9fff])的?([\u4e00-\u9fff]{2,15}(?:\([A-Za-z]{2,8}\))?)$/;
var MONTHS2 = "January|February|March|April|May|June|July|August|September|October|November|December";
var NOT_DISEASE = new RegExp(`^(?:(?:in|on|since) )?(?:${MONTHS2})\\b|^\\d{4}$|^(?:China|the US|the U\\.S\\.|US|Europe|Japan|the EU|\u4E2D\u56FD|\u7F8E\u56FD|\u6B27\u6D32|\u65E5\u672C|\u56FD\u5185|\u6D77\u5916)(?:$|\\s)`, "i");
var BAD = /^(?:的|该|本品|其|此|这)|^(?:and|the|this|its|a|an)\b|^(?:研究|药物|产品|公司)$|第?[一二两三四五六七八九十多\d]+项|新适应|新$|^[)）]|=|品种|名单|拟定|获批|临床|^(?:选择|方案|领域|效果|手段|需求|经验|费用|产品|药品|药物|用药)$/i;
function indicationSpans(text, from, to) {
  const slice = text.slice(from, to);
  const zh = /[\u4e00-\u9fff]/.test(slice);
  const out = [];
  for (let word = slice.indexOf("\u9002\u5E94\u75C7"); zh && word >= 0; word = slice.indexOf("\u9002\u5E94\u75C7", word + 3)) {
    const m = BEFORE_INDICATION_WORD.exec(slice.slice(Math.max(0, word - 27), word));
    if (!m) continue;
    const group = m[1];
    const start = from + word - m[0].length + m[0].indexOf(group);
    if (group.length >= 2 && !BAD.test(group)) out.push({ start, end: start + group.length });
  }
  for (const re of zh ? [...ZH_PATTERNS, ...EN_PATTERNS] : EN_PATTERNS) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const group = m[1];
      let trimmed = group.replace(/^\s+|[\s,，]+$/g, "");
      const determiner = /^(?:this|these|the) (?=\S{3})/i.exec(trimmed)?.[0].length ?? 0;
      trimmed = trimmed.slice(determiner);
      if (trimmed.length < 2 || BAD.test(trimmed) || NOT_DISEASE.test(trimmed)) continue;
      const start = from + m.index + m[0].indexOf(group) + (group.length - group.trimStart().length) + determiner;
      out.push({ start, end: start + trimmed.length });
    }
  }
  return out;
}
function nearestIndication(spans, at, p) {
  let best = null;
  let bestDistance = Infinity;
  for (const span of spans) {
    const distance = Math.min(Math.abs(span.start - at), Math.abs(span.end - at));
    if (distance < bestDistance) {
      best = span;
      bestDistance = distance;
    }
  }
  if (!best) return null;
  return surface(p, best.start, best.end).replace(/\s*\((?:the\s)?["“][^)]*\)$/, "") || null;
}
function findIndication(text, from, to, at, p) {
  return nearestIndication(indicationSpans(text, from, to), at, p);
}

// src/extract/text/sentences.ts
var ABBREVIATIONS = /(?:\b(?:Co|Ltd|Inc|Corp|Dr|Mr|Ms|Mrs|No|Nos|vs|etc|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|approx|Fig|Ph|al)|\b[A-Z])$/;
function splitSentences(text, maxLength = 1e3) {
  return splitSentencesUnbounded(text).flatMap((s) => s.text.length > maxLength ? cut(s, maxLength) : [s]);
}
function cut(s, maxLength) {
  const out = [];
  let from = 0;
  while (from < s.text.length) {
    let to = Math.min(s.text.length, from + maxLength);
    if (to < s.text.length) {
      const window = s.text.slice(from + (maxLength >> 1), to);
      const at = Math.max(window.lastIndexOf("\uFF0C"), window.lastIndexOf(","), window.lastIndexOf(" "));
      if (at > 0) to = from + (maxLength >> 1) + at + 1;
    }
    const text = s.text.slice(from, to);
    out.push({ start: s.start + from, end: s.start + to, text, paragraph: s.paragraph });
    from = to;
  }
  return out;
}
function splitSentencesUnbounded(text) {
  const out = [];
  let start = 0;
  let paragraph = 0;
  const push = (end) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const s = start + raw.indexOf(trimmed);
      out.push({ start: s, end: s + trimmed.length, text: trimmed, paragraph });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      if (text[i + 1] === "\n" || i > 0 && text[i - 1] === "\n") paragraph++;
      else paragraph++;
      continue;
    }
    if (ch === "\u3002" || ch === "\uFF01" || ch === "\uFF1F" || ch === "\uFF1B" || ch === ";" || ch === "!" || ch === "?") {
      let j = i + 1;
      while (j < text.length && /["”’)）\]]/.test(text[j])) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === "." && text[i + 1] === " " && /[A-Z0-9"“(]/.test(text[i + 2] ?? "")) {
      const before = text.slice(Math.max(start, i - 12), i);
      if (ABBREVIATIONS.test(before) || /\d$/.test(before)) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

// src/extract/text/in-range.ts
function inRange(sorted, start, end) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}
function containing(sorted, start, end) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const item = sorted[mid];
    if (item.end < end) lo = mid + 1;
    else if (item.start > start) hi = mid - 1;
    else return item;
  }
  return null;
}

// src/sources/files/detect-lang.ts
function detectLang(text) {
  let cjk = 0;
  let latin = 0;
  const sample = text.length > 2e5 ? text.slice(0, 2e5) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 19968 && c <= 40959) cjk++;
    else if (c >= 65 && c <= 90 || c >= 97 && c <= 122) latin++;
  }
  return cjk * 5 >= latin ? cjk > 0 ? "zh" : "en" : "en";
}

// src/extract/recognize/dateline.ts
function findDateline(text) {
  const head = text.split("\n").slice(0, 4).join("\n").slice(0, 400);
  for (const d of findDates(head)) {
    if (d.relative === null && d.year !== null && d.month !== null && d.day !== null) return formatDate(d.year, d.month, d.day);
  }
  return null;
}

// src/extract/rules-extractor.ts
var EXTRACTOR_VERSION = "rules-1.0";
var CLAUSE_BREAK = /[，,；;：:]/;
var COMBO_BEFORE = /(?:联合|联用|合用|combination with|combined with|together with|plus|\+|与其|versus|vs\.?|对照|head-to-head)\s?[^，,。；;]{0,50}$/i;
var STRONG_ANAPHOR = /该药|该产品|本品|该药物|该疗法|该候选|该款|这款|此药|该(?:新)?适应症|\b(?:the drug|the therapy|the antibody|the candidate|the product|the asset|this (?:drug|therapy|antibody|candidate))\b|\bthe [\w/-]+ (?:bi-?specific antibody|antibody|ADC|therapy|candidate|drug)\b/i;
var DESCRIBES_PREVIOUS = /^(?:该(?:产品|药|药物|疗法|候选药物)|此药|本品|其|这款|It is|It's|The (?:drug|candidate|product|therapy|antibody) is)/;
var WEAK_ANAPHOR = /其|\b(?:it|its)\b/i;
var SAME_DESIGNATION = /\b(?:this|the same|such) designation\b|该(?:认定|资格|称号)|此(?:项)?认定/i;
var COUNTED_SET = /(?:\d+|[一二两三四五六七八九十几多数])\s?(?:款|个|项|种)|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) (?:new )?(?:drugs|products|therapies|assets|candidates)\b/i;
var PROPOSED = /拟纳入|公示|proposed/i;
var ORPHAN_AGENCY = "FDA";
var NO_AGENCY = ["deal", "acquisition", "data_readout", "trial_start"];
var DESCRIPTIVE_ASSET = /\bits\s((?:(?!to\b|for\b|with\b|in\b)[A-Za-z0-9.\-®]+\s){0,5}?(?:candidate|antibody|mAb|therapy|ADC|bispecific|drug|platform|inhibitor|vaccine|asset|molecule))\b/g;
var RulesExtractor = class {
  constructor(m) {
    this.m = m;
  }
  m;
  version = EXTRACTOR_VERSION;
  /** A word the lexicons know as a whole (AstraZeneca), kept whole by the glued-word repair. */
  isName = (word) => [this.m.companies, this.m.drugs].some((trie) => {
    const hits = trie.matchAll(word);
    return hits.length > 0 && hits[0].start === 0 && hits[0].end === word.length;
  });
  extract(input) {
    const lang = input.lang ?? detectLang(input.text);
    const p = prepareText(input.text, this.isName);
    const published = input.published ?? findDateline(p.work);
    if (!p.work.trim()) return { lang, published, events: [] };
    const sentences = splitSentences(p.work);
    const analysis = analyseDocument(p, this.m);
    const candidates = this.findCandidates(p, sentences, analysis, published, lang);
    const events = onePerIndication(withEntityIndications(mergeCandidates(splitIndications(candidates)), p, analysis)).map((c) => toSourced(c, p, input.documentId, this.version));
    return { lang, published, events };
  }
  findCandidates(p, sentences, a, published, lang) {
    const out = [];
    const text = p.work;
    const anchors = findAnchors(text);
    const rates = findRates(text);
    let focus = null;
    let focusSentence = -10;
    let lastEventType = null;
    let lastAcquisition = null;
    let lastDesignation = null;
    let lastStatedDate = null;
    let countedSet = null;
    const entityMods = /* @__PURE__ */ new Map();
    const attrs = (entity) => {
      let v = entityMods.get(entity.id);
      if (!v) entityMods.set(entity.id, v = this.entityAttributes(entity, a, sentences, text));
      return v;
    };
    const mentionsIn = (s) => inRange(a.assets, s.start, s.end);
    const docAgency = dominantAgency(text, this.m, lang);
    const studies = /* @__PURE__ */ new Map();
    sentences.forEach((s, si) => {
      const mentions = mentionsIn(s);
      if (mentions.length) {
        focus = mentions[mentions.length - 1].entity;
        focusSentence = si;
      }
      learnStudies(s, [...new Set(mentions.map((x) => x.entity))], si - focusSentence <= 2 ? focus : null, studies);
      let triggers = this.findTriggers(s);
      if (!triggers.length && lastDesignation && SAME_DESIGNATION.test(s.text)) {
        const at = s.start + s.text.search(SAME_DESIGNATION);
        triggers = [{ rule: lastDesignation, start: at, end: at + 1 }];
      }
      if (countedSet && si - countedSet.sentence <= 8 && mentions.length && !triggers.length) {
        triggers = [...triggers, { rule: countedSet.rule, start: mentions[0].start, end: mentions[0].end }];
      }
      if (!triggers.length) return;
      const historical = this.m.history.test(s.text);
      const dates = findDates(text, s.start, s.end);
      let sentenceAgencies = null;
      let sentenceIndications = null;
      let sentencePhases = null;
      const listItems = s.text.trimEnd().endsWith(":") || s.text.trimEnd().endsWith("\uFF1A") ? collectListItems(sentences, si, this.m) : [];
      for (const found of triggers) {
        if (this.isPlanned(s, found.start)) continue;
        const termsOfAcquisition = found.rule.type === "deal" && !mentions.length && lastAcquisition !== null && si - lastAcquisition.sentence <= 2;
        const t2 = termsOfAcquisition ? { ...found, rule: { ...found.rule, type: "acquisition" } } : found;
        let targets = termsOfAcquisition ? [lastAcquisition.mention] : t2.rule.type === "acquisition" ? [] : this.entitiesFor(t2, s, mentions, text);
        if (t2.rule.type === "acquisition" && !termsOfAcquisition) {
          const acquired = acquiredCompany(t2, s, a);
          targets = acquired ? [acquired] : this.entitiesFor(t2, s, mentions, text);
        }
        if (t2.rule.type === "deal" && triggers.some((o) => o.rule.type === "acquisition")) continue;
        if (!targets.length) {
          const descriptive = t2.rule.type === "deal" ? descriptiveAsset(p, s) : null;
          if (descriptive) targets = [descriptive];
        }
        let weak = false;
        if (!targets.length && COUNTED_SET.test(s.text) && !STRONG_ANAPHOR.test(s.text)) {
          if (countedSet?.sentence === si) countedSet.types.add(t2.rule.type);
          else countedSet = { rule: t2.rule, types: /* @__PURE__ */ new Set([t2.rule.type]), sentence: si, date: this.dateFor(nearest(dates, t2.start, t2.end), published, anchors, historical) };
          continue;
        }
        if (!targets.length && focus !== null) {
          weak = true;
          const near = si - focusSentence <= 3;
          const continuation = near && lastEventType !== null && lastEventType.type === t2.rule.type && si - lastEventType.sentence <= 2;
          const companyNamed = inRange(a.companies, s.start, s.end).length > 0;
          const anaphor = near && (STRONG_ANAPHOR.test(s.text) || !companyNamed && WEAK_ANAPHOR.test(s.text));
          const ownerNamed = (t2.rule.type === "deal" || t2.rule.type === "acquisition") && near && this.ownerNamedIn(a.entities[focus], s, a);
          const subject = lastEventType !== null && lastEventType.entity >= 0 && si - lastEventType.sentence <= 3 ? lastEventType.entity : focus;
          const study = studyEntity(s, studies);
          if (study !== null) {
            targets = [a.entities[study].mentions[0]];
            weak = false;
          } else if (anaphor || continuation || ownerNamed) targets = [a.entities[subject].mentions[0]];
          if (near && STRONG_ANAPHOR.test(s.text)) weak = false;
        }
        for (const mention of targets) {
          const entity = mention.entity >= 0 ? a.entities[mention.entity] : null;
          const { asset, aliases } = entity ? preferredName(entity) : { asset: mention.surface, aliases: [] };
          const scope = scopeOf(s, mention, mentions.length ? mentions : targets);
          const agencies = NO_AGENCY.includes(t2.rule.type) ? [null] : this.agenciesFor(t2, sentenceAgencies ??= this.agencyMentions(s), text, docAgency);
          const isDeal = t2.rule.type === "deal" || t2.rule.type === "acquisition";
          const within = (r) => dates.filter((d) => d.start >= r.start && d.end <= r.end);
          const scoped = isDeal && scope.end - scope.start < s.end - s.start ? within(scope).length ? within(scope) : within(scope.before) : dates;
          const clause = clauseOf(text, s, t2);
          const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
          const dateMention = isDeal && scoped !== dates ? scoped[0] ?? null : nearest(inClause.length ? inClause : ownedBy(t2, triggers, dates), t2.start, t2.end);
          const inherited = countedSet !== null && countedSet.types.has(t2.rule.type) && si > countedSet.sentence && si - countedSet.sentence <= 8 && dateMention === null;
          const date = inherited ? countedSet.date : this.dateFor(dateMention, published, anchors, historical, lastStatedDate);
          if (dateMention && dateMention.relative !== "same_day" && date) lastStatedDate = date;
          const moneyAfter = isDeal ? findMoney(text, scope.start, scope.end, rates) : [];
          const money = moneyAfter.length ? moneyAfter : isDeal ? findMoney(text, scope.before.start, scope.before.end, rates) : [];
          const upfront = money.find((x) => x.role === "upfront")?.usd ?? null;
          const unknown = money.filter((x) => x.role === "unknown" && x.usd !== null);
          const totals = money.filter((x) => x.role === "total" && x.usd !== null).map((x) => x.usd);
          const total = totals.length ? Math.max(...totals) : unknown.length === 1 && upfront === null ? unknown[0].usd : null;
          const phase = nearestPhase(sentencePhases ??= findPhases(text, s.start, s.end), t2.start);
          const descriptive = mention.kind === "descriptive";
          const names2 = (entity?.mentions ?? []).map((y) => fold2(y.surface)).filter((n2) => n2.length >= 3);
          const named = (x) => x !== null && names2.some((n2) => fold2(x).includes(n2)) ? null : x;
          const notNaming = (spans) => spans.filter((span) => !names2.some((n2) => fold2(text.slice(span.start, span.end)).includes(n2)));
          const indication = named(isDeal ? descriptive ? findIndication(text, mention.start, mention.end, mention.start, p) : null : nearestIndication(inClauseFirst(clause, ownedBy(t2, triggers, notNaming(sentenceIndications ??= indicationSpans(text, s.start, s.end)))), t2.start, p));
          const companyMention = descriptive && t2.rule.type === "acquisition" ? inRange(a.companies, mention.start, mention.end)[0] : void 0;
          const company = companyMention ? { name: companyMention.surface, id: companyMention.companyId } : this.companyFor(entity, mention, s, a, p, isDeal);
          const counterparty = isDeal ? this.counterpartyFor(mention, s, a, company, scope) : null;
          const { modality, targets: targetSymbols } = entity ? attrs(entity) : descriptive && t2.rule.type === "deal" ? this.descriptiveAttributes(mention, a) : { modality: null, targets: [] };
          for (const agency of agencies) {
            const status = STATUS_TYPES.includes(t2.rule.type) ? PROPOSED.test(s.text.slice(Math.max(0, t2.start - s.start - 20), t2.end - s.start + 10)) ? "proposed" : t2.rule.status ?? "granted" : null;
            out.push({
              asset,
              asset_aliases: aliases,
              company: company.name,
              type: t2.rule.type,
              status,
              agency,
              date,
              indication,
              modality,
              targets: targetSymbols,
              phase: ["ind_approved", "data_readout", "trial_start", "iit", "ind_accepted"].includes(t2.rule.type) ? phase : null,
              counterparty,
              upfront_usd: upfront,
              total_usd: total,
              entity: mention.entity,
              position: t2.start,
              sentence: s,
              historical,
              weak,
              dateStated: dateMention !== null && date !== published
            });
          }
          lastEventType = { type: t2.rule.type, sentence: si, entity: mention.entity };
          if (t2.rule.type === "acquisition") lastAcquisition = { sentence: si, mention };
          if (STATUS_TYPES.includes(t2.rule.type)) lastDesignation = t2.rule;
          if (listItems.length && STATUS_TYPES.includes(t2.rule.type)) {
            for (const item of listItems) {
              const itemDates = findDates(text, item.start, item.end);
              const d = itemDates[itemDates.length - 1];
              const base = out[out.length - 1];
              out.push({
                ...base,
                date: d ? resolveDate(d, published, null) : null,
                dateStated: d !== void 0,
                indication: listIndication(p, item, d),
                position: item.start,
                sentence: item,
                historical: true
              });
            }
          }
        }
      }
    });
    return out;
  }
  findTriggers(s) {
    const found = [];
    const scan = this.m.triggerScan;
    scan.lastIndex = 0;
    for (let hit = scan.exec(s.text); hit; hit = scan.exec(s.text)) {
      const group = hit.findIndex((g, i) => i > 0 && g !== void 0);
      const start = s.start + hit.index;
      found.push({ rule: this.m.triggers[group - 1], start, end: start + hit[0].length });
      scan.lastIndex = hit.index + 1;
    }
    const kept = [];
    for (const f of [...found].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start)) {
      if (!kept.some((o) => f.start < o.end && o.start < f.end && o.rule.type !== f.rule.type)) kept.push(f);
    }
    kept.sort((x, y) => x.start - y.start || found.indexOf(x) - found.indexOf(y));
    const out = [];
    for (const f of kept) {
      if (out.some((o) => o.rule.type === f.rule.type && Math.abs(o.start - f.start) < 40)) continue;
      out.push(f);
    }
    if (out.some((o) => o.rule.type === "iit")) return out.filter((o) => o.rule.type !== "trial_start");
    if (out.some((o) => o.rule.type === "nda_accepted")) return out.filter((o) => o.rule.type !== "ind_accepted" || !/临床/.test(s.text));
    return out;
  }
  isPlanned(s, triggerStart) {
    const before = s.text.slice(Math.max(0, triggerStart - s.start - 30), triggerStart - s.start);
    const clause = before.split(CLAUSE_BREAK).pop() ?? "";
    return this.m.plans.test(clause) || this.m.negations.test(clause);
  }
  /** The drugs a trigger is about: those in its clause, else the nearest before it, else after; combination partners dropped. */
  entitiesFor(t2, s, mentions, text) {
    if (!mentions.length) return [];
    const clauseStart = lastIndexOf(text, CLAUSE_BREAK, s.start, t2.start);
    const clauseEnd = firstIndexOf(text, CLAUSE_BREAK, t2.end, s.end);
    const distinct = (list) => {
      const seen = /* @__PURE__ */ new Set();
      return list.filter((x) => {
        if (seen.has(x.entity)) return false;
        seen.add(x.entity);
        return true;
      });
    };
    const notCombo = (x, i, list) => i === 0 || !COMBO_BEFORE.test(text.slice(Math.max(s.start, x.start - 60), x.start)) || list.length === 1;
    if (t2.rule.type === "deal" || t2.rule.type === "acquisition") return distinct(mentions).filter(notCombo);
    const inClause = distinct(mentions.filter((x) => x.start >= clauseStart && x.end <= clauseEnd)).filter(notCombo);
    if (inClause.length) return inClause;
    const before = mentions.filter((x) => x.end <= t2.start);
    if (before.length) {
      const last = before[before.length - 1];
      const first = distinct(before)[0];
      return [COMBO_BEFORE.test(text.slice(Math.max(s.start, last.start - 60), last.start)) ? first : last];
    }
    return [mentions[0]];
  }
  /** The regulators a sentence names, in order. */
  agencyMentions(s) {
    const found = [];
    const scan = this.m.agencyScan;
    scan.lastIndex = 0;
    for (let hit = scan.exec(s.text); hit; hit = scan.exec(s.text)) {
      const group = hit.findIndex((g, i) => i > 0 && g !== void 0);
      found.push({ agency: this.m.agencies[group - 1].agency, start: s.start + hit.index, end: s.start + hit.index + hit[0].length });
    }
    return found;
  }
  agenciesFor(t2, found, text, docAgency) {
    if (t2.rule.type === "iit") return ["NHC"];
    if (!found.length) {
      if (t2.rule.agency) return [t2.rule.agency];
      if (t2.rule.type === "orphan_drug") return [ORPHAN_AGENCY];
      return [docAgency];
    }
    const near = found.reduce((best, f) => Math.abs(f.start - t2.start) < Math.abs(best.start - t2.start) ? f : best);
    const together = found.filter((f) => f === near || /^\s?(?:和|与|及|、|and|,|\/)\s?(?:美国|欧洲|中国|the\s)?$/i.test(text.slice(Math.min(f.end, near.end), Math.max(f.start, near.start))));
    const agencies = [...new Set(together.map((f) => f.agency))];
    if (t2.rule.agency && t2.rule.type === "fast_track" && !agencies.includes("FDA")) return ["FDA"];
    if (t2.rule.type === "prime") return ["EMA"];
    return agencies;
  }
  dateFor(d, published, anchors, historical, sameDay = null) {
    if (d?.relative === "same_day") return sameDay;
    if (d) {
      const anchor = anchors.filter((x) => x.position < d.start).pop() ?? null;
      const resolved = resolveDate(d, published, anchor);
      const future = resolved !== null && published !== null && resolved.slice(0, published.length) > published.slice(0, resolved.length);
      if (resolved && !future) return resolved;
    }
    if (historical) return null;
    return published;
  }
  lookupCompany(id, a, p) {
    if (!id) return null;
    const inText = a.companies.find((c) => c.companyId === id);
    if (inText) return { name: inText.surface, id };
    const entry = this.m.companyById.get(id);
    const name = /[\u4e00-\u9fff]/.test(p.work) ? entry?.zh ?? entry?.en : entry?.en ?? entry?.zh;
    return name ? { name, id } : null;
  }
  /** The owner the lexicon gives: the drug's company, else the company of its code prefix. */
  lexiconOwner(entity, a, p) {
    const drug = entity?.drugId ? this.m.drugById.get(entity.drugId) : void 0;
    const fromLexicon = this.lookupCompany(drug?.company ?? null, a, p);
    if (fromLexicon) return fromLexicon;
    const code = entity?.mentions.find((x) => x.kind === "code")?.surface.toUpperCase();
    const prefix = code ? this.m.prefixes.find((x) => code.startsWith(x.prefix) && /^[-_]?\d/.test(code.slice(x.prefix.length))) : void 0;
    return this.lookupCompany(prefix?.companyId ?? null, a, p);
  }
  /**
   * The company stated as the drug's sponsor near a mention: the nearest company before it in its
   * sentence ("X的Y", "X announced that its Y"); for "its …" descriptions, the sentence's subject; a
   * subsidiary that only received a notice ("公司子公司X收到") gives way to its parent.
   */
  statedCompany(mention, s, a, text) {
    const inSentence = inRange(a.companies, s.start, s.end);
    if (mention.kind === "descriptive") return inSentence.find((c) => c.end <= mention.start) ?? null;
    const before = inSentence.filter((c) => c.end <= mention.start && mention.start - c.end < 60);
    let pick2 = before[before.length - 1] ?? null;
    if (pick2 && before.length > 1 && /子公司\s?$/.test(text.slice(Math.max(s.start, pick2.start - 6), pick2.start)) && !/研发|developed|开发/.test(text.slice(pick2.end, mention.start))) {
      pick2 = before[before.length - 2] ?? pick2;
    }
    return pick2;
  }
  companyFor(entity, mention, s, a, p, deal = false) {
    const owner = this.lexiconOwner(entity, a, p);
    const fits = (c) => !owner || c.companyId === null || c.companyId === owner.id || isSubsidiary(this.m, c.companyId, owner.id);
    const parties = deal ? inRange(a.companies, s.start, mention.start) : [];
    const stated = parties.length >= 2 ? parties[0] : this.statedCompany(mention, s, a, p.work);
    if (stated && fits(stated)) return { name: expandAbbreviation(stated, a, p), id: stated.companyId };
    for (const x of (entity?.mentions ?? []).slice(0, 20)) {
      const sentence = sentenceOf(x, p);
      const c = sentence ? this.statedCompany(x, sentence, a, p.work) : null;
      if (c && fits(c)) return { name: expandAbbreviation(c, a, p), id: c.companyId };
    }
    if (owner) return owner;
    const first = a.companies[0];
    return first ? { name: first.surface, id: first.companyId } : { name: null, id: null };
  }
  ownerNamedIn(entity, s, a) {
    const inSentence = inRange(a.companies, s.start, s.end).filter((c) => c.companyId);
    const owner = entity.drugId ? this.m.drugById.get(entity.drugId)?.company : null;
    return Boolean(owner && inSentence.some((c) => c.companyId === owner || isSubsidiary(this.m, c.companyId, owner)));
  }
  /** Modality and targets of a drug described in words ("its anti-PD-1 antibody", "an AAV gene therapy"). */
  descriptiveAttributes(mention, a) {
    const modality = modalityFromName(mention.surface, this.m);
    const targets = [...new Set(inRange(a.targets, mention.start, mention.end).map((t2) => t2.symbol))];
    return { modality, targets };
  }
  counterpartyFor(mention, s, a, owner, scope) {
    const ownerKey = owner.name ? fold2(owner.name) : null;
    const candidates = inRange(a.companies, s.start, s.end).filter(
      (c) => (owner.id === null || c.companyId !== owner.id) && (ownerKey === null || fold2(c.surface) !== ownerKey && !ownerKey.includes(fold2(c.surface)) && !fold2(c.surface).includes(ownerKey)) && // an acquirer may be listed as the parent of the company it bought: that is the counterparty, not the owner
      (mention.kind === "descriptive" || !isSubsidiary(this.m, c.companyId, owner.id)) && c.surface !== mention.surface
    );
    const inScope = candidates.filter((c) => c.start >= scope.start && c.end <= scope.end);
    const pick2 = inScope.find((c) => c.start > mention.end) ?? inScope[0] ?? candidates.find((c) => c.start > mention.end) ?? candidates[0];
    return pick2?.surface ?? null;
  }
  /** Modality and targets of a drug: the lexicon when it knows the drug, else the words around its names. */
  entityAttributes(entity, a, sentences, text) {
    const drug = entity.drugId ? this.m.drugById.get(entity.drugId) : void 0;
    let modality = drug?.modality ?? null;
    let targets = drug?.targets.length ? [...drug.targets] : [];
    const windows = entity.mentions.slice(0, 20).map((x) => windowAround(x, a, sentences, text));
    for (const x of entity.mentions.slice(0, 5)) {
      const s = containing(sentences, x.start, x.end);
      const next = s ? sentences[sentences.indexOf(s) + 1] : void 0;
      if (next && DESCRIBES_PREVIOUS.test(next.text) && !inRange(a.assets, next.start, next.end).some((y) => y.entity !== entity.id)) {
        windows.push({ start: next.start, end: Math.min(next.end, next.start + 80) });
      }
    }
    if (!modality) {
      const around = windows.map((w) => text.slice(w.start, w.end)).join("\n");
      modality = this.m.modalityCues.find((cue) => cue.re.test(around))?.modality ?? null;
    }
    if (!modality) {
      for (const x of entity.mentions) {
        modality = modalityFromName(x.surface + (text.slice(x.end, x.end + 9).match(/^(?:片|胶囊|颗粒| tablets?\b| capsules?\b)/i)?.[0] ?? ""), this.m);
        if (modality) break;
      }
    }
    if (modality === "cell_therapy_other" && /干细胞|stem cell/i.test(text)) modality = "stem_cell";
    if (!targets.length) {
      for (const w of windows) {
        const found = inRange(a.targets, w.start, w.end).filter((t2) => !COMBO_BEFORE.test(text.slice(Math.max(w.start, t2.start - 12), t2.start)));
        if (found.length) {
          targets = [...new Set(found.map((t2) => t2.symbol))];
          break;
        }
      }
    }
    return { modality, targets };
  }
};
var STUDY = /\b([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?)(?=\s?的?(?:研究|试验|study|trial|Study|Trial))/g;
function learnStudies(s, entities, focus, studies) {
  const owner = entities.length === 1 ? entities[0] : entities.length === 0 ? focus : null;
  if (owner === null) return;
  for (const m of s.text.matchAll(STUDY)) if (!studies.has(m[1])) studies.set(m[1], owner);
}
function studyEntity(s, studies) {
  for (const m of s.text.matchAll(STUDY)) {
    const e = studies.get(m[1]);
    if (e !== void 0) return e;
  }
  return null;
}
function acquiredCompany(t2, s, a) {
  const inSentence = inRange(a.companies, s.start, s.end);
  const after = inSentence.find((c) => c.start >= t2.end && c.start - t2.end < 40);
  const before = inSentence.filter((c) => c.end <= t2.start).pop();
  const passive = /被|was|been|were/.test(s.text.slice(Math.max(0, (before?.end ?? s.start) - s.start), t2.start - s.start));
  const pick2 = passive && before ? before : after ?? null;
  return pick2 ? { start: pick2.start, end: pick2.end, surface: pick2.surface, kind: "descriptive", drugId: null, entity: -1 - pick2.start } : null;
}
function findAnchors(text) {
  const out = [];
  for (const m of text.matchAll(/((?:19|20)\d{2})\s?年(?:\s?(\d{1,2})\s?月)?/g)) out.push({ position: m.index, year: Number(m[1]), month: m[2] ? Number(m[2]) : null });
  return out;
}
function nearest(dates, start, end) {
  let best = null;
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
function ownedBy(t2, triggers, spans) {
  const gap = (span, o) => span.start >= o.end ? span.start - o.end : o.start >= span.end ? o.start - span.end : 0;
  return spans.filter((span) => triggers.every((o) => o === t2 || gap(span, t2) <= gap(span, o)));
}
function clauseOf(text, s, t2) {
  return { start: lastIndexOf(text, CLAUSE_BREAK, s.start, t2.start), end: firstIndexOf(text, CLAUSE_BREAK, t2.end, s.end) };
}
function inClauseFirst(clause, spans) {
  const inside = spans.filter((x) => x.start >= clause.start && x.end <= clause.end);
  return inside.length ? inside : spans;
}
function nearestPhase(phases, at) {
  if (!phases.length) return null;
  return phases.reduce((best, x) => Math.abs(x.start - at) < Math.abs(best.start - at) ? x : best).phase;
}
function dominantAgency(text, m, lang) {
  let nmpa = /China|Chinese|中国|国内/.test(text) ? 1 : 0;
  let fda = 0;
  m.agencyScan.lastIndex = 0;
  for (let hit = m.agencyScan.exec(text); hit; hit = m.agencyScan.exec(text)) {
    const agency = m.agencies[hit.findIndex((g, k) => k > 0 && g !== void 0) - 1].agency;
    if (agency === "NMPA") nmpa++;
    else if (agency === "FDA") fda++;
  }
  return lang === "zh" || nmpa >= fda ? "NMPA" : "FDA";
}
function scopeOf(s, mention, all) {
  const others = all.filter((x) => x.entity !== mention.entity);
  if (!others.length) return { start: s.start, end: s.end, before: { start: s.start, end: s.start } };
  const next = others.filter((x) => x.start > mention.end).sort((a, b) => a.start - b.start)[0];
  const prev = others.filter((x) => x.end <= mention.start).sort((a, b) => b.end - a.end)[0];
  return { start: mention.start, end: next ? next.start : s.end, before: { start: prev ? prev.end : s.start, end: mention.start } };
}
function windowAround(x, a, sentences, text) {
  const s = containing(sentences, x.start, x.end);
  const lo = Math.max(s ? s.start : 0, x.start - 40);
  const hi = Math.min(s ? s.end : text.length, x.end + 60);
  const near = inRange(a.assets, lo, hi);
  const otherBefore = near.filter((y) => y.entity !== x.entity && y.end <= x.start).pop();
  const otherAfter = near.find((y) => y.entity !== x.entity && y.start >= x.end);
  return { start: Math.max(lo, otherBefore?.end ?? 0), end: Math.min(hi, otherAfter?.start ?? hi) };
}
function collectListItems(sentences, si, m) {
  const items = [];
  for (let j = si + 1; j < sentences.length && items.length < 12; j++) {
    const s = sentences[j];
    const t2 = s.text.replace(/^[;；\s•·\-*]+/, "");
    if (!t2) continue;
    if (t2.length > 300 || m.triggerHint.test(t2)) break;
    if (!findDates(s.text).length) break;
    items.push({ ...s, text: t2, start: s.start + (s.text.length - t2.length) });
  }
  return items;
}
function listIndication(p, item, d) {
  let end = item.end;
  if (d) {
    const before = p.work.slice(item.start, d.start).replace(/\s*(?:in|on|since)\s*$/i, "");
    end = item.start + before.length;
  }
  const text = surface(p, item.start, end).replace(/[\s;；.。,，]+$/, "");
  return text || null;
}
function descriptiveAsset(p, s) {
  DESCRIPTIVE_ASSET.lastIndex = 0;
  const m = DESCRIPTIVE_ASSET.exec(s.text);
  if (!m) return null;
  let start = s.start + m.index + m[0].indexOf(m[1]);
  let end = start + m[1].length;
  const apposition = /^,\s(?:an?|the)\s([^,;.]{3,80})/.exec(p.work.slice(end, s.end));
  if (apposition && /\b(?:lead|main|core|key)\b/.test(m[1])) {
    start = end + apposition[0].indexOf(apposition[1]);
    end = start + apposition[1].length;
  }
  return { start, end, surface: surface(p, start, end), kind: "descriptive", drugId: null, entity: -1 - start };
}
var sentenceCache = null;
function sentenceOf(x, p) {
  if (sentenceCache?.work !== p.work) sentenceCache = { work: p.work, sentences: splitSentences(p.work) };
  return containing(sentenceCache.sentences, x.start, x.end);
}
function nextSentence(s, p) {
  const list = sentenceCache?.work === p.work ? sentenceCache.sentences : splitSentences(p.work);
  return list[list.indexOf(s) + 1] ?? null;
}
function expandAbbreviation(c, a, p) {
  for (const full of a.companies) {
    if (full.end > c.start) break;
    const after = p.work.slice(full.end, full.end + 20);
    const m = /^[(（]\s?(?:以下)?简称\s?[“"]?([^”")）]{2,12})[”"]?/.exec(after);
    if (m && m[1] === p.work.slice(c.start, c.end)) return full.surface;
  }
  return c.surface;
}
function isSubsidiary(m, child, parent) {
  if (!child || !parent) return false;
  let c = m.companyById.get(child);
  for (let i = 0; c && i < 4; i++) {
    if (c.parent === parent) return true;
    c = c.parent ? m.companyById.get(c.parent) : void 0;
  }
  const p = m.companyById.get(parent);
  return p?.parent === child;
}
function lastIndexOf(text, re, from, to) {
  for (let i = to - 1; i >= from; i--) if (re.test(text[i])) return i + 1;
  return from;
}
function firstIndexOf(text, re, from, to) {
  for (let i = from; i < to; i++) if (re.test(text[i])) return i;
  return to;
}
var similarity = (a, b) => {
  const grams = (s) => {
    const t2 = fold2(s);
    const out = /* @__PURE__ */ new Set();
    for (let i = 0; i + 2 <= t2.length; i++) out.add(t2.slice(i, i + 2));
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return 2 * common / (x.size + y.size);
};
function mergeCandidates(candidates) {
  const out = [];
  for (const c of candidates) {
    const same = out.find(
      (o) => o.entity === c.entity && o.type === c.type && o.agency === c.agency && !(c.historical && c.dateStated && !o.dateStated) && (c.weak || (o.type === "deal" || o.type === "acquisition" ? o.counterparty === null || c.counterparty === null || o.counterparty === c.counterparty : o.indication === null || c.indication === null || similarity(o.indication, c.indication) >= 0.7) && (o.date === null || c.date === null || !o.dateStated || !c.dateStated || o.date.startsWith(c.date) || c.date.startsWith(o.date) || o.indication !== null && o.indication === c.indication))
    );
    if (!same) {
      out.push({ ...c });
      continue;
    }
    for (const key of ["company", "status", "date", "indication", "modality", "phase", "counterparty", "upfront_usd", "total_usd"]) {
      if (same[key] === null && c[key] !== null) same[key] = c[key];
    }
    if (same.date && c.date && c.date.length > same.date.length && c.date.startsWith(same.date)) same.date = c.date;
    if (c.dateStated && !same.dateStated && c.date) {
      same.date = c.date;
      same.dateStated = true;
    }
    if (!same.targets.length && c.targets.length) same.targets = c.targets;
  }
  return out;
}
var INHERITS_INDICATION = ["data_readout", "trial_start", "iit", "nda_accepted", "ind_accepted", "ind_approved"];
function withEntityIndications(candidates, p, a) {
  const first = /* @__PURE__ */ new Map();
  for (const c of candidates) if (c.indication && !first.has(c.entity)) first.set(c.entity, c.indication);
  for (const e of a.entities) {
    if (first.has(e.id)) continue;
    for (const x of e.mentions.slice(0, 20)) {
      const s = sentenceOf(x, p);
      const next = s ? nextSentence(s, p) : null;
      const names2 = e.mentions.map((y) => fold2(y.surface)).filter((n2) => n2.length >= 3);
      const spans = (from, to) => indicationSpans(p.work, from, to).filter((span) => !names2.some((n2) => fold2(p.work.slice(span.start, span.end)).includes(n2)));
      const found = (s ? nearestIndication(spans(s.start, s.end), x.end, p) : null) ?? (next && DESCRIBES_PREVIOUS.test(next.text) ? nearestIndication(spans(next.start, next.end), next.start, p) : null);
      if (found) {
        first.set(e.id, found);
        break;
      }
    }
  }
  return candidates.map((c) => c.indication === null && INHERITS_INDICATION.includes(c.type) && first.has(c.entity) ? { ...c, indication: first.get(c.entity) } : c);
}
function onePerIndication(candidates) {
  const out = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const key = [c.entity, c.type, c.agency, c.indication ?? "", c.type === "deal" ? c.counterparty ?? "" : ""].join("");
    const seen = out.get(key);
    if (!seen) out.set(key, c);
    else if (c.date && (!seen.date || c.date > seen.date)) out.set(key, { ...seen, date: c.date });
  }
  return [...out.values()];
}
var SEVERAL = /两个|两项|分别|多个|respectively|\btwo indications\b/i;
function splitIndications(candidates) {
  return candidates.flatMap((c) => {
    if (!c.indication || !SEVERAL.test(c.sentence.text)) return [c];
    const parts = c.indication.split(/和|与|及|、|\band\b/).map((x) => x.trim()).filter((x) => x.length >= 2);
    return parts.length > 1 ? parts.map((indication) => ({ ...c, indication })) : [c];
  });
}
function toSourced(c, p, documentId, version) {
  const { entity: _e, position: _p, sentence, historical: _h, weak: _w, dateStated: _d, ...event } = c;
  const start = p.map[sentence.start] ?? 0;
  const end = (p.map[Math.max(sentence.start, sentence.end - 1)] ?? start) + 1;
  return {
    ...event,
    provenance: { documentId, sentence: surface(p, sentence.start, sentence.end), span: [start, end], extractorVersion: version }
  };
}

// src/extract/index.ts
function createExtractor(dictionariesDir) {
  return new RulesExtractor(compileLexicons(loadLexicons(dictionariesDir)));
}

// ../../tmp/h/run.ts
var ex = createExtractor();
var t = performance.now();
for (const d of docs) ex.extract({ documentId: "x", text: d, lang: null, published: "2025-06-01", title: null });
console.log("extract ms", (performance.now() - t).toFixed(0));
