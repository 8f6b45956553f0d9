// Readings the rules tests share: the stricter one (parts: "drop"), as the rules were first written for it, and the letter.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { extractFigures } from "./extract";
import { score, type Expected } from "./score";
import { FIXTURES, passageOf } from "./training-set";

export const one = (text: string, publishedOn = "2022-03-10") => extractFigures(text, { publishedOn, publisher: "Wire", parts: "drop" });

/** Metric, value, qualifier and unit of each proposal. */
export const brief = (text: string) => one(text).map((f) => [f.metric, f.value, f.qualifier, f.unit]);

/** The default reading (the letter): metric, value, qualifier and unit of each proposal. */
export const letter = (text: string, publishedOn = "2017-09-14") => extractFigures(text, { publishedOn }).map((f) => [f.metric, f.value, f.qualifier, f.unit]);

/** A sentence and the (metric, value) pairs it should give. */
export type PairCase = [string, (string | number)[][]];

/** Each sentence's proposals, as (metric, value) pairs, are what it should give. */
export function expectPairs(cases: readonly PairCase[], publishedOn = "2015-01-01"): void {
  for (const [text, want] of cases) expect(letter(text, publishedOn).map((f) => f.slice(0, 2)), text).toEqual(want);
}

/** How the extractor reads the passages of a letter annotation (fixtures/LETTER.md), each with its headline, as `npm run extract` does. */
function scoreAgainst(annotation: string) {
  const figures = JSON.parse(readFileSync(path.join(FIXTURES, annotation), "utf8")) as Record<string, Expected[]>;
  return score(
    Object.entries(figures).map(([key, expected]) => {
      const { text, options } = passageOf(key);
      return { expected, proposed: extractFigures(text, options) };
    }),
  );
}

/** A letter annotation's floor: at least this precision, recall and share of qualifiers right. */
export function atLeast(annotation: string, precision: number, recall: number, qualifiers: number) {
  const result = scoreAgainst(annotation);
  expect(result.expected).toBeGreaterThan(30);
  expect(result.precision).toBeGreaterThanOrEqual(precision);
  expect(result.recall).toBeGreaterThanOrEqual(recall);
  expect(result.qualifierRate).toBeGreaterThanOrEqual(qualifiers);
}
