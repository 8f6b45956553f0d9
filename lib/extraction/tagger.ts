// A second reader over every number the rules read: a linear model (multinomial logistic regression) that weighs the
// words around a number, the rules' own reading of it and what the rest of the passage counts, and says which metric
// it counts, if any. Pure: its weights ship in the repo (tagger-weights.json, written by `npm run train:tagger` from
// the annotated development sets, lib/extraction/train.ts); nothing is downloaded. The rules stay the first reader:
// they give the qualifier, unit, source, day and quote; the tagger keeps, drops, relabels or adds.
import type { Qualifier } from "@/lib/figures/qualifiers";
import type { Proposal } from "./extract";
import type { NumberMention } from "./numbers";
import type { Candidate } from "./parts";
import type { Keyword } from "./keywords";
import type { Span } from "./text";
import { readNounAfter } from "./people";
import { isDefinite, isIncrement, partLead } from "./traps";

/** What the tagger can say of a number: no figure, or a figure of one of these metrics. */
export const TAGS = ["none", "deaths", "injured", "refugees", "idps", "daily_outflow"] as const;
export type Tag = (typeof TAGS)[number];
/** Whether a metric is one the tagger is taught. */
export const isTag = (metric: string): metric is Tag => (TAGS as readonly string[]).includes(metric);

/** What the rules made of a number: the candidate they read (if any), and whether it was kept, doubted or left out. */
export type RuleReading = {
  candidate: Candidate | null;
  status: "kept" | "doubted" | "out" | "none";
  /** why the rules passed the number over */
  passed?: string;
  /** the clause, unit and qualifier a figure of these words would have, where the rules found it no metric (tagged.ts adds it) */
  draft?: { narrow: Span; unit: Proposal["unit"]; qualifier: Qualifier };
};

/** What the rules found of a number's words on their way (none for a trap: a year, a sum…): read again by the tagger. */
export type Traits = { noun: string | null; hosted: boolean; earlier: boolean };

/** A report read by the rules: its sentences, every number in them, and what the rules made of each. */
export type Reading = {
  text: string;
  sentences: readonly Span[];
  keywords: readonly (readonly Keyword[])[];
  mentions: readonly { n: NumberMention; sentence: number; rule: RuleReading; traits?: Traits }[];
};

/** The weights as stored: a line per feature, its name (no spaces) then one weight per tag. */
export type Weights = { tags: readonly string[]; lines: readonly string[]; digest?: string };
/** The weights as read: per feature, one weight per tag. */
export type Model = ReadonlyMap<string, readonly number[]>;

/** Reads stored weights (once per process: the extractor keeps the model it read). */
export function modelOf(weights: Weights): Model {
  if (weights.tags.join() !== TAGS.join()) throw new Error(`The tagger's weights are for ${weights.tags.join(", ")}: run npm run train:tagger`);
  return new Map(weights.lines.map((line) => {
    const [name, ...w] = line.split(" ");
    return [name!, w.map(Number)];
  }));
}

