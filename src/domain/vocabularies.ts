/**
 * The closed vocabularies of dualtrack, defined once as data. The extractor, the store (CHECK lists),
 * the reports and the UI all read their labels and allowed values from here.
 */

export const EVENT_TYPES = [
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
  "acquisition",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Types that carry a proposed/granted status: designations and priority review (the event schema's rule; a
 * conditional approval is an approval and has none).
 */
export const STATUS_TYPES: readonly EventType[] = [
  "btd",
  "priority_review",
  "fast_track",
  "orphan_drug",
  "rmat",
  "prime",
];

/** Regulatory recognitions counted in an asset's timeline ("its fourth regulatory recognition"). */
export const RECOGNITION_TYPES: readonly EventType[] = ["btd", "priority_review", "conditional_approval", "fast_track", "orphan_drug", "rmat", "prime"];

export const STATUSES = ["proposed", "granted"] as const;
export type Status = (typeof STATUSES)[number];

export const AGENCIES = ["NMPA", "FDA", "EMA", "NHC", "PMDA", "MHRA", "TGA"] as const;
export type Agency = (typeof AGENCIES)[number];

export const MODALITIES = [
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
  "other",
] as const;
export type Modality = (typeof MODALITIES)[number];

export const PHASES = ["preclinical", "1", "1/2", "2", "2/3", "3", "1-3"] as const;
export type Phase = (typeof PHASES)[number];

export const LANGS = ["zh", "en"] as const;

/** Salts written before a Chinese generic name (甲磺酸瑞卡替尼片 is 瑞卡替尼): not part of the drug's identity. */
export const ZH_SALTS = ["盐酸", "甲磺酸", "马来酸", "富马酸", "枸橼酸", "琥珀酸", "磷酸", "硫酸", "酒石酸", "苯磺酸", "对甲苯磺酸"] as const;
export type Lang = (typeof LANGS)[number];

type Labels = { en: string; zh: string };

export const EVENT_TYPE_LABELS: Record<EventType, Labels> = {
  ind_accepted: { en: "IND accepted", zh: "临床试验申请受理" },
  ind_approved: { en: "IND approved", zh: "获批临床" },
  btd: { en: "Breakthrough therapy", zh: "突破性治疗" },
  priority_review: { en: "Priority review", zh: "优先审评" },
  conditional_approval: { en: "Conditional approval", zh: "附条件批准" },
  fast_track: { en: "Fast Track", zh: "快速通道" },
  orphan_drug: { en: "Orphan drug", zh: "孤儿药资格" },
  rmat: { en: "RMAT", zh: "再生医学先进疗法" },
  prime: { en: "PRIME", zh: "PRIME" },
  nda_accepted: { en: "NDA/BLA accepted", zh: "上市申请受理" },
  approval: { en: "Marketing approval", zh: "获批上市" },
  iit: { en: "Investigator-initiated trial", zh: "研究者发起的临床研究" },
  trial_start: { en: "Trial start", zh: "临床试验启动" },
  data_readout: { en: "Data readout", zh: "数据公布" },
  deal: { en: "Deal", zh: "交易" },
  acquisition: { en: "Acquisition", zh: "收购" },
};

export const MODALITY_LABELS: Record<Modality, Labels> = {
  small_molecule: { en: "small molecule", zh: "小分子" },
  monoclonal_antibody: { en: "monoclonal antibody", zh: "单抗" },
  bispecific_antibody: { en: "bispecific antibody", zh: "双抗" },
  fusion_protein: { en: "fusion protein", zh: "融合蛋白" },
  adc: { en: "ADC", zh: "ADC" },
  bispecific_adc: { en: "bispecific ADC", zh: "双抗ADC" },
  sirna: { en: "siRNA", zh: "siRNA" },
  antisense: { en: "antisense", zh: "反义寡核苷酸" },
  mrna: { en: "mRNA", zh: "mRNA" },
  dna_plasmid: { en: "DNA plasmid", zh: "DNA质粒" },
  gene_therapy: { en: "gene therapy", zh: "基因治疗" },
  car_t: { en: "CAR-T", zh: "CAR-T" },
  in_vivo_car_t: { en: "in vivo CAR-T", zh: "体内CAR-T" },
  stem_cell: { en: "stem cell", zh: "干细胞" },
  cell_therapy_other: { en: "other cell therapy", zh: "其他细胞治疗" },
  vaccine: { en: "vaccine", zh: "疫苗" },
  peptide: { en: "peptide", zh: "多肽" },
  radiopharmaceutical: { en: "radiopharmaceutical", zh: "放射性药物" },
  protein_other: { en: "other protein", zh: "其他蛋白" },
  tcm: { en: "traditional Chinese medicine", zh: "中药" },
  other: { en: "other", zh: "其他" },
};
