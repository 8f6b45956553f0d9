// Proposes the figures in a report's text: value (and a range), qualifier, metric, unit, who said it, the day
// it refers to, and the clause it came from with its offsets. Pure: no network, no model; rules that read the
// words around each number (lib/extraction/rules.ts). The editor confirms every proposal.
import * as chrono from "chrono-node";
import { MAX_COUNT } from "@/lib/figures/numbers";
import type { Qualifier } from "@/lib/figures/qualifiers";
import { findNumbers, type NumberMention } from "./numbers";
import { ADJECTIVES, CASUALTIES, CHANGE_BEFORE, CROSSING, DISASTER, DISEASE, FLEEING, SERVED_BEFORE, INTERNAL, NOT_AFFECTED, DEMONYM, PEOPLE_NOUN, FLIGHT, METRIC_RULES, PEOPLE, PER_PERIOD, PER_PERIOD_WORD, PROJECTION, qualifierBefore, type MetricRule } from "./rules";
import { sourceOf } from "./sources";
import { clauseAround, sentences, type Span } from "./text";

export type Proposal = {
  metric: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: "people" | "people_per_day" | "people_per_week" | "people_per_month";
  source: string;
  quote: string;
  start: number;
  end: number;
  asOf: string;
  confidence: number;
};

export type ExtractOptions = { publishedOn: string; publisher?: string | null; metrics?: readonly MetricRule[] };

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const MONTH_BEFORE = new RegExp(String.raw`${MONTH}\s*$`);
const MONTH_AFTER = new RegExp(String.raw`^\s*${MONTH}\b`);

// "Operation 1027": a capitalised word that is no qualifier or article ("Some 30", "Another 25" are counts)
const NAME_BEFORE = /(?<![.!?]\s*)\b(?!(?:Some|Nearly|About|Around|Another|Over|Almost|Roughly|Only|Just|Approximately|Up|More|Fewer|Less|All|The|In|On|By|With|And|But|Of|At|Those|These|Least|An|A|Estimated|Further|Additional|Still|Yet|Over|Exactly|Precisely|Perhaps|Possibly|Reportedly|Officially)\s)[A-Z][a-z]+\s+$/;