const TOKEN = /[A-Za-z]+(?:['’][a-z]+)?|\d[\d,.]*|[;:()“”"—–-]/g;
type Token = { word: string; start: number; end: number };
/** A sentence's words (numbers as "#", lower case), with their offsets in the report. */
const tokensOf = (s: Span): Token[] => Array.from(s.text.matchAll(TOKEN), (m) => ({ word: /^\d/.test(m[0]) ? "#" : m[0].toLowerCase(), start: s.start + m.index, end: s.start + m.index + m[0].length }));
const distance = (d: number) => (d < 15 ? 0 : d < 40 ? 1 : d < 90 ? 2 : 3);
const sentencesApart = (d: number) => (d === 0 ? 0 : d <= 2 ? 1 : 2);

/** A metric the tagger was taught, or "other" (a metric of the Metric table's keywords weighs as one unknown). */
const taught = (metric: string): string => (isTag(metric) ? metric : "other");

/** The first index of a sorted array at which `past` holds (and stays so), or its length. */
function firstAt<T>(sorted: readonly T[], past: (x: T) => boolean): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A sentence's words and the taught metrics' keywords, sorted for lookups, read once for all its numbers. */
type Words = { tokens: Token[]; bag: string[]; byEnd: Keyword[]; byStart: Keyword[]; slugs: string[] };
function wordsOf(sentence: Span, keywords: readonly Keyword[]): Words {
  const tokens = tokensOf(sentence);
  const known = keywords.filter((k) => isTag(k.slug));
  return {
    tokens,
    bag: [...new Set(tokens.map((t) => t.word))].map((w) => `sentence=${w}`),
    // (stable sorts: of keywords ending or starting at one offset, the first found stays first)
    byEnd: [...known].sort((a, b) => a.end - b.end),
    byStart: [...known].sort((a, b) => a.start - b.start),
    slugs: [...new Set(known.map((k) => k.slug))].map((slug) => `keyword=${slug}`),
  };
}

/**
 * The features of each number of a reading, in order: names the weights are looked up by. With `only`, the features of
 * the numbers it picks, and null for the rest (the extractor weighs only what the tagger may keep, drop or add).
 */
export function featuresOf(reading: Reading, only?: (i: number) => boolean): (Features | null)[] {
  const { text, mentions } = reading;
  const words = new Map<number, Words>();
  const ruled = mentions.map((m) => (m.rule.candidate && m.rule.status !== "out" ? taught(m.rule.candidate.metric) : null));
  const passage: Record<string, number> = {};
  for (const metric of ruled) if (metric) passage[metric] = (passage[metric] ?? 0) + 1;
  // what the rest of the passage counts, seen from a number the rules read as `own` (its own count left out)
  const rest = new Map<string, string[]>();
  const restOf = (own: string | null, unruled: boolean): string[] => {
    const key = `${own}:${unruled}`;
    const cached = rest.get(key);
    if (cached) return cached;
    const others = { ...passage };
    if (own) others[own] = others[own]! - 1;
    const counts = Object.entries(others).filter(([, c]) => c > 0);
    const most = counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? "none";
    const f = [`passage=${most}`, ...counts.map(([metric]) => `passage-has=${metric}`)];
    if (unruled) f.push(`passage-unruled=${most}`);
    rest.set(key, f);
    return f;
  };
  // (linear in the numbers of the report, a long one has thousands; within a sentence, each number looks its words up)
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(i));
  const previous: (number | null)[] = [];
  for (let i = 0, last: number | null = null; i < mentions.length; i++) {
    previous.push(last);
    if (ruled[i]) last = i;
  }
  const next: (number | null)[] = new Array<number | null>(mentions.length).fill(null);
  for (let i = mentions.length - 1, last: number | null = null; i >= 0; i--) {
    next[i] = last;
    if (ruled[i]) last = i;
  }
  const valuesSeen = new Set<number>();
  return mentions.map((m, i) => {
    const { n } = m;
    const seenBefore = valuesSeen.has(n.value);
    valuesSeen.add(n.value);
    if (only && !only(i)) return null;
    const sentence = reading.sentences[m.sentence]!;
    const f: string[] = ["bias"];
    const rule = m.rule.candidate;
    const metric = rule ? taught(rule.metric) : "none";
    f.push(`rule=${metric}`, `status=${m.rule.status}`);
    if (m.rule.passed) f.push(`passed=${m.rule.passed}`);
    if (rule) {
      f.push(`rule:status=${metric}:${m.rule.status}`, `rule:unit=${rule.unit}`, `rule:confidence=${metric}:${Math.round(rule.confidence * 5)}`);
      for (const flag of ["part", "own", "subgroup", "aside", "noFigure", "place", "increment", "definite"] as const) if (rule[flag]) f.push(`flag=${flag}`, `flag:rule=${flag}:${metric}`);
    }
    f.push(`vague=${n.vague}`, `range=${n.low !== null && !n.vague}`, `magnitude=${Math.floor(Math.log10(Math.max(1, n.value)))}`);
    if (/^[a-z]/i.test(n.text)) f.push("in-words");
    if (!words.has(m.sentence)) words.set(m.sentence, wordsOf(sentence, reading.keywords[m.sentence]!));
    const { tokens, bag, byEnd, byStart, slugs } = words.get(m.sentence)!;
    // the three words before and after it, within 120 characters
    const left: string[] = [];
    for (let j = firstAt(tokens, (t) => t.start >= n.start) - 1; j >= 0 && left.length < 3 && tokens[j]!.start >= n.start - 120; j--) if (tokens[j]!.end <= n.start) left.unshift(tokens[j]!.word);
    const right: string[] = [];
    for (let j = firstAt(tokens, (t) => t.start >= n.end); j < tokens.length && right.length < 3 && tokens[j]!.end <= n.end + 120; j++) right.push(tokens[j]!.word);
    for (let k = 1; k <= 3; k++) f.push(`L${k}=${left[left.length - k] ?? "^"}`, `R${k}=${right[k - 1] ?? "$"}`);
    f.push(`L21=${left.at(-2) ?? "^"}_${left.at(-1) ?? "^"}`, `R12=${right[0] ?? "$"}_${right[1] ?? "$"}`);
    if (rule) f.push(`rule:L1=${metric}:${left.at(-1) ?? "^"}`, `rule:R1=${metric}:${right[0] ?? "$"}`);
    // the nearest metric keyword on each side (the first found of those as near), and how far
    const lastBefore = firstAt(byEnd, (k) => k.end > n.start) - 1;
    const before = lastBefore >= 0 ? byEnd[firstAt(byEnd, (k) => k.end >= byEnd[lastBefore]!.end)]! : null;
    const after = byStart[firstAt(byStart, (k) => k.start >= n.end)] ?? null;
    if (before) f.push(`keyword-before=${before.slug}:${distance(n.start - before.end)}`, `keyword-before=${before.slug}`);
    if (after) f.push(`keyword-after=${after.slug}:${distance(after.start - n.end)}`, `keyword-after=${after.slug}`);
    f.push(...slugs);
    // the words of the rules' traps, as the model's own evidence
    // (as the rules found them, and a trap's noun read here: the tagger weighs no trap, but learns from them)
    const traits = m.traits ?? { noun: readNounAfter(text, n).noun, hosted: false, earlier: false };
    f.push(`noun=${traits.noun?.toLowerCase() ?? "-"}`);
    if (traits.hosted) f.push("hosted");
    if (traits.earlier) f.push("earlier");
    if (partLead(text, n)) f.push("part-lead");
    // (a candidate's flags say these already)
    if (!rule && isDefinite(text, n)) f.push("definite");
    if (!rule && isIncrement(text, n)) f.push("increment");
    // where it stands: the headline or first sentence, how many numbers its sentence has, a value given before
    const inSentence = bySentence.get(m.sentence)!;
    f.push(`first-sentence=${m.sentence === 0}`, `numbers-in-sentence=${Math.min(4, inSentence.length)}`, `first-in-sentence=${inSentence[0] === i}`);
    if (seenBefore) f.push("value-given-before");
    // what the rest of the passage counts: the rules' figure just before and just after, and the most of
    const [ruledBefore, ruledAfter] = [previous[i], next[i]];
    if (ruledBefore != null) f.push(`previous=${ruled[ruledBefore]}:${sentencesApart(m.sentence - mentions[ruledBefore]!.sentence)}`);
    if (ruledAfter != null) f.push(`next=${ruled[ruledAfter]}:${sentencesApart(mentions[ruledAfter]!.sentence - m.sentence)}`);
    // (a number the rules proposed nothing for also says so: "passage-unruled")
    f.push(...restOf(ruled[i] ?? null, !rule));
    return { own: f, sentence: bag };
  });
}

/**
 * A number's features: its own, and the words of its sentence (one array shared by the numbers of a sentence). Names, each
 * weighed by the model; training reads them all as one list (allFeatures).
 */
export type Features = { own: readonly string[]; sentence: readonly string[] };

export const allFeatures = (f: Features): string[] => [...f.own, ...f.sentence];

function weigh(model: Model, names: readonly string[], scores = new Float64Array(TAGS.length)): Float64Array {
  for (const name of names) {
    const w = model.get(name);
    if (w) for (let c = 0; c < TAGS.length; c++) scores[c]! += w[c]!;
  }
  return scores;
}

/** The probability of each tag (TAGS order) for one number's features. */
export function probabilities(model: Model, features: Features, sentences: WeakMap<readonly string[], Float64Array> = new WeakMap()): number[] {
  // (the words of a sentence weigh the same for each of its numbers: summed once per sentence)
  let shared = sentences.get(features.sentence);
  if (!shared) sentences.set(features.sentence, (shared = weigh(model, features.sentence)));
  const scores = weigh(model, features.own, Float64Array.from(shared));
  const top = Math.max(...scores);
  const exp = Array.from(scores, (s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
