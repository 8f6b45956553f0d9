import { describe, expect, it } from "vitest";
import { clauseAround, LONGEST_SENTENCE, sentences } from "./text";

describe("sentences", () => {
  it("splits at full stops before a capital and at blank lines, with each sentence's offsets", () => {
    const text = "At least 12 people were killed. Some 3,000 fled.\n\nAid is short.";
    const got = sentences(text);
    expect(got.map((s) => s.text)).toEqual(["At least 12 people were killed.", "Some 3,000 fled.", "Aid is short."]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads a 'sentence' longer than any report's in pieces cut after a comma, each at its offsets, no character lost", () => {
    const list = `Fighting killed ${"12 in Gao, 340 in Mopti, 56 in Kidal, ".repeat(400)}7 in Tessalit.`;
    const got = sentences(list);
    expect(got.length).toBeGreaterThan(list.length / LONGEST_SENTENCE);
    for (const s of got) {
      expect(s.text.length).toBeLessThanOrEqual(LONGEST_SENTENCE);
      expect(list.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    // (in order, and together every character but the spaces at the cuts)
    expect(got.map((s) => s.text).join(" ")).toBe(list);
    expect(got.slice(0, -1).every((s) => s.text.endsWith(","))).toBe(true);
  });

  it("never cuts inside a number written with commas or spaces, nor inside a character written as two", () => {
    const numbers = (t: string) => t.match(/\d{1,3}(?:[, ]\d{3})+/g) ?? [];
    for (const list of [
      `Fighting killed ${"1,234,567 in Gao and 2,345,678 in Mopti and ".repeat(100)}7 in Tessalit.`,
      `Fighting displaced ${"1 234 567 in Gao and 2 345 678 in Mopti and ".repeat(100)}7 in Tessalit.`,
      `Province totals ${"61,954\n116,382\n".repeat(300)}`,
    ]) expect(sentences(list).flatMap((s) => numbers(s.text)), list.slice(0, 40)).toEqual(numbers(list));
    const emoji = `${"x".repeat(LONGEST_SENTENCE - 1)}😀${"y".repeat(10)}`;
    expect(sentences(emoji).map((s) => s.text)).toEqual(["x".repeat(LONGEST_SENTENCE - 1), `😀${"y".repeat(10)}`]);
  });

  it("cuts a long run with no comma or space at the limit", () => {
    const run = "x".repeat(LONGEST_SENTENCE * 2 + 10);
    expect(sentences(run).map((s) => s.text.length)).toEqual([LONGEST_SENTENCE, LONGEST_SENTENCE, 10]);
  });
});

describe("clauseAround", () => {
  it("gives the clause between breaks around the words, the same when asked again of the same sentence", () => {
    const [s] = sentences("Gunmen killed 12 people in Gao, officials said; 3,000 fled, while 40 were wounded.");
    const at = (words: string) => s!.start + s!.text.indexOf(words);
    const around = (words: string, commas = false) => clauseAround(s!, at(words), at(words) + words.length, { commas }).text;
    expect(around("12")).toBe("Gunmen killed 12 people in Gao, officials said");
    expect(around("12", true)).toBe("Gunmen killed 12 people in Gao");
    expect(around("3,000")).toBe("3,000 fled");
    expect(around("40")).toBe("40 were wounded");
    expect(around("12")).toBe("Gunmen killed 12 people in Gao, officials said");
    // (a break after a comma and two spaces, as after one: "where" opens the next clause either way)
    const [t] = sentences("Some 40,000 Malians have crossed into Niger,  where 19,198 refugees have been recorded.");
    const at19 = t!.start + t!.text.indexOf("19,198");
    expect(clauseAround(t!, at19, at19 + 6, { commas: true }).text).toBe("19,198 refugees have been recorded");
  });
});
