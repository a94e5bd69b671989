import { z } from "zod";
import { AGENCIES, EVENT_TYPES, MODALITIES, PartialDateSchema, STATUSES } from "../../domain/index.ts";
import { EVENT_SORTS, FACETS, type EventQuery, type FacetCounts } from "../../store/event-query.ts";
import type { Store } from "../../store/store.ts";
import { list, one } from "../params.ts";
import { toEventItem, type EventItem } from "./event-item.ts";

/** Rows an export of a table view holds at most. */
export const EXPORT_LIMIT = 10_000;
/** Values listed per facet. */
export const FACET_LIMIT = 15;

/** Query parameters of /events and /api/events (and /iit). */
export const EventsParamsSchema = z.object({
  type: list(z.enum(EVENT_TYPES), { split: true }),
  agency: list(z.enum(AGENCIES), { split: true }),
  status: list(z.enum(STATUSES), { split: true }),
  modality: list(z.enum(MODALITIES), { split: true }),
  target: list(z.string().max(100)),
  company: list(z.string().max(300)),
  asset: one(z.string().max(300).optional()),
  since: one(PartialDateSchema.optional()),
  until: one(PartialDateSchema.optional()),
  q: one(z.string().max(200).optional()),
  sort: one(z.enum(EVENT_SORTS).optional()),
  order: one(z.enum(["asc", "desc"]).optional()),
  page: one(z.coerce.number().int().min(1).max(1_000_000).default(1)),
  size: one(z.coerce.number().int().min(1).max(500).default(50)),
  format: one(z.enum(["json", "csv", "xlsx"]).optional()),
  lang: one(z.enum(["zh", "en"]).optional()),
});
export type EventsParams = z.infer<typeof EventsParamsSchema>;

export type EventsView = {
  query: EventQuery;
  total: number;
  page: number;
  size: number;
  pages: number;
  events: EventItem[];
  facets: FacetCounts;
};

export function toEventQuery(p: EventsParams): EventQuery {
  const query: EventQuery = {};
  if (p.type.length) query.types = p.type;
  if (p.agency.length) query.agencies = p.agency;
  if (p.status.length) query.statuses = p.status;
  if (p.modality.length) query.modalities = p.modality;
  if (p.target.length) query.targets = p.target;
  if (p.company.length) query.companies = p.company;
  if (p.asset) query.asset = p.asset;
  if (p.since) query.since = p.since;
  if (p.until) query.until = p.until;
  if (p.q) query.q = p.q;
  if (p.sort) query.sort = p.sort;
  if (p.order) query.order = p.order;
  return query;
}

/** The events page's view model: one page of matching events, the total and the facet counts. */
export async function buildEventsView(store: Store, p: EventsParams, options: { exporting?: boolean; facets?: boolean } = {}): Promise<EventsView> {
  const query = toEventQuery(p);
  const size = options.exporting ? EXPORT_LIMIT : p.size;
  const offset = options.exporting ? 0 : (p.page - 1) * p.size;
  const [result, facets] = await Promise.all([
    store.queryEvents(query, { limit: size, offset }),
    options.facets === false || options.exporting ? Promise.resolve({}) : store.facetCounts(query, FACETS, FACET_LIMIT),
  ]);
  return {
    query,
    total: result.total,
    page: options.exporting ? 1 : p.page,
    size,
    pages: Math.max(1, Math.ceil(result.total / size)),
    events: result.events.map(toEventItem),
    facets,
  };
}
