import { STATUS_TYPES, type Event, type EventType, type SourcedEvent } from "../domain/index.ts";
import { fold, type Analysis } from "./analyse-document.ts";
import { APPLICANT_LINE, DESCRIBES_PREVIOUS, DESCRIBES_STUDY, INDICATION_OPENS } from "./anaphora.ts";
import { indicationSpans, nearestIndication } from "./recognize/indication.ts";
import { definedAbbreviations, withLongForms } from "./recognize/abbreviations.ts";
import { surface, type Prepared } from "./text/prepare.ts";
import { indicationFields, NOTICE_FRAME } from "./notice-fields.ts";
import { BULLET, nextSentence, sentenceOf, sentencesIn, type Sentence } from "./text/sentences.ts";

/**
 * An event as the extractor first reads it, with what turning candidates into the schema's events needs: the drug
 * entity, the trigger's position and sentence, whether a history sentence or a weak pointer gave it, whether its
 * date is stated (and whether a notice's date field states it: "受理日期：…" beats any other sentence's date of the
 * same event), and the partner's lexicon id (GSK = GlaxoSmithKline).
 */
export type Candidate = Event & {
  entity: number;
  position: number;
  sentence: Sentence;
  historical: boolean;
  weak: boolean;
  dateStated: boolean;
  /** The date is the counted set's the drug is a member of ("上周…共有3款新药获批…其中…"), not its own sentence's. */
  setDate: boolean;
  fieldDate: boolean;
  partner: string | null;
};

/** Which of two dates of one event to keep: a field's over any other, a stated one over the publication date. */
const dateRank = (c: Candidate) => (c.fieldDate ? 3 : c.dateStated ? (c.setDate ? 1 : 2) : 0);
/** A date of the event's own telling: a set's date yields to a member's own ("1. X获批上市 / 6月3日，国家药监局批准X…"). */
const ownDate = (c: Candidate) => c.dateStated && !c.setDate;
/** A candidate's date and what is known of where it came from, to carry over to the candidate it merges into. */
const dateOf = (c: Candidate) => ({ date: c.date, dateStated: c.dateStated, setDate: c.setDate, fieldDate: c.fieldDate });

/**
 * From candidates to events: statements listing several indications split, repeated statements of a fact merged,
 * an undated approval of a conditionally approved drug dropped, missing indications taken from the drug's others,
 * one event per drug, type, agency and indication, each with its source sentence and span.
 */
export function toEvents(candidates: Candidate[], p: Prepared, a: Analysis, documentId: string, version: string): SourcedEvent[] {
  const merged = withoutConditionalRepeats(mergeCandidates(shareSentenceIndications(splitIndications(candidates, p))));
  const defined = definedAbbreviations(p);
  return onePerIndication(withEntityIndications(merged, p, a)).map((c) => toSourced({ ...c, indication: c.indication && withLongForms(c.indication, defined) }, p, documentId, version));
}

/** A name's pairs of characters, folded. */
const grams = (s: string) => {
  const t = fold(s);
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};
const shared = (x: Set<string>, y: Set<string>) => {
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common;
};
const similarity = (a: string, b: string) => {
  const x = grams(a);
  const y = grams(b);
  if (!x.size || !y.size) return 0;
  return (2 * shared(x, y)) / (x.size + y.size);
};
/** A headline's indication the body's fuller one says all of, in other order ("伴有MET扩增的EGFR突变NSCLC" / "接受EGFR-TKI治疗后…伴有MET扩增的EGFR突变局部晚期…NSCLC成人"). */
const coveredBy = (short: string, long: string) => {
  const x = grams(short);
  return x.size >= 4 && shared(x, grams(long)) >= 0.8 * x.size;
};

