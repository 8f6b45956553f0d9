// How the tagger (tagger.ts) learns: which number of a reading each annotated figure was taken from, and a multinomial
// logistic regression fitted to those labels by stochastic gradient descent (AdaGrad steps, L2), averaged over a few
// shuffles so that one order of the examples does not decide the weights. Pure and deterministic (seeded); run by
// scripts/train-tagger.ts over the annotated development sets. A few dozen lines of arithmetic: no library fits sparse
// string-named features as simply, and the weights it writes are plain JSON the extractor reads.
import { isTag, TAGS, type Reading, type Tag, type Weights } from "./tagger";

/** A figure an analyst took from a passage: its metric and value, and the words it came from. */
export type Annotated = { metric: string; value: number; qualifier: string; quote?: string };

/**
 * The tag of each number of a reading: the metric of the annotated figure taken from it, else "none". A figure is
 * placed on a number of its value within its quote, else on one of its value still free.
 */
export function labelsOf(reading: Reading, figures: readonly Annotated[]): Tag[] {
  const labels: Tag[] = reading.mentions.map(() => "none");
  const taken = reading.mentions.map(() => false);
  for (const figure of figures) {
    if (!isTag(figure.metric)) continue;
    const quote = figure.quote?.replace(/\s+/g, " ").trim() ?? "";
    const at = quote ? reading.text.indexOf(quote.slice(0, 60)) : -1;
    // (within the quote, or else anywhere: the number the rules read as this metric first, then one they read as another, then
    // any but a trap, so that "on January 14 left 14 people dead" labels the count and not the day)
    const rank = (j: number) => {
      const { rule } = reading.mentions[j]!;
      return rule.candidate?.metric === figure.metric ? 0 : rule.candidate ? 1 : rule.passed === "trap" ? 3 : 2;
    };
    const free = reading.mentions.map((m, i) => (!taken[i] && m.n.value === figure.value ? i : -1)).filter((i) => i >= 0).sort((a, b) => rank(a) - rank(b) || a - b);
    const inQuote = (j: number) => at >= 0 && reading.mentions[j]!.n.start >= at && reading.mentions[j]!.n.start <= at + quote.length + 5;
    const i = free.find(inQuote) ?? free[0];
    if (i === undefined) continue;
    taken[i] = true;
    labels[i] = figure.metric as Tag;
  }
  return labels;
}

export type Example = { features: readonly string[]; tag: Tag };
export type TrainOptions = { epochs: number; rate: number; l2: number; seeds: number; seed: number };
export const TRAINING: TrainOptions = { epochs: 15, rate: 0.2, l2: 0.01, seeds: 5, seed: 7 };

/** Weights that read each example's features as its tag; rounded to three decimals, features that weigh nothing left out. */
export function train(examples: readonly Example[], options: TrainOptions = TRAINING): Weights {
  const k = TAGS.length;
  const sum = new Map<string, Float64Array>();
  for (let s = 0; s < options.seeds; s++) {
    for (const [name, w] of fit(examples, options, options.seed * 31 + s)) {
      const total = sum.get(name) ?? sum.set(name, new Float64Array(k)).get(name)!;
      for (let c = 0; c < k; c++) total[c]! += w[c]! / options.seeds;
    }
  }
  const lines: string[] = [];
  for (const name of [...sum.keys()].sort()) {
    const w = Array.from(sum.get(name)!, (x) => Math.round(x * 1000) / 1000);
    if (w.some((x) => Math.abs(x) >= 0.01)) lines.push([name, ...w].join(" "));
  }
  return { tags: [...TAGS], lines };
}

function fit(examples: readonly Example[], options: TrainOptions, seed: number): Map<string, Float64Array> {
  const k = TAGS.length;
  const w = new Map<string, Float64Array>();
  const g2 = new Map<string, Float64Array>();
  let state = seed;
  // (a linear congruential generator in 32-bit integer arithmetic: a float product would round past 2^53)
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { features, tag } = examples[i]!;
      const y = TAGS.indexOf(tag);
      scores.fill(0);
      for (const name of features) {
        const wx = w.get(name);
        if (wx) for (let c = 0; c < k; c++) scores[c]! += wx[c]!;
      }
      const top = Math.max(...scores);
      let z = 0;
      for (let c = 0; c < k; c++) z += (scores[c] = Math.exp(scores[c]! - top));
      for (const name of features) {
        const wx = w.get(name) ?? w.set(name, new Float64Array(k)).get(name)!;
        const gx = g2.get(name) ?? g2.set(name, new Float64Array(k)).get(name)!;
        for (let c = 0; c < k; c++) {
          const g = scores[c]! / z - (c === y ? 1 : 0) + options.l2 * wx[c]!;
          gx[c]! += g * g;
          wx[c]! -= (options.rate * g) / Math.sqrt(gx[c]! + 1e-8);
        }
      }
    }
  }
  return w;
}
