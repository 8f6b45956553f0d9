// Numbers as reports write them: "70,000", "1,367,413", "1.1 million", "two million", "a quarter of a
// million", "hundreds of thousands" (a vague range), "2,000-3,000", "between 90,000 and 100,000". Pure.

export type NumberMention = {
  start: number;
  end: number;
  value: number;
  low: number | null;
  high: number | null;
  /** "hundreds of thousands": an order of magnitude, not a count */
  vague: boolean;
  /** the first count of a revision ("from 2,600 to 102,600"): given to compare with */
  earlier?: boolean;
  text: string;
};

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, half: 0.5, quarter: 0.25, dozen: 12,
};
// (and "lakh" and "crore", as Indian and Pakistani reports count: "four lakh people" are 400,000)
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, lakh: 100_000, million: 1_000_000, crore: 10_000_000, billion: 1_000_000_000 };

const WORD = `(?:${Object.keys(UNITS).filter((w) => !["a", "an", "half", "quarter"].includes(w)).join("|")})`;
// "8,74,000" (lakh grouping) as well as "874,000"
// …and "440.000" (a full stop for the thousands, as French and German style prints them; not before a scale word: "1.500 million")
const DIGITS = String.raw`\d{1,3},\d{1,2}(?=[\s-]?(?:million|billion|mln|bn)\b)|\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])(?!\s*(?:hundred|thousand|million|billion|mln|mn|bn|m)\b)|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:hundred|thousand|lakhs?|million|crores?|billion)`;

/** One number: digits with an optional scale word, or number words ("another million": a scale word alone, after "another"). */
const ONE = String.raw`(?:(?:${DIGITS})(?:(?:\s*|-)(?:${SCALE}|m\b|mn\b|bn\b|mln\b))?|(?:${WORD})(?:[\s-]+(?:${WORD}))?(?:[\s-]+hundred(?:\s+and\s+(?:${WORD})(?:[\s-]+(?:${WORD}))?)?)?(?:[\s-]+(?:thousand|lakh|million|crore|billion)s?)*|(?:a|an|one|half|a half|a quarter|quarter|three quarters)[\s-]+(?:of\s+an?\s+)?${SCALE}|half[\s-]+an?[\s-]+${SCALE}|(?<=\b(?:another|further)\s)(?:half[\s-]+(?:a[\s-]+)?)?million\b)`;

// "forced millions to flee", "displaced thousands": a vague crowd after the verb that moved or killed it
const VAGUE = new RegExp(String.raw`\b(hundreds|thousands|tens|dozens|ten(?=\s+of\s+thousands))\s+of\s+(thousands|millions)\b|\b(hundreds|thousands|dozens|millions|scores|tens)\b(?<!\b(?:${WORD}|\d+)[\s-]\w+)(?=\s+of\b|\s+(?:more\s+)?(?:people\s+|civilians\s+|refugees\s+|residents\s+|(?:[A-Z][\w-]+\s+)?villagers\s+|\w+(?:ans|ese|is)\s+)?(?:(?:could|may|might|will|were|have|had|are|wounded|injured|killed|dead|fled|flee|flees|fleeing|displaced|died|die|dies|dying|perished|drowned|forced)\b|(?:left|leave|leaves|leaving|entered)\s+\w|sought\s+(?:refuge|shelter|safety|asylum)\b|(?:arrived|arrive|arrives|arriving)\s+(?:daily|every day|each day|a day|per day)\b|(?:crossed|cross|crosses|crossing)\s+(?:into|over|to|the border|the frontier)\b)|\s+(?:more\s+)?(?:still|continue[sd]? to|keep)\s+(?:arriving|arrive|fleeing|flee|crossing|cross|entering|enter)\b|\s+from\s+|\s+to\s+(?:flee|leave|escape)\b)|\b(hundreds|thousands|millions|dozens|scores)\b(?<=\b(?:kill|killed|killing|kills|wounded|wounding|injured|injuring|displace|displaced|displacing|displaces|uproot|uprooted|uprooting|forced|forcing|driven|drove)\s+(?:hundreds|thousands|millions|dozens|scores))(?!\s+of)|\b(hundreds|thousands|millions|dozens)\b(?<=(?:\bby the |\b(?:arriv\w*|fle\w*|cross\w*|leav\w*|left|com\w*|came|stream\w*|pour\w*|flock\w*|di(?:e|ed|es|ing)|killed|drown\w*|perish\w*)\s+(?:by|in their) |\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taken|taking|take|takes|lost|ended|ending)\s+the\s+lives\s+of |\bthe\s+deaths\s+of )(?:hundreds|thousands|millions|dozens))(?!\s+of\b)`, "gi");
// "several hundred arrivals each day", "a few thousand people": a vague count of that size
const SEVERAL = /\b(?:several|a few)\s+(hundred thousand|hundred|thousand|million)\b(?!\s+(?:thousand|million))/gi;
const SEVERAL_RANGE: Record<string, string> = { hundred: "hundreds of", thousand: "thousands of", "hundred thousand": "hundreds of thousands", million: "millions of" };
const HEDGED = /\b(hundreds|thousands|dozens|millions),?\s+(?:if not|or even|perhaps|possibly)\s+(?:hundreds|thousands|millions|tens of thousands|hundreds of thousands),?(?=\s+of\b)|\b(tens|hundreds),?\s+(?:if not|or even|perhaps|possibly)\s+(?:hundreds|thousands),?\s+of\s+(thousands|millions)\b/gi;
const WORDS_ONLY = new RegExp(String.raw`^(?:${WORD})(?:[\s-]+(?:${WORD}))?$`, "i");
const TENS_ONES = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)\b/i;
const RANGE = new RegExp(String.raw`\bbetween\s+(\d{1,3}(?:[ \u00a0]\d{3})+|${ONE})\s+and\s+(\d{1,3}(?:[ \u00a0]\d{3})+|${ONE})\b|(?<![\w.,])(${ONE})\s*(?:-|–|—|to)\s*(${ONE})(?![\w,]*\d)`, "gi");
// "160 000", "1 367 413": thousands set off by a space, as French and South African style prints them (not a time's
// minutes, "10:00 300", nor a month's day, "March 24 500")
const THIN = /(?<![\w.,:])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\w]|[.,]\d)/g;
// "crosses 15, 200", "2, 940 people were displaced": a thousands separator followed by a stray space, as scraped pages print
// them; not a list ("12, 300 and 400", "1, 2, 300"), a date ("February 24, 500 people"), a year ("In 1995, 300") or a time ("10:00, 300")
const SPACED = /(?<!:)\b(\d{1,3}), (\d{3})\b(?![,.]\s?\d|\s+(?:and|or|to)\s+\d)/g;
const SPACED_NOT_AFTER = new RegExp(String.raw`(?:[\d,.]\s?|\d,\s|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s)$`);
const MONTH_NOT_AFTER = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$/;
const SINGLE = new RegExp(String.raw`(?<![\w.,$€£])(${ONE})(?![\w]|[.,]\d)`, "gi");