/** A headline's short indication inside the body's fuller one ("Mantle Cell Lymphoma" / "relapsed … mantle cell lymphoma (R/R MCL) who …"). */
const oneWithin = (a: string, b: string) => {
  const [x, y] = [fold(a), fold(b)];
  return x.length >= 6 && y.length >= 6 && (x.includes(y) || y.includes(x));
};
/** "IPF" for "Idiopathic Pulmonary Fibrosis", "NSCLC" for "non-small cell lung cancer": one indication, abbreviated. */
const abbreviates = (short: string, long: string) => {
  if (!/^[A-Za-z]{2,7}$/.test(short)) return false;
  // ("idiopathic pulmonary fibrosis (IPF)": the long form with its abbreviation defined)
  if (long.includes(`(${short})`) || long.includes(`（${short}）`)) return true;
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|and|the|with|or|in)$/i.test(w))
    .map((w) => w[0])
    .join("");
  return initials.toLowerCase() === short.toLowerCase();
};
const sameIndication = (a: string, b: string) => similarity(a, b) >= 0.7 || oneWithin(a, b) || abbreviates(a, b) || abbreviates(b, a);

/** "China's Linqua Therapeutics" in a headline and "Hangzhou Linqua Therapeutics" in the body: one company bought, however fully named. */
function sameAcquired(o: Candidate, c: Candidate): boolean {
  if (o.type !== "acquisition" || c.type !== "acquisition") return false;
  const [x, y] = [fold(o.asset), fold(c.asset)];
  return x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x));
}

/**
 * "- LMR-101 granted Breakthrough Therapy Designation by China's CDE in first-line gastric cancer" above a release whose
 * body tells it in full: an undated summary line (no end mark) and a later sentence of the body are one telling, however
 * shortly the summary puts the indication.
 */
const summaryLine = (c: Candidate) => !c.dateStated && !c.historical && c.indication !== null && !/[.。!！?？;；]$/.test(c.sentence.text.trimEnd());
/** The title line, undated ("德昇济KRAS G12C抑制剂大中华区权益授予正大天晴，首付款3.6亿元"): it names the deal's parties more loosely than the body. */
const headline = (c: Candidate) => c.sentence.start === 0 && !c.dateStated && !/[.。!！?？;；]$/.test(c.sentence.text.trimEnd());
const summarises = (o: Candidate, c: Candidate) =>
  (summaryLine(o) && !summaryLine(c) && o.sentence.start < c.sentence.start) || (summaryLine(c) && !summaryLine(o) && c.sentence.start < o.sentence.start);

/** "…于2月中旬出现在拟纳入…的公示名单中，公示期满后已于3月9日被正式纳入": one sentence telling a designation proposed and then granted, each on its day, tells one designation. */
const proposedThenIncluded = (proposed: Candidate, granted: Candidate) =>
  proposed.status === "proposed" && granted.status === "granted" && proposed.sentence.start === granted.sentence.start && proposed.entity === granted.entity && proposed.type === granted.type && proposed.agency === granted.agency;
