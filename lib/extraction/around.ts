// What the words next to a count say of it within its sentence: a breakdown or a list it belongs to, a place or a month it
// is tied to, people taken in, placed in camps or travelling on duty, a toll said to be rising, a revision it is half of,
// whose words say what happened to it, where people who moved went (and whom the report counts on the move), a people living
// abroad, a breakdown by group.
// Pure data and small helpers; lib/extraction/read.ts applies them.
import type { Qualifier } from "@/lib/figures/qualifiers";
import type { Proposal } from "./extract";
import type { NumberMention } from "./numbers";
import { ABROAD_DEST } from "./context";
import { keywordsIn, metricIn, type Keyword } from "./keywords";
import { crossedIntoACountry, crossingMetric, fledWithinOwnCountry, inAnotherCountry, peopleAtStart } from "./abroad";
import { CASUALTIES, CROSSING, DAY_CROSSING, FLEEING, FLIGHT, INTERNAL, METRIC_RULES, ON_DAY, ON_DAY_UP_TO, PEOPLE_NOUN, PREDICATE, PROJECTED_LEAD, PROJECTION, qualifierBefore, SUBGROUP, type MetricRule, type Moved } from "./rules";
import type { Span } from "./text";
import { MONTH } from "./traps";

export const QUALIFIER_WORDS = String.raw`(?:approximately|about|around|some|nearly|almost|more than|over|at least|roughly|close to|up to)`;
/** People who travel for their work, not from the fighting. */
export const ON_DUTY = /^(?:staff|members|personnel|officials|workers|employees|troops|soldiers|peacekeepers|journalists|experts|delegates|teams?|doctors|medics|volunteers|monitors|observers|inspectors)$/i;

/** A crowd gathered for a cause or held ("15,000 peaceful demonstrators gathered", "275 women and children hostages"), counted as such, not as people who moved. */
export const CROWD = /^(?:demonstrators|protesters|protestors|marchers|mourners|worshippers|participants|attendees|spectators|hostages|captives|patients|consultations)$/i;
/**
 * "has risen from 2,600 to 102,600": a revision, two counts, the earlier one marked `earlier` (given to compare with:
 * proposed less sure); but
 * "anywhere from 1 million to 5 million" is a range.
 */
export function revision(text: string, n: NumberMention): NumberMention[] {
  if (n.low === null || n.high === null || !/\bfrom\s*$/i.test(text.slice(Math.max(0, n.start - 6), n.start)) || /\b(?:anywhere|ranging|range|varying)\s+from\s*$/i.test(text.slice(Math.max(0, n.start - 40), n.start))) return [n];
  const parts = /^(.*?\S)(\s*(?:-|–|—|to)\s*)(\S.*)$/.exec(n.text);
  if (!parts) return [{ ...n, value: n.high, low: null, high: null }];
  const firstEnd = n.start + parts[1]!.length;
  return [
    { ...n, end: firstEnd, value: n.low, low: null, high: null, text: parts[1]!, earlier: true },
    { ...n, start: firstEnd + parts[2]!.length, value: n.high, low: null, high: null, text: parts[3]! },
  ];
}

