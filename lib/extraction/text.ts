// Sentences and clauses of a report, with their character offsets. Pure.

export type Span = { start: number; end: number; text: string };

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Pres|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|approx|est)\.)$/;

/**
 * The text with each soft line break (a wire story wrapped at 70 columns: "killing at\nleast 15", "displaced in 86\nshelters")
 * read as a space: the same length, so every offset holds for the text as given. A break stays where a paragraph, a bullet
 * or a short line ending in no word (a heading, a dateline) before a capital, a line ending a sentence before a capital, or
 * a number at the end of one line and the start of the next.
 */
export function unwrap(text: string): string {
  if (!text.includes("\n")) return text;
  return text.replace(/([^\n]*)\n(?=([ \t]*)([^\n]?))/g, (whole, line: string, _indent: string, next: string) => {
    if (!next || /[•▪●◦‣*-]/.test(next) || line.trim() === "") return whole;
    // (two counts a line apart stay apart: "Refugees in Chad: 45\n120 arrived yesterday")
    if (/\d\s*$/.test(line) && /\d/.test(next)) return whole;
    const soft = /[a-z0-9(“"'‘]/.test(next) || (line.trim().length >= 45 && !/[.!?:;"”’)]\s*$/.test(line));
    return soft ? `${line} ` : whole;
  });
}

/**
 * The text with its Windows line ends ("\r\n") read as "\n" (and a lone "\r" as one), and how to map a span of it back to
 * the text as given, with its quote; null when the text has no "\r".
 */
export function withoutCarriageReturns(text: string): { plain: string; span: (start: number, end: number) => { start: number; end: number; quote: string } } | null {
  if (!text.includes("\r")) return null;
  const kept: number[] = [];
  let plain = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\r" && text[i + 1] === "\n") continue;
    kept.push(i);
    plain += text[i] === "\r" ? "\n" : text[i];
  }
  kept.push(text.length);
  return {
    plain,
    span: (start, end) => {
      const [a, b] = [kept[start]!, end > start ? kept[end - 1]! + 1 : kept[start]!];
      return { start: a, end: b, quote: text.slice(a, b) };
    },
  };
}

/** Characters of the longest sentence read whole: more than three times the longest in the fixtures (613). */
export const LONGEST_SENTENCE = 2000;

/**
 * How much of a sentence to read as one, from `from`: all of it up to `LONGEST_SENTENCE`; else up to its last ", " or "; "
 * within that length, else its last space or line break, but never a space between two digits ("1 234 567"), else that length less
 * half a character written as two ("😀").
 */
function pieceLength(body: string, from: number): number {
  if (body.length - from <= LONGEST_SENTENCE) return body.length - from;
  const ahead = body.slice(from, from + LONGEST_SENTENCE);
  // (a space between two digits may group them; a line break does not)
  const between = (i: number) => /[ \u00A0\u202F]/.test(ahead[i]!) && /\d/.test(ahead[i - 1] ?? "") && /\d/.test(ahead[i + 1] ?? "");
  for (const marks of [/[,;](?= )/g, /\s/g]) {
    const at = Array.from(ahead.matchAll(marks), (m) => m.index).filter((i) => i > 0 && !between(i)).at(-1);
    if (at !== undefined) return at + 1;
  }
  return /[\uD800-\uDBFF]/.test(ahead.at(-1)!) ? LONGEST_SENTENCE - 1 : LONGEST_SENTENCE;
}

