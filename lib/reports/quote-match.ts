// Finding a figure's quote in its report's text, forgiving what copy-and-paste changes (case, curly quotes,
// dashes, line breaks and runs of spaces); when it is not there, the passage closest to it. Pure.

/** Text folded for comparison, with each folded character's index in the original. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) {
      if (lastWasSpace) continue;
      c = " ";
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      c = c
        .toLowerCase()
        .replace(/[\u2018\u2019\u201a\u201b\u2032]/, "'")
        .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/, '"')
        .replace(/[\u2010-\u2015\u2212]/, "-");
    }
    folded += c;
    at.push(i);
  }
  if (folded.endsWith(" ")) {
    folded = folded.slice(0, -1);
    at.pop();
  }
  return { folded, at };
}

export type QuoteMatch =
  | { found: true; start: number; end: number }
  /** `suggestion`: the passage of the text most like the quote, when one is alike enough to offer */
  | { found: false; suggestion: string | null };

const WORD = /\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu;

export function findQuote(text: string, quote: string): QuoteMatch {
  const t = fold(text);
  const q = fold(quote).folded;
  if (!q) return { found: false, suggestion: null };
  const i = t.folded.indexOf(q);
  if (i >= 0) return { found: true, start: t.at[i]!, end: t.at[i + q.length - 1]! + 1 };
  return { found: false, suggestion: closestPassage(text, quote) };
}

/**
 * The run of words in `text`, as long as the quote, sharing the most words with it (counted with
 * multiplicity, in one pass with a sliding window). Offered only when at least half the quote's words are in it.
 */
export function closestPassage(text: string, quote: string): string | null {
  const words = [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const quoteWords = [...quote.matchAll(WORD)].map((m) => m[0].toLowerCase());
  const n = quoteWords.length;
  if (n === 0 || words.length === 0) return null;
  const wanted = new Map<string, number>();
  for (const w of quoteWords) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const inWindow = new Map<string, number>();
  let shared = 0;
  let best = { shared: -1, from: 0 };
  const width = Math.min(n, words.length);
  for (let k = 0; k < words.length; k++) {
    const add = words[k]!.w;
    const had = inWindow.get(add) ?? 0;
    if (had < (wanted.get(add) ?? 0)) shared++;
    inWindow.set(add, had + 1);
    if (k >= width) {
      const drop = words[k - width]!.w;
      const left = inWindow.get(drop)! - 1;
      inWindow.set(drop, left);
      if (left < (wanted.get(drop) ?? 0)) shared--;
    }
    if (k >= width - 1 && shared > best.shared) best = { shared, from: k - width + 1 };
  }
  if (best.shared * 2 < n) return null;
  const first = words[best.from]!;
  const last = words[best.from + width - 1]!;
  return text.slice(first.start, last.end);
}

/** Where each quote occurs in the text, sorted and without overlaps: for highlighting a report's text. */
export function quoteRanges(text: string, quotes: readonly { id: number; quote: string }[]): { id: number; start: number; end: number }[] {
  const ranges = quotes
    .map((q) => ({ id: q.id, m: findQuote(text, q.quote) }))
    .flatMap(({ id, m }) => (m.found ? [{ id, start: m.start, end: m.end }] : []))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof ranges = [];
  for (const r of ranges) if (!out.length || r.start >= out.at(-1)!.end) out.push(r);
  return out;
}