/** One event per drug, type, agency and indication: repeated statements of a fact merge, filling each other's gaps. */
function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const same = out.find(
      (o) =>
        (o.entity === c.entity || sameAcquired(o, c)) &&
        o.type === c.type &&
        // the indications one statement lists are apart however alike they read
        !(o.sentence === c.sentence && o.position === c.position && o.indication !== c.indication) &&
        o.agency === c.agency &&
        // (a proposal and a grant told in other sentences of other months are two decisions: "…公示，拟将该申请纳入优先审评" / "该ITP申请于2024年1月…获纳入优先审评")
        !(o.status !== null && c.status !== null && o.status !== c.status && !c.weak && o.sentence.start !== c.sentence.start && o.date?.slice(0, 7) !== c.date?.slice(0, 7)) &&
        // (readouts of studies of different phases are different readouts: "III期研究…发表" / "此前，II期研究数据已在2025年ASCO年会上公布")
        !(o.type === "data_readout" && o.phase !== null && c.phase !== null && o.phase !== c.phase) &&
        // a history sentence is another event than the news, unless it dates the news itself ("已于2025年7月10日获批")
        // (a headline and the body sentence that dates it are one telling, however the body puts it: "X获国家药监局批准用于Y" / "国家药监局已于2025年6月20日批准X…用于治疗…Y…")
        !(c.historical && c.dateStated && !o.dateStated && c.date?.slice(0, 7) !== o.date?.slice(0, 7) && !(summaryLine(o) && c.indication !== null && coveredBy(o.indication!, c.indication))) &&
        // a weak statement (the drug pointed back to) is the same fact, unless it states another indication and date of its own
        // (nor when its own sentence tells two indications: "granted it conditional approval … for A and, as a separate indication, for B")
        ((c.weak && !otherIndicationAndDate(o, c) && !apartInTime(o, c) && !(o.sentence === c.sentence && o.indication !== null && c.indication !== null && !sameIndication(o.indication, c.indication))) ||
          ((o.type === "deal" || o.type === "acquisition"
            ? o.partner === null || c.partner === null || o.partner.includes(c.partner) || c.partner.includes(o.partner) || headline(o) !== headline(c)
            : o.indication === null || c.indication === null || sameIndication(o.indication, c.indication) || summarises(o, c)) &&
            (o.date === null || c.date === null || !ownDate(o) || !ownDate(c) || o.date.startsWith(c.date) || c.date.startsWith(o.date) || (o.indication !== null && o.indication === c.indication)))),
    );
    if (!same) {
      // ("The agency also cleared the PD-1 inhibitor as a single agent for …": another indication the same decision covered, on its day)
      const sameDecision = c.weak && !c.dateStated ? out.find((o) => o.entity === c.entity && o.type === c.type && o.agency === c.agency && o.dateStated && alsoAnother(o, c)) : undefined;
      out.push(sameDecision ? { ...c, ...dateOf(sameDecision) } : { ...c });
      continue;
    }
    // a drug a sentence tells proposed and then formally included is included, when it was ("拟纳入…的X已于11月27日被正式纳入")
    if (same.status === "proposed" && c.status === "granted" && c.sentence.start === same.sentence.start) Object.assign(same, { status: c.status, sentence: c.sentence, position: c.position }, ownDate(c) ? dateOf(c) : {});
    for (const key of ["company", "status", "date", "indication", "modality", "phase", "counterparty", "partner", "upfront_usd", "total_usd"] as const) {
      if (same[key] === null && c[key] !== null) (same as Record<string, unknown>)[key] = c[key];
    }
    if (same.date && c.date && c.date.length > same.date.length && c.date.startsWith(same.date)) same.date = c.date;
    // (a summary takes the body's telling whole: its indication and its sentence, so it sums up no other)
    if (summaryLine(same) && !summaryLine(c) && c.indication !== null) Object.assign(same, { indication: c.indication, sentence: c.sentence, position: c.position });
    // a date the text states beats the publication date used as a fallback, a notice's date field any other
    if (c.date && dateRank(c) > dateRank(same)) {
      // (a headline's or a set's telling yields its sentence too: the one that dates the event is its source, unless a
      // notice's date field)
      if (!c.fieldDate) Object.assign(same, { sentence: c.sentence, position: c.position });
      Object.assign(same, dateOf(c), { dateStated: true });
    }
    // (a headline's telling yields its sentence to the body's telling on the same day: the body's says more)
    else if (same.sentence.start === 0 && !/[.。!！?？]$/.test(same.sentence.text) && c.sentence.start > 0 && !c.weak && c.date === same.date && !c.fieldDate) Object.assign(same, { sentence: c.sentence, position: c.position });
    if (!same.targets.length && c.targets.length) same.targets = c.targets;
  }
  // (the proposal gives the grant what it lacks, its indication)
  return out.filter((o) => {
    const granted = out.find((g) => proposedThenIncluded(o, g));
    if (granted) granted.indication ??= o.indication;
    return !granted;
  });
}

const ALSO = /也|同样|\balso\b|\bas well\b/i;
/**
 * "X的上市申请于2月获受理；治疗2型糖尿病的上市申请也于8月获受理": both sides state an indication and a date, and neither
 * is the other's ("同年，其用于Y的适应症也获得了…": an "also" says so even within the same year).
 */
