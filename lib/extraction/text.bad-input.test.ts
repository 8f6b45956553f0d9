// The extractor on any text at all — random characters, number-dense junk, broken unicode, huge numbers,
// dates that do not exist, a report date or publisher of any kind — never throws, and every proposal it makes
// is well formed: a whole count 0–10¹⁰ inside its bounds, its words at their offsets, a real day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDay } from "@/lib/dates";
import { MAX_COUNT } from "@/lib/figures/numbers";
import { QUALIFIERS } from "@/lib/figures/qualifiers";
import { anyString, runs } from "@/lib/security/bad-input-kit";
import { extractFigures, type Proposal } from "./extract";

const WORDS = [
  "killed", "dead", "deaths", "refugees", "fled", "displaced", "injured", "about", "at least", "more than", "up to", "nearly", "some",
  "million", "thousand", "hundreds of thousands", "a quarter of a million", "per day", "a week", "between", "and", "to", "-", "–", "%",
  "$", "UNHCR said", "according to", "on 3 March", "last week", "yesterday", "31 February 2013", "2013", "Jan.", "U.N.", "Mr.", "\n", "•",
  "(", ")", ",", ".", ";", "“", "”", "'", "people", "civilians", "children", "crossed into", "Turkey", "estimated", "projected",
];
/** Text that looks like a situation report: numbers of every shape among the words the rules look for. */
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.integer({ min: 0, max: 2 ** 53 - 1 }).map(String),
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => n.toLocaleString("en-US")),
      fc.double({ noNaN: false }).map(String),
      fc.constantFrom("1e99", "1,00,000", "70 000", "٣٠٠", "１２３", "0x1F", "-5", "1.5 million", "99999999999999999999", "½"),
      anyString.filter((s) => s.length < 50),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(" "));

const publishedOn = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2013-02-30", "not a date", "", "0000-00-00", "9999-99-99"),
);

function wellFormed(text: string, p: Proposal): void {
  expect(Number.isInteger(p.value)).toBe(true);
  expect(p.value).toBeGreaterThanOrEqual(0);
  expect(p.value).toBeLessThanOrEqual(MAX_COUNT);
  if (p.low !== null) expect(p.low).toBeLessThanOrEqual(p.value);
  if (p.high !== null) expect(p.high).toBeGreaterThanOrEqual(p.value);
  expect(QUALIFIERS).toContain(p.qualifier);
  expect(p.start).toBeGreaterThanOrEqual(0);
  expect(p.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(p.start, p.end)).toBe(p.quote);
  expect(typeof p.source).toBe("string");
}

describe("the extractor on any text", () => {
  it("never throws, and every proposal is well formed (report-like junk, a real report date)", () => {
    fc.assert(
      fc.property(reportish, publishedOn.filter(isIsoDay), fc.option(anyString), (text, day, publisher) => {
        const proposals = extractFigures(text, { publishedOn: day, publisher });
        for (const p of proposals) {
          wellFormed(text, p);
          expect(isIsoDay(p.asOf)).toBe(true);
        }
      }),
      { numRuns: runs(120) },
    );
  });

  it("never throws on any string, nor with a report date that does not exist", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, reportish), publishedOn, (text, day) => {
        for (const p of extractFigures(text, { publishedOn: day })) wellFormed(text, p);
      }),
      { numRuns: runs(60) },
    );
  });
});
