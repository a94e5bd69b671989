import type { ResolveEvent } from "../domain/index.ts";

type ResolveEventFields = Pick<ResolveEvent, "id" | "asset" | "type" | "agency"> & Partial<ResolveEvent>;

/** A ResolveEvent with every fact not given left empty (null / []), from no source, not official. */
export function makeResolveEvent(fields: ResolveEventFields): ResolveEvent {
  return {
    aliases: [],
    company: null,
    status: null,
    date: null,
    indication: null,
    modality: null,
    targets: [],
    phase: null,
    counterparty: null,
    upfrontUsd: null,
    totalUsd: null,
    sources: [],
    official: false,
    ...fields,
  };
}