const otherIndicationAndDate = (o: Candidate, c: Candidate) => {
  if (!c.dateStated && o.dateStated) return alsoAnother(o, c);
  if (o.indication === null || c.indication === null || !c.dateStated || o.date === null || c.date === null) return false;
  const otherDate = !o.date.startsWith(c.date) && !c.date.startsWith(o.date);
  // ("2021年6月获附条件批准…；2022年1月，再次获附条件批准，用于Y": told as happening again, on another date, however alike Y reads)
  return (similarity(o.indication, c.indication) < 0.5 && (otherDate || ALSO.test(c.sentence.text))) || (otherDate && AGAIN.test(c.sentence.text));
};
/** A telling without a date of its own that says "also" of another indication: one more event of the same decision. */
const alsoAnother = (o: Candidate, c: Candidate) => o.indication !== null && c.indication !== null && ALSO.test(c.sentence.text) && similarity(o.indication, c.indication) < 0.5;
const AGAIN = /再次|再度|又一次|\bagain\b|\bonce more\b/i;
/** "…the FDA breakthrough therapy designation that GSK disclosed in January. The agency granted the ADC an earlier breakthrough tag in August 2024 …": two dates stated, in different years, the later telling's with its year written out. */
const apartInTime = (o: Candidate, c: Candidate) => o.dateStated && c.dateStated && o.date !== null && c.date !== null && o.date.slice(0, 4) !== c.date.slice(0, 4) && c.sentence.text.includes(c.date.slice(0, 4));

/** An approval told as the full one a conditional approval became ("转为完全批准", "conversion … into full approval"). */
export const FULL_APPROVAL = /full approval|regular approval|完全批准|常规批准|转为常规/i;
/** An approval told as of a new indication ("新适应症上市申请…获批", "a new indication") is not the conditional approval of an earlier one. */
const NEW_INDICATION = /新适应症|\bnew indications?\b|\blabel expansion\b/i;
/**
 * "附条件批准上市 … 第二款获批上市": an approval of a drug conditionally approved by the same regulator, told without
 * a date of its own or on the same date, is that conditional approval; a full approval that converts it stays.
 */
function withoutConditionalRepeats(candidates: Candidate[]): Candidate[] {
  const conditional = candidates.filter((c) => c.type === "conditional_approval");
  // (an approval for another indication is news of its own)
  // (however shortly a description repeats it: "全球首个且唯一获批用于治疗外周T细胞淋巴瘤的JAK1抑制剂")
  const sameIndication = (c: Candidate, o: Candidate) => c.indication === null || o.indication === null || similarity(c.indication, o.indication) >= 0.5 || oneWithin(c.indication, o.indication);
  const repeats = (c: Candidate) => conditional.some((o) => o.entity === c.entity && o.agency === c.agency && (!c.dateStated || c.date === o.date) && sameIndication(c, o));
  return candidates.filter((c) => c.type !== "approval" || FULL_APPROVAL.test(c.sentence.text) || NEW_INDICATION.test(c.sentence.text) || !repeats(c));
}

/** What may stand before a drug's name that opens a sentence defining it ("注射用X是…"). */
const DEFINING_OPENER = /^(?:注射用)?$/;
/** A drug's name goes on into its definition: "X是一款…", "X（研发代号：Y）为…", "X片系…". */
const DEFINES = /^(?:注射液|注射剂|片|胶囊|颗粒)?(?:\s?[(（][^)）]{1,30}[)）])?\s?(?:是|为|系)/;
/** A definition's explicit indication label: "拟定适应症为", "此次获认定的适应症为", "适用于", "用于治疗". */
const LABELLED_INDICATION = /适应症(?:为|是|[:：])|适用于|用于治疗/;
/** How many sentences below an event its notice block's 适应症 field may come (not counting the notice's frame lines). */
const FIELD_REACH = 4;
const STUDY_TYPES: EventType[] = ["iit", "trial_start", "data_readout"];
const INHERITS_INDICATION: EventType[] = ["data_readout", "trial_start", "iit", "nda_accepted", "ind_accepted", "ind_approved", "priority_review"];
/** Events that share an indication stated once in their sentence ("通过优先审评审批程序附条件批准…上市，用于治疗X"). */
const SHARES_INDICATION: EventType[] = [...INHERITS_INDICATION, "approval", "conditional_approval", "btd", "fast_track", "orphan_drug", "rmat", "prime"];

