import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "@/lib/figures/qualifiers";
import { GLYPH_MEANING, GLYPHS, glyphFor } from "./glyphs";

describe("glyphFor", () => {
  it.each([
    ["exact", "filled"],
    ["at_least", "floor"],
    ["more_than", "floor"],
    ["over", "floor"],
    ["about", "hollow"],
    ["nearly", "hollow"],
    ["up_to", "ceiling"],
    ["projected", "projected"],
  ] as const)("draws %s as %s", (q, glyph) => {
    expect(glyphFor(q)).toBe(glyph);
  });

  it("gives every qualifier a known glyph", () => {
    for (const q of QUALIFIERS) expect(GLYPHS).toContain(glyphFor(q));
  });

  it("never draws a hedged figure like an exact count", () => {
    const hedged = QUALIFIERS.filter((q) => q !== "exact");
    expect(hedged.map(glyphFor)).not.toContain("filled");
  });

  it("uses every glyph for some qualifier", () => {
    expect(new Set(QUALIFIERS.map(glyphFor))).toEqual(new Set(GLYPHS));
  });
});

describe("GLYPH_MEANING", () => {
  it("explains each glyph in the legend", () => {
    expect(Object.keys(GLYPH_MEANING).sort()).toEqual([...GLYPHS].sort());
    expect(GLYPH_MEANING.filled).toBe("exact count");
    expect(GLYPH_MEANING.floor).toMatch(/at least, more than, over/);
    expect(GLYPH_MEANING.hollow).toMatch(/about, nearly/);
    expect(GLYPH_MEANING.ceiling).toMatch(/up to/);
    expect(GLYPH_MEANING.projected).toMatch(/dashed/);
    expect(GLYPH_MEANING.projected).toMatch(/not an observation/);
  });
});
