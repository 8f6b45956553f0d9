// Numbers that are no count of people (years, money, ages, populations, names with numbers) and the words that
// make a count part of one already given. Pure; lib/extraction/read.ts applies them to each number.
import { MAX_COUNT } from "@/lib/figures/numbers";
import type { NumberMention } from "./numbers";
import { ADJECTIVES, DEMONYM, FLIGHT, PEOPLE, PEOPLE_NOUN } from "./rules";

// a day or a month by its name: "By 9 Tuesday morning soldiers had killed 12" names no people
// a verb a headline gives its people in the present ("30,000 Congolese flee rebel attacks"): no word of their name
const HEADLINE_VERB = /^(?:flee|flees|cross|crosses|die|dies|arrive|arrives|leave|leaves|return|returns|attack|attacks|kill|kills|face|faces|seek|seeks|enter|enters|escape|escapes|reach|reaches|remain|remains|are|were|have|has|had|is|was)$/;
const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

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

const PLACE_NOUN = /^(?:camps?|settlements?|sites?|centres?|centers?|shelters?|agency|agencies|organi[sz]ations?|hospitals?|schools?|villages?|points?|routes?|vehicles?|boats?|buses|trucks|convoys?|flights?|houses?|homes?|tents?)$/i;

export type Reading = { people: boolean; noun: string | null };

const HURT = /^(?:dead|wounded|injured|displaced)$/i;

/** A verb that kills or wounds, or "the deaths of", just before a count: what it takes is people. */
export const HARM_BEFORE = /\b(?:(?:kill|kills|killed|killing|wound|wounds|wounded|wounding|injure|injures|injured|injuring|behead|beheads|beheaded|beheading|murder|murders|murdered|massacre|massacres|massacred|executed|shot dead|shot|shooting)|(?:the )?(?:deaths|killings?|murders?|lives) of)\s+(?:(?:about|some|around|at least|more than|over|nearly|almost|up to)\s+)?$/i;
const TOLL_BEFORE = /\b(?:death toll|toll|number of (?:the )?(?:[\w-]+\s+)?(?:dead|deaths|injured|wounded|killed|fatalities))\b[^.;\d]{0,140}\b(?:at|to|reached|hit|is|was|stands at|stood at)\s+(?:now\s+)?(?:(?:at least|up to|more than|over|about|nearly|almost)\s+)?$/i;
/** What a toll is put at ("the death toll is now eight"), but not "the toll is one of the bloodiest". */
const tollOf = (text: string, n: NumberMention) => TOLL_BEFORE.test(text.slice(Math.max(0, n.start - 200), n.start)) && !/^\s+of\b/i.test(text.slice(n.end, n.end + 5));
const HARM_NOUN = /^(?:homicides|fatalities|deaths|losses|beheadings|killings|executions|murders|die|died|dies|perished)$/i;

// "eight Palestinian and six Israeli fatalities", "247,090 and 71,500 respectively have fled": a count with no noun of its own
// (at most a people's adjective), joined by "and" or "or" to the next number, counts the people that one counts
const JOINED = /^(?:\s+([A-Z][a-z]+(?:-[A-Za-z]+)?))?\s+(?:and|or)\s+(?:(?:about|some|around|at least|more than|over|nearly|almost|up to)\s+)?(\d(?:[\d,.]*\d)?(?:\s+(?:million|thousand))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?=[\s,])/d;

