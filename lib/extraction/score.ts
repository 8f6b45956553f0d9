// Scores proposals against what an analyst took from the same text: (metric, value) precision and recall,
// and how often the qualifier is right among the matched figures. Pure; used by the tests and the benchmark.
import type { Proposal } from "./extract";

export type Expected = { metric: string; value: number; qualifier: string; unit?: string };
export type Score = { truePositives: number; proposed: number; expected: number; precision: number; recall: number; qualifierRight: number; qualifierRate: number };

/** A passage's figures as an analyst took them, and the extractor's proposals for it. */
export type ScoreCase = { expected: readonly Expected[]; proposed: readonly Pick<Proposal, "metric" | "value" | "qualifier">[] };

/** Matches each expected figure to at most one proposal with the same metric and value. */
export function score(cases: readonly ScoreCase[]): Score {
  let [tp, proposed, expected, qualifierRight] = [0, 0, 0, 0];
  for (const c of cases) {
    proposed += c.proposed.length;
    expected += c.expected.length;
    const left = [...c.proposed];
    for (const e of c.expected) {
      const i = left.findIndex((p) => p.metric === e.metric && p.value === e.value);
      if (i < 0) continue;
      tp += 1;
      if (left[i]!.qualifier === e.qualifier) qualifierRight += 1;
      left.splice(i, 1);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return { truePositives: tp, proposed, expected, precision: ratio(tp, proposed), recall: ratio(tp, expected), qualifierRight, qualifierRate: ratio(qualifierRight, tp) };
}
