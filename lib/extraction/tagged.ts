// The rules' proposals as the tagger (tagger.ts) reads them: kept, dropped where it is sure the number is no figure (never a rate),
// given the metric it is sure of, and numbers the rules found no metric for that it is sure are figures added, with the
// clause, unit and qualifier the rules drafted for them (read.ts). Pure.
import { asOfIn } from "./as-of";
import type { ExtractOptions, Proposal } from "./extract";
import type { Candidate, Doubted } from "./parts";
import { featuresOf, isTag, modelOf, probabilities, TAGS, type Model, type Reading, type Tag } from "./tagger";
import WEIGHTS from "./tagger-weights.json";

/** The rules' reading of a report, with the text as given (for quotes), their candidates, and who speaks in each sentence. */
export type RulesRead = { original: string; reading: Reading; candidates: readonly Candidate[]; proposals: Doubted[]; speakers: readonly (string | null)[] };

/**
 * A number is a figure when the tagger gives "none" less than this: chosen by five-fold cross-validation over the
 * development sets (`npm run train:tagger -- --cv`; fixtures/LETTER.md).
 */
export const NONE_BELOW = 0.75;
/**
 * Numbers the rules passed over that the tagger may add: those they found no metric for, and those whose own verb was of
 * no metric. Never a number the issue rules out (a trap: a year, a sum, a percentage, things that are not people) or one the
 * rules leave out by design (people not hurt or moved, counted for aid or a disaster, a list of states, breakdowns by age
 * or sex, totals of mixed kinds).
 */
export const ADDABLE: ReadonlySet<string> = new Set(["no-metric", "other-verb"]);
/**
 * How sure the tagger must be of an added figure's metric: that likely, and that much of its belief that the number is a
 * figure at all (not torn between two metrics).
 */
export const ADD_METRIC = { atLeast: 0.4, share: 0.6 };
/** How sure a figure the rules passed over can be said to be, at most (the review screen also says it was added). */
const ADDED_AT_MOST = 0.5;

const MOVED = new Set(["refugees", "idps"]);
/**
 * Whether the tagger may give a rules' proposal another metric: a count of people only (never a rate, nor a count made a
 * rate), and not between refugees and the displaced at home, which the rules tell apart by where people went and whose
 * country it is (around.ts, movedWhere), words the tagger does not weigh.
 */
const relabels = (rule: Doubted, to: Tag) => rule.unit === "people" && to !== "daily_outflow" && !(MOVED.has(rule.metric) && MOVED.has(to));
let shipped: Model | null = null;
const round = (x: number) => Math.round(x * 100) / 100;

/** The unit a metric's figure takes, from the unit its words give. */
function unitFor(tag: Tag, unit: Proposal["unit"]): Proposal["unit"] {
  if (tag === "daily_outflow") return unit === "people" ? "people_per_day" : unit;
  return tag === "deaths" || tag === "injured" ? unit : "people";
}

export function tagged(read: RulesRead, options: ExtractOptions, model: Model = (shipped ??= modelOf(WEIGHTS)), noneBelow = NONE_BELOW, addable = ADDABLE): Doubted[] {
  const { reading } = read;
  const byMention = new Map(read.proposals.map((p) => [p.mention, p]));
  // (the rules draft a figure only for a number they passed over)
  const mayAdd = (i: number) => reading.mentions[i]!.rule.draft !== undefined && addable.has(reading.mentions[i]!.rule.passed ?? "") && reading.mentions[i]!.n.start >= (options.readFrom ?? 0);
  // (a total whose parts are proposed stays: dropping it would leave its parts doubted as parts of a count not offered)
  const totals = new Set<number>();
  for (const p of read.proposals) {
    const parent = reading.mentions[p.mention]!.rule.candidate?.parent;
    if (parent != null) totals.add(read.candidates[parent]!.mention);
  }
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
    // (a metric the tagger was not taught, from the Metric table's keywords, stays as the rules read it; and so does a rate,
    // which the rules read from its own words and the tagger saw few of: "the figure has since fallen to 80")
    if (rule && (!isTag(rule.metric) || (!figure && (totals.has(i) || rule.unit !== "people")))) out.push(rule);
    else if (rule && figure) out.push(tag === rule.metric || !relabels(rule, tag) ? rule : { ...rule, metric: tag, confidence: Math.max(0.1, Math.min(rule.confidence, round(p[best]!))) });
    // (a number the rules passed over is added only when the tagger is sure of its metric too, not torn between two)
    else if (!rule && figure && p[best]! >= ADD_METRIC.atLeast && p[best]! >= ADD_METRIC.share * (1 - p[0]!) && mayAdd(i)) out.push(added(read, i, tag, Math.max(0.1, Math.min(ADDED_AT_MOST, round(1 - p[0]!))), options));
  });
  return out;
}

/** A proposal for a number the rules found no metric for, from the clause, unit and qualifier they drafted for it. */
function added(read: RulesRead, i: number, tag: Tag, confidence: number, options: ExtractOptions): Doubted {
  const { n, sentence, rule } = read.reading.mentions[i]!;
  const { narrow, unit, qualifier } = rule.draft!;
  return {
    metric: tag,
    value: n.value,
    low: n.low,
    high: n.high,
    qualifier,
    unit: unitFor(tag, unit),
    source: read.speakers[sentence] ?? (options.publisher?.trim() || "the report"),
    quote: read.original.slice(narrow.start, narrow.end),
    start: narrow.start,
    end: narrow.end,
    asOf: asOfIn(read.reading.sentences[sentence]!.text, options.publishedOn),
    confidence,
    doubted: false,
    mention: i,
    added: true,
  };
}
