import { describe, expect, it } from "vitest";
import { parseMetricInput } from "./schema";

const valid = { name: "Weekly arrivals", slug: "weekly_arrivals", kind: "rate", unit: "people_per_week", hxlTag: "#affected+arrivals" };

describe("metric schema", () => {
  it("accepts a rate with a per-period unit and a stock counted in people", () => {
    expect(parseMetricInput(valid).ok).toBe(true);
    expect(parseMetricInput({ ...valid, slug: "returns", kind: "stock", unit: "people" }).ok).toBe(true);
  });

  it("a rate needs a per-period unit; a stock must not have one", () => {
    const rate = parseMetricInput({ ...valid, unit: "people" });
    expect(rate.ok ? [] : rate.errors.unit).toEqual(["A rate needs a per-period unit: people per day, per week or per month."]);
    const stock = parseMetricInput({ ...valid, kind: "stock" });
    expect(stock.ok ? [] : stock.errors.unit).toEqual(["A stock is a count at a date: its unit is people, not people per period."]);
  });

  it("says what to fix in the id and the HXL tag", () => {
    const r = parseMetricInput({ ...valid, slug: "Weekly Arrivals", hxlTag: "affected" });
    expect(r.ok ? {} : r.errors).toEqual({
      slug: ["Use lower-case letters, digits and underscores, starting with a letter, e.g. weekly_arrivals."],
      hxlTag: ["Enter an HXL hashtag with attributes, e.g. #affected+killed."],
    });
  });
});