/**
 * Sentences: split after . ! ? (and a closing quote) before a capital or an opening quote, and at blank lines; one longer than
 * `LONGEST_SENTENCE` in pieces (`pieceLength`): a list's counts after the first piece no longer share what its first named.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    // (a "sentence" longer than any report's, a table or list with no full stop, is read in pieces: each number's words are
    // looked for in its sentence, so one of a megabyte would take time squared)
    for (let from = 0; from < body.length; ) {
      const to = from + pieceLength(body, from);
      const piece = body.slice(from, to);
      const pieceLead = piece.length - piece.trimStart().length;
      const words = piece.trim();
      if (words) out.push({ start: start + lead + from + pieceLead, end: start + lead + from + pieceLead + words.length, text: words });
      from = to;
    }
  };
  // …and before a bullet that starts a line ("• More than 613,000 …", or a bullet alone on its line): situation reports list their figures so
  // …after a full stop with no space in scraped text ("…of Cabo Delgado.The SADC mission …")
  // …and after a heading: a short line that starts with a capital and ends with no punctuation or joining word
  // ("Hundreds of Thousands of Drought-Impacted Somalis Flee to Cities\nAs our plane …")
  const boundary = /([.!?]["”’)]?)(\s*)(?=["“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[ \t]*[•▪●◦‣*-](?:[ \t]|\n))/g;
  for (const m of text.matchAll(boundary)) {
    const end = m[1] ? m.index + m[1].length : m.index;
    // with no space, only a word in lower case or a number before and a capitalised word after ("Delgado.The", "had 51.On
    // Tuesday", not "U.N.", "No.5")
    if (m[1] && !m[2] && !(/^(?:[a-z]{2}|\d\d)$/.test(text.slice(m.index - 2, m.index)) && /^[A-Z][a-z]/.test(text.slice(end, end + 2)))) continue;
    if (m[1] && ABBREVIATIONS.test(text.slice(Math.max(0, end - 12), end))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

// (a run of spaces tried from its first two characters only — the second is where the next break is tried after a break that
// ends in one space, ",  where" — not from every one, which took time squared on a long run)
const CLAUSE_BREAKS = {
  plain: /;|\s[—–]\s|,\s+(?:and(?!\s+(?:children|women|men|girls|boys|the elderly|elderly|others|infants)\b)|but|while|whereas)\s|(?<!\s\s)\s+(?:while|whereas)\s|:\s/g,
  commas: /;|(?<!\s\s)\s+where\s+|\s[—–-]\s|,\s(?!(?:and\s+)?(?:children|women|men|girls|boys|the elderly|elderly|infants)\b)|:\s|(?<!\s\s)\s+(?:while|whereas)\s+|(?<!\s\s)\s+and\s+(?=(?:[a-z]+\s+){0,4}(?:at least |some |about |around |more than |nearly |almost |over )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|hundreds|thousands|tens|dozens|millions|an? (?:million|thousand|hundred|dozen))\b))/g,
};
/** Where a sentence's clauses break (start and end of each break), found once per sentence and kind. */
const breaksOf = new WeakMap<Span, { plain?: [number, number][]; commas?: [number, number][] }>();

/** The part of a sentence around `[from, to)`: between clause breaks (; — ", and", ", but", ", while"). */
export function clauseAround(sentence: Span, from: number, to: number, { commas = false }: { commas?: boolean } = {}): Span {
  const kind = commas ? "commas" : "plain";
  const known = breaksOf.get(sentence) ?? breaksOf.set(sentence, {}).get(sentence)!;
  const breaks = (known[kind] ??= Array.from(sentence.text.matchAll(CLAUSE_BREAKS[kind]), (m): [number, number] => [sentence.start + m.index, sentence.start + m.index + m[0].length]));
  // the first break at or after the words, and the last before it that ends before them
  let [lo, hi] = [0, breaks.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]![0] >= to) hi = mid;
    else lo = mid + 1;
  }
  const b = lo < breaks.length ? breaks[lo]![0] : sentence.end;
  let a = sentence.start;
  for (let i = lo - 1; i >= 0; i--) {
    if (breaks[i]![1] <= from) {
      a = breaks[i]![1];
      break;
    }
  }
  const raw = sentence.text.slice(a - sentence.start, b - sentence.start);
  // a clause's leading "and"/"but" belongs to the joint, not the words quoted
  const stripped = raw.trimStart().replace(/^(?:and|but|while|whereas)\s+/i, "");
  const lead = raw.length - stripped.length;
  // (its closing stops and commas dropped from the end, looked at from the end: a pattern run over a long clause for each of its
  // numbers took time squared in the clause's length)
  const trimmed = stripped.trimEnd();
  let cut = trimmed.length;
  while (cut > 0 && ".,;:".includes(trimmed[cut - 1]!)) cut--;
  const body = trimmed.slice(0, cut);
  return { start: a + lead, end: a + lead + body.length, text: body };
}

/**
 * A report's headline ahead of its text, as a report file has it (the extractor reads a headline's figure and the passage
 * after it together), unless the text already opens with it.
 */
export function withHeadline(title: string | null, text: string): string {
  return title && !text.slice(0, 300).includes(title.slice(0, 30)) ? `${title}\n\n${text}` : text;
}
