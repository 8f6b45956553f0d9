import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";
import { score, type Expected } from "./score";

describe("score", () => {
  it("counts (metric, value) matches once each, and the qualifier among them", () => {
    const s = score([
      { expected: [{ metric: "deaths", value: 5, qualifier: "about" }, { metric: "deaths", value: 5, qualifier: "exact" }], proposed: [{ metric: "deaths", value: 5, qualifier: "about" }] },
      { expected: [], proposed: [{ metric: "refugees", value: 9, qualifier: "exact" }] },
    ]);
    expect(s).toMatchObject({ truePositives: 1, proposed: 2, expected: 2, precision: 0.5, recall: 0.5, qualifierRight: 1, qualifierRate: 1 });
  });

  it("is perfect on nothing asked and nothing given", () => expect(score([])).toMatchObject({ precision: 1, recall: 1, qualifierRate: 1 }));
});

type Sentence = { text: string; published: string | null; expected: Expected[] };
const sentences = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "real-sentences.json"), "utf8")) as Sentence[];

describe(`${sentences.length} real sentences from reports on other conflicts`, () => {
  const result = score(sentences.map((s) => ({ expected: s.expected, proposed: extractFigures(s.text, { publishedOn: s.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // a floor against regressions a little under what the rules reach today (0.99 precision, 0.975 recall, 0.97 qualifiers;
  // 0.88, 0.875 and 0.96 before the held-out passages were added);
  // the bar for unseen reports is 0.9, 0.9 and 0.85
  it("finds their figures at least as well as the rules did when this floor was set", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    expect(result.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.95);
  });
});

type Report = { text: string; published: string | null; expected: Expected[] };
const reports = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "real-reports.json"), "utf8")) as Report[];

// Held out: whole passages the rules were not written from, to check that they generalise (fixtures/README.md)
describe(`${reports.length} held-out report passages on other conflicts`, () => {
  const result = score(reports.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // today 1.0 precision, 0.95 recall, 0.95 qualifiers; before the rules were improved 0.65, 0.82 and 0.91
  it("finds their figures at least as well as when this floor was set", () => {
    expect(reports.length).toBeGreaterThanOrEqual(8);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.92);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.92);
  });
});

const dev2 = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "dev-reports-2.json"), "utf8")) as Report[];

// A second development set (fixtures/README.md), annotated before the extractor ran on it: its first look was the
// honest out-of-sample score; the rules were then written against it, so today's score is no longer one
describe(`${dev2.length} development passages of the second set`, () => {
  const result = score(dev2.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // first look 0.634 precision, 0.834 recall, 0.934 qualifiers; after the rules for parts, restatements and increments
  // 0.922, 0.972, 0.993; after the third set's fixes 0.910, 0.972, 0.993; after the fourth set's 0.946, 0.972, 0.993; 0.898
  // after the seventh and eighth sets' rules read by the letter, which take what this set's own annotations leave out
  // ("hundreds of lynchings", people who fled and were then given shelter or are to be sheltered: fixtures/LETTER.md)
  it("finds their figures at least as well as when this floor was set", () => {
    expect(dev2.length).toBeGreaterThanOrEqual(40);
    expect(result.precision).toBeGreaterThanOrEqual(0.88);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.97);
  });
});

const dev3 = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "dev-reports-3.json"), "utf8")) as Report[];

// A third set, annotated before the extractor ran on it and scored once with the rules written against the second set
describe(`${dev3.length} passages of the third set`, () => {
  const result = score(dev3.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // first look 0.848 precision, 0.848 recall, 0.964 qualifiers (the rules before this work: 0.813, 0.788, 0.981); after
  // its fixes 0.930, 1.0, 1.0; after the fourth set's 0.943, 1.0, 1.0
  it("finds their figures at least as well as when this floor was set", () => {
    expect(dev3.length).toBeGreaterThanOrEqual(15);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.97);
  });
});

const fresh = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "real-reports-fresh.json"), "utf8")) as Report[];

// Two more held-out batches, each annotated before the extractor ever ran on it: their first, blind scores say how the
// rules generalise (fixtures/README.md)
describe(`${fresh.length} fresh report passages, each batch scored blind once`, () => {
  const result = score(fresh.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // blind: batch 1 0.79 precision, 0.65 recall, 1.0 qualifiers; batch 2 0.60, 0.89, 0.97; batch 3 0.66, 0.66, 1.0;
  // batch 4 0.54, 0.70, 0.95; batch 5 0.56, 0.71, 0.90; batch 6 0.86, 0.95, 1.0 (pooled 0.64, 0.76, 0.97);
  // all six after the fixes 0.87, 0.94, 1.0; after the fourth development set's rules 0.942, 0.948, 1.0
  it("finds their figures at least as well as when this floor was set", () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.92);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.95);
  });
});

const dev4 = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "dev-reports-4.json"), "utf8")) as Report[];

// A fourth development set (fixtures/README.md): 20 passages drawn at random from one pool of 31 (the other 11 are
// blind-reports-2.json), annotated and committed before the extractor ran on them
describe(`${dev4.length} passages of the fourth set`, () => {
  const result = score(dev4.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // first look (rules of 6e09649): 0.808 precision (59/73), 0.797 recall (59/74), 0.966 qualifiers (57/59); after the rules
  // written from it: 0.986 (70/71), 0.946 (70/74), 0.986 (69/70)
  it("finds their figures at least as well as when this floor was set", () => {
    expect(dev4.length).toBeGreaterThanOrEqual(15);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.92);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.95);
  });
});

const dev5 = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "dev-reports-5.json"), "utf8")) as Report[];

// A fifth development set (fixtures/README.md), annotated and committed before the extractor ran on it; its first look was
// one more out-of-sample measure of the rules written from the fourth set
describe(`${dev5.length} passages of the fifth set`, () => {
  const result = score(dev5.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // first look (rules of 95de5d1): 0.758 precision (25/33), 0.694 recall (25/36), 0.92 qualifiers (23/25); the rules before
  // the fourth set (6e09649) scored 0.684, 0.722, 0.923 on it; after its own fixes 0.914 (32/35), 0.889 (32/36), 0.969 (31/32);
  // after the change to the letter (fixtures/LETTER.md: a day's crossings are a daily outflow, a daily average given to
  // compare with is one, where this set's annotations take neither) 0.838 (31/37), 0.861 (31/36), 0.935 (29/31)
  it("finds their figures at least as well as when this floor was set", () => {
    expect(dev5.length).toBeGreaterThanOrEqual(12);
    expect(result.precision).toBeGreaterThanOrEqual(0.83);
    expect(result.recall).toBeGreaterThanOrEqual(0.86);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.93);
  });
});

const dev6 = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "dev-reports-6.json"), "utf8")) as Report[];

// A sixth development set (fixtures/README.md), annotated and committed before the extractor ran on it
describe(`${dev6.length} passages of the sixth set`, () => {
  const result = score(dev6.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // first look (rules of f0c941d): 0.791 precision (34/43), 0.919 recall (34/37), 0.971 qualifiers (33/34); the rules before
  // the fourth set (6e09649) scored 0.786, 0.892, 0.97 on it; after its own fixes 0.973 (36/37), 0.973 (36/37), 0.944 (34/36)
  it("finds their figures at least as well as when this floor was set", () => {
    expect(dev6.length).toBeGreaterThanOrEqual(12);
    expect(result.precision).toBeGreaterThanOrEqual(0.94);
    expect(result.recall).toBeGreaterThanOrEqual(0.94);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.9);
  });
});