/**
 * "2025年1月14日受理的注射用X…，同意本品开展宫颈癌的II期临床试验": a filing event without an indication takes the
 * one another event of the same drug in the same sentence states (before repeated statements merge).
 */
function shareSentenceIndications(candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.indication !== null || !SHARES_INDICATION.includes(c.type)) return [c];
    // the same fact told twice in the sentence merges with its own indication instead
    if (candidates.some((o) => o.sentence === c.sentence && o.entity === c.entity && o.type === c.type && o.agency === c.agency && o.indication !== null)) return [c];
    // (of another event's, each indication it was split into: "受理的…申请…同意本品开展用于A和B的临床试验")
    const others = candidates.filter((o) => o.sentence === c.sentence && o.entity === c.entity && o.indication !== null && SHARES_INDICATION.includes(o.type));
    const first = others[0];
    const shared = first ? others.filter((o) => o.type === first.type && o.agency === first.agency) : [];
    return shared.length ? shared.map((o) => ({ ...c, indication: o.indication })) : [c];
  });
}
/** An event about a drug's trial or filing that names no indication takes the indication the article gives the drug first. */
function withEntityIndications(candidates: Candidate[], p: Prepared, a: Analysis): Candidate[] {
  const first = new Map<number, string>();
  for (const c of candidates) if (c.indication && !first.has(c.entity)) first.set(c.entity, c.indication);
  // a notice block's "适应症：X" field is the indication of the drug the block names: of an event told just above
  // it (a field listing several, "（1）A；（2）B", gives one event per indication), else of the drug's filings
  const fields = indicationFields(p, a);
  for (const field of fields) if (!first.has(field.entity)) first.set(field.entity, field.indication);
  const sentences = sentencesIn(p);
  const sentenceIndex = new Map(sentences.map((s, i) => [s.start, i]));
  const reach = (from: number, to: number) => to - from - sentences.slice(from + 1, to).filter((s) => NOTICE_FRAME.test(s.text)).length;
  const blockOf = (c: Candidate) => {
    const at = sentenceIndex.get(c.sentence.start) ?? -1;
    const own = fields.filter((f) => f.entity === c.entity && f.sentence > at && reach(at, f.sentence) <= FIELD_REACH);
    return own.length && own.every((f) => f.list === own[0]!.list) && own[0]!.list !== null ? own : own.slice(0, 1);
  };
  // (only for the drugs an event without an indication will ask about)
  const asked = new Set(candidates.filter((c) => c.indication === null && INHERITS_INDICATION.includes(c.type)).map((c) => c.entity));
  for (const e of a.entities) {
    if (first.has(e.id) || !asked.has(e.id)) continue;
    for (const x of e.mentions.slice(0, 20)) {
      const s = sentenceOf(x, p);
      const next = s ? describing(s, p) : null;
      const names = e.mentions.map((y) => fold(y.surface)).filter((n) => n.length >= 3);
      const spans = (from: number, to: number) => indicationSpans(p.work, from, to).filter((span) => !names.some((n) => fold(p.work.slice(span.start, span.end)).includes(n)));
      const found = (s ? nearestIndication(spans(s.start, s.end), x.end, p) : null) ?? (next ? nearestIndication(spans(next.start, next.end), next.start, p) : null);
      if (found) {
        first.set(e.id, found);
        break;
      }
    }
  }
  // "…批准…上市。该药品为…，适用于X患者": an approval's (or a designation's) indication told in the sentence that goes on
  // describing the drug; ("…的一项IIT完成首例患者回输。该研究评估X治疗Y的安全性…") a study's, in the one describing the study
  const indicationOf = (next: Sentence | null) => (next ? nearestIndication(indicationSpans(p.work, next.start, next.end), next.start, p) : null);
  const describedNext = (c: Candidate) => indicationOf(describing(c.sentence, p));
  // ("MCR-723是一款靶向CDH6的ADC，拟定适应症为Y"; "X是…抑制剂，适用于Y"): the indication a sentence defining the drug labels,
  // anywhere in the article (a roundup tells the news first and each drug's paragraph after)
  const definedLabel = (entity: number) => {
    for (const x of a.assets) {
      if (x.entity !== entity) continue;
      const s = sentenceOf(x, p);
      if (!s || !DEFINING_OPENER.test(p.work.slice(s.start, x.start)) || !DEFINES.test(p.work.slice(x.end, x.end + 40))) continue;
      // (or in the sentence after it, which opens on the label: "…是公司自主研发的FGFR2抑制剂。本次获批的适应症为：…")
      const next = nextSentence(s, p);
      const labelled = LABELLED_INDICATION.test(s.text) ? s : next && INDICATION_OPENS.test(next.text) ? next : null;
      const label = labelled ? LABELLED_INDICATION.exec(labelled.text) : null;
      const found = labelled && label ? nearestIndication(indicationSpans(p.work, labelled.start + label.index, labelled.end), labelled.start + label.index + label[0].length, p) : null;
      if (found) return found;
    }
    return null;
  };
  const studyDescribed = (c: Candidate) => {
    const next = nextSentence(c.sentence, p);
    return indicationOf(next && DESCRIBES_STUDY.test(next.text) ? next : null);
  };
  return candidates.flatMap((c) => {
    if (c.indication !== null) return [c];
    const block = c.type === "deal" || c.type === "acquisition" ? [] : blockOf(c);
    if (block.length) return block.map((f) => ({ ...c, indication: f.indication }));
    const next = c.type === "deal" || c.type === "acquisition" ? null : nextSentence(c.sentence, p);
    const told = next && INDICATION_OPENS.test(next.text) ? indicationOf(next) : null;
    if (told) return [{ ...c, indication: told }];
    // ("…的两项补充申请获得受理。12月9日，恒瑞医药证实，上述申请拟用于治疗A，以及B": the uses the applications just told are for)
    const use = next && c.type !== "deal" && c.type !== "acquisition" ? APPLICATIONS_FOR.exec(next.text) : null;
    const uses = use ? nearestIndication(indicationSpans(p.work, next!.start + use.index, next!.end), next!.start + use.index + use[0].length, p) : null;
    if (uses) return (SEVERAL.test(c.sentence.text) ? listedIndications(uses) : [uses]).map((indication) => ({ ...c, indication }));
    const described = c.type === "approval" || c.type === "conditional_approval" || STATUS_TYPES.includes(c.type) ? (describedNext(c) ?? definedLabel(c.entity)) : STUDY_TYPES.includes(c.type) ? studyDescribed(c) : null;
    if (described) return [{ ...c, indication: described }];
    // ("同年5月，X获批开展用于晚期实体瘤的I期临床研究。2024.07.16，I期剂量递增研究完成首例受试者给药。": a trial started
    // right after the drug's filing is told is the trial that filing was for)
    const at = sentenceIndex.get(c.sentence.start) ?? -1;
    const before = STUDY_TYPES.includes(c.type) ? candidates.find((o) => o.entity === c.entity && o.indication !== null && sentenceIndex.get(o.sentence.start) === at - 1) : undefined;
    if (before) return [{ ...c, indication: before.indication }];
    return INHERITS_INDICATION.includes(c.type) && first.has(c.entity) ? [{ ...c, indication: first.get(c.entity)! }] : [c];
  });
}

