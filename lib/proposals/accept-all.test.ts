import { describe, expect, it } from "vitest";
import { acceptAllPlan, type PlanCard } from "./accept-all";

const values = { conflict: "syria", metric: "deaths", value: "70,000", refDate: "2013-03-01", source: "UN", quote: "q" };
const card = (key: string, over: Partial<PlanCard> = {}): PlanCard => ({ key, state: "pending", values, ...over });

describe("acceptAllPlan", () => {
  it("takes every pending card that needs no look, in order", () => {
    expect(acceptAllPlan([card("a"), card("b", { state: "accepted" }), card("c", { state: "rejected" }), card("d")])).toEqual({ take: ["a", "d"], held: [] });
  });

  it("holds back a card that warns, may repeat a figure on record, or lacks a metric or source", () => {
    const cards = [
      card("ok"),
      card("unit", { warning: "The report gives this per day, but \u201cDeaths\u201d counts a total" }),
      card("similar", { similar: [12] }),
      card("no-source", { values: { ...values, source: "  " } }),
      card("no-metric", { values: { ...values, metric: "" } }),
    ];
    expect(acceptAllPlan(cards)).toEqual({ take: ["ok"], held: ["unit", "similar", "no-source", "no-metric"] });
  });
});