/** "…, signalling the toll could rise": a toll said to be rising, no projection of the count itself. */
const RISE_FURTHER = /\b(?:could|may|might|will|is expected to|are expected to|is likely to|are likely to)\s+(?:\w+\s+)?(?:rise|increase|climb|grow|go up)(?:\s+(?:further|again|still))?\b(?!\s+(?:to|above|past|beyond|over)\b)/gi;
/** "We’ve received more than 40,000 people", "welcomed 30,000": people taken in. */
const RECEIVED = new RegExp(String.raw`\b(?:received|receiving|receives|welcomed|welcoming|welcomes|taken in|took in|takes in|taking in|absorbed|absorbing)\s+(?:(?:${QUALIFIER_WORDS}|an estimated|a further|another|an additional)\s+)?$`, "i");
/** "… now live in camps": people placed in camps or sites. */
// (one site named or named before: "in the transit centre", "at the Mussungue reception centre", "in Mtendeli camp"; not "in
// camps near Sittwe")
const AT_SITE = /^\s+(?:(?:people|persons|individuals|civilians|residents|newcomers|arrivals|more|others|[A-Z][\w-]+)\s+)?(?:(?:are|were|is|was|remain|remained|live|living|stay|staying|sheltering|registered)\s+)?(?:now\s+|still\s+)?(?:in|at)\s+(?:the\s+(?:[A-Z][\w-]+\s+){0,3}|(?:[A-Z][\w-]+\s+){1,3})(?:(?:transit|reception|registration|refugee|displacement)\s+)?(?:centre|center|camp|site|settlement)\b(?!s)/;
/** Words for people that say nothing of who they are (so a site's people may be whoever the passage counted on the move). */
const ANYONE = /^(?:people|persons|individuals|civilians|residents|newcomers|arrivals)$/i;
const SITE_HAD = /\b(?:camps?|cent(?:re|er)s?|settlements?|sites?)\s+(?:that|which)\s+(?:now\s+)?(?:had|has|holds|held|housed|houses|hosts|hosted)\s+(?:(?:about|some|around|more than|over|nearly|almost)\s+)?$/i;
const IN_CAMPS = /^\s+(?:[\w-]+\s+){0,6}?(?:(?:now|still|being|already)\s+)?(?:live|living|are living|stay|staying|are staying|shelter|sheltering|are sheltering|remain|remained|crammed|packed|squeezed|housed)\s+(?:in|into)\s+(?:[\w-]+\s+){0,2}?(?:camps?|settlements?|shelters?|sites?|collective centres?)\b/i;
/**
 * "— seven farmers", "(", ": about 4 million", "- mainly fighters but also 17": a breakdown of the number before (with a qualifier only
 * after a count, not a dateline's date).
 */
