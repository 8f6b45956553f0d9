// Which of a report's counts only break down, name again or add to one already given: parts of a total (in a list,
// across sentences), totals of mixed kinds, restatements, increments, counts of one group of the victims. They are
// still proposed (each is a figure the report states, and analysts reading by the letter record them), but
// less sure, so that the review screen asks for a look at them. Pure; runs over every count the extractor read.
import type { Proposal } from "./extract";

export type Candidate = Proposal & {
  /** the number it was read from, an index into every number of the report in order (tagger.ts reads them all) */
  mention: number;
  /** index of the sentence the count is in */
  sentence: number;
  /** the count breaks down another ("including 5,000 children", "-- seven farmers, …", "Of those, 11 million …") */
  part: boolean;
  /** the count it breaks down, an index into the candidates */
  parent: number | null;
  /** a part that says whose part it is ("Of those, 11 million …", "8,000 of them") */
  ofThose: boolean;
  /** "the 4,000 displaced": named with a definite article */
  definite: boolean;
  /** the metric came from the count's own clause ("1,601 killed"), not from words further off */
  own: boolean;
  /** "another 4,000 since Tuesday", "a further 2,000": added to a count already given */
  increment: boolean;
  /** counts of one group of the victims ("Child casualties …, with 327 deaths") */
  subgroup: boolean;
  /**
   * a detail beside a count, or a figure the report states but does not give as its own: the part of a total in one
   * place ("with 50,000 concentrated in Kagunga"), a witness's story, a caseload hosted before, a figure given to compare
   * with or said to be replaced, a change, a total of the displaced at home and abroad, people among the dead or in sites
   */
  aside: boolean;
  /**
   * no figure of its own in either reading, though read like one so that the counts after it read as before: a part that
   * counts the victims by age, sex or trade ("including 27 children", "48 men and 12 women", "including two police
   * officers"), a change ("an increase of 7,000")
   */
  noFigure: boolean;
  /** tied to a place or a month ("1,830,711 people fled to Poland", "40,000 are in Moldova", "In Kalehe, 700 people died") */
  place: boolean;
};

/** Refugees, the displaced and those crossing are one family: a list of arrivals may break down a count of the displaced. */
const family = (metric: string) => (metric === "deaths" || metric === "injured" ? metric : "moved");

/** How much less sure a part, a restatement or an increment is than a figure of its own. */
export const PART_DOUBT = 0.3;

/** A proposal, and whether the stricter reading ("drop") leaves it out. */
export type Doubted = Proposal & { doubted: boolean; mention: number; added?: true };

/**
 * Every proposal; those that only break down, restate or add to another are less sure by PART_DOUBT ("doubt"), or left
 * out ("drop": the stricter reading the development sets' own annotations follow, fixtures/README.md).
 */
export function resolveParts(cands: readonly Candidate[], parts: "doubt" | "drop" = "doubt"): Doubted[] {
  const keep = cands.map((c) => !c.part && !c.aside);
  // totals of mixed kinds, no one metric's figure in either reading
  const mixed = new Set<number>();
  const displaced = new Set<number>();
  // a total broken down into counts of different kinds ("12.7 million uprooted – of whom 5 million refugees and 7.7 million
  // displaced inside"; "5,166 — 1,601 killed and 3,565 wounded") is of no one kind: its parts are the figures
  const children = new Map<number, number[]>();
  for (const [i, c] of cands.entries()) if (c.part && c.parent !== null) (children.get(c.parent) ?? children.set(c.parent, []).get(c.parent)!).push(i);
  for (const [parent, kids] of children) {
    // (a breakdown in a later sentence that does not say whose it is may be of a count the report does not take: "3,512 were
    // children, (923 dead and 2,589 injured)" after "3,498 killed and 7,920 injured")
    if (cands[parent]!.part || new Set(kids.filter((k) => cands[k]!.own).map((k) => cands[k]!.metric)).size < 2 || !kids.some((k) => cands[k]!.sentence === cands[parent]!.sentence || cands[k]!.ofThose)) continue;
    keep[parent] = false;
    // (of the killed and the wounded: none; of refugees and the displaced inside: the displaced, as analysts read it)
    if (kids.some((k) => family(cands[k]!.metric) !== "moved")) mixed.add(parent);
    else displaced.add(parent);
    for (const k of kids) keep[k] = true;
  }
  // parts across sentences: counts that add up to a total of the same kind given just before or just after ("Nine people
  // have been killed … Six people were killed at Pissele … three people were shot dead in Bool-Kiiba")
  for (let t = 0; t < cands.length; t++) {
    const total = cands[t]!;
    if (!keep[t]) continue;
    // a range or a vague crowd ("hundreds", "200 to 300") adds up to nothing exactly
    const near = (i: number) => i !== t && cands[i]!.low === null && !(total.place && cands[i]!.sentence === total.sentence) && family(cands[i]!.metric) === family(total.metric) && cands[i]!.unit === total.unit && cands[i]!.value < total.value;
    const after: number[] = [];
    // a list of places may come some sentences after the total it breaks down (a quote between)
    for (let i = t + 1; i < cands.length && cands[i]!.sentence - total.sentence <= 8; i++) if (near(i)) after.push(i);
    const before: number[] = [];
    for (let i = t - 1; i >= 0 && total.sentence - cands[i]!.sentence <= 1; i--) if (near(i)) before.unshift(i);
    const soon = after.filter((i) => cands[i]!.sentence - total.sentence <= 3);
    for (const run of [sumRun(cands, soon, total.value), sumRun(cands, before, total.value), listRun(cands, after, total.value), placeRun(cands, soon, total.value)]) for (const i of run) keep[i] = false;
  }
  const byValue = new Map<number, number[]>();
  for (const [i, c] of cands.entries()) (byValue.get(c.value) ?? byValue.set(c.value, []).get(c.value)!).push(i);
  const largest = new Map<string, number>();
  for (const [i, c] of cands.entries()) if (keep[i] && !c.subgroup) largest.set(c.metric, Math.max(largest.get(c.metric) ?? 0, c.value));
  for (const [i, c] of cands.entries()) {
    if (!keep[i]) continue;
    // named again ("the 4,000 displaced persons were mostly women"): the figure was stated elsewhere
    if (c.definite && (byValue.get(c.value) ?? []).some((j) => j !== i && (!cands[j]!.definite || j < i) && (c.value >= 10 || cands[j]!.metric === c.metric))) keep[i] = false;
    // added to a different count of the same metric given just before ("a further 2,000 displaced since Monday")
    else if (c.increment && earlier(cands, i, 3).some((j) => keep[j] && cands[j]!.metric === c.metric && cands[j]!.unit === c.unit && cands[j]!.value > c.value)) keep[i] = false;
    // one group of the victims, with a larger count of the same kind in the report
    else if (c.subgroup && (largest.get(c.metric) ?? 0) > c.value) keep[i] = false;
  }
  const proposals = cands.map(({ sentence: _s, noFigure: _n, ofThose: _t, part: _p, parent: _r, definite: _d, increment: _i, subgroup: _g, place: _l, own: _o, aside: _a, ...p }, i): Doubted =>
    keep[i] ? { ...p, doubted: false } : { ...p, metric: displaced.has(i) ? "idps" : p.metric, confidence: Math.max(0.1, Math.round((p.confidence - PART_DOUBT) * 100) / 100), doubted: true },
  );
  return proposals.filter((_, i) => !cands[i]!.noFigure && (keep[i] || (parts === "doubt" && !mixed.has(i))));
}

