import type { Event } from "../domain/index.ts";
import { sha256 } from "../shared/hash.ts";

/**
 * Identity of an event read from a document: the document plus the fact's defining fields. The same
 * document re-read gives the same keys, so re-running is idempotent; merging across documents is the
 * resolution layer's job.
 */
export function documentEventKey(documentId: string, e: Event): string {
  return sha256(["doc", documentId, e.type, e.agency ?? "", e.asset, e.indication ?? "", e.date ?? "", e.counterparty ?? ""].join("\u0001"));
}
