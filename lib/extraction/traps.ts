// Numbers that are no count of people (years, money, ages, populations, names with numbers) and the words that
// make a count part of one already given. Pure; lib/extraction/read.ts applies them to each number.
import { MAX_COUNT } from "@/lib/figures/numbers";
import type { NumberMention } from "./numbers";
import { isPeople } from "./peoples";

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
export const MONTH_BEFORE = new RegExp(String.raw`${MONTH}\s*$`);
const MONTH_AFTER = new RegExp(String.raw`^\s*${MONTH}\b`);
/** A dateline's date in capitals: "KAMPALA, JUNE 12, 2015" (a month's name before the day, a year after it). */
const DATELINE_BEFORE = new RegExp(String.raw`\b${MONTH.replace(/[a-z]+/g, (w) => w.toUpperCase())}\s+$`);
export { MONTH };

// "Operation 1027": a capitalised word that is no qualifier or article ("Some 30", "Another 25" are counts)
// "Attack Kills 30", "Toll Rises To 2,036": a headline's verb or preposition in title case is no name either
export const NAME_BEFORE = /(?<![.!?]\s*)\b(?!(?:Some|Nearly|About|Around|Another|Over|Almost|Roughly|Only|Just|Approximately|Up|More|Fewer|Less|All|The|In|On|By|With|And|But|Of|At|Those|These|Least|An|A|Estimated|Further|Additional|Still|Yet|Over|Exactly|Precisely|Perhaps|Possibly|Reportedly|Officially|To|From|Kills?|Killed|Claims?|Massacres?|Massacred|Slaughtered|Beheads?|Beheaded|Executed|Claimed|Leaves?|Left|Displaces?|Displaced|Wounds?|Wounded|Injures?|Injured|Forces?|Uproots?|Hits?|Tops?|Reach|Reaches|Reached|Rises?|Rose|Climbs?|Climbed|Surpass(?:es|ed)?|Passes|Exceeds|Nears|Surpasses)\s)[A-Z][a-z]+\s+$/;

const QUALIFIER = String.raw`(?:approximately|about|some|around|roughly|at least|more than|over|nearly|almost|close to|up to|an estimated|estimated)`;

// where a place or people's size is given, not who was hurt ("a town of 50,000 people", "260,000 people lived in Sumy")
const POPULATION_BEFORE = new RegExp(String.raw`(?<!\b(?:in|on)\s)\b(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|district|region|province|country|nation|state|community|settlement|camp|area|county|municipality|locality|island|enclave|territory|neighbou?rhood)\s+of\s+(?:${QUALIFIER}\s+)?$`, "i");
// (and a place's population put at a number: "Mozambique’s population estimated at about 29 million"; but not "the internally
// displaced population is estimated at 430,000", nor "Bangladesh's Rohingya population is estimated at 900,000")
const POPULATION_IS = new RegExp(String.raw`(?:\bpopulation\s+(?:is|was|of|stands at|numbers?|numbering|totals?)|(?:[A-Z][a-z]+['’]s|\b(?:the country['’]s|its|total|whole|entire))\s+population\s+(?:(?:is|was)\s+)?(?:estimated|put)\s+at)\s+(?:only\s+|just\s+)?(?:${QUALIFIER}\s+)?$`, "i");
// (and a place's, by "whose": "Port-au-Prince, whose population is estimated at 3 million"; not a people's, whose population is
// the people counted: "the Rohingya, whose population in Bangladesh is estimated at 900,000")
const WHOSE_POPULATION = new RegExp(String.raw`\b([A-Z][\w'’-]+),\s+whose\s+population\s+(?:is|was)\s+(?:estimated|put|thought|believed)\s+(?:at|to be)\s+(?:only\s+|just\s+)?(?:${QUALIFIER}\s+)?$`);
const POPULATION_AFTER = /^\s*(?:inhabitants|population)\b|^\s*(?:people\s+|residents\s+|inhabitants\s+)?(?:lived|live|reside|resided|call(?:s|ed)? (?:it |the \w+ )?home)\b/i;

export function lead40(text: string, n: NumberMention): string {
  return text.slice(Math.max(0, n.start - 40), n.start);
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** A number under 100 in words, as reports write it before the same in figures ("seventy (70)"); "\b\B" (no match) above. */
function numberWord(n: number): string {
  if (n < 20) return WORDS[n]!;
  if (n < 100) return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}[\\s-]${WORDS[n % 10]}`;
  return String.raw`\b\B`;
}

/** A time of day ("18:50", "10:27 PM"): no number at all, not even one that a list runs through. */
export function isClock(text: string, n: NumberMention): boolean {
  return /^:\d\d/.test(text.slice(n.end, n.end + 3)) || /\d:$/.test(text.slice(Math.max(0, n.start - 2), n.start));
}

/** Two days of a month: "on 13 and 14 May", "May 13 and 14". */
const TWO_DAYS_AFTER = new RegExp(String.raw`^\s*(?:and|&|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}`, "i");
const TWO_DAYS_BEFORE = new RegExp(String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)\s*$`, "i");

