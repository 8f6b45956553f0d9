import { describe, expect, it } from "vitest";
import { closestPassage, findQuote, quoteRanges } from "./quote-match";

const report = `BEIRUT — The United Nations says about 70,000 people have been killed in Syria's conflict.
The U.N. refugee agency said   at least 5,000 Syrians a day
are fleeing. “It is a catastrophe,” an official said.`;

describe("findQuote", () => {
  it("finds a quote however copy-and-paste changed its case, quotes, dashes and spacing", () => {
    const m = findQuote(report, "at least 5,000 Syrians a day are fleeing");
    expect(m.found).toBe(true);
    if (m.found) expect(report.slice(m.start, m.end)).toBe("at least 5,000 Syrians a day\nare fleeing");
    expect(findQuote(report, '"it is a catastrophe,"').found).toBe(true);
    expect(findQuote(report, "beirut - the united nations").found).toBe(true);
    expect(findQuote(report, "  ABOUT 70,000 PEOPLE have been killed ").found).toBe(true);
  });

  it("offers the closest passage when the quote is not in the text", () => {
    expect(findQuote(report, "about 60,000 people have been killed in Syria")).toEqual({
      found: false,
      suggestion: "about 70,000 people have been killed in Syria",
    });
  });

  it("offers nothing when no passage is alike", () => {
    expect(findQuote(report, "the ceasefire held through the winter months")).toEqual({ found: false, suggestion: null });
    expect(closestPassage("", "anything")).toBeNull();
    expect(findQuote(report, "   ")).toEqual({ found: false, suggestion: null });
  });
});

describe("quoteRanges", () => {
  it("places each found quote once, in order, dropping overlaps and the quotes not found", () => {
    const ranges = quoteRanges(report, [
      { id: 2, quote: "5,000 Syrians a day" },
      { id: 1, quote: "about 70,000 people have been killed" },
      { id: 3, quote: "Syrians a day are fleeing" },
      { id: 4, quote: "not in the report at all" },
    ]);
    expect(ranges.map((r) => [r.id, report.slice(r.start, r.end)])).toEqual([
      [1, "about 70,000 people have been killed"],
      [2, "5,000 Syrians a day"],
    ]);
  });
});