export const BREAKDOWN = /^[^.;]{0,60}?(?:\s--|\s[—–]|\s-\s|\(|:)\s*$|^[^.;\d]{0,30}?(?:\s--|\s[—–]|\s-\s|\()\s*(?:mainly|mostly|largely|most of them|among them)\b[^.;\d]{0,40}$/;
export const BREAKDOWN_QUALIFIED = new RegExp(String.raw`^[^.;]{0,60}?(?:\s--|\s[—–]|\s-\s|\(|:)\s*${QUALIFIER_WORDS}\s+$`, "i");
/** ", 3,250 women", ", and 690", ", while around 6.5 million": the next item of a breakdown. */
export const NEXT_ITEM = new RegExp(String.raw`^[\s\w’'()%-]{0,60}?(?:,|,? and|,? while|,? whereas)\s+(?:${QUALIFIER_WORDS}\s+)?$`, "i");
/** "… fled to Poland", "… are in Moldova", "… in January": a count tied to a place or a month. */
const PLACE_AFTER = new RegExp(String.raw`^[^.;\d]{0,40}?\b(?:in|to|into|at|during)\s+(?:the\s+)?(?:other\s+|neighbou?ring\s+)?(?:[A-Z]|${MONTH})`);
/** "In Kalehe, 700", "In January, 300", "• North Darfur: 300,000": the same before the count, at its clause's or line's start. */
const PLACE_BEFORE = new RegExp(String.raw`(?:(?:^|[.;,]\s+|\n|\band\s+)(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?|(?:^|\n)[ \t]*[•▪●◦‣*-]?[ \t]*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*[:–—])\s+(?:${QUALIFIER_WORDS}\s+)?$`);
export const BREAKDOWN_OPENS = new RegExp(String.raw`\b(?:including|includes?|among them|of whom|of which|among whom|of these|of them|of those|among (?:them|those|these)\b[^.;\d]{0,40}?,)\s*,?\s+(?:${QUALIFIER_WORDS}\s+)?$|(?:^|[.;:,(]\s*|\n\s*)["“]?Of the (?:total |remaining |estimated )?$`, "i");

/**
 * The qualifier of a count: its own words before it ("At least 108 civilians have died and 75 have been wounded": the 75 is
 * exact), or after it ("60 or so", "ran up to 138,000 at least", "470,000+"), "estimated … at"; a restatement after "or" keeps
 * the one before ("more than 46,000 families, or 220,000 persons"); a projection said of this count, not of "more" after an
 * "and" ("We’ve received more than 40,000 people and expect more to come") nor of a toll that could rise.
 */
export function qualifierOf(c: { narrow: Span; lead: string; after: string; between: string; restated: Qualifier | null; vague: boolean }): Qualifier {
  const projected =
    PROJECTION.test(c.lead) ||
    PROJECTED_LEAD.test(c.lead) ||
    PROJECTION.test(PREDICATE.span.exec(c.after)?.[0] ?? "") ||
    (PROJECTION.test(c.narrow.text.replace(RISE_FURTHER, "")) && !/^[^.;]*?\s(?:and|but|which|that)\s+(?:\w+\s+){0,2}(?:expects?|hopes?|fears?|warns?|could|may|might|will|(?:is|are|was|were) (?:expected|likely))\b|^[^.;]*?\sand\s+would\b/i.test(c.after));
  if (projected) return "projected";
  if (c.vague) return "about";
  if (/^\s*at least\b/i.test(c.after)) return "at_least";
  if (/^\+/.test(c.after)) return "more_than";
  const about = /^\s*(?:or so\b|(?:[\w-]+\s+){0,3}(?:are|were|is|was|have been|has been) (?:estimated|believed|thought) to\b)/i.test(c.after) || /\bestimat(?:ed|es|e)\b[^.;\d]{0,80}\bat\s+$/i.test(c.lead);
  return qualifierBefore(c.lead) ?? (about ? "about" : null) ?? (/^[^.;\d]{0,40}?,?\s+or\s+$/.test(c.between) ? c.restated : null) ?? "exact";
}

/**
 * A day's count of people on the move: one day's crossings ("more than 11,000 Rohingya crossed into southeastern Bangladesh on
 * Monday"), the arrivals a sentence about one named day or the past 24 hours counts ("On Monday, we only registered 777
 * Burundian arrivals in Rwanda"; not the displaced an official spoke of on Tuesday), and the next day's in the same list
 * ("3,111 arriving on Saturday and 1,640 on Sunday"). Null when the count is none.
 */
export function dayCount(c: { metric: string | null; sentence: Span; after: string; between: string; before: Proposal | null }): { metric: string; unit: Proposal["unit"] } | null {
  const day = { metric: "daily_outflow", unit: "people_per_day" as const };
  // (not a newspaper's name: "… crossed into Bangladesh according to India Today", "- Mail Today")
  if (c.metric !== "deaths" && c.metric !== "injured" && DAY_CROSSING.test(c.after) && !/\b[A-Z][A-Za-z]+\s+Today\b/.test(c.after)) return day;
  const s = c.sentence.text;
  if ((c.metric === "refugees" || c.metric === "idps") && (ON_DAY.test(s.slice(0, 45)) || ON_DAY_UP_TO.test(s.slice(0, 70))) && (/^\W*(?:In|Over|During|Within)\b/.test(s) || CROSSING.test(s) || /\b(?:registered|reach(?:ed)?|arrivals)\b/i.test(s) || (/^\W*(?:And )?On [^,]{3,30} alone,/.test(s) && FLEEING.test(c.before === null || !/[,;]/.test(c.between) ? s : c.after.split(/[,;]/)[0]!))) && !/\b(?:since|so far|in total|altogether)\b/i.test(s)) return day;
  if (c.before?.metric === "daily_outflow" && /^\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(c.after) && /^[^.;\d]{0,30}\band\s+$/.test(c.between)) return { metric: "daily_outflow", unit: c.before.unit };
  return null;
}

/**
 * The metric of people who moved, with no word for who they are: crossing or fleeing (refugees when the sentence crosses a
 * border, else `onTheMove`: whoever the passage just counted on the move, or else the report counts on the move (read.ts),
 * else displaced; not staff on a mission, "Two UNHCR staff members will arrive tomorrow"); received or taken in, or "have
 * landed in" a place ("We’ve received more than 40,000 people"; not "Mozambique's Pemba camp" as a border); hosted or living
 * in camps ("Renk now hosts 58,898 people", "over 240,000 Sudanese now live in camps": `onTheMove` too; `passage`, whoever
 * the passage last counted on the move eight sentences back at most, for people said of no one else in one camp or centre
 * named). Null when none of these. (`onTheMove` is called only where it is needed: the whole report is read for it once.)
 */
export function movedMetric(c: { sentence: Span; narrow: Span; lead: string; after: string; vague: boolean; noun: string | null; hosted: boolean; onTheMove: () => Moved; passage: Moved }): string | null {
  const moved = movedMetricOf(c);
  // (a people named who went to a place abroad for them: "Thousands of Rohingya have arrived in Cox's Bazar")
  return moved === "idps" && crossedIntoACountry(c.after, peopleAtStart(c.after.slice(0, 40))?.[1] ?? null) ? "refugees" : moved;
}
function movedMetricOf(c: { sentence: Span; narrow: Span; lead: string; after: string; vague: boolean; noun: string | null; hosted: boolean; onTheMove: () => Moved; passage: Moved }): string | null {
  if (!(c.noun !== null && ON_DUTY.test(c.noun)) && ((!c.vague && CROSSING.test(c.sentence.text)) || FLEEING.test(c.narrow.text))) return CROSSING.test(c.sentence.text) ? crossingMetric(c.sentence.text, c.onTheMove()) : (c.onTheMove() ?? "idps");
  if (RECEIVED.test(c.lead.replace(/\s+/g, " ")) || /^\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|already\s+)?(?:landed|arrived)\s+in\b/i.test(c.after)) return crossingMetric(c.sentence.text.replace(/\b[A-Z][a-z]+['’]s\b/g, ""), c.onTheMove() ?? "idps");
  if (c.hosted || IN_CAMPS.test(c.after)) {
    const moved = c.onTheMove();
    if (moved) return moved;
  }
  // (people, said of no one else, in a camp or centre named, or hosted there, in a passage about people who moved: whoever
  // it last counted on the move a few sentences back: "There are now around 8,230 people in the transit centre", "the camp
  // now hosts some 140,000 people", "a camp that had 5,000 people in it"; not "Police arrested 40 people at the camp", "25
  // teachers in the camp")
  if (c.passage && (c.noun === null || ANYONE.test(c.noun) || !PEOPLE_NOUN.test(c.noun)) && !PREDICATE.before.test(c.lead) && (c.hosted || AT_SITE.test(c.after) || SITE_HAD.test(c.lead))) return c.passage;
  // (with no one counted on the move, people crammed or housed in camps are the displaced, where the sentence names no border
  // or country: "Nearly 32,000 people from both sides are being housed in camps across Rakhine"; but not "In Eastern Chad,
  // over 240,000 Sudanese now live in camps")
  if (IN_CAMPS.test(c.after) && crossingMetric(c.sentence.text, "idps") === "idps") return "idps";
  return null;
}

const MOVED_WORDS = METRIC_RULES.filter((r) => r.slug === "refugees" || r.slug === "idps");
/** "refugee" naming a place, an office or a law, not people: "the Jabalia refugee camp", "the UN refugee chief". */
const NOT_REFUGEES_THEMSELVES = /^\s*(?:camps?|chief|agency|agencies|commissioner|status|law|convention)\b/i;

/**
 * Whom a report counts on the move, by its sentences: refugees where at least two sentences name refugees, asylum seekers or
 * borders crossed, and twice as many as name people displaced at home; the displaced the other way round; else null. Read for a
 * flight that names no one and goes nowhere named ("Almost 30,000 people recently fled communal violence in North and West
 * Darfur", in a report on refugees in Chad). A refugee camp, office or law names no refugees ("Gaza's largest refugee camp").
 * `found` keeps each sentence's words for people on the move, by rule, for the rest of the reading (keywords.ts).
 */
export function movedLean(text: string, sentences: readonly Span[], found: Map<MetricRule, Keyword[]>[] = []): Moved {
  let [refugees, idps] = [0, 0];
  for (const [i, sentence] of sentences.entries()) {
    const byRule = (found[i] = new Map(MOVED_WORDS.map((rule) => [rule, keywordsIn(sentence, [rule])])));
    const words = [...byRule.values()].flat();
    if (words.some((k) => k.slug === "refugees" && !NOT_REFUGEES_THEMSELVES.test(text.slice(k.end, k.end + 15)))) refugees += 1;
    if (words.some((k) => k.slug === "idps")) idps += 1;
  }
  return refugees >= 2 && refugees >= 2 * idps ? "refugees" : idps >= 2 && idps >= 2 * refugees ? "idps" : null;
}

/** A flight's destination in its own clause, which the rest of the report does not override ("forced 10,000 people to flee to the capital", "fled south", "Inside Burundi"). */
export const GOES_SOMEWHERE = /\b(?:fled|flee|flees|fleeing|escaped|escaping|ran|run|running|moved|headed|heading)\s+(?:[\w'’-]+\s+){0,4}?(?:to|into|towards?)\s|\b(?:fled|flee|flees|fleeing|escaped|ran|headed)\s+(?:north|south|east|west)(?:wards?)?\b|\b(?:inside|within)\b/i;

/** Whether the count is tied to a place or a month, after it or at its clause's or line's start (`PLACE_AFTER`, `PLACE_BEFORE`). */
export function tiedToPlace(text: string, n: NumberMention, sentence: Span): boolean {
  return PLACE_AFTER.test(text.slice(n.end, Math.min(sentence.end, n.end + 60))) || PLACE_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 60), n.start));
}

/**
 * What a count's own words say happened to it, over the nearest keyword when that keyword belongs to a count or list item
 * before it ("at least 18 more were killed and scores of others were injured": injured; "women and children killed, …,
 * thousands fleeing with nothing": no keyword, so the flight decides).
 */
export function ownOverBefore(c: { text: string; n: NumberMention; narrow: Span; mentions: readonly NumberMention[]; keywords: readonly Keyword[]; found: { slug: string; distance: number } }): { slug: string; distance: number } | null {
  const { text, n, narrow } = c;
  const ownSpan = n.end + (PREDICATE.span.exec(text.slice(n.end, narrow.end))?.[0].length ?? 0);
  const ownKeyword = c.keywords.find((k) => k.start >= n.end && k.end <= ownSpan);
  const keywordBefore = c.keywords.filter((k) => k.end <= n.start && k.start >= narrow.start).at(-1);
  const apart = keywordBefore !== undefined && (/[,;]/.test(text.slice(keywordBefore.end, n.start)) || c.mentions.some((m) => m.start >= narrow.start && m.end <= keywordBefore.start));
  if (!apart || keywordBefore.slug !== c.found.slug) return c.found;
  if (ownKeyword && ownKeyword.slug !== c.found.slug) return { slug: ownKeyword.slug, distance: ownKeyword.start - n.end };
  if (!ownKeyword && FLEEING.test(text.slice(n.end, ownSpan))) return null;
  return c.found;
}

/**
 * What a count's own words do where the sentence's metric is not in them: something of no metric ("500 soldiers were deployed
 * after the attack that killed 12"), or a verb of no metric governs it ("has affected more than 2 million people"): "other",
 * and it takes no metric from the rest; "somewhere" when they only say where people are ("About 500 soldiers were at the camp
 * when gunmen killed 12": no figure the tagger may add either); "housed", people housed somewhere or who fled just after, no
 * toll of the sentence ("killed 12 people on Monday, and 100,000 people are now living in camps", "More than 20,000 people
 * are in the camps after fleeing the fighting"); else null.
 */
export function ownVerb(c: { text: string; n: NumberMention; sentence: Span; narrowLead: string; keywords: readonly Keyword[] }): "other" | "somewhere" | "housed" | null {
  const { text, n } = c;
  const ownWords: string = PREDICATE.span.exec(text.slice(n.end, Math.min(c.sentence.end, n.end + 160)))?.[0] ?? "";
  const ownEnd = n.end + ownWords.length;
  const fledAfter = /^\s*(?:after|since)\s+(?:fleeing|escaping|crossing|being displaced|having fled)\b/i.test(text.slice(ownEnd, ownEnd + 40));
  const ownKeyword = c.keywords.some((k) => k.start >= n.end && k.start < ownEnd);
  const saysMetric = ownKeyword || FLIGHT.test(ownWords) || FLEEING.test(ownWords) || CROSSING.test(ownWords) || fledAfter;
  if ((PREDICATE.verb.test(ownWords) && !saysMetric && !PREDICATE.placed.test(ownWords) && !PREDICATE.housed.test(ownWords) && !PREDICATE.counted.test(ownWords)) || PREDICATE.before.test(c.narrowLead)) return /^\s+(?:[\w-]+\s+)?(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:at|in)\s+(?:the|a|an)\s/i.test(ownWords) ? "somewhere" : "other";
  return (PREDICATE.housed.test(ownWords) && !saysMetric) || (fledAfter && !ownKeyword) ? "housed" : null;
}

const THOSE_HURT = /\b(?:those|the people|the civilians|the victims)\s+(?:who\s+(?:were|died)\s+)?(?:killed|dead|wounded|injured|who died)\b[^.;]*\b(?:were|are|was|included|numbered)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Where a death or wound may say what happened to people counted as refugees or displaced ("Four other refugees were
 * injured", "Those killed in Friday's airstrike … were 30 refugees"): not beyond the count before, a comma, or 50
 * characters before it ("death toll surges to 400 as 30,000 Rohingya flee"; "A young man wounded by gunshot is treated at
 * hospital in Paoua, now home to 15,000 displaced people"), nor in the violence they fled ("who have fled their homes in
 * violence that has killed more than 3,000").
 */
export function ownHarmSpan(text: string, n: NumberMention, narrow: Span, mentions: readonly NumberMention[]): { from: number; to: number } {
  const ownWords = PREDICATE.span.exec(text.slice(n.end, narrow.end))?.[0] ?? "";
  const ownEnd = n.end + (/\b(?:violence|fighting|conflict|clashes|attacks?|war|offensive|unrest|insurgency)\s+(?:that|which)\s+(?:has|have|had)\b/i.exec(ownWords)?.index ?? ownWords.length);
  const before = mentions.filter((m) => m.end <= n.start).at(-1);
  const those = (THOSE_HURT.test(text.slice(narrow.start, n.start)) || OF_THOSE_HURT.test(text.slice(narrow.start, n.start))) && !before;
  // (a comma or semicolon in the 50 characters before it: searched there only, not back through the whole report)
  const reach = Math.max(0, n.start - 50);
  const near = text.slice(reach, n.start);
  const comma = Math.max(near.lastIndexOf(","), near.lastIndexOf(";"));
  return { from: Math.max(narrow.start, before?.end ?? 0, those ? 0 : comma < 0 ? reach : reach + comma), to: Math.max(ownEnd, n.end) };
}

/** "Of those killed, 30 were refugees", "Among those killed in the strike, 12 were Syrian refugees" */
const OF_THOSE_HURT = /\b(?:of|among)\s+(?:those|the)\s+(?:killed|dead|wounded|injured|victims)\b[^.;]{0,60},\s*$/i;

/** The people named right after a count ("1.2 million Venezuelans", "Thousands of Rohingya", "1,500 South Sudanese"), if any. */
const peopleMatch = (text: string, n: NumberMention): RegExpExecArray | null => peopleAtStart(text.slice(n.end, n.end + 40));
export const peopleNamedAfter = (text: string, n: NumberMention): string | null => peopleMatch(text, n)?.[1] ?? null;

/** A people named after a count, said to be in another country ("More than 1.2 million Venezuelans are living in Colombia", "displaced Rohingya in Bangladesh"). */
export function livesAbroad(text: string, n: NumberMention, narrow: Span, sentenceStart = narrow.start): boolean {
  const people = peopleMatch(text, n);
  if (!people) return false;
  // (foreigners taken out of a country are no refugees of it: "1,200 Americans in Lebanon have been evacuated")
  if (/\b(?:evacuat\w*|repatriat\w*|airlift\w*)\b/i.test(narrow.text)) return false;
  const after = text.slice(n.end + people.index + people[0].length, narrow.end);
  return inAnotherCountry(people[1]!, after, text.slice(sentenceStart, n.start));
}

type Found = { slug: string; distance: number };
/** A sentence's metric keywords, found once: all of them, and the deaths and injuries and the words for home looked up when needed. */
export type SentenceKeywords = { all: Keyword[]; casualties?: Keyword[]; internal?: Keyword[] };

/**
 * Who people counted as refugees or displaced are: what happened to them, in their own words ("Four other refugees were
 * injured"; not "an exodus of some 9,000 people … after an attack left 14 people dead"); words that keep them at home; a
 * border crossed in their own clause ("forced over 4.2 million people to leave their homes and seek safety in neighbouring
 * countries"); new arrivals taking shelter, or an influx with no border named, among refugees just counted.
 */
export function movedWhere(c: { text: string; n: NumberMention; sentence: Span; narrow: Span; mentions: readonly NumberMention[]; keywords: SentenceKeywords; found: Found; fromOwnWords: boolean; noun: string | null; lastMoved: { metric: string; sentencesAgo: number } | null }): Found {
  const { text, n, sentence, narrow, keywords } = c;
  const internal = () => (keywords.internal ??= keywordsIn(sentence, INTERNAL));
  const { from, to } = ownHarmSpan(text, n, narrow, c.mentions);
  let found = metricIn({ start: from, end: to, text: "" }, n.start, (keywords.casualties ??= keywordsIn(sentence, CASUALTIES))) ?? c.found;
  // (words that keep people home count only before another group is joined on: "… to flee across the border into south-west
  // Uganda and left an unknown number internally displaced")
  const turn = /\b(?:and\s+(?:left|forced|made|rendered|displaced)|while|whereas)\b/i.exec(text.slice(n.end, narrow.end));
  const home: Span = turn ? { ...narrow, end: n.end + turn.index } : narrow;
  if (found.slug === "refugees") found = metricIn(home, n.start, internal()) ?? (fledWithinOwnCountry(text.slice(n.end, narrow.end), c.noun) ? { slug: "idps", distance: found.distance } : found);
  else if (found.slug === "idps" && (((c.fromOwnWords || ABROAD_DEST.test(text.slice(n.end, narrow.end))) && ABROAD_DEST.test(narrow.text)) || crossedIntoACountry(text.slice(n.end, narrow.end), peopleNamedAfter(text, n) ?? c.noun)) && !metricIn(narrow, n.start, internal())) found = { slug: "refugees", distance: found.distance };
  const arrivals = c.noun !== null && /^arrivals$/i.test(c.noun);
  if (found.slug === "idps" && !metricIn(narrow, n.start, internal()) && (arrivals || (/\b(?:exodus|influx)\b/i.test(narrow.text) && !/\b(?:displac\w*|IDPs?|homes?|evacu\w+)\b/i.test(narrow.text))) && c.lastMoved?.metric === "refugees" && c.lastMoved.sentencesAgo <= (arrivals ? 3 : 1)) found = { slug: "refugees", distance: found.distance };
  return found;
}

/**
 * Counted as people who moved or were hurt, but none: staff on a mission who arrive where refugees are, with no word of
 * their own that they fled; staff, soldiers, pilgrims, fighters or prisoners whose clause moves them ("Some 4,000
 * peacekeepers have departed Mali", "300 Boko Haram fighters were on the run") but does not say they fled; a crowd gathered
 * ("15,000 peaceful demonstrators gathered"), unless its own words say what happened to it.
 */
export function notTheirMove(c: { text: string; n: NumberMention; metric: string | null; own: boolean; noun: string | null; narrow: Span; after: string; lead: string; keywords: readonly Keyword[] }): boolean {
  const { text, n, noun } = c;
  const moved = c.metric === "refugees" || c.metric === "idps";
  if (moved && !c.own && ((noun !== null && ON_DUTY.test(noun)) || /^\s+(?:[\w-]+\s+){0,2}armed\s/i.test(text.slice(n.end, n.end + 30)))) return true;
  if (moved && noun !== null && (ON_DUTY.test(noun) || /^(?:pilgrims|fighters|militants|insurgents|prisoners|inmates|suspects|gunmen|rebels)$/i.test(noun)) && !/\b(?:fled|flee|fleeing|refuge|asylum|displaced|escap\w*|uprooted)\b/i.test(c.narrow.text)) return true;
  return noun !== null && CROWD.test(noun) && !FLEEING.test(c.after) && !CROSSING.test(c.after) && !c.keywords.some((k) => (k.slug === "deaths" || k.slug === "injured") && k.start >= n.end && k.start < n.end + 60) && !/\b(?:killed|killing|kills|shot|wounded|wounding|injured|injuring|executed|executing|beheaded|massacred|slaughtered|bodies of)\s+(?:[\w-]+\s+){0,2}$/i.test(c.lead);
}

/**
 * A breakdown of the victims by age, sex or trade ("including 27 children", "48 men and 12 women", "of which 170 are
 * children", "including two police officers", "The injured included eight soldiers"), and the next items of its list
 * ("at least 15 children, 10 women and six policemen"): no figures of their own; but not one whose own words give another
 * metric than its total's ("killed 7 people, including two women, and 19 children were wounded").
 */
export function breakdownByGroup(c: { text: string; n: NumberMention; noun: string | null; lead: string; after: string; between: string; part: boolean; subgroup: boolean; wasGroup: boolean; otherMetricThanWhole: boolean }): boolean {
  const { noun, lead, after } = c;
  const groupNoun = noun !== null && (SUBGROUP.noun.test(noun) || SUBGROUP.trade.test(noun));
  const breaksDown = c.part || (c.subgroup && SUBGROUP.introduced.test(lead)) || /^\s+of the [\w-]+\s+(?:were|are)\b/i.test(after) || /\b(?:dead|injured|wounded|killed|victims|casualties|displaced)\s+includ(?:e|es|ed)\s+(?:[\w-]+\s+){0,2}$/i.test(lead);
  const group = breaksDown && (groupNoun || SUBGROUP.are.test(c.text.slice(c.n.end, c.n.end + 40))) && !(/^\s+(?:[\w-]+\s+){0,2}?(?:were|was|have been|had been)\s+(?:killed|wounded|injured|displaced)\b/i.test(after) && c.otherMetricThanWhole);
  const hasOwnVerb = /^[^.;,]{0,30}\b(?:were|was|have|has|had|are|is|killed|wounded|injured|died|dead|fled|crossed|arrived|sought|displaced)\b/i.test(after);
  return group || (c.wasGroup && NEXT_ITEM.test(c.between) && (groupNoun || (noun !== null && /^(?:civilians|elderly)$/i.test(noun))) && !hasOwnVerb);
}
