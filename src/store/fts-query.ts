/**
 * Turns a user's search text into an FTS5 trigram MATCH expression plus LIKE terms for the words the
 * trigram index cannot find (fewer than 3 characters, e.g. 获批). Every term must match (AND).
 */
export type FtsQuery = { match: string | null; likeTerms: string[] };

export function buildFtsQuery(text: string): FtsQuery {
  const terms = text
    .normalize("NFKC")
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  return {
    match: long.length ? long.map((t) => `"${t.replace(/"/g, '""')}"`).join(" AND ") : null,
    likeTerms: short,
  };
}

/** Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\'). */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
