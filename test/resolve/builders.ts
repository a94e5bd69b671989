import { makeResolveEvent, type ResolveEvent, type ResolveLexicons } from "../../src/resolve/index.ts";

/** A small lexicon for the resolver tests: three companies, one subsidiary, one known drug. */
export const LEXICONS: ResolveLexicons = {
  companies: [
    { id: "innovent", en: ["Innovent Biologics", "Innovent"], zh: ["信达生物", "信达生物制药"], abbr: [], prefixes: ["IBI"] },
    { id: "biokin", en: ["Sichuan Biokin Pharmaceutical", "Biokin"], zh: ["百利天恒", "四川百利天恒药业股份有限公司"], abbr: ["Baili Tianheng"], prefixes: ["BL-"] },
    { id: "baili-pharma", en: ["Sichuan Baili Pharmaceutical"], zh: ["百利药业"], abbr: [], prefixes: [], parent: "biokin" },
    { id: "kelun", en: ["Kelun-Biotech", "Sichuan Kelun-Biotech Biopharmaceutical"], zh: ["科伦博泰"], abbr: [], prefixes: ["SKB"] },
    { id: "merck", en: ["Merck & Co.", "MSD"], zh: ["默沙东"], abbr: [], prefixes: ["MK-"] },
  ],
  drugs: [{ id: "sac-tmt", codes: ["SKB264", "MK-2870"], inn: ["sacituzumab tirumotecan"], zh: ["芦康沙妥珠单抗"], brands: ["佳泰莱"], company: "kelun", modality: "adc", targets: ["TACSTD2"] }],
};

let nextId = 1;

/** A stored event with defaults (an NMPA BTD of IBI363 by Innovent from document doc-<id>); fields override. */
export function ev(fields: Partial<ResolveEvent> = {}): ResolveEvent {
  const id = fields.id ?? nextId++;
  return makeResolveEvent({
    id,
    asset: "IBI363",
    company: "Innovent",
    type: "btd",
    status: "granted",
    agency: "NMPA",
    date: "2025-06-04",
    indication: "squamous non-small cell lung cancer",
    sources: [`doc-${id}`],
    ...fields,
  });
}
