// Proposes the figures in a report's text: value (and a range), qualifier, metric, unit, who said it, the day
// it refers to, and the clause it came from with its offsets. Pure: no network, no download. Two readers: rules that read
// the words around each number (read.ts, rules.ts), then a linear model whose weights ship in the repo (tagger.ts,
// tagged.ts), which keeps, drops, relabels or adds. The editor confirms every proposal.
import type { Qualifier } from "@/lib/figures/qualifiers";
import type { MetricRule } from "./rules";
import type { Doubted } from "./parts";
import { readByRules } from "./read";
import { tagged } from "./tagged";
import { withoutCarriageReturns } from "./text";

export type Proposal = {
  metric: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: "people" | "people_per_day" | "people_per_week" | "people_per_month";
  source: string;
  quote: string;
  start: number;
  end: number;
  asOf: string;
  confidence: number;
};

export type ExtractOptions = {
  publishedOn: string;
  publisher?: string | null;
  metrics?: readonly MetricRule[];
  /**
   * Counts that only break down, restate, update or compare with another, caseloads hosted before the events, totals of
   * the displaced at home and abroad, a witness's story: proposed less sure (the default), or left out ("drop"), and so
   * is a number the rules passed over that the tagger adds.
   */
  parts?: "doubt" | "drop";
  /**
   * Where the text proper starts: what comes before (a report's headline put ahead of it) is read for what it says of the
   * text, but proposes no figure, and no count of the text is read as a part or restatement of one of its counts.
   */
  readFrom?: number;
};

export function extractFigures(text: string, options: ExtractOptions): Proposal[] {
  return extractWithDoubts(text, options).map(asProposal);
}

/** A proposal as the API, the CLI and the review screen give it: without what the extractor keeps for itself. */
export function asProposal({ doubted: _d, mention: _m, added: _a, ...p }: Doubted): Proposal {
  return p;
}

/**
 * The proposals, each saying whether the stricter reading leaves it out (a part, a restatement, an update, a
 * comparison…): what the review screen marks, from one pass over the text.
 */
export function extractWithDoubts(original: string, options: ExtractOptions): Doubted[] {
  // Windows line ends ("\r\n") are read as "\n", and the offsets and quotes mapped back to the text as given
  const lf = withoutCarriageReturns(original);
  if (lf) return extractWithDoubts(lf.plain, options).map((p) => ({ ...p, ...lf.span(p.start, p.end) }));
  const read = readByRules(original, options);
  const proposals = tagged(read, options);
  // (the stricter reading proposes only what the rules propose outright: no part, and no number they passed over)
  return options.parts === "drop" ? proposals.filter((p) => !p.doubted && !p.added) : proposals;
}