/** The candidates before `i` within `sentences` sentences of it. */
function earlier(cands: readonly Candidate[], i: number, sentences: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && cands[i]!.sentence - cands[j]!.sentence <= sentences; j--) out.push(j);
  return out;
}

/** Two or more consecutive counts that add up to `total` exactly. */
function sumRun(cands: readonly Candidate[], idx: readonly number[], total: number): number[] {
  for (let a = 0; a < idx.length; a++) {
    let sum = 0;
    for (let b = a; b < idx.length; b++) {
      sum += cands[idx[b]!]!.value;
      if (sum === total && b > a) return idx.slice(a, b + 1);
      if (sum > total) break;
    }
  }
  return [];
}

/**
 * Two or more consecutive counts by place or month, of one metric, just after a total, that make up half of it or more
 * ("In Kalehe, 700 people died. In Masisi, 300 …"; but "190,000 refugees having fled to Cameroon … In August 2014,
 * 508,000 people remained internally displaced" are two kinds, no list).
 */
function placeRun(cands: readonly Candidate[], idx: readonly number[], total: number): number[] {
  for (let a = 0; a < idx.length; a++) {
    if (!cands[idx[a]!]!.place) continue;
    const metric = cands[idx[a]!]!.metric;
    let b = a;
    let sum = 0;
    while (b < idx.length && cands[idx[b]!]!.place && cands[idx[b]!]!.metric === metric && sum + cands[idx[b]!]!.value <= total) sum += cands[idx[b++]!]!.value;
    if (b - a >= 2 && sum >= total / 2) return idx.slice(a, b);
  }
  return [];
}

/** Three or more counts of one sentence, each by a place, that make up most of `total` ("1,830,711 people fled to Poland, 459,485 – to Romania, …"). */
function listRun(cands: readonly Candidate[], idx: readonly number[], total: number): number[] {
  const bySentence = new Map<number, number[]>();
  for (const i of idx) if (cands[i]!.place) bySentence.set(cands[i]!.sentence, [...(bySentence.get(cands[i]!.sentence) ?? []), i]);
  for (const run of bySentence.values()) {
    const sum = run.reduce((s, i) => s + cands[i]!.value, 0);
    if (run.length >= 3 && sum <= total && sum >= total / 2) return run;
  }
  return [];
}

/** The candidates from `from` on, each part's total renumbered among them (none, where its total came before `from`). */
export function offeredFrom(out: Candidate[], from: number): Candidate[] {
  if (from <= 0) return out;
  const renumbered = new Map<number, number>();
  out.forEach((c, i) => {
    if (c.start >= from) renumbered.set(i, renumbered.size);
  });
  return out.filter((c) => c.start >= from).map((c) => (c.parent === null ? c : { ...c, parent: renumbered.get(c.parent) ?? null }));
}
