import { describe, expect, it } from "vitest";
import type { Proposal } from "@/lib/extraction/extract";
import { guessConflict, metricFor, NO_SOURCE, proposalValues, reviewItems, textRuns, unitRefusal, withSimilar, type MetricUnit } from "./review";

const METRICS: MetricUnit[] = [
  { slug: "deaths", name: "Deaths", kind: "stock", unit: "people" },
  { slug: "refugees", name: "Refugees", kind: "stock", unit: "people" },
  { slug: "daily_outflow", name: "Daily outflow", kind: "rate", unit: "people_per_day" },
];

const TEXT = "The UN says about 70,000 people have been killed. At least 5,000 Syrians a day are fleeing, it said.";
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, quote: words });

function proposal(over: Partial<Proposal & { key: string }> & Pick<Proposal, "quote" | "start" | "end">): Proposal & { key: string } {
  return { metric: "deaths", value: 70000, low: null, high: null, qualifier: "about", unit: "people", source: "UN", asOf: "2013-03-01", confidence: 0.9, key: `k${over.start}-${over.value ?? 70000}`, ...over };
}

const deaths = proposal(at("about 70,000 people have been killed"));
const outflow = proposal({ ...at("At least 5,000 Syrians a day are fleeing"), metric: "daily_outflow", value: 5000, qualifier: "at_least", unit: "people_per_day" });
const base = { text: TEXT, reportId: 7, conflict: "syria", publisher: "Testland Times", proposals: [deaths, outflow], decisions: [], figures: [], metrics: METRICS };

describe("reviewItems", () => {
  it("offers every proposal when nothing was decided, with the figure form's values", () => {
    const items = reviewItems(base);
    expect(items.map((i) => i.state)).toEqual(["pending", "pending"]);
    expect(items[1]!.values).toEqual({
      conflict: "syria", metric: "daily_outflow", value: "5,000", low: "", high: "", qualifier: "at_least", refDate: "2013-03-01", source: "UN", quote: outflow.quote, reportId: "7",
    });
  });

  it("remembers a rejection, and shows an accepted one as its figure while the figure lives", () => {
    const decisions = [
      { key: deaths.key, outcome: "rejected" as const, figureId: null, decidedBy: "ed@example.org", decidedAt: "2026-11-28T00:00:00.000Z" },
      { key: outflow.key, outcome: "accepted" as const, figureId: 41, decidedBy: "ed@example.org", decidedAt: "2026-11-28T00:00:00.000Z" },
    ];
    const figure = { id: 41, metric: "daily_outflow", value: 6000, quote: "edited before accepting", status: "draft" as const };
    const items = reviewItems({ ...base, decisions, figures: [figure] });
    expect(items.map((i) => [i.state, i.figure?.id, i.decided?.by])).toEqual([["rejected", undefined, "ed@example.org"], ["accepted", 41, "ed@example.org"]]);
    // the figure it became was deleted: the proposal is offered again
    expect(reviewItems({ ...base, decisions: decisions.slice(1), figures: [] })[1]!.state).toBe("pending");
  });

  it("counts a figure entered by hand from the same words as that proposal taken, once", () => {
    const byHand = { id: 9, metric: "deaths", value: 70000, quote: "70,000 people have been killed", status: "published" as const };
    const twin = proposal({ ...at("about 70,000 people have been killed"), key: "twin" });
    const items = reviewItems({ ...base, proposals: [deaths, twin, outflow], figures: [byHand] });
    expect(items.map((i) => [i.state, i.figure?.id])).toEqual([["accepted", 9], ["pending", undefined], ["pending", undefined]]);
  });

  it("after the text was edited, takes the figure an old clause's decision made for the clause it now sits in", () => {
    const figure = { id: 41, metric: "deaths", value: 70000, quote: "70,000 people have been killed", status: "draft" as const };
    const old = { key: "clause-before-the-edit", outcome: "accepted" as const, figureId: 41, decidedBy: "ed@example.org", decidedAt: "2026-11-28T00:00:00.000Z" };
    expect(reviewItems({ ...base, decisions: [old], figures: [figure] }).map((i) => [i.state, i.figure?.id])).toEqual([["accepted", 41], ["pending", undefined]]);
    // a decision on a proposal still offered keeps its figure to itself
    const twin = proposal({ ...at("about 70,000 people have been killed"), key: "twin" });
    const kept = { ...old, key: twin.key };
    expect(reviewItems({ ...base, proposals: [deaths, twin], decisions: [kept], figures: [figure] }).map((i) => [i.state, i.figure?.id])).toEqual([["pending", undefined], ["accepted", 41]]);
  });

  it("does not take a figure with another value, metric, or words elsewhere in the text", () => {
    const figures = [
      { id: 1, metric: "deaths", value: 60000, quote: "70,000 people have been killed", status: "published" as const },
      { id: 2, metric: "refugees", value: 70000, quote: "70,000 people have been killed", status: "published" as const },
      { id: 3, metric: "deaths", value: 70000, quote: "it said", status: "published" as const },
      { id: 4, metric: "deaths", value: 70000, quote: null, status: "published" as const },
    ];
    expect(reviewItems({ ...base, figures })[0]!.state).toBe("pending");
  });
});

