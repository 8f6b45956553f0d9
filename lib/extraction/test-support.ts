// Readings the rules tests share: the stricter one (parts: "drop"), as the rules were first written for it, and the letter.
import { expect } from "vitest";
import { extractFigures } from "./extract";

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