/** The value of one number as written; null when it is not a number after all. */
export function readNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, " ").replace(/^half-an?-/, "half a ").replace(/\b(hundred|thousand|lakh|million|crore|billion)s\b/g, "$1").trim();
  if (/^[1-9]\d{0,2}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""));
  // ("6 000": thousands set off by a space, as French style prints them)
  if (/^\d{1,3}(?: \d{3})+$/.test(s)) return Number(s.replace(/ /g, ""));
  // ("1,2-million": a decimal comma, as South African style prints it, before a scale word)
  const decimalComma = /^(\d{1,3}),(\d{1,2})(?:\s*|-)(million|billion|mln|bn)$/.exec(s);
  if (decimalComma) return Math.round(Number(`${decimalComma[1]}.${decimalComma[2]}`) * (/^b/.test(decimalComma[3]!) ? 1e9 : 1e6));
  const digits = /^(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+(?:\.\d+)?)(?:\s*|-)(hundred|thousand|lakh|million|crore|billion|m|mn|bn|mln)?$/.exec(s);
  if (digits) {
    const n = Number(digits[1]!.replace(/,/g, ""));
    const scale = digits[2] === "m" || digits[2] === "mn" || digits[2] === "mln" ? 1e6 : digits[2] === "bn" ? 1e9 : digits[2] ? SCALES[digits[2]]! : 1;
    return Math.round(n * scale);
  }
  const fraction = /^(?:an?\s+|one\s+)?(half|quarter|three quarters)[\s-]+(?:of\s+)?(?:an?\s+)?(hundred|thousand|million|billion)$/.exec(s);
  if (fraction) return Math.round(({ half: 0.5, quarter: 0.25, "three quarters": 0.75 } as Record<string, number>)[fraction[1]!]! * SCALES[fraction[2]!]!);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of s.replace(/-/g, " ").split(" ")) {
    if (w === "of" || w === "and") continue;
    // "two dozen": a dozen multiplies the number before it
    if (w === "dozen") {
      current = (current || 1) * 12;
      seen = true;
    } else if (w in UNITS) {
      current += UNITS[w]!;
      seen = true;
    } else if (w in SCALES) {
      const scale = SCALES[w]!;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  return seen ? Math.round(total + current) : null;
}

const VAGUE_RANGE: Record<string, [number, number]> = {
  "hundreds of thousands": [100_000, 999_999],
  "tens of thousands": [10_000, 99_999],
  "dozens of thousands": [24_000, 99_999],
  "hundreds of millions": [100_000_000, 999_999_999],
  "tens of millions": [10_000_000, 99_999_999],
  "thousands of": [1_000, 9_999],
  "hundreds of": [100, 999],
  "dozens of": [24, 99],
  "scores of": [40, 99],
  "tens of": [10, 99],
  "millions of": [1_000_000, 9_999_999],
};

/** Every number in `text`, ranges as one mention, in order of position. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  // "Hundreds, if not thousands, of civilians": the lower of the two
  for (const m of text.matchAll(HEDGED)) {
    // ("tens, if not hundreds, of thousands": tens of thousands)
    const range = VAGUE_RANGE[m[1] ? `${m[1].toLowerCase()} of` : `${m[2]!.toLowerCase()} of ${m[3]!.toLowerCase()}`];
    if (range) found.push({ start: m.index, end: m.index + m[0].length, value: range[0], low: range[0], high: range[1], vague: true, text: m[0] });
  }
  for (const m of text.matchAll(SEVERAL)) {
    const range = VAGUE_RANGE[SEVERAL_RANGE[m[1]!.toLowerCase().replace(/\s+/g, " ")]!]!;
    if (!taken(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, value: range[0], low: range[0], high: range[1], vague: true, text: m[0] });
  }
  for (const m of text.matchAll(VAGUE)) {
    // ("thousands from Iraq" are people; "thousands from the bank", "thousands from donors" are sums)
    // (but "forced thousands from their homes", "from the city" are people)
    // ("Thousands Leave Kosovo", "left their homes": a place by its name, a country or home; not "left the mosque")
    const leaving = /^\s+(?:left|leave|leaves|leaving|entered)\s+(?!the country\b|their\b|home\b)([a-z])/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (m[3] && leaving && /[a-z]/.test(leaving[1]!)) continue;
    if (taken(m.index, m.index + m[0].length) || /^\s+from\s+(?![A-Z]|(?:their|his|her)\b|the\s+(?:city|town|area|region|village|district|camp|province|fighting|violence|conflict)\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // ("ten of thousands", as a page misprints it, is tens of thousands)
    const phrase = m[1] ? `${m[1].replace(/^ten$/i, "tens")} of ${m[2]}`.toLowerCase() : `${(m[3] ?? m[4] ?? m[5])!.toLowerCase()} of`; // "thousands wounded" reads as "thousands of"
    const range = VAGUE_RANGE[phrase];
    if (!range) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, value: range[0], low: range[0], high: range[1], vague: true, text: m[0] });
  }
  for (const m of text.matchAll(RANGE)) {
    const [a, b] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    const [low, high] = [readNumber(a), readNumber(b)];
    if (low === null || high === null || high <= low || taken(m.index, m.index + m[0].length)) continue;
    // "twenty-five thousand" is one number, not a range from twenty; "in 2013 - 2,959 killed" starts with a year
    if (TENS_ONES.test(m[0]) || (/^(?:19|20)\d\d$/.test(a.trim()) && low >= 1900 && low <= 2100)) continue;
    // "2-3 million": the second number's scale word applies to the first
    const scale = (/^\d+(?:\.\d+)?$/.test(a.trim()) || WORDS_ONLY.test(a.trim())) && /\s*(thousand|million|billion|m|bn)$/i.exec(b.trim());
    // "70-75,000": a short first number shares the second's thousands
    const thousands = !scale && /^\d{1,3}$/.test(a.trim()) && /^\d{1,3},000$/.test(b.trim()) && low < high / 1000;
    const lo = scale ? readNumber(`${a.trim()} ${scale[1]}`)! : thousands ? low * 1000 : low;
    if (lo >= high) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: lo, low: lo, high, vague: false, text: m[0] });
  }
  for (const m of text.matchAll(THIN)) {
    if (taken(m.index, m.index + m[0].length) || MONTH_NOT_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const value = Number(`${m[1]}${m[2]!.replace(/\D/g, "")}`);
    found.push({ start: m.index, end: m.index + m[0].length, value, low: null, high: null, vague: false, text: m[0] });
  }
  for (const m of text.matchAll(SPACED)) {
    if (taken(m.index, m.index + m[0].length) || SPACED_NOT_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const value = Number(`${m[1]}${m[2]}`);
    found.push({ start: m.index, end: m.index + m[0].length, value, low: null, high: null, vague: false, text: m[0] });
  }
  for (const m of text.matchAll(SINGLE)) {
    const end = m.index + m[0].length;
    if (taken(m.index, end)) continue;
    const value = readNumber(m[1]!);
    if (value === null) continue;
    found.push({ start: m.index, end, value, low: null, high: null, vague: false, text: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}