/** The applications just told, pointed back to with what they are for ("上述申请拟用于治疗", "这两项申请分别用于"). */
const APPLICATIONS_FOR = /(?:上述|该|这两项|两项|此次|这些)(?:补充|上市|新药上市|临床试验)?申请(?:均|分别)?(?:拟)?用于/;

/** The sentence after `s` that goes on describing its drug ("该产品为…", "本品…"), past an applicant's field line. */
function describing(s: Sentence, p: Prepared): Sentence | null {
  let next = nextSentence(s, p);
  if (next && APPLICANT_LINE.test(next.text)) next = nextSentence(next, p);
  return next && DESCRIBES_PREVIOUS.test(next.text) ? next : null;
}

/** The schema's rule, applied last: one event per drug, type, agency and indication; the latest stated date wins. */
function onePerIndication(candidates: Candidate[]): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const c of candidates) {
    // (readouts of studies of different phases are different readouts, as in mergeCandidates)
    const key = [c.entity, c.type, c.agency, c.indication ?? "", c.type === "deal" ? (c.partner ?? "") : "", c.type === "data_readout" ? (c.phase ?? "") : ""].join("\u0001");
    const seen = out.get(key);
    if (!seen) out.set(key, c);
    // a date the text states beats the publication date taken as a fallback, a notice's date field any other; of
    // two dates of one rank, the latest
    else if (c.date && (!seen.date || dateRank(c) > dateRank(seen) || (dateRank(c) === dateRank(seen) && c.date > seen.date))) {
      out.set(key, { ...seen, ...dateOf(c) });
    }
  }
  return [...out.values()];
}

