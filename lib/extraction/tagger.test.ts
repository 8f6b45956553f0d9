import { describe, expect, it } from "vitest";
import { extractFigures, extractWithDoubts } from "./extract";
import { readByRules } from "./read";
import { tagged } from "./tagged";
import { featuresOf, modelOf, probabilities, TAGS, type Model, type Tag } from "./tagger";
import WEIGHTS from "./tagger-weights.json";
import { labelsOf, train, TRAINING } from "./train";
import { annotatedPassages, examplesOf, trainingDigest } from "./training-set";

const options = { publishedOn: "2019-02-01", publisher: "Wire" };
const read = (text: string) => readByRules(text, options);

/** A model that reads every number as `tag`, as sure as `sure` (the rest shared evenly among the other tags). */
function always(tag: Tag, sure = 0.99): Model {
  const odds = Math.log((sure * (TAGS.length - 1)) / (1 - sure));
  return new Map([["bias", TAGS.map((t) => (t === tag ? odds : 0))]]);
}
const pairs = (text: string, model: Model) => tagged(read(text), options, model).map((p) => [p.metric, p.value]);

describe("the tagger's labels", () => {
  it("places an annotated figure on the count, not on a day of the same value", () => {
    const text = "Rann already saw an exodus of some 9,000 people earlier this month after a Boko Haram attack on January 14 left 14 people dead.";
    const { reading } = read(text);
    const labels = labelsOf(reading, [
      { metric: "idps", value: 9000, qualifier: "about", quote: "an exodus of some 9,000 people" },
      { metric: "deaths", value: 14, qualifier: "exact", quote: "a Boko Haram attack on January 14 left 14 people dead" },
    ]);
    expect(reading.mentions.map((m, i) => [m.n.text, labels[i]])).toEqual([
      ["9,000", "idps"],
      ["14", "none"],
      ["14", "deaths"],
    ]);
  });

  it("places a figure said twice on the number in its quote", () => {
    const text = "Some 300 people were killed on Monday. Officials later confirmed that 300 people were killed.";
    const { reading } = read(text);
    expect(labelsOf(reading, [{ metric: "deaths", value: 300, qualifier: "exact", quote: "Officials later confirmed that 300 people were killed" }])).toEqual(["none", "deaths"]);
  });
});

describe("training", () => {
  const examples = [
    ...Array.from({ length: 30 }, () => ({ features: ["bias", "word=killed"], tag: "deaths" as const })),
    ...Array.from({ length: 30 }, () => ({ features: ["bias", "word=fled"], tag: "refugees" as const })),
    ...Array.from({ length: 30 }, () => ({ features: ["bias", "word=budget"], tag: "none" as const })),
  ];
  const options = { ...TRAINING, epochs: 5, seeds: 2 };

  it("learns which words make which figure, and writes the same weights every time", () => {
    const weights = train(examples, options);
    const model = modelOf(weights);
    const top = (words: string[]) => TAGS[probabilities(model, { own: ["bias", ...words], sentence: [] }).reduce((best, p, i, all) => (p > all[best]! ? i : best), 0)];
    expect([top(["word=killed"]), top(["word=fled"]), top(["word=budget"])]).toEqual(["deaths", "refugees", "none"]);
    expect(train(examples, options)).toEqual(weights);
    // (a line per feature: its name, then a weight per tag; features that weigh nothing are left out)
    expect(weights.lines.every((line) => line.split(" ").length === TAGS.length + 1)).toBe(true);
  });

  it("refuses weights written for other tags, and says how to make new ones", () => {
    expect(() => modelOf({ tags: ["none", "deaths"], lines: [] })).toThrow(/npm run train:tagger/);
  });

  it("ships weights learnt from the fixtures and code as they are now (else: npm run train:tagger)", () => {
    expect(WEIGHTS.digest, "the tagger's weights are stale: run npm run train:tagger and commit lib/extraction/tagger-weights.json").toBe(trainingDigest(examplesOf(annotatedPassages())));
    // (it reads every annotated passage, about 2 s alone: room for a machine whose two cores are busy)
  }, 30_000);
});

