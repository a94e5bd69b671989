import { cdeAcceptances } from "./cde-acceptances/index.ts";
import { cdeBtd } from "./cde-btd/index.ts";
import { cdeConditional } from "./cde-conditional/index.ts";
import { cdeImpliedApprovals } from "./cde-implied-approvals/index.ts";
import { cdePriority } from "./cde-priority/index.ts";
import { ctr } from "./ctr/index.ts";
import { fdaOrphan } from "./fda-orphan/index.ts";
import { iit } from "./iit/index.ts";
import { nmpaApprovals } from "./nmpa-approvals/index.ts";
import { nmpaInnovative } from "./nmpa-innovative/index.ts";
import { SOURCE_IDS, type SourceAdapter, type SourceId } from "./source-adapter.ts";

/** Every official-source adapter, in the order `dualtrack sources` lists them. */
export const SOURCES: readonly SourceAdapter[] = [cdeAcceptances, cdeImpliedApprovals, cdeBtd, cdePriority, cdeConditional, nmpaApprovals, nmpaInnovative, ctr, fdaOrphan, iit];

export const isSourceId = (id: string): id is SourceId => (SOURCE_IDS as readonly string[]).includes(id);

/** The adapter with this id, or null. */
export function getSource(id: string): SourceAdapter | null {
  return SOURCES.find((s) => s.descriptor.id === id) ?? null;
}
