// The marker for each qualifier (see lib/charts/glyphs.ts for the rule): exact filled, a floor for "at least",
// hollow for "about", a ceiling for "up to", a diamond for a projection. Drafts get a dashed ring.
import { GLYPH_MEANING, type Glyph } from "@/lib/charts/glyphs";

type ShapeProps = { glyph: Glyph; x: number; y: number; color: string; draft?: boolean };

export function GlyphShape({ glyph, x, y, color, draft = false }: ShapeProps) {
  const ring = draft ? <circle cx={x} cy={y} r={10} fill="none" stroke="#868e96" strokeWidth={1.5} strokeDasharray="3 2" /> : null;
  switch (glyph) {
    case "filled":
      return (
        <g>
          {ring}
          <circle cx={x} cy={y} r={5} fill={color} stroke={color} strokeWidth={2} />
        </g>
      );
    case "hollow":
      return (
        <g>
          {ring}
          <circle cx={x} cy={y} r={5} fill="#fff" stroke={color} strokeWidth={2} />
        </g>
      );
    case "floor": // the bar is the value; the arrow says "or more"
      return (
        <g>
          {ring}
          <path d={`M${x - 7},${y} H${x + 7}`} stroke={color} strokeWidth={2.5} />
          <path d={`M${x - 5},${y - 2} L${x + 5},${y - 2} L${x},${y - 10} Z`} fill={color} />
        </g>
      );
    case "ceiling": // the bar is the value; the arrow says "or fewer"
      return (
        <g>
          {ring}
          <path d={`M${x - 7},${y} H${x + 7}`} stroke={color} strokeWidth={2.5} />
          <path d={`M${x - 5},${y + 2} L${x + 5},${y + 2} L${x},${y + 10} Z`} fill={color} />
        </g>
      );
    case "projected":
      return (
        <g>
          {ring}
          <path d={`M${x},${y - 7} L${x + 7},${y} L${x},${y + 7} L${x - 7},${y} Z`} fill="#fff" stroke={color} strokeWidth={2} strokeDasharray="3 2" />
        </g>
      );
  }
}

/** The legend of markers, for the glyphs a chart actually uses. */
export function GlyphKey({ glyphs, drafts = false }: { glyphs: readonly Glyph[]; drafts?: boolean }) {
  if (glyphs.length === 0) return null;
  return (
    <ul className="glyph-key" aria-label="What the markers mean">
      {glyphs.map((g) => (
        <li key={g}>
          <svg width={22} height={22} viewBox="-11 -11 22 22" aria-hidden="true">
            <GlyphShape glyph={g} x={0} y={g === "floor" ? 4 : g === "ceiling" ? -4 : 0} color="#495057" />
          </svg>
          {GLYPH_MEANING[g]}
        </li>
      ))}
      {drafts && (
        <li>
          <svg width={22} height={22} viewBox="-11 -11 22 22" aria-hidden="true">
            <GlyphShape glyph="hollow" x={0} y={0} color="#495057" draft />
          </svg>
          draft (not yet published)
        </li>
      )}
    </ul>
  );
}
