// Where a sentence names a metric, and which one a count's words name nearest; the unit its words give it. Pure.
import type { Proposal } from "./extract";
import { PER_PERIOD, PER_PERIOD_WORD, type MetricRule } from "./rules";
import type { Span } from "./text";

export type Keyword = { slug: string; start: number; end: number };

/**
 * Every metric keyword of a sentence, found once per sentence (not once per number). `known`: the keywords of some of the
 * rules, found already (read.ts reads the words for people on the move of every sentence once, for the whole report's lean).
 */
export function keywordsIn(sentence: Span, rules: readonly MetricRule[], known?: ReadonlyMap<MetricRule, readonly Keyword[]>): Keyword[] {
  const out: Keyword[] = [];
  for (const rule of rules) {
    const found = known?.get(rule);
    if (found) {
      out.push(...found);
      continue;
    }
    if (rule.prefilter && !rule.prefilter.test(sentence.text)) continue;
    const push = (at: number, length: number) => out.push({ slug: rule.slug, start: sentence.start + at, end: sentence.start + at + length });
    if (!rule.starts) {
      for (const m of sentence.text.matchAll(rule.pattern)) push(m.index, m[0].length);
      continue;
    }
    // the pattern tried only where a match can begin, each match after the one before, as matchAll would find them
    const sticky = stickyOf(rule.pattern);
    let from = 0;
    for (const c of sentence.text.matchAll(rule.starts)) {
      if (c.index < from) continue;
      sticky.lastIndex = c.index;
      const m = sticky.exec(sentence.text);
      if (!m) continue;
      push(m.index, m[0].length);
      from = m.index + m[0].length;
    }
  }
  return out;
}

const stickies = new WeakMap<RegExp, RegExp>();
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y")));
  return sticky;
}

/**
 * The metric the words of `span` name nearest to `at`. `nextEnd`: where the next number after it ends; a keyword past it is that
 * number's, taken only when no other is in the span ("the death toll stands at more than 46,700 with 110,450 wounded").
 */
export function metricIn(span: Span, at: number, keywords: readonly Keyword[], nextEnd = Infinity): { slug: string; distance: number } | null {
  type Found = { slug: string; distance: number };
  let best: Found | null = null;
  let past: Found | null = null;
  for (const k of keywords) {
    if (k.start < span.start || k.end > span.end) continue;
    const found = { slug: k.slug, distance: Math.abs(k.start - at) };
    if (k.start >= nextEnd) past = !past || found.distance < past.distance ? found : past;
    else if (!best || found.distance < best.distance) best = found;
  }
  return best ?? past;
}

/** Where the rest of a count's clause stops being about it: at an attribution or a relative clause ("…, UNHCR said", ", where …"). */
const CLAUSE_TURNS = /,\s*(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|according|adding|added|where|which|who|as|after|when|while)\b/i;
/** A verb of moving, before a period far off: the period is the move's ("cross the Brazilian border … every day"). */
const MOVING = /\b(?:cross(?:es|ed|ing)?|arriv(?:e|es|ed|ing)|fle(?:e|es|d|eing)|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?|com(?:e|es|ing)|came|leav(?:e|es|ing)|left|pour(?:s|ed|ing)?|stream(?:s|ed|ing)?)\b/i;

/**
 * The unit the words around a count give it: a rate per day, week or month, else a total. `farther`: the rest of its clause
 * (up to 200 characters after the count), where only a period spelt out within 160 counts, after a verb of moving ("About 500
 * Venezuelans cross the Brazilian border through the state of Roraima in the north of the country every day"); not "daily",
 * which so far off is more often another noun's ("a daily briefing"); not past another number, whose period it would be ("900
 * refugees … brings to more than 3,000 the number of arrivals during the month of September"), an attribution or a relative
 * clause ("…, UNHCR spokesman Babar Baloch told reporters at the briefing the agency holds each week"); not "a month-long", "a
 * month into".
 */
export function unitIn(around: string, farther = ""): Proposal["unit"] {
  for (const p of PER_PERIOD) if (p.pattern.test(around)) return p.unit;
  for (const p of PER_PERIOD_WORD) if (p.pattern.test(around)) return p.unit;
  // (only where the clause runs past the near words, after a verb of moving: most counts have neither, and this runs for each)
  const far = farther.replace(/\d[^]*/, "");
  if (far.length <= 100 || !MOVING.test(far)) return "people";
  const rest = far.slice(0, CLAUSE_TURNS.exec(far)?.index ?? far.length);
  for (const p of PER_PERIOD) {
    const m = p.pattern.exec(rest);
    if (m && m.index < 160 && MOVING.test(rest.slice(0, m.index)) && !/^(?:-long|\s+into)\b/.test(rest.slice(m.index + m[0].length))) return p.unit;
  }
  return "people";
}
