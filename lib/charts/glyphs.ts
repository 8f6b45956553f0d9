// How each qualifier is drawn, so "at least 70,000" never looks like an exact count and a forecast never
// looks like an observation. Pure; the chart component draws the shapes named here.
import type { Qualifier } from "@/lib/figures/qualifiers";

export const GLYPHS = ["filled", "floor", "hollow", "ceiling", "projected"] as const;
export type Glyph = (typeof GLYPHS)[number];

const RULE: Record<Qualifier, Glyph> = {
  exact: "filled",
  at_least: "floor",
  more_than: "floor",
  over: "floor",
  about: "hollow",
  nearly: "hollow",
  up_to: "ceiling",
  projected: "projected",
};

export function glyphFor(q: Qualifier): Glyph {
  return RULE[q];
}

/** The legend's words for each glyph. */
export const GLYPH_MEANING: Record<Glyph, string> = {
  filled: "exact count",
  floor: "a floor: at least, more than, over",
  hollow: "approximate: about, nearly",
  ceiling: "a ceiling: up to",
  projected: "projection, on a dashed line (not an observation)",
};
