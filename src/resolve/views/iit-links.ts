import type { Agency } from "../../domain/index.ts";
import { compareDates, daysBetween } from "../partial-date.ts";
import type { AssetInput, FactInput } from "./view-types.ts";

/** An asset with an investigator-initiated trial, joined to its first IND, designations and deals. */
export type IitLink = {
  assetId: string;
  asset: string;
  company: string | null;
  iitDate: string | null;
  iitIndication: string | null;
  firstInd: { date: string | null; agency: Agency | null; factId: number } | null;
  daysToInd: number | null;
  firstDeal: { date: string | null; counterparty: string | null; factId: number } | null;
  daysToDeal: number | null;
  designations: number;
  iitFacts: number[];
};

const IND = new Set(["ind_accepted", "ind_approved"]);
const DEALS = new Set(["deal", "acquisition"]);
const DESIGNATIONS = new Set(["btd", "fast_track", "orphan_drug", "rmat", "prime", "priority_review"]);

const first = (facts: FactInput[]): FactInput | null => [...facts].sort((a, b) => compareDates(a.date, b.date) || a.id - b.id)[0] ?? null;

/** Days from IIT to IND and to the first deal; null when either date is unknown. */
export function buildIitLinks(assets: AssetInput[], facts: FactInput[]): IitLink[] {
  const byAsset = new Map<string, FactInput[]>();
  for (const f of facts) byAsset.set(f.assetId, [...(byAsset.get(f.assetId) ?? []), f]);
  const out: IitLink[] = [];
  for (const asset of assets) {
    const list = byAsset.get(asset.id) ?? [];
    const iits = list.filter((f) => f.type === "iit");
    const iit = first(iits);
    if (!iit) continue;
    const ind = first(list.filter((f) => IND.has(f.type)));
    const deal = first(list.filter((f) => DEALS.has(f.type)));
    const days = (to: FactInput | null) => (iit.date && to?.date ? daysBetween(iit.date, to.date) : null);
    out.push({
      assetId: asset.id,
      asset: asset.name,
      company: asset.companyEn ?? asset.companyZh ?? iit.companyEn ?? iit.companyZh,
      iitDate: iit.date,
      iitIndication: iit.indication,
      firstInd: ind ? { date: ind.date, agency: ind.agency, factId: ind.id } : null,
      daysToInd: days(ind),
      firstDeal: deal ? { date: deal.date, counterparty: deal.counterparty, factId: deal.id } : null,
      daysToDeal: days(deal),
      designations: list.filter((f) => DESIGNATIONS.has(f.type) && f.status !== "proposed").length,
      iitFacts: iits.map((f) => f.id),
    });
  }
  return out.sort((a, b) => compareDates(a.iitDate, b.iitDate) || a.asset.localeCompare(b.asset));
}