const ENUMERATED = /[一二三四五]是(?:用于)?(?:治疗)?([^;；。]{2,80}?)(?:的(?:治疗|预防))?(?=[;；。]|$)/g;
const ONE_FOR = /\bone (?:for|in) ((?:(?!\bone (?:for|in)\b)[^;])+?)(?=,? and one (?:for|in)\b|;\s?(?:and )?one (?:for|in)\b|[.;]?$)/g;
const SEVERAL = /两个|两项|分别|多个|respectively|\btwo indications\b/i;
/** "granted X a marketing authorisation for two uses: A, and B": the uses a count announces after a colon. */
const COUNTED_USES = /\b(?:two|three|four|both) (?:uses|indications|settings)\s?:\s?(.+?)\.?$/;
/** "registered the drug for the same ESCC indication", "for the NPC indication": the indication named by its abbreviation before "indication". */
const SAME_NAMED = /\b(?:for|in) the (?:same )?([A-Z][A-Za-z0-9/+-]{1,12}(?: [A-Za-z0-9/+-]{1,20}){0,3}) indication\b/;
/** The indications of the "一是…；二是…" sentences right after `s`. */
function enumeratedAfter(s: Sentence, p: Prepared): string[] {
  const out: string[] = [];
  for (let next = nextSentence(s, p); next && /^[一二三四五]是/.test(next.text) && out.length < 5; next = nextSentence(next, p)) {
    const item = [...next.text.matchAll(ENUMERATED)][0]?.[1]?.trim();
    if (item) out.push(surface(p, next.start + next.text.indexOf(item), next.start + next.text.indexOf(item) + item.length));
  }
  // ("approved … for two indications: / • in combination with …, for the first-line treatment of adults with A; and / • as a single agent, for adults with B."): a bullet's indication each
  if (!out.length && INDICATIONS_LISTED.test(s.text)) {
    // (a bullet's closing "; and" may stand as a sentence of its own)
    for (let next = nextSentence(s, p); next && (BULLET.test(next.text) || /^(?:and|or)$/i.test(next.text)) && out.length < 5; next = nextSentence(next, p)) {
      const span = indicationSpans(p.work, next.start, next.end).sort((x, y) => y.end - y.start - (x.end - x.start))[0];
      if (span) out.push(surface(p, span.start, span.end).replace(/^(?:adults|patients|children) with (?=\S{3})/i, ""));
    }
  }
  return out;
}
const INDICATIONS_LISTED = /\b(?:two|three|four|the following) (?:new )?indications\s?[:：]$|(?:两|三|四|以下)(?:项|个)?(?:新)?适应症\s?[:：]$/i;
/** "此前已获批针对系统性硬化症和强直性脊柱炎的两个临床试验": one event per indication when the sentence counts them. */
function splitIndications(candidates: Candidate[], p: Prepared): Candidate[] {
  // "两项临床试验申请均获得默示许可" said of a drug: the "A和B" of its same news told elsewhere are two indications too
  const key = (c: Candidate) => `${c.entity}/${c.type}`;
  const several = new Set(candidates.filter((c) => SEVERAL.test(c.sentence.text)).map(key));
  return candidates.flatMap((c) => {
    // "获批两项新适应症：一是用于A的治疗；二是用于B的治疗", in the sentence or on the lines after its colon
    const enumerated =
      /一是/.test(c.sentence.text) && /二是/.test(c.sentence.text) ? [...c.sentence.text.matchAll(ENUMERATED)].map((m) => m[1]!.trim()) : /[:：]$/.test(c.sentence.text) ? enumeratedAfter(c.sentence, p) : [];
    if (enumerated.length > 1) return enumerated.map((indication) => ({ ...c, indication }));
    // "picked up two of the six proposals: one for A, and one for B"
    const ones = /\bone (?:for|in)\b[^.;]*\bone (?:for|in)\b/.test(c.sentence.text) ? [...c.sentence.text.matchAll(ONE_FOR)].map((m) => m[1]!.trim()) : [];
    if (ones.length > 1) return ones.map((indication) => ({ ...c, indication }));
    const uses = COUNTED_USES.exec(c.sentence.text)?.[1]?.split(/,? and (?=first-line|second-line|adults?|patients|the treatment)|;\s?(?:and )?/).map((x) => x.trim()) ?? [];
    if (uses.length > 1) return uses.map((indication) => ({ ...c, indication }));
    const same = c.indication ? null : SAME_NAMED.exec(c.sentence.text)?.[1];
    if (same) return [{ ...c, indication: same }];
    if (!c.indication) return [c];
    // "A患者，以及B患者", "分别为：A；以及B": two indications of one statement
    // (or "adult patients with A and adult patients with B", "for A and for B")
    // (not "…化疗、抗VEGF生物製劑治療，以及（如屬RAS野生型）抗EGFR治療的…患者": a list of prior therapies goes on)
    // (or "designations for A and for B": the preposition said again starts another)
    const listed = listedIndications(c.indication);
    if (listed.length > 1) return listed.map((indication) => ({ ...c, indication }));
    // (分别 said of regulators, "分别于3月和6月获得FDA和国家药监局的批准", shares the dates out, not the indications)
    if (!several.has(key(c)) || candidates.some((o) => o.sentence === c.sentence && o.entity === c.entity && o.type === c.type && o.agency !== c.agency)) return [c];
    // quoted items are the indications as the notice words them ("分别为“A”和“B”"), whatever they contain
    const quoted = [...c.indication.matchAll(/[“「『]([^”」』]{2,})[”」』]/g)].map((m) => m[1]!);
    const parts = quoted.length > 1 ? quoted : c.indication.split(/和|与|及|、|\band\b/).map((x) => x.trim()).filter((x) => x.length >= 2);
    return parts.length > 1 ? parts.map((indication) => ({ ...c, indication })) : [c];
  });
}

/** "A患者，以及B患者", "adult patients with A and adult patients with B", "for A and for B": the indications one statement lists. */
function listedIndications(indication: string): string[] {
  // ("both first-line NPC and first-line ESCC")
  const both = /^both (.+) and (.+)$/.exec(indication);
  if (both) return [both[1]!, both[2]!];
  return indication.split(/(?<=患者|病人|者|症|癌|瘤|病|炎|痛|秃|疹|胖|斑)[，,；;]\s?以及\s?|,? (?:and|as well as) (?:(?:adult|pediatric|paediatric) )?patients with |,? and for (?:the treatment of )?/).map((x) => x.trim());
}

function toSourced(c: Candidate, p: Prepared, documentId: string, version: string): SourcedEvent {
  const { entity: _e, position: _p, sentence, historical: _h, weak: _w, dateStated: _d, setDate: _sd, fieldDate: _f, partner: _q, ...event } = c;
  const start = p.map[sentence.start] ?? 0;
  const end = (p.map[Math.max(sentence.start, sentence.end - 1)] ?? start) + 1;
  return {
    ...event,
    provenance: { documentId, sentence: surface(p, sentence.start, sentence.end), span: [start, end], extractorVersion: version },
  };
}
