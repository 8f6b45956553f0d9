// A report's text cut into plain runs and the quotes of its figures, for highlighting. Pure.
import { quoteRanges } from "./quote-match";

export type TextSegment = { text: string; figureId?: undefined } | { text: string; figureId: number };

/** The text in order, each figure's quote (where found, first one wins on overlap) as its own segment. */
export function highlightQuotes(text: string, figures: readonly { id: number; quote: string | null }[]): TextSegment[] {
  const ranges = quoteRanges(text, figures.flatMap((f) => (f.quote ? [{ id: f.id, quote: f.quote }] : [])));
  const out: TextSegment[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push({ text: text.slice(at, r.start) });
    out.push({ text: text.slice(r.start, r.end), figureId: r.id });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
