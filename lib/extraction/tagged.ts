// The rules' proposals as the tagger (tagger.ts) reads them: kept, dropped where it is sure the number is no figure,
// given the metric it is sure of, and numbers the rules passed over that it is sure are figures added, with the
// qualifier, unit, source, day and quote the rules' own readers give. Pure.
import { asOfIn } from "./as-of";
import { qualifierOf } from "./around";
import type { ExtractOptions, Proposal } from "./extract";
import { unitIn } from "./keywords";
import type { Doubted } from "./parts";
import { featuresOf, modelOf, probabilities, TAGS, type Model, type Reading, type Tag } from "./tagger";
import WEIGHTS from "./tagger-weights.json";
import { clauseAround } from "./text";

/** The rules' reading of a report, with the text as given (for quotes) and who speaks in each sentence. */
export type RulesRead = { original: string; reading: Reading; proposals: Doubted[]; speakers: readonly (string | null)[] };

/** A number is a figure when the tagger gives "none" less than this: chosen by cross-validation over the development sets (fixtures/LETTER.md). */
export const NONE_BELOW = 0.75;
/**
 * Numbers the rules passed over that the tagger may add: those they found no metric for, or whose own verb was of none,
 * or that they read as people not hurt or moved ("left without electricity"), or counted for no metric. Never a number the
 * issue rules out or the rules' conventions leave out by design: years, sums, percentages, things that are not people
 * (traps), a list of states, breakdowns by age or sex and totals of mixed kinds (parts.ts).
 */
export const ADDABLE: ReadonlySet<string> = new Set(["no-metric", "other-verb"]);
/** How sure the tagger must be of an added figure's metric. */
export const ADD_METRIC_AT_LEAST = 0.4;
/** How sure a figure the rules passed over can be said to be, at most: the review screen asks for a close look below 0.8. */
const ADDED_AT_MOST = 0.5;

const MOVED = new Set(["refugees", "idps"]);
/**
 * Whether the tagger may give a rules' proposal another metric: a count of people only (never a rate, nor a count made a
 * rate), and not between refugees and the displaced at home, which the rules tell apart by where people went and whose
 * country it is (around.ts, movedWhere), words the tagger does not weigh.
 */
const relabels = (rule: Doubted, to: Tag) => rule.unit === "people" && to !== "daily_outflow" && !(MOVED.has(rule.metric) && MOVED.has(to));
let shipped: Model | null = null;
const known = (metric: string): metric is Tag => (TAGS as readonly string[]).includes(metric);
const round = (x: number) => Math.round(x * 100) / 100;

/** The unit a metric's figure takes, from the unit its words give. */
function unitFor(tag: Tag, unit: Proposal["unit"]): Proposal["unit"] {
  if (tag === "daily_outflow") return unit === "people" ? "people_per_day" : unit;
  return tag === "deaths" || tag === "injured" ? unit : "people";
}

export function tagged(read: RulesRead, options: ExtractOptions, model: Model = (shipped ??= modelOf(WEIGHTS)), noneBelow = NONE_BELOW, addable = ADDABLE): Doubted[] {
  const { reading } = read;
  const byMention = new Map(read.proposals.map((p) => [p.mention, p]));
  const mayAdd = (i: number) => reading.mentions[i]!.rule.status === "none" && addable.has(reading.mentions[i]!.rule.passed ?? "");
  // (weighed: the rules' proposals, and the numbers the tagger may add; a year or a sum stays no figure unweighed)
  const features = featuresOf(reading, (i) => byMention.has(i) || mayAdd(i));
  const out: Doubted[] = [];
  const sentences = new WeakMap<readonly string[], Float64Array>();
  reading.mentions.forEach((_, i) => {
    const f = features[i];
    if (!f) return;
    const p = probabilities(model, f, sentences);
    let best = 1;
    for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    const tag = TAGS[best]!;
    const figure = p[0]! < noneBelow;
    const rule = byMention.get(i);
    // (a metric the tagger was not taught, from the Metric table's keywords, stays as the rules read it)
    if (rule && !known(rule.metric)) out.push(rule);
    else if (rule && figure) out.push(tag === rule.metric || !relabels(rule, tag) ? rule : { ...rule, metric: tag, confidence: Math.max(0.1, Math.min(rule.confidence, round(1 - p[0]!))) });
    // (a number the rules passed over is added only when the tagger is sure of its metric too, not torn between two)
    else if (!rule && figure && p[best]! >= ADD_METRIC_AT_LEAST && mayAdd(i)) out.push(added(read, i, tag, Math.max(0.1, Math.min(ADDED_AT_MOST, round(1 - p[0]!))), options));
  });
  return out;
}

/** A proposal for a number the rules passed over, read as the rules read a figure's words. */
function added(read: RulesRead, i: number, tag: Tag, confidence: number, options: ExtractOptions): Doubted {
  const { text, sentences, mentions } = read.reading;
  const { n, sentence: s } = mentions[i]!;
  const sentence = sentences[s]!;
  const clause = clauseAround(sentence, n.start, n.end);
  const narrow = mentions.filter((x) => x.n.start >= clause.start && x.n.end <= clause.end).length > 1 ? clauseAround(sentence, n.start, n.end, { commas: true }) : clause;
  const lead = text.slice(narrow.start, n.start);
  const after = text.slice(n.end, narrow.end);
  return {
    metric: tag,
    value: n.value,
    low: n.low,
    high: n.high,
    qualifier: qualifierOf({ narrow, lead, after, between: "", restated: null, vague: n.vague }),
    unit: unitFor(tag, unitIn(`${text.slice(Math.max(narrow.start, n.start - 70), n.start)} ${after.slice(0, 100)}`)),
    source: read.speakers[s] ?? (options.publisher?.trim() || "the report"),
    quote: read.original.slice(narrow.start, narrow.end),
    start: narrow.start,
    end: narrow.end,
    asOf: asOfIn(sentence.text, options.publishedOn),
    confidence,
    doubted: false,
    mention: i,
    added: true,
  };
}
