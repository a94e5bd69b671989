import type { EventFacts } from "./event-facts.ts";

/** One stored event as resolution reads it: its fields, and where it was stated. */
export type ResolveEvent = EventFacts & {
  id: number;
  asset: string;
  aliases: string[];
  company: string | null;
  /** Designations: date of the public notice and of the grant, when an official list gave them. */
  proposedDate?: string | null;
  grantedDate?: string | null;
  /** Where it was stated: a document id, or `<source id>:<record id>` for an official record. */
  sources: string[];
  /** Source sentences that may state a company's other name ("Zexing Bio (泽星生物)"); optional. */
  sentences?: string[];
  /** True when an official source (an event_sources row with a source id) states it. */
  official: boolean;
};
