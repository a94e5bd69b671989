import { compileLexicons } from "./lexicon/compile.ts";
import { loadLexicons } from "./lexicon/load-lexicons.ts";
import type { Extractor } from "./extractor.ts";
import { RulesExtractor } from "./rules-extractor.ts";

export type { Extractor, ExtractInput, ExtractOutput } from "./extractor.ts";
export { EXTRACTOR_VERSION } from "./rules-extractor.ts";

/** The extractor with the repository's lexicons (loaded and validated once per process). */
export function createExtractor(dictionariesDir?: string): Extractor {
  return new RulesExtractor(compileLexicons(loadLexicons(dictionariesDir)));
}
