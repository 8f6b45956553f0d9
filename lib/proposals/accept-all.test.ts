import { describe, expect, it } from "vitest";
import { acceptAllPlan, nextPending, repeatsOf, type PlanCard } from "./accept-all";

const values = { conflict: "syria", metric: "deaths", value: "70,000", refDate: "2013-03-01", source: "UN", quote: "q" };
const card = (key: string, over: Partial<PlanCard> = {}): PlanCard => ({ key, state: "pending", values, ...over });
/** A card with a figure of its own (its value is its number). */
const own = (n: number, over: Partial<PlanCard> = {}): PlanCard => card(String(n), { ...over, values: { ...values, value: String(n), ...over.values } });

describe("acceptAllPlan", () => {
  it("takes every pending card that needs no look, in order", () => {
    expect(acceptAllPlan([own(1), own(2, { state: "accepted" }), own(3, { state: "rejected" }), own(4)])).toEqual({ take: ["1", "4"], held: [] });
  });

  it("holds back a card that warns, may repeat a figure on record, or lacks a metric or source", () => {
    const cards = [
      own(1),
      own(2, { warning: "The report gives this per day, but \u201cDeaths\u201d counts a total" }),
      own(3, { similar: [12] }),
      own(4, { values: { source: "  " } }),
      own(5, { values: { metric: "" } }),
    ];
    expect(acceptAllPlan(cards)).toEqual({ take: ["1"], held: ["2", "3", "4", "5"] });
  });

  it("holds back a count the extractor's model added where the rules read no metric", () => {
    expect(acceptAllPlan([own(1), own(2, { added: true })])).toEqual({ take: ["1"], held: ["2"] });
  });
});

describe("repeatsOf", () => {
  it("marks a pending card giving the same figure as an earlier one (metric, value, day, source in any case); Accept all takes the first", () => {
    const cards = [
      card("headline"),
      card("other-day", { values: { ...values, refDate: "2013-02-28" } }),
      card("body", { values: { ...values, value: "70000", source: "un " } }),
      card("other-source", { values: { ...values, source: "UNHCR" } }),
      card("again", { values: { ...values, value: "70 000" } }),
    ];
    expect([...repeatsOf(cards)]).toEqual([["body", "headline"], ["again", "headline"]]);
    expect(acceptAllPlan(cards)).toEqual({ take: ["headline", "other-day", "other-source"], held: ["body", "again"] });
  });

  it("counts an accepted card wherever it stands, and neither a rejected card nor one with an empty field", () => {
    const cards = [
      card("pending-first"),
      card("accepted-later", { state: "accepted" }),
      card("rejected", { state: "rejected", values: { ...values, metric: "refugees" } }),
      card("refugees", { values: { ...values, metric: "refugees" } }),
      card("no-source", { values: { ...values, source: "" } }),
      card("no-source-2", { values: { ...values, source: "" } }),
    ];
    expect([...repeatsOf(cards)]).toEqual([["pending-first", "accepted-later"]]);
  });
});

describe("nextPending", () => {
  const cards = [own(1), own(2, { state: "accepted" }), own(3), own(4), own(5, { state: "rejected" })];
  it("goes to the next pending card after the one decided, else the nearest before it, else none", () => {
    expect(nextPending(cards, ["3"], "3")).toBe("4");
    expect(nextPending(cards, ["4"], "4")).toBe("3");
    expect(nextPending(cards, ["1", "3", "4"], "4")).toBeNull();
  });
  it("goes to the first pending card from the top after Accept all", () => {
    expect(nextPending(cards, ["1"])).toBe("3");
  });
});