describe("metricFor", () => {
  it("keeps the proposal's metric when it counts in the same unit", () => {
    expect(metricFor({ metric: "deaths", unit: "people" }, METRICS)).toEqual({ slug: "deaths" });
  });

  it("moves a rate to a metric of its period, or warns when there is none", () => {
    const weekly = [...METRICS, { slug: "weekly_outflow", name: "Weekly outflow", kind: "rate" as const, unit: "people_per_week" }];
    expect(metricFor({ metric: "daily_outflow", unit: "people_per_week" }, weekly)).toEqual({ slug: "weekly_outflow" });
    const none = metricFor({ metric: "daily_outflow", unit: "people_per_week" }, METRICS);
    expect(none.slug).toBe("daily_outflow");
    expect(none.warning).toMatch(/per week, but \u201cDaily outflow\u201d counts per day/);
    // deaths a day are not an outflow, whatever metric counts per day
    expect(metricFor({ metric: "deaths", unit: "people_per_day" }, METRICS).warning).toMatch(/per day, but \u201cDeaths\u201d counts a total/);
  });

  it("asks for a metric when the proposal's is not on record", () => {
    expect(metricFor({ metric: "injured", unit: "people" }, METRICS)).toEqual({ slug: "", warning: expect.stringMatching(/No metric on record is \u201cinjured\u201d/) });
  });
});

describe("guessConflict", () => {
  const conflicts = [{ slug: "syria", name: "Syria" }, { slug: "drc", name: "Democratic Republic of the Congo" }, { slug: "iraq", name: "Iraq" }];
  it("takes the conflict the text names most, its adjective included", () => {
    expect(guessConflict("Syrian refugees fled to Iraq. Syria's war goes on.", conflicts)).toBe("syria");
    expect(guessConflict("Fighting in the Democratic Republic of the Congo.", conflicts)).toBe("drc");
  });
  it("guesses nothing when no conflict is named", () => expect(guessConflict("Floods in the valley.", conflicts)).toBeNull());
});

describe("textRuns", () => {
  it("cuts the text into plain runs and one run per clause, proposals sharing a clause sharing its run", () => {
    const again = proposal({ ...at("At least 5,000 Syrians a day are fleeing"), key: "again", value: 5001 });
    const inner = proposal({ ...at("70,000 people"), key: "inner" });
    const runs = textRuns(TEXT, [{ key: deaths.key, proposal: deaths }, { key: "inner", proposal: inner }, { key: outflow.key, proposal: outflow }, { key: "again", proposal: again }]);
    expect(runs.map((r) => r.text).join("")).toBe(TEXT);
    expect(runs.filter((r) => r.keys).map((r) => [r.text, r.keys])).toEqual([
      [deaths.quote, [deaths.key, "inner"]],
      [outflow.quote, [outflow.key, "again"]],
    ]);
  });
});

describe("proposalValues", () => {
  it("writes a range's bounds and leaves the conflict and metric as chosen", () => {
    const v = proposalValues({ ...deaths, low: 2000, high: 3000, value: 2000 }, { conflict: "", reportId: 3, metric: "", publisher: null });
    expect(v).toMatchObject({ conflict: "", metric: "", value: "2,000", low: "2,000", high: "3,000", reportId: "3", source: "UN" });
  });

  it("leaves the source empty when the extractor fell back to \u201cthe report\u201d for a report without a publisher", () => {
    const unnamed = { ...deaths, source: NO_SOURCE };
    expect(proposalValues(unnamed, { conflict: "", reportId: 3, metric: "deaths", publisher: null }).source).toBe("");
    expect(proposalValues(unnamed, { conflict: "", reportId: 3, metric: "deaths", publisher: "  " }).source).toBe("");
    // a report with a publisher: the extractor names it, never the stand-in; a name is kept as read
    expect(proposalValues({ ...deaths, source: "Naharnet" }, { conflict: "", reportId: 3, metric: "deaths", publisher: "Naharnet" }).source).toBe("Naharnet");
    // and an empty source repeats no stored figure
    const items = reviewItems({ ...base, publisher: null, proposals: [{ ...deaths, source: NO_SOURCE }] });
    expect(withSimilar(items, [{ id: 1, metric: "deaths", value: 70000, refDate: "2013-03-01", source: "" }])[0]!.similar).toBeUndefined();
  });
});

describe("withSimilar", () => {
  it("names the stored figures a pending proposal would repeat: same source (any case), metric, value and day", () => {
    const stored = [
      { id: 1, metric: "deaths", value: 70000, refDate: "2013-03-01", source: "un" },
      { id: 2, metric: "deaths", value: 70000, refDate: "2013-02-28", source: "UN" },
      { id: 3, metric: "refugees", value: 70000, refDate: "2013-03-01", source: "UN" },
      { id: 4, metric: "deaths", value: 70001, refDate: "2013-03-01", source: "UN" },
      { id: 5, metric: "deaths", value: 70000, refDate: "2013-03-01", source: "UNHCR" },
    ];
    const items = withSimilar(reviewItems(base), stored);
    expect(items.map((i) => i.similar)).toEqual([[1], undefined]);
    // a decided proposal needs no warning
    const rejected = reviewItems({ ...base, decisions: [{ key: deaths.key, outcome: "rejected", figureId: null, decidedBy: "x", decidedAt: "2026-11-28T00:00:00.000Z" }] });
    expect(withSimilar(rejected, stored)[0]!.similar).toBeUndefined();
  });
});

describe("unitRefusal", () => {
  it("refuses a proposal left on its own metric when that counts in another unit; a metric the editor chose is theirs", () => {
    expect(unitRefusal({ metric: "deaths", unit: "people_per_day" }, "deaths", METRICS)).toMatch(/per day, but \u201cDeaths\u201d counts a total/);
    expect(unitRefusal({ metric: "deaths", unit: "people_per_day" }, "daily_outflow", METRICS)).toBeNull();
    expect(unitRefusal({ metric: "deaths", unit: "people_per_day" }, "refugees", METRICS)).toBeNull();
    expect(unitRefusal({ metric: "deaths", unit: "people" }, "deaths", METRICS)).toBeNull();
  });
});