describe("what the tagger may do to the rules' reading", () => {
  it("drops the rules' proposals it reads as no figure", () => {
    expect(pairs("At least 12 people were killed in the attack.", always("none"))).toEqual([]);
  });

  it("adds a number of people the rules found no metric for, less sure, with the rules' qualifier, quote and offsets", () => {
    const text = "About 4,000 people were in the town.";
    expect(read(text).proposals).toEqual([]);
    const [added, ...rest] = tagged(read(text), options, always("idps"));
    expect(rest).toEqual([]);
    expect(added).toMatchObject({ metric: "idps", value: 4000, qualifier: "about", unit: "people", source: "Wire", asOf: "2019-02-01", added: true });
    expect(text.slice(added!.start, added!.end)).toBe(added!.quote);
    expect(added!.confidence).toBeLessThanOrEqual(0.5);
  });

  it("gives an added figure the qualifier the rules read, restated after 'or' too", () => {
    const text = "More than 46,000 families, or 220,000 persons, are now in the town.";
    expect(tagged(read(text), options, always("idps")).map((p) => [p.value, p.qualifier])).toEqual([[220_000, "more_than"]]);
  });

  it("never adds what the issue rules out, nor what the rules leave out by design, however sure it is", () => {
    expect(pairs("The council passed three resolutions in 2014 and spent $5 million, 40 percent of its budget.", always("deaths"))).toEqual([]);
    expect(pairs("Around 650,000 people have been left without electricity in the east.", always("idps"))).toEqual([]);
  });

  it("adds nothing when torn between two metrics", () => {
    const torn: Model = new Map([["bias", TAGS.map((t) => (t === "refugees" || t === "idps" || t === "deaths" ? 3 : 0))]]);
    expect(pairs("About 4,000 people were in the town.", torn)).toEqual([]);
  });

  it("gives a count another metric, but never a rate, nor refugees for the displaced at home or the other way round", () => {
    expect(pairs("At least 12 people were killed in the attack.", always("injured"))).toEqual([["injured", 12]]);
    expect(pairs("Some 5,000 people a day are fleeing into Uganda.", always("deaths"))).toEqual([["daily_outflow", 5000]]);
    expect(pairs("In Cameroon, more than 33,000 Cameroonians have taken refuge in schools.", always("refugees"))).toEqual([["idps", 33_000]]);
  });

  it("leaves a metric it was not taught (from the Metric table's keywords) as the rules read it", () => {
    const missing = { slug: "missing", pattern: /\bmissing\b/g };
    const text = "Another 40 people are still missing.";
    const ruled = readByRules(text, { ...options, metrics: [missing] });
    expect(tagged(ruled, options, always("none")).map((p) => [p.metric, p.value])).toEqual([["missing", 40]]);
  });
});

describe("the shipped tagger", () => {
  it("reads a metric of the Metric table's keywords as one it was not taught, and the rest as without it", () => {
    const text = "At least 12 people were killed and 40 are missing after the attack.";
    const plain = readByRules(text, options).reading;
    const custom = readByRules(text, { ...options, metrics: [{ slug: "missing", pattern: /\bmissing\b/g }, { slug: "civilians-killed", pattern: /\bkilled\b/g }] }).reading;
    const [deaths, missing] = [featuresOf(plain)[0]!, featuresOf(custom)[1]!];
    // (its own words weigh as before; what the rest of the passage counts now has one more: "other")
    const ownWords = (f: readonly string[]) => f.filter((name) => !/^(?:passage|next|previous)/.test(name));
    expect(ownWords(featuresOf(custom)[0]!.own)).toEqual(ownWords(deaths.own));
    expect(missing.own).toContain("rule=other");
  });

  it("reads every number the rules weigh, and only those, in one pass", () => {
    const { reading } = read("The council passed three resolutions in 2014. At least 12 people were killed.");
    const some = featuresOf(reading, (i) => reading.mentions[i]!.n.value === 12);
    expect(some.map((f) => f !== null)).toEqual([false, false, true]);
    expect(featuresOf(reading)[2]).toEqual(some[2]);
  });

  it("leaves the stricter reading to what the rules propose outright", () => {
    const text = "In Eastern Chad, over 240,000 Sudanese now live in camps.";
    expect(extractWithDoubts(text, options).map((p) => [p.metric, p.value, p.added ?? false])).toEqual([["refugees", 240_000, true]]);
    expect(extractFigures(text, { ...options, parts: "drop" })).toEqual([]);
  });
});