/** Not a count of people: a year, money, a percentage, a duration or age, an ordinal, a list number. */
function isTrap(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  const after = text.slice(n.end, n.end + 24);
  if (/^\d{4}$/.test(n.text) && n.value >= 1900 && n.value <= 2100) return true;
  // more people than have ever lived at once: a typo, an id or a sum of money, and no figure the form would take
  if (n.value > MAX_COUNT || (n.high ?? 0) > MAX_COUNT) return true;
  if (/[$€£¥]\s*$|\b(US|USD|EUR|GBP)\s*$/i.test(before) || /^\s*(dollars|euros|pounds|francs|USD|US dollars|in aid|in funding)\b/i.test(after)) return true;
  if (/^\s*(%|per ?cent|percent|percentage)/i.test(after)) return true;
  if (/^[\s-]*(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|km|kilometres?|kilometers?|miles?|metres?|meters?|tonnes?|tons?|kg|times|-fold|fold)\b/i.test(after)) return true;
  if (/^(st|nd|rd|th)\b/i.test(after)) return true;
  // a day of a month ("February 24", "24 February"), a ratio ("two to one")
  if ((n.value <= 31 && MONTH_AFTER.test(after)) || (n.value < 100 && MONTH_BEFORE.test(before))) return true;
  if (/^\s*to one\b/i.test(after)) return true;
  // ages ("younger than 18", "aged 60")
  if (/\b(younger than|older than|aged|age of|ages of|under the age of|over the age of)\s*$/i.test(before)) return true;
  // a population already hosted before the events reported ("already hosting almost 600,000 refugees", "currently hosted by Sudan")
  if (/\b(?:already|currently|now|still)\s+(?:hosting|hosts|hosted|host|sheltering|has|have|had|houses|housing)\s+(?:\w+\s+){0,2}$/i.test(lead40(text, n)) || /^[^.;:]{0,80}?\b(?:currently |already |being )?hosted (?:by|in)\b/i.test(text.slice(n.end, n.end + 100))) return true;
  // a breakdown in brackets ("Central Africans (4,764)")
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  // a group already counted, named again ("Of the total 192,000 people uprooted", "Of the remaining 54,000 IDPs")
  if (/(?:^|[.;:,(]\s*|\n\s*)["“]?Of the (?:total |remaining |estimated )?$/.test(lead40(text, n))) return true;
  // a part of a group already counted ("most of the 8,500 are still in Adré")
  if (/\b(?:most|many|some|all|half|none|one|each|any|few|several) of (?:the|these|those)\s+$/i.test(lead40(text, n))) return true;
  // a figure given only to compare with ("compared with up to 1,500 a few months ago")
  if (/\b(?:compared (?:with|to)|down from|up from|against)\s+(?:\w+\s+){0,2}$/i.test(lead40(text, n))) return true;
  // a figure the sentence says was replaced ("revising a previous figure of 1.5 million", "to 245,000 from 100,000")
  const lead = text.slice(Math.max(0, n.start - 40), n.start);
  if (/\b(?:previous(?:ly)?|earlier|initial|old)\s+(?:figures?|estimates?|forecasts?|tolls?|counts?)\b[^.;\d]{0,30}?\s(?:of|at)\s+$/i.test(lead) || /\bto\s+[\d,.]+(?:\s*(?:million|thousand))?\s+from\s+$/i.test(lead)) return true;
  // a part of a figure already given ("including 5,000 children", "among them 3,000 women")
  // …but not under a count that is itself no metric ("1,207 civilian casualties, including 406 killed")
  const part = text.slice(Math.max(0, n.start - 40), n.start);
  if (/\b(including|among them|of whom|of which|among whom|of these|of them|of those|among (?:them|those|these)\b[^.;\d]{0,30}?,)\s*,?\s+(?:(?:approximately|about|some|around|roughly|at least|more than|over|nearly|almost|close to|up to)\s+)?$/i.test(part) && !/\bcasualties,?\s+including\s+\S*\s*$/i.test(part) && !/^\s+(?:\w+\s+)?who (?:could|may|might|will|would)\b/i.test(text.slice(n.end, n.end + 30))) return true;
  if (/\b(group of|g-?|article|resolution|chapter|section|number|no\.|page|level|phase|point|grade)\s*$/i.test(text.slice(Math.max(0, n.start - 16), n.start))) return true;
  return false;
}

function lead40(text: string, n: NumberMention): string {
  return text.slice(Math.max(0, n.start - 40), n.start);
}

type Reading = { people: boolean; noun: string | null };

/** Whether the words after the number name people, and which word that was. */
function readNounAfter(text: string, n: NumberMention): Reading {
  // a number that ends its line ("…displaces 2,940" as a heading) names no thing after it
  if (/^[ \t]*\n/.test(text.slice(n.end, n.end + 4))) return { people: true, noun: null };
  const words = text.slice(n.end, n.end + 80).match(/[A-Za-z’'-]+|[—–,.;:)"]/g) ?? [];
  for (const [i, w] of words.slice(0, 4).entries()) {
    // "South Sudanese", "Central Africans", "Iraqi soldiers": a capitalised word before a people's name or a noun for people
    if (ADJECTIVES.test(w) || (/^[A-Z][a-z]+$/.test(w) && (PEOPLE_NOUN.test(words[i + 1] ?? "") || DEMONYM.test(words[i + 1] ?? "")))) continue;
    // households and families are no head count
    if (/^(?:families|households|HHs?)$/i.test(w)) return { people: false, noun: w };
    // killed and injured together: no one metric ("1,207 civilian casualties")
    if (/^casualties$/i.test(w)) return { people: false, noun: w };
    // a noun for people, a people's name, or a verb that says what happened to them ("95,000 crossed", "142,300 arriving")
    if (PEOPLE.test(w) || DEMONYM.test(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w)) return { people: true, noun: w };
    // a people's name that is no plural, known by the verb after it ("7,000 Burundi have fled", "1.2 million Burkinabe from their homes")
    if (/^[A-Z][a-z]{3,}$/.test(w) && /^(?:have|has|had|were|are|who|fled|crossed|arrived|from|into|to)$/.test(words[i + 1] ?? "")) return { people: true, noun: w };
    // "brings to more than 3,000 the number of arrivals"
    if (w === "the" && /^\s*the (?:total )?number of\b/i.test(text.slice(n.end, n.end + 30))) return { people: true, noun: null };
    return { people: false, noun: w };
  }
  return { people: true, noun: null };
}

type Keyword = { slug: string; start: number; end: number };

/** Every metric keyword of a sentence, found once per sentence (not once per number). */
function keywordsIn(sentence: Span, rules: readonly MetricRule[]): Keyword[] {
  const out: Keyword[] = [];
  for (const rule of rules) for (const m of sentence.text.matchAll(rule.pattern)) out.push({ slug: rule.slug, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

/** The metric the words of `span` name nearest to `at`. */
function metricIn(span: Span, at: number, keywords: readonly Keyword[]): { slug: string; distance: number } | null {
  let best: { slug: string; distance: number } | null = null;
  for (const k of keywords) {
    if (k.start < span.start || k.end > span.end) continue;
    const distance = Math.abs(k.start - at);
    if (!best || distance < best.distance) best = { slug: k.slug, distance };
  }
  return best;
}

function unitIn(around: string): Proposal["unit"] {
  for (const p of PER_PERIOD) if (p.pattern.test(around)) return p.unit;
  for (const p of PER_PERIOD_WORD) if (p.pattern.test(around)) return p.unit;
  return "people";
}

// case-sensitive, so that "may" the verb does not send a sentence to chrono
const DATE_WORDS = new RegExp(String.raw`\b(?:${MONTH}|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|ago)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`);

/** The day a sentence's figure refers to: an explicit date, a weekday or "yesterday", read against the report's date. */
export function asOfIn(sentence: string, publishedOn: string): string {
  // chrono is the slow part of the extractor: ask it only when the sentence names a day some way
  if (!DATE_WORDS.test(sentence)) return publishedOn;
  const ref = new Date(`${publishedOn}T12:00:00Z`);
  for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
    if (/\b(since|from|began|begun|start|started|erupted)\s*$/i.test(sentence.slice(0, r.index))) continue;
    if (!r.start.isCertain("day") && !r.start.isCertain("weekday") && !/yesterday|today|tonight|last night/i.test(r.text)) continue;
    const d = r.start.date();
    const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
    if (day <= publishedOn) return day;
  }
  return publishedOn;
}

export function extractFigures(text: string, options: ExtractOptions): Proposal[] {
  // matchAll needs the g flag; an added metric's pattern may come without it (compiled once here, not per number)
  const rules = [...METRIC_RULES, ...(options.metrics ?? []).map((r) => (r.pattern.global ? r : { ...r, pattern: new RegExp(r.pattern.source, `${r.pattern.flags}g`) }))];
  const publisher = options.publisher?.trim() || "the report";
  const countsMissing = rules.some((r) => /missing/i.test(r.slug));
  const out: Proposal[] = [];
  let speaker: string | null = null;
  let lastRate: Proposal | null = null;
  let lastFigure: Proposal | null = null;
  for (const sentence of sentences(text)) {
    const said = sourceOf(sentence.text);
    // a speaker carries on through the sentences that go on quoting them ("…," he said; It added …)
    speaker = said ?? (speaker && /^["“‘]|^(He|She|It|They)\b|\b(he|she|it|they) (said|added|told|warned|insisted)\b/.test(sentence.text) ? speaker : null);
    let asOf: string | null = null;
    const keywords: { all: Keyword[]; casualties?: Keyword[]; internal?: Keyword[] } = { all: [] };
    const mentions = findNumbers(sentence.text).map((n) => ({ ...n, start: n.start + sentence.start, end: n.end + sentence.start }));
    let listing = false;
    let lastInSentence: Proposal | null = null;
    let previous: { end: number; qualifier: Qualifier | null; change: boolean } | null = null;
    if (mentions.length > 0) keywords.all = keywordsIn(sentence, rules);
    for (const n of mentions) {
      const between = previous ? text.slice(previous.end, n.start) : "";
      const carried = previous?.qualifier ?? null;
      // the parts of a figure just given: "-- seven Rohingyas, seven Hindus and 16 Rakhine Buddhists", "including 5,000 children, 3,250 women"
      // …unless what follows says what happened to them ("205 killed, including 18 civilians, and 913 injured")
      const item: boolean = (listing && /^[\s\w’'-]{0,40}?(?:,|,? and)\s+$/.test(between) && !/^\s+(?:others?\s+|people\s+)?(?:were\s+|have been\s+|had been\s+)?(?:injured|wounded|killed|dead|displaced)\b/i.test(text.slice(n.end, n.end + 40))) || (previous !== null && /^[^.;]{0,60}?(?:\s--|\s[—–]|\(|:)\s*$/.test(between));
      listing = item || /\b(?:including|includes?|among them|of whom|of which|among (?:them|those|these)\b[^.;\d]{0,40}?,)\s+(?:approximately\s+|about\s+|some\s+)?$/i.test(lead40(text, n)) || /(?:^|[.;:,(]\s*|\n\s*)["“]?Of the (?:total |remaining |estimated )?$/.test(lead40(text, n));
      const wasChange = previous?.change === true;
      previous = { end: n.end, qualifier: null, change: false };
      if (item || isTrap(text, n)) continue;
      const noun = readNounAfter(text, n);
      if (!noun.people) continue;
      // "her three young children": someone's family in a story, not a count
      if (n.value < 10 && /\b(?:her|his|their|my|our|your)\s+$/i.test(lead40(text, n))) continue;
      // "one", "1": a number this small is a count of people only when a noun for people follows
      const firstWord = /^\s*([A-Za-z]+)/.exec(text.slice(n.end, n.end + 30))?.[1] ?? "";
      if (n.value < 10 && !PEOPLE_NOUN.test(firstWord) && !(noun.noun && (PEOPLE_NOUN.test(noun.noun) || DEMONYM.test(noun.noun)))) continue;
      // "from 120,000 to 300,000" is a revision: the figure is the new one
      if (n.low !== null && /\bfrom\s*$/i.test(text.slice(Math.max(0, n.start - 6), n.start))) Object.assign(n, { value: n.high!, low: null, high: null });
      const clause = clauseAround(sentence, n.start, n.end);
      const narrow = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end).length > 1 ? clauseAround(sentence, n.start, n.end, { commas: true }) : clause;
      const after = text.slice(n.end, narrow.end);
      // a figure an earlier report gave ("A day earlier, the organization reported 34,000"; "said in mid-January that")
      if (/\b(?:a|one|two|three|several) (?:day|days|week|weeks|month|months) (?:earlier|before),|\bsaid in (?:early|mid|late)-?\s?[A-Z][a-z]+ that\b/i.test(narrow.text)) continue;
      if (!countsMissing && /^[^.;]{0,30}?\b(?:reported |still |remain |are |were )?missing\b/i.test(after)) continue;
      if (NOT_AFFECTED.test(after) || DISASTER.test(after) || SERVED_BEFORE.test(lead40(text, n)) || DISEASE.test(clause.text)) continue;
      // a name with a number ("Operation 1027", "Resolution 2254"), not a count
      if (n.value < 10_000 && /^\d+$/.test(n.text) && NAME_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) && !MONTH_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))) continue;
      // killed and wounded together: casualties, no one metric ("10,000 civilians were killed or wounded")
      if (/^[^.;,]{0,40}?\b(?:killed|dead|died) (?:or|and) (?:wounded|injured|maimed)\b/i.test(after)) continue;
      let unit = unitIn(`${text.slice(Math.max(narrow.start, n.start - 40), n.start)} ${after.slice(0, 100)}`);
      // "more than 1,000 in Tanzania, 500 in Uganda and 200 in Rwanda": the places of one list share what is counted and per what
      const sibling = lastInSentence && /^\s+(?:in|to|into|from)\s+[A-Z][^,;.\d]{0,40}?(?:,|,? and)\s+$/.test(between) ? lastInSentence : null;
      if (sibling) unit = sibling.unit;
      // "Thousands of civilians are fleeing …, where four people were killed": fleeing in the number's own clause comes
      // before a keyword of the next
      const inNarrow = sibling ? null : metricIn(narrow, n.start, keywords.all);
      const fleeing = !sibling && !inNarrow && FLEEING.test(narrow.text) ? { slug: CROSSING.test(narrow.text) ? "refugees" : "idps", distance: 0 } : null;
      let found = sibling ? { slug: sibling.metric, distance: 0 } : (inNarrow ?? fleeing ?? metricIn(clause, n.start, keywords.all));
      // "Four other refugees were injured": who they are gives way to what happened to them
      if (found && (found.slug === "refugees" || found.slug === "idps")) found = metricIn(narrow, n.start, (keywords.casualties ??= keywordsIn(sentence, CASUALTIES))) ?? found;
      if (found?.slug === "refugees") found = metricIn(narrow, n.start, (keywords.internal ??= keywordsIn(sentence, INTERNAL))) ?? found;
      const loose = !found;
      found ??= metricIn(sentence, n.start, keywords.all);
      let metric = found?.slug ?? null;
      let confidence = n.vague ? 0.5 : 0.9;
      // people on the move per day, week or month are an outflow; deaths and injuries a day stay what they are
      if (unit !== "people" && (FLIGHT.test(narrow.text) || (metric !== "deaths" && metric !== "injured"))) metric = "daily_outflow";
      if (!metric && lastRate && /\b(that|this|the) (number|figure|rate)\b/i.test(sentence.text)) {
        metric = lastRate.metric;
        unit = lastRate.unit;
        confidence -= 0.2;
      }
      // "The government put the exact figure at 100,417": the figure of the sentences before
      if (!metric && lastFigure && /\b(?:that|this|the)\s+(?:exact\s+|new\s+|latest\s+|updated\s+|official\s+)?figure\b(?!\s+of)/i.test(sentence.text)) {
        metric = lastFigure.metric;
        confidence -= 0.2;
      }
      // a count of people crossing or fleeing, and no word for what they are: refugees, less sure
      if (!metric && ((!n.vague && CROSSING.test(sentence.text)) || FLEEING.test(narrow.text))) {
        // fleeing with no border crossed ("60,000 people have fled in northern Mozambique"): displaced
        metric = CROSSING.test(sentence.text) ? "refugees" : "idps";
        confidence -= 0.2;
      }
      if (!metric) continue;
      if (metric === "daily_outflow" && unit === "people") unit = "people_per_day";
      // "a rise of 4,000 refugees and 2,000 IDPs": a change, and so is what the "and" adds to it
      if (unit === "people" && (CHANGE_BEFORE.test(lead40(text, n)) || (wasChange && /^[\s\w]{0,30}\band\s+$/.test(between)))) {
        previous.change = true;
        continue;
      }
      if (loose) confidence -= 0.2;
      // "At least 108 civilians have died and 75 have been wounded": the qualifier carries over the "and"
      const estimatedAfter = /^\s*(?:[\w-]+\s+){0,3}(?:are|were|is|was|have been|has been) (?:estimated|believed|thought) to\b/i.test(after) ? "about" : null;
      const own = qualifierBefore(text.slice(narrow.start, n.start)) ?? estimatedAfter ?? (/^[^;.\d]{0,80}\band\s+$/.test(between) && carried !== "projected" ? carried : null);
      const qualifier: Qualifier = PROJECTION.test(narrow.text) ? "projected" : n.vague ? "about" : (own ?? "exact");
      previous.qualifier = qualifier;
      const proposal: Proposal = {
        metric,
        value: n.value,
        low: n.low,
        high: n.high,
        qualifier,
        unit,
        source: speaker ?? publisher,
        quote: narrow.text,
        start: narrow.start,
        end: narrow.end,
        asOf: (asOf ??= asOfIn(sentence.text, options.publishedOn)),
        confidence: Math.max(0.1, Math.round((speaker ? confidence : confidence - 0.1) * 100) / 100),
      };
      out.push(proposal);
      lastInSentence = proposal;
      if (unit !== "people") lastRate = proposal;
      lastFigure = proposal;
    }
  }
  return out;
}
