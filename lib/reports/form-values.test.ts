import { describe, expect, it } from "vitest";
import { describeTextDifference, reportConflictRows } from "./form-values";

describe("reportConflictRows", () => {
  it("puts each field's two versions side by side, under the form's labels", () => {
    const rows = reportConflictRows(
      { title: "Mine ", publisher: "", url: "https://a.org", publishedOn: "2013-03-01", language: "en", fullText: "same text" },
      { title: "Theirs", publisher: "AFP", url: "https://a.org", publishedOn: "2013-03-01", language: "en", fullText: "same text" },
    );
    expect(rows.slice(0, 3)).toEqual([
      { label: "Title", mine: "Mine", theirs: "Theirs" },
      { label: "Publisher", mine: "", theirs: "AFP" },
      { label: "URL", mine: "https://a.org", theirs: "https://a.org" },
    ]);
    expect(rows.at(-1)).toEqual({ label: "Full text", mine: "9 characters", theirs: "9 characters" });
  });
});

describe("describeTextDifference", () => {
  it("shows where two long texts first differ, not the whole texts", () => {
    const start = "word ".repeat(100);
    const d = describeTextDifference(`${start}killed 70,000 people`, `${start}killed 60,000 people and more`);
    expect(d.mine).toBe(`520 characters; from character 508: \u201c\u2026word word killed 70,000 people\u201d`);
    expect(d.theirs).toMatch(/^529 characters; from character 508: .*killed 60,000 people and more\u201d$/);
  });

  it("says when one side is empty", () => {
    expect(describeTextDifference("", "text")).toEqual({ mine: "(empty)", theirs: "4 characters; from character 1: \u201ctext\u201d" });
  });
});