// a rate per so many people ("104 per 100,000 inhabitants", "5 per thousand", "per capita")
const PER_HEAD_AFTER = /^\s*(?:[a-z-]+\s+)?per\s+(?:\d{1,3}(?:[ ,]\d{3})+|1000|10000|100000|1 million|a million|one million|a thousand|one thousand|thousand|a hundred thousand|capita)\b/i;

/** Not a count of people: a year, money, a percentage, a duration or age, an ordinal, a list number, a population. */
export function isTrap(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  // "dozens of miles": a vague number's "of" belongs to the thing counted
  const after = text.slice(n.end, n.end + 28).replace(n.vague ? /^\s+of\b/ : /^$/, "");
  const lead = lead40(text, n);
  // (but "more than 2000 people dead" counts people: a round count, qualified, followed by a noun for people, and not a time:
  // "since about 2012 civilians have fled", "the famine of about 1992 killed" stay years)
  if (/^\d{4}$/.test(n.text) && n.value >= 1900 && n.value <= 2100 && !(n.value % 100 === 0 && /\b(?:more than|at least|about|around|nearly|almost|some|an estimated|approximately|roughly)\s+$/i.test(before) && !/\b(?:since|from|until|till|by|in|of|to|before|after|during|between|began|begun|started|erupted|year|years)\s+(?:\w+\s+){0,2}$/i.test(before) && /^\s+(?:people|persons|civilians|refugees|migrants|children|soldiers|troops|fighters|individuals|residents|villagers|IDPs)\b/i.test(after))) return true;
  // a date written with slashes ("AFP 05/17/17", "on 12/3/2019")
  if (/^\d{1,4}$/.test(n.text) && (/\d\/$/.test(before) || /^\/\d/.test(text.slice(n.end, n.end + 2)))) return true;
  // the end of a span of years ("1983-84")
  if (/\b(?:19|20)\d\d[-–]$/.test(before)) return true;
  // a number written out again in figures ("seventy (70)")
  if (/^\d+$/.test(n.text) && /\(\s*$/.test(before) && /^\s*\)/.test(after) && new RegExp(String.raw`\b${numberWord(n.value)}\s*\(\s*$`, "i").test(before)) return true;
  // more people than have ever lived at once: a typo, an id or a sum of money, and no figure the form would take
  if (n.value > MAX_COUNT || (n.high ?? 0) > MAX_COUNT) return true;
  // "about 100m from the first blast": metres, not millions
  if (/^\d+(?:\.\d+)?m$/i.test(n.text) && /^\s+(?:away\b|(?:deep|high|long|wide)\b|from (?:the|a) (?:[\w-]+ )?(?:blast|explosion|bomb|site|scene|border|front|frontline|checkpoint|building|hospital|camp|school|mosque|church|market|road|gate)\b)/i.test(text.slice(n.end, n.end + 50))) return true;
  if (/[$€£¥₹]\s*$|\b(US|USD|EUR|GBP|INR|Rs\.?|Rupees?)\s*$/i.test(before) || /^\s*(dollars|euros|pounds|francs|rupees|USD|US dollars|in aid|in funding)\b/i.test(after)) return true;
  if (/^\s*(%|per ?cent|percent|percentage)/i.test(after)) return true;
  // a rate per so many people ("a murder rate of 104 per 100,000 inhabitants"), and the so many
  // (and whatever a thing is counted per: "one water point per 2,500 refugees"; but not "2,000 per 24 hours")
  if (PER_HEAD_AFTER.test(after) || (/\bper\s+$/i.test(before) && !/^\s*(?:hours?|hrs|days?|weeks?|months?|years?)\b/i.test(after))) return true;
  // a date written with dashes ("On 22-10-2017"), a file's name ("violence-800.jpg")
  if ((/^[-–]\d{1,2}[-–]\d{2,4}\b/.test(after) || (/\b\d{1,2}[-–]$/.test(before) && /^[-–]\d{2,4}\b/.test(after))) || /^\.(?:jpe?g|png|gif|pdf|html?)\b/i.test(after)) return true;
  if (/^[\s-]*(seconds?|minutes?|hours?|hrs|days?|weeks?|months?|years?|decades?|centuries|km|kilometres?|kilometers?|miles?|metres?|meters?|tonnes?|tons?|kg|times|-fold|fold|degrees)\b/i.test(after)) return true;
  if (/^(st|nd|rd|th)\b/i.test(after)) return true;
  // a day of a month ("February 24", "24 February"), a ratio ("two to one", "one in every five")
  if ((n.value <= 31 && MONTH_AFTER.test(after)) || (n.value < 100 && MONTH_BEFORE.test(before))) return true;
  if (n.value <= 31 && DATELINE_BEFORE.test(before) && /^,?\s*(?:19|20)\d\d\b/.test(after)) return true;
  // two days of a month ("on 13 and 14 May", "May 13 and 14")
  if (TWO_DAYS_AFTER.test(after) || TWO_DAYS_BEFORE.test(before)) return true;
  if (/^\s*to one\b/i.test(after) || /\b(?:one|1)\s+(?:in|out of)\s+(?:every\s+)?$/i.test(before)) return true;
  // ages ("younger than 18", "aged 60", "aged under 18", "children under 5", "five percent were over 60")
  if (/\b(younger than|older than|aged|age of|ages of|ages|under the age of|over the age of|under age|over age)\s+(?:(?:under|over|below|above|between)\s+)?$/i.test(before) || /\b(?:children|minors|girls|boys|kids)\s+(?:under|below)\s+$/i.test(before)) return true;
  if (/(?:per ?cent|percent|%)[^.;\d]{0,30}\b(?:were|are|was|is)\s+(?:over|under|above|below)\s+$/i.test(lead)) return true;
  if (POPULATION_BEFORE.test(lead) || POPULATION_IS.test(lead) || POPULATION_AFTER.test(after)) return true;
  const whose = WHOSE_POPULATION.exec(text.slice(Math.max(0, n.start - 90), n.start));
  if (whose && !isPeople(whose[1]!) && !/^\s+(?:people|refugees|displaced|IDPs|migrants|asylum[- ]seekers|[A-Z][\w-]+(?:ans|ese|is|ya|s))\b/.test(text.slice(n.end, n.end + 30)) && !/\b(?:refugees|displaced people|IDPs|migrants|asylum[- ]seekers|[A-Z][\w-]+(?:ans|ese|is|ya|s))\s+(?:in|at)\s+(?:[\w'’-]+\s+){0,3}$/.test(text.slice(Math.max(0, n.start - 200), n.start - whose[0].length))) return true;
  // returnees, not people fleeing ("60,000 returned Chadian migrants", "14,000 returnees"); people already in a place before
  // the events reported ("beyond the 8,269 refugees already in Kounoungo")
  if (/^\s+(?:returnees|returned|returning)\b/i.test(after) || /^\s+(?:[\w-]+\s+){0,2}already\s+(?:in|at|there|hosted|registered|identified|recorded|counted)\b/i.test(text.slice(n.end, n.end + 50))) return true;
  // a footnote mark ("over 100,000 [1] people"), an age after a name ("one of the new arrivals, Leonard, 32, said")
  if ((/\[\s*$/.test(before) && /^\s*\]/.test(after)) || (n.value < 120 && /^\d+$/.test(n.text) && /\b[A-Z][a-z]+,\s*$/.test(before) && /^\s*,/.test(after))) return true;
  // the size of a family ("two or three families of up to 21 people", "a family of six")
  if (/\b(?:famil(?:y|ies) (?:of|has|have|had|with)|(?:mother|father|parent)s? of)\s+(?:(?:up to|about|some|around|at least|more than|over)\s+)?$/i.test(lead)) return true;
  // what a place was built for, not who is there ("designed for approximately 50,000 people")
  if (/\b(?:designed|built|planned|meant) (?:to (?:hold|house|accommodate) |for )(?:(?:up to|about|some|around|approximately|roughly)\s+)?$|\bcapacity (?:of|for) (?:(?:up to|about|some|around|approximately|roughly)\s+)?$/i.test(lead)) return true;
  // a road's, flight's or ward's number ("along highway 174", "Route 9", "Sector 3"; not "in the eastern sector 14 soldiers")
  if (/(?:\bhighway|\b(?:Highway|Route|Road|Flight|Ward|Block|Sector))\s+$/.test(before)) return true;
  if (/\b(group of|g-?|article|resolution|chapter|section|number|no\.|page|level|phase|point|grade)\s*$/i.test(text.slice(Math.max(0, n.start - 16), n.start))) return true;
  return false;
}

/**
 * A part of a figure already given: "including 5,000 children", "among them 3,000 women", "Of the total 192,000
 * people uprooted", "most of the 8,500" …but not under a count that is itself no metric ("1,207 civilian casualties,
 * including 406 killed") nor a projection ("including 400,000 who could flee").
 */
export function partLead(text: string, n: NumberMention): boolean {
  const lead = lead40(text, n);
  if (/(?:^|[.;:,(]\s*|\n\s*)["“]?Of the (?:total |remaining |estimated )?$/.test(lead)) return true;
  if (/(?:^|[.;:(]\s*|\n\s*)["“]?Of (?:this|these|that|those|the) (?:[\w-]+ ){0,2}(?:number|figure|total)s?,\s*(?:(?:approximately|about|some|around|roughly|at least|more than|over|nearly|almost|close to|up to)\s+)?$/i.test(lead)) return true;
  if (/\b(?:most|many|some|all|half|none|one|each|any|few|several) of (?:the|these|those)\s+$/i.test(lead)) return true;
  return /\b(including|among them|of whom|of which|among whom|of these|of them|of those|among (?:them|those|these)\b[^.;\d]{0,30}?,)\s*,?\s+(?:(?:approximately|about|some|around|roughly|at least|more than|over|nearly|almost|close to|up to)\s+)?$/i.test(lead) && !/\bcasualties,?\s+including\s+\S*\s*$/i.test(lead) && !/^\s+(?:\w+\s+)?who (?:could|may|might|will|would)\b/i.test(text.slice(n.end, n.end + 30));
}

/** "the 4,000 displaced", "those 40,000": a figure named again, not stated. */
const DEFINITE = new RegExp(String.raw`(?:^|[^\w])(?:the|these|those|this)\s+(?:${QUALIFIER}\s+)?$`, "i");
export function isDefinite(text: string, n: NumberMention): boolean {
  return DEFINITE.test(lead40(text, n));
}

const FURTHER = new RegExp(String.raw`\b(?:a further|an additional)\s+(?:${QUALIFIER}\s+)?$`, "i");
const ANOTHER = new RegExp(String.raw`\banother\s+(?:${QUALIFIER}\s+)?$`, "i");

export const SINCE = /^[^.;\d]{0,60}?\b(?:since|in the (?:past|last)|over the (?:past|last)|during the (?:past|last))\b/i;

/**
 * "a further 2,000", "another 4,000 since Tuesday": added to a count already given ("another 6,000 were waiting", "13
 * more dead" in another attack, may be counts of their own).
 */
export function isIncrement(text: string, n: NumberMention): boolean {
  const lead = lead40(text, n);
  return FURTHER.test(lead) || (ANOTHER.test(lead) && SINCE.test(text.slice(n.end, n.end + 80)));
}


/** A population already hosted before the events reported ("already hosting almost 600,000 refugees", "currently hosted by Sudan", "the camp that hosted thousands"). */
export function isHosted(text: string, n: NumberMention): boolean {
  const lead = lead40(text, n);
  return /\b(?:(?:already|currently|now|still)\s+(?:hosting|hosts|hosted|host|sheltering|has|have|had|houses|housing)|(?:that|which|who)\s+(?:hosted|hosts|housed|sheltered))\s+(?:\w+\s+){0,2}$/i.test(lead) || /^[^.;:]{0,80}?\b(?:currently |already |being )?hosted (?:by|in)\b/i.test(text.slice(n.end, n.end + 100));
}

/**
 * A figure given to compare with ("compared with up to 1,500 a few months ago", "up from the 7.1 million estimate") or one
 * the sentence says was replaced ("revising a previous figure of 1.5 million", "to 245,000 from 100,000"): a figure the
 * report states all the same, proposed less sure.
 */
export function isEarlierFigure(text: string, n: NumberMention): boolean {
  const lead = lead40(text, n);
  return (
    /\b(?:compared (?:with|to)|down from|up from|against)\s+(?:\w+\s+){0,2}$/i.test(lead) ||
    /\b(?:previous(?:ly)?|earlier|initial|original|old)\s+(?:[\w-]+\s+){0,2}?(?:figures?|estimates?|forecasts?|projections?|tolls?|counts?)\b[^.;\d]{0,30}?\s(?:of|at)\s+$/i.test(lead) ||
    /\bto\s+[\d,.]+(?:\s*(?:million|thousand))?\s+from\s+$/i.test(lead) ||
    // "has risen sharply since early June from 2,600 to 102,600"
    /\b(?:risen|rose|rise|rising|increased|increasing|grown|grew|jumped|climbed|soared|swelled|gone up|went up|fallen|fell|dropped|decreased|declined|doubled|tripled|revised|raised|lowered|updated|adjusted|changed)\b[^.;\d]{0,60}\bfrom\s+$/i.test(text.slice(Math.max(0, n.start - 90), n.start)) && /^\s*(?:-|–|—|to)\s*\d/.test(text.slice(n.end, n.end + 6))
  );
}
