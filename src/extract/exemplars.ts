// Drugs named only as examples of a class ("司美格鲁肽、替尔泊肽等GLP-1药物已获批上市", "drugs such as semaglutide and
// tirzepatide", "国内已有A、B两款同靶点单抗获批上市"): the class is what the sentence talks about, so no event is theirs.

/** What joins two members of a list of drugs. */
const JOINER = /^\s?(?:[、,，/]|和|及|以及|与|or|and|, and|, or)\s?$/;
/**
 * What closes a list of examples: 等 (not a count, "等3款", which names the lead of a set that is news; not 等同于, "equal
 * to", though 等同靶点药物 closes a list), etc., and other.
 */
const CLOSES = /^\s?(?:等(?![待人级效])(?!同(?!靶点|类|机制))(?!\s?(?:\d+|[一二两三四五六七八九十]+)\s?(?:款|个|项|种|家|只|条))|etc\b|and other\b|and others\b)/;
/** "国内已有A、B两款IL-4Rα单抗获批上市": drugs the market already has, counted after their list, are the landscape. */
const ALREADY = /已有\s?$/;
const COUNTED = /^\s?(?:等\s?)?(?:\d+|[两二三四五六七八九十]+)\s?款/;
/** What opens a list of examples. */
const OPENS = /(?:\b(?:such as|like|e\.g\.,?)|例如|比如|诸如|如)\s?$/;

/**
 * The mentions (sorted by start) that a text names as examples: the members of a list that ends in 等/etc./"and other"
 * and either has two members at least or opens with "such as"/例如 ("如司美格鲁肽等药物"). A list of what is news opens
 * the same way ("such as XD-101 for lung cancer"), so an open list that never closes is not taken for examples.
 */
export function exemplarMentions<T extends { start: number; end: number }>(mentions: readonly T[], text: string): Set<T> {
  const out = new Set<T>();
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    while (j + 1 < mentions.length && JOINER.test(text.slice(mentions[j]!.end, mentions[j + 1]!.start))) j++;
    const list = mentions.slice(i, j + 1);
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const closed = CLOSES.test(text.slice(last.end, last.end + 16));
    const landscape = list.length >= 2 && ALREADY.test(text.slice(Math.max(0, first.start - 4), first.start)) && (closed || COUNTED.test(text.slice(last.end, last.end + 8)));
    if (landscape || (closed && (list.length >= 2 || OPENS.test(text.slice(Math.max(0, first.start - 12), first.start))))) for (const x of list) out.add(x);
    i = j + 1;
  }
  return out;
}