/** Whether the words after the number name people, and which word that was. */
export function readNounAfter(text: string, n: NumberMention, joins = true): Reading {
  const joined = joins ? JOINED.exec(text.slice(n.end, n.end + 60)) : null;
  if (joined && !(joined[1] !== undefined && (PEOPLE_NOUN.test(joined[1]) || DEMONYM.test(joined[1])))) {
    const [from, to] = joined.indices![2]!;
    // (one hop only: a chain "10 and 20 and 30 …" is read number by number, never recursively)
    const next = readNounAfter(text, { ...n, start: n.end + from, end: n.end + to, vague: /^(?:dozens|hundreds|thousands)$/.test(joined[2]!) }, false);
    // (and "about 606 and 13 households" counts households: no people)
    if (!next.people && next.noun !== null && /^(?:families|households)$/i.test(next.noun) && /\sand\s/.test(joined[0])) return next;
    if (next.people && next.noun !== null && (PEOPLE_NOUN.test(next.noun) || DEMONYM.test(next.noun) || HARM_NOUN.test(next.noun) || HURT.test(next.noun) || /^(?:injuries|casualties)$/i.test(next.noun))) return next;
  }
  // a number that ends its line ("…displaces 2,940" as a heading) names no thing after it
  if (/^[ \t]*\n/.test(text.slice(n.end, n.end + 4))) return { people: true, noun: null };
  // "the influx … has reduced from 200/day": a rate of people on the move written short, no thing after it
  if (/^\s?\/\s?(?:day|week|month)\b/i.test(text.slice(n.end, n.end + 9)) && FLIGHT.test(text.slice(Math.max(0, n.start - 150), n.start))) return { people: true, noun: null };
  // "stream into DR Congo by the thousands": a crowd's size, no thing after it
  if (n.vague && /\bby the\s+$/i.test(text.slice(Math.max(0, n.start - 8), n.start))) return { people: true, noun: null };
  // "hundreds of airstrikes", "dozens of houses": a vague number's "of" leads to the thing counted
  // ("‘At least 60’ killed", "'100,000 Kurds' have fled": a quotation opened before a count and closed after it, or after its
  // noun, is no word; but "40 soldiers’ families" are families)
  let quoted = /[‘']\s*(?:[A-Za-z-]+\s+){0,3}$/.test(text.slice(Math.max(0, n.start - 30), n.start));
  const words = (text.slice(n.end, n.end + 80).replace(/\b(?:[A-Z]\.){2,}/g, (m) => m.replace(/\./g, "")).replace(n.vague ? /^\s+of\b/ : /^$/, "").match(/[A-Za-z’'-]+|[—–,.;:)"]/g) ?? [])
    .map((w) => {
      if (!quoted || !/['’]$/.test(w)) return w;
      quoted = false;
      return w.replace(/['’]+$/, "");
    })
    .filter((w) => w !== "");
  // "240 injured due to …", "ten dead among …": a word that is both an adjective and a name for the hurt is the noun when no noun follows it
  let hurt: string | null = null;
  for (const [i, w] of words.slice(0, 4).entries()) {
    // "South Sudanese", "Al-Shabaab fighters", "US special forces troops", "Central African refugees": a capitalised word or an
    // acronym before a people's name or a noun for people
    const capitalised = /^[A-Z][a-z]*(?:-[A-Za-z]+)*$/.test(w);
    const namesPeople = (x: string | undefined) => x !== undefined && (PEOPLE_NOUN.test(x) || DEMONYM.test(x));
    if (ADJECTIVES.test(w) || (/^[A-Z]{2,6}$/.test(w) && words.slice(i + 1, i + 4).some((x) => PEOPLE_NOUN.test(x))) || (capitalised && (namesPeople(words[i + 1]) || ((/^[A-Z]/.test(words[i + 1] ?? "") || (/^[a-z]+$/.test(words[i + 1] ?? "") && !WHEN.test(w) && !HEADLINE_VERB.test(words[i + 1]!))) && namesPeople(words[i + 2])) || (/^(?:and|or)$/.test(words[i + 1] ?? "") && /^[A-Z][a-z]+$/.test(words[i + 2] ?? "") && namesPeople(words[i + 3]))))) {
      // ("already hosted some 400,000 Rohingya before …": a people's name that is also a word for them, ending the phrase)
      if (HURT.test(w) || (PEOPLE_NOUN.test(w) && /^(?:[,.;:)—–"]|before|after|in|at|from|to|into|who|have|has|had|were|are|was|is|and|or|since|on|across|still|already|now)$/.test(words[i + 1] ?? "."))) hurt ??= w;
      continue;
    }
    // "71,500 respectively have been forced to flee": the places named before share what happened to each count
    if (i === 0 && /^respectively$/i.test(w)) continue;
    // households and families are no head count
    if (/^(?:families|households|HHs?)$/i.test(w)) return { people: false, noun: w };
    // ("844 IDP families", "3,000 refugee households": families all the same)
    if (/^(?:IDPs?|refugees?|displaced|returnees?|migrants?)$/i.test(w) && /^(?:families|households|HHs?)$/i.test(words[i + 1] ?? "")) return { people: false, noun: words[i + 1]! };
    // "16 underage children", "280 health personnel": a lower-case word before a noun for people describes them
    // ("hundreds of thousands of minority Rohingya Muslims": a capitalised name before a people's name)
    // ("160 000 anglophone Cameroonians": a lower-case word before a people's name)
    if (i < 2 && /^[a-z][a-z-]{2,}$/.test(w) && (PEOPLE_NOUN.test(words[i + 1] ?? "") || (DEMONYM.test(words[i + 1] ?? "") && /(?:ians|eans|ans|ese|is)$/.test(words[i + 1]!)) || (ADJECTIVES.test(words[i + 1] ?? "") && PEOPLE_NOUN.test(words[i + 2] ?? "")) || (/^[A-Z][a-z]+$/.test(words[i + 1] ?? "") && DEMONYM.test(words[i + 2] ?? "")))) continue;
    // ("Two explosive ordnance disposal officers": lower-case words, none a plural thing or a verb, before a noun for people)
    const modifier = (x: string) => /^[a-z][a-z-]{2,}$/.test(x) && !/(?:ing|ed|s)$/.test(x) && !PEOPLE_NOUN.test(x) && !/^(?:and|or|nor|but|the|with|from|into|for|who|that|than|then|per)$/.test(x);
    const reach = i === 0 && modifier(w) ? [2, 3].find((k) => PEOPLE_NOUN.test(words[k] ?? "") && words.slice(1, k).every(modifier)) : undefined;
    if (reach !== undefined) return { people: true, noun: words[reach]! };
    // killed and injured together: no one metric ("1,207 civilian casualties")
    if (/^casualties$/i.test(w)) return { people: false, noun: w };
    // a noun for people, a people's name, or a verb that says what happened to them ("95,000 crossed", "142,300 arriving", "10,000 flee")
    // "two existing refugee camps", "three IDP sites": a word for people before a place or a body names no people
    // (but "Thousands flee IDP camp" names the camp they left)
    if ((PLACE_NOUN.test(words[i + 1] ?? "") || (/^(?:reception|transit|registration|holding|collective|displacement|protection|temporary|existing|main)$/.test(words[i + 1] ?? "") && PLACE_NOUN.test(words[i + 2] ?? ""))) && PEOPLE_NOUN.test(w) && !words.slice(0, i).some((x) => /^(?:flee|fled|fleeing|flees|leave|left|leaving|from|into|to|towards?|in|at|reach|reached|enter|entered|attack|attacked|moved|went|returned)$/i.test(x))) return { people: false, noun: words[i + 1]! };
    // "thousands of the displaced", "dozens of those wounded": the hurt or moved named again
    if (i === 0 && n.vague && /^(?:the|those|these)$/.test(w) && (HURT.test(words[1] ?? "") || /^(?:killed|injured)$/.test(words[1] ?? ""))) return { people: true, noun: words[1]! };
    if (PEOPLE.test(w) || PEOPLE_NOUN.test(w) || DEMONYM.test(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w) || (/^[A-Z][a-z]{2,}(?:ed|ing)$/.test(w) && /^[A-Z]/.test(words[i + 1] ?? "")) || /^(?:flee|fled|die|died|escape|shot|left|leave|flew|lost|continue|continued|keep|kept|cross|arrive|enter|seek|remain|become|became|ppl)$/i.test(w)) return { people: true, noun: w };
    // a people's name that is no plural, known by the verb after it ("7,000 Burundi have fled", "1.2 million Burkinabe from their homes")
    // ("more than 200,000 Burundian fleeing", "7,000 Kachin displaced in China")
    if (/^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?$/.test(w) && (/^(?:have|has|had|were|are|who|fled|crossed|arrived|from|into|to|fleeing|crossing|arriving|displaced)$/.test(words[i + 1] ?? "") || HEADLINE_VERB.test(words[i + 1] ?? ""))) return { people: true, noun: w };
    // "seven severely injured": an adverb before what happened to them
    if (/^[a-z]{3,}ly$/.test(w) && HURT.test(words[i + 1] ?? "")) return { people: true, noun: words[i + 1]! };
    // "has crossed the 100,000 mark"
    if (i === 0 && /^(?:mark|milestone|threshold)$/i.test(w)) return { people: true, noun: null };
    // "brings to more than 3,000 the number of arrivals"
    if (w === "the" && /^\s*the (?:total )?number of\b/i.test(text.slice(n.end, n.end + 30))) return { people: true, noun: null };
    if (hurt) return { people: true, noun: hurt };
    return { people: false, noun: w };
  }
  return { people: true, noun: null };
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

// a small count's people named a few words on: "four suspected Boko Haram attackers", "five of them militants", "Two of the
// five attackers", "the eight of the gunmen" (but not across a preposition: "In 3 of the attacks soldiers were killed")
const COMBATANTS = String.raw`(?:attackers|militants|fighters|insurgents|soldiers|civilians|people|gunmen|assailants|policemen|officers|troops)\b`;
const SMALL_COUNT_OF = new RegExp(String.raw`^\s+(?:(?:(?!(?:of(?!\s+(?:them|those|whom)\b)|in|the|at|on|by|from|to|and|or|with|for|a|an)\b)[\w-]+\s+){1,3}?|of (?:the|those|these|its|their|our|his|her)\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+)?)${COMBATANTS}`, "i");

/**
 * Words after a count that say it counts no people, or none the report tracks: a noun that names no people (but whatever a
 * killing or wounding verb takes as its object is people), someone's own family in a story, one person who speaks, a number
 * this small with no noun for people nor a verb that kills or wounds them.
 */
export function countsNoPeople(text: string, n: NumberMention, noun: Reading): boolean {
  const lead = lead40(text, n);
  // (whatever a killing or wounding verb takes as its object is people, but for animals and things: "They killed about 10 anti-Balaka",
  // "Israeli forces kill one protester", "insurgents behead four"; and so is what a toll is put at, or a count of deaths or of
  // the dead by their own word: "the death toll at 94", "the number of injured also increased to 500", "6,657 homicides", "2 die")
  if (!noun.people && !(HARM_BEFORE.test(lead) && !/^(?:cattle|cows|goats|sheep|animals|camels|livestock|houses|homes|buildings|vehicles|cars|trucks|tanks|drones|hours|days|weeks|months|years|km|kilometres|kilometers|miles|per|percent)$/i.test(noun.noun ?? "")) && !tollOf(text, n) && !HARM_NOUN.test(noun.noun ?? "")) return true;
  // supporters, followers and loyalists are people only where the words before or after the count say they were hurt or moved
  // ("two Assir supporters were killed"; not "a Telegram channel with 12,000 followers", "thousands of supporters gathered")
  if (noun.noun !== null && /^(?:supporters|followers|loyalists)$/i.test(noun.noun) && !HARM_BEFORE.test(lead) && !/^\s+(?:(?!\d)[\w'’-]+\s+){0,4}?(?:(?:were|was|are|is|have|has|had|have been|has been|had been|being|reportedly)\s+)?(?:also\s+)?(?:killed|dead|died|dying|wounded|injured|hurt|fled|flee|flees|fleeing|displaced|drowned|perished|executed|massacred|slain|shot|missing|forced|crossed|crossing|arrived|arriving|escaped|sought)\b/i.test(text.slice(n.end, n.end + 80))) return true;
  // "her three young children": someone's family in a story, not a count
  // ("escaped with his wife and six children")
  if (n.value < 10 && (/\b(?:her|his|their|my|our|your)\s+$/i.test(lead) || (/\b(?:her|his|their|my|our|your)\s+(?:[\w-]+\s+){0,2}?(?:and|with)\s+$/i.test(lead) && noun.noun !== null && /^(?:children|sons|daughters|brothers|sisters|kids|grandchildren|relatives|siblings|wives|husbands)$/i.test(noun.noun))) && !/\b(?:killed|wounded|injured|lost)\s+(?:her|his|their|my|our|your)\s/i.test(lead)) return true;
  // "reached Peshawar a day ago with 12 family members": someone's family, no count
  if (/\bwith\s+$/i.test(lead) && !/\b(?:killed|killing|kills|wounded|injured|died|dead)\b/i.test(lead) && /^\s+(?:[\w-]+\s+)?(?:family members|relatives|of (?:his|her|their) (?:family|relatives))\b/i.test(text.slice(n.end, n.end + 40))) return true;
  // "around 20 individuals attacking the village": the attackers, no count of a metric
  if (/^\s+(?:[\w-]+\s+)?(?:individuals|men|gunmen|assailants|attackers|militants|fighters|insurgents)\s+(?:attacking|attacked|stormed|storming|raided|raiding)\b(?!\s+(?:by|in)\b)(?![^.;]{0,60}\b(?:killed|dead|died|wounded|injured)\b)/i.test(text.slice(n.end, n.end + 50)) && !/\b(?:killed|killing|kills|shot|wounded|wounding|injured)\s+(?:\w+\s+){0,2}$/i.test(lead)) return true;
  // "45 Engineers Division", "the 74 Battalion": a unit's number
  if (/^\s+(?:[A-Z][\w-]+\s+){0,2}(?:Division|Brigade|Battalion|Regiment|Corps|Squadron|Infantry|Armoured)\b(?!\s+(?:fighters?|members?|soldiers?|troops|pilots?|personnel|men|man|officers?|militiam[ae]n|commanders?|recruits?)\b)/.test(text.slice(n.end, n.end + 40)) && !/\b(?:killed|killing|kills|wounded|wounding|injured)\s+$/i.test(lead)) return true;
  // "the number of families displaced … from 5,858 to 10,310": families, no head count
  if (/\bnumber of (?:[\w-]+\s+)?(?:families|households)\b[^.;]*$/i.test(text.slice(Math.max(0, n.start - 120), n.start)) && !/^\s+(?:[\w-]+\s+)?(?:people|persons|individuals)\b/i.test(text.slice(n.end, n.end + 30))) return true;
  // people asked, not counted: "Seven refugees interviewed by Reuters", "six surveys of more than 11,426 people"
  if (/^\s+(?:[\w-]+\s+){0,2}?(?:interviewed|surveyed|questioned|polled)\b/i.test(text.slice(n.end, n.end + 40)) || /\b(?:surveys?|interviews?|a sample|focus groups?) (?:of|with|among) (?:(?:more than|over|some|about|nearly)\s+)?$/i.test(lead)) return true;
  // "is one such displaced person"
  if (n.value === 1 && /^\s+such\b/i.test(text.slice(n.end, n.end + 8))) return true;
  // "One stranded refugee said", `…," said one refugee carrying a child`: a person who speaks, not a count
  if (n.value === 1 && (/^\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|added|recalled|explained|asked)\b/i.test(text.slice(n.end, n.end + 40)) || /[”"],?\s+(?:said|says|told|added|recalled|explained|asked)\s+$/i.test(lead))) return true;
  // "one", "1": a number this small is a count of people only when a noun for people follows, or a verb that kills or wounds them
  // ("Six more bodies of soldiers were later recovered": the word after "more" or "other")
  const firstWord = /^\s*(?:(?:more|other|further|additional)\s+)?([A-Za-z]+)/.exec(text.slice(n.end, n.end + 40))?.[1] ?? "";
  if (n.value < 10 && !/\b(?:toll|number of (?:deaths|the dead|dead|people killed|fatalities)|deaths)\b[^.;\d]{0,40}\b(?:at|to|reached|hit)\s+(?:(?:at least|up to|more than|over|about|nearly|almost)\s+)?$/i.test(lead) && !tollOf(text, n) && !HARM_BEFORE.test(lead) && !PEOPLE_NOUN.test(firstWord) && !/^(?:killed|dead|died|die|dies|perished|wounded|injured|hurt|deaths|fatalities|injuries|bodies|corpses)$/i.test(firstWord) && !/^\s+(?:(?:other|others|more)\s+)?(?:(?:have|has|had)\s+been|were|was|[a-z]{3,}ly)\s+(?:killed|injured|wounded|hurt|shot dead)\b/i.test(text.slice(n.end, n.end + 40)) && !(noun.noun && (PEOPLE_NOUN.test(noun.noun) || DEMONYM.test(noun.noun) || /^(?:fatalities|deaths|homicides|losses)$/i.test(noun.noun))) && !SMALL_COUNT_OF.test(text.slice(n.end, n.end + 50))) return true;
  return false;
}
