import { describe, expect, it } from "vitest";
import { highlightQuotes } from "./highlight";

describe("highlightQuotes", () => {
  const text = "BEIRUT \u2014 The U.N. says about 70,000 people have been killed.\nAt least 5,000 Syrians a day are fleeing.";

  it("cuts the text into plain runs and quotes, losing no character", () => {
    const segments = highlightQuotes(text, [
      { id: 7, quote: "at least 5,000 Syrians a day" },
      { id: 3, quote: "\u201cabout 70,000 people have been killed\u201d".slice(1, -1) },
      { id: 9, quote: null },
      { id: 11, quote: "not in this text" },
    ]);
    expect(segments).toEqual([
      { text: "BEIRUT \u2014 The U.N. says " },
      { text: "about 70,000 people have been killed", figureId: 3 },
      { text: ".\n" },
      { text: "At least 5,000 Syrians a day", figureId: 7 },
      { text: " are fleeing." },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("gives the whole text as one run when no quote is in it", () => {
    expect(highlightQuotes(text, [])).toEqual([{ text }]);
    expect(highlightQuotes("", [{ id: 1, quote: "x" }])).toEqual([]);
  });
});
