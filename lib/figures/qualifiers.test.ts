import { describe, expect, it } from "vitest";
import { describeValue, formatCount, QUALIFIERS, QUALIFIER_LABELS } from "./qualifiers";

describe("formatCount", () => {
  it("groups thousands with commas", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(70_000)).toBe("70,000");
    expect(formatCount(1_100_000)).toBe("1,100,000");
  });
});

describe("describeValue", () => {
  it("puts the qualifier's words before the number", () => {
    expect(describeValue(70_000, "more_than")).toBe("more than 70,000");
    expect(describeValue(70_000, "about")).toBe("about 70,000");
    expect(describeValue(93_000, "at_least")).toBe("at least 93,000");
    expect(describeValue(70_000, "nearly")).toBe("nearly 70,000");
    expect(describeValue(1_100_000, "projected")).toBe("projected 1,100,000");
  });

  it("gives just the number for an exact figure", () => {
    expect(describeValue(59_648, "exact")).toBe("59,648");
    expect(describeValue(59_648, "exact", "people")).toBe("59,648");
  });

  it("adds the period for a rate unit", () => {
    expect(describeValue(5_000, "at_least", "people_per_day")).toBe("at least 5,000 a day");
    expect(describeValue(200, "exact", "people_per_week")).toBe("200 a week");
    expect(describeValue(3_000, "about", "people_per_month")).toBe("about 3,000 a month");
  });

  it("adds nothing for an unknown unit", () => {
    expect(describeValue(12, "exact", "households")).toBe("12");
  });

  it("has a label for every qualifier", () => {
    for (const q of QUALIFIERS) expect(QUALIFIER_LABELS[q]).toBeTruthy();
  });
});
