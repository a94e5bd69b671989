/**
 * The parts of the company and drug lexicons (dictionaries/*.yaml, validated by extract/lexicon) that
 * resolution reads. Declared here so that resolve depends on data, not on the extractor.
 */
export type CompanyEntry = { id: string; en: string[]; zh: string[]; abbr: string[]; prefixes: string[]; parent?: string | undefined };
export type DrugEntry = { id: string; codes: string[]; inn: string[]; zh: string[]; brands: string[]; company?: string | undefined; modality?: string | null | undefined; targets: string[] };
export type ResolveLexicons = { companies: CompanyEntry[]; drugs: DrugEntry[] };
