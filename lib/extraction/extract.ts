// Proposes the figures in a report's text: value (and a range), qualifier, metric, unit, who said it, the day
// it refers to, and the clause it came from with its offsets. Pure: no network, no model; rules that read the
// words around each number (lib/extraction/rules.ts). The editor confirms every proposal.
import type { Qualifier } from "@/lib/figures/qualifiers";
import { asOfIn } from "./as-of";
import { BREAKDOWN, BREAKDOWN_OPENS, BREAKDOWN_QUALIFIED, CROWD, dayCount, livesAbroad, movedMetric, NEXT_ITEM, ON_DUTY, ownHarmSpan, ownOverBefore, qualifierOf, revision, tiedToPlace } from "./around";
import { ABROAD_DEST, aidedBefore, mixedStates, notAffected, quotedWitness } from "./context";
import { keywordsIn, metricIn, unitIn, type Keyword } from "./keywords";
import { findNumbers } from "./numbers";
import { resolveParts, type Candidate, type Doubted } from "./parts";
import { CASUALTIES, CHANGE_BEFORE, CROSSING, crossingMetric, DEMONYM, DETAIL_AFTER, FLEEING, FLIGHT, INTERNAL, METRIC_RULES, NOT_COUNTED, PEOPLE_NOUN, PREDICATE, qualifierBefore, SUBGROUP, type MetricRule } from "./rules";
import { speakerOf } from "./sources";
import { clauseAround, sentences, unwrap, withoutCarriageReturns } from "./text";
import { countsNoPeople, isClock, isDefinite, isEarlierFigure, isHosted, isIncrement, isTrap, lead40, MONTH_BEFORE, NAME_BEFORE, partLead, readNounAfter, SINCE } from "./traps";

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

export type ExtractOptions = {
  publishedOn: string;
  publisher?: string | null;
  metrics?: readonly MetricRule[];
  /**
   * Counts that only break down, restate, update or compare with another, caseloads hosted before the events, totals of
   * the displaced at home and abroad, a witness's story: proposed less sure (the default), or left out ("drop").
   */
  parts?: "doubt" | "drop";
};

const FIGURE_CHANGED = /\b(?:the|that|this)\s+(?:figure|number|rate)\s+(?:has\s+|had\s+)?(?:since\s+|now\s+)?(?:reduced|fallen|fell|dropped|declined|decreased|risen|rose|increased|grown|grew|climbed|jumped)\s+to\s+(?:(?:about|some|around|nearly|almost|more than|over|at least)\s+)?$/i;

export function extractFigures(text: string, options: ExtractOptions): Proposal[] {
  return extractWithDoubts(text, options).map(({ doubted: _d, ...p }) => p);
}

/**
 * The proposals, each saying whether the stricter reading leaves it out (a part, a restatement, an update, a
 * comparison…): what the review screen marks, from one pass over the text.
 */
export function extractWithDoubts(original: string, options: ExtractOptions): Doubted[] {
  // Windows line ends ("\r\n") are read as "\n", and the offsets and quotes mapped back to the text as given
  const lf = withoutCarriageReturns(original);
  if (lf) return extractWithDoubts(lf.plain, options).map((p) => ({ ...p, ...lf.span(p.start, p.end) }));
  // (read with soft line breaks as spaces; quoted as given)
  const text = unwrap(original);
  // matchAll needs the g flag; an added metric's pattern may come without it (compiled once here, not per number)
  const rules = [...METRIC_RULES, ...(options.metrics ?? []).map((r) => (r.pattern.global ? r : { ...r, pattern: new RegExp(r.pattern.source, `${r.pattern.flags}g`) }))];
  const publisher = options.publisher?.trim() || "the report";
  const countsMissing = rules.some((r) => /missing/i.test(r.slug));
  const out: Candidate[] = [];
  let speaker: string | null = null;
  let lastRate: Candidate | null = null;
  let lastFigure: number | null = null;
  let lastMoved: "refugees" | "idps" | null = null;
  let lastMovedAt = -1;
  // whoever the passage last counted on the move, within the last few sentences (not a refugee count of the opening carried to a flight at home much later)
  const movedNear = () => (lastMoved !== null && sentenceIndex - lastMovedAt <= 3 ? lastMoved : null);
  let sentenceIndex = -1;
  for (const sentence of sentences(text)) {
    sentenceIndex += 1;
    speaker = speakerOf(sentence.text, speaker);
    let asOf: string | null = null;
    const keywords: { all: Keyword[]; casualties?: Keyword[]; internal?: Keyword[] } = { all: [] };
    const mentions = findNumbers(sentence.text).map((n) => ({ ...n, start: n.start + sentence.start, end: n.end + sentence.start })).filter((n) => !isClock(text, n)).flatMap((n) => revision(text, n));
    let listing = false;
    let lastInSentence: number | null = null;
    // (typed by a cast, so that the checker does not narrow it to null for the loop)
    let previous = null as { end: number; qualified: Qualifier | null; change: boolean; subgroup: boolean; group: boolean; counted: boolean; pushed: boolean } | null;
    if (mentions.length > 0) keywords.all = keywordsIn(sentence, rules);
    // sentence-wide words, looked for once per sentence: a group of the victims named ("Child casualties …"), a disaster named
    const subgroupMatch = mentions.length > 0 ? SUBGROUP.sentence.exec(sentence.text) : null;
    const subgroupAt = subgroupMatch ? sentence.start + subgroupMatch.index + subgroupMatch[0].length : null;
    const disasterSeen = mentions.length > 0 && NOT_COUNTED.disasters.test(sentence.text);
    for (const n of mentions) {
      const between = previous ? text.slice(previous.end, n.start) : "";
      // the qualifier a count restated after "or" keeps, when that count was no figure ("more than 46,000 families, or 220,000 persons")
      const restated: Qualifier | null = previous && !previous.pushed ? previous.qualified : null;
      const lead = lead40(text, n);
      // the parts of a figure just given: "-- seven Rohingyas, seven Hindus and 16 Rakhine Buddhists", "including 5,000 children, 3,250 women"
      // …unless what follows says what happened to them, after a count that says so itself ("205 killed, including 18 civilians,
      // and 913 injured"; but "to 5,166 — 1,601 killed and 3,565 wounded" breaks the 5,166 down)
      const ownAfter = /^\s+(?:others?\s+|people\s+)?(?:were\s+|have been\s+|had been\s+)?(?:injured|wounded|killed|dead|displaced)\b/i.test(text.slice(n.end, n.end + 40)) && lastInSentence !== null && out[lastInSentence]!.own;
      // (but "27,634 families (165,744 individuals)" gives the families' people, no part of them)
      const item: boolean = (listing && NEXT_ITEM.test(between) && !ownAfter) || (previous !== null && !/^\s*(?:[\w-]+\s+){0,2}?(?:families|households)\s*\(\s*$/i.test(between) && (BREAKDOWN.test(between) || (previous.counted && BREAKDOWN_QUALIFIED.test(between))));
      listing = item || BREAKDOWN_OPENS.test(lead);
      const wasChange = previous?.change === true;
      const wasSubgroup = previous?.subgroup === true;
      const wasGroup = previous?.group === true;
      // the number before was a count of no metric ("1.4 million citizens have been forced to migrate")
      const underNoMetric = previous !== null && previous.counted && !previous.pushed;
      const wasTrap = previous !== null && !previous.counted;
      const trap = isTrap(text, n);
      // a caseload hosted before the events: a figure the report states, proposed less sure ("aside" below)
      const hosted = !trap && isHosted(text, n);
      // …and so is a figure given to compare with, or one said to be replaced
      const earlier = !trap && (n.earlier === true || isEarlierFigure(text, n));
      previous = { end: n.end, qualified: qualifierBefore(lead), change: false, subgroup: false, group: false, counted: !trap && !hosted && !earlier, pushed: false };
      if (trap) continue;
      // "N of them were killed" breaks down a count only when one was just given; "N of those displaced" always does
      const ofThem = /^\s*of (?:those|these|whom)\b/i.test(text.slice(n.end, n.end + 12)) || (/^\s*of them\b/i.test(text.slice(n.end, n.end + 12)) && (lastInSentence !== null || (lastFigure !== null && n.start - out[lastFigure]!.end < 200)));
      let part = item || ofThem || partLead(text, n);
      // a detail beside a count, not a figure of its own: proposed less sure, or left out in the stricter reading
      let aside = hosted || earlier;
      const noun = readNounAfter(text, n);
      if (countsNoPeople(text, n, noun)) continue;
      // "hundreds of injured, lost and traumatised children": a list of states, one of them a hurt, is no count of the hurt
      if (mixedStates(text.slice(n.end, n.end + 80))) continue;
      const firstWord = /^\s*([A-Za-z]+)/.exec(text.slice(n.end, n.end + 30))?.[1] ?? "";
      const clause = clauseAround(sentence, n.start, n.end);
      const narrow = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end).length > 1 ? clauseAround(sentence, n.start, n.end, { commas: true }) : clause;
      const after = text.slice(n.end, narrow.end);
      const narrowLead = text.slice(narrow.start, n.start);
      // a figure an earlier report gave ("A day earlier, the organization reported 34,000"; "said in mid-January that"), or one
      // the report says was replaced or counted before the events ("initially estimated", "Before the fighting erupted, 3.7 million")
      // (figures the report states all the same: proposed less sure, as a part is)
      if (/\b(?:a|one|two|three|several) (?:day|days|week|weeks|month|months) (?:earlier|before),|\bsaid in (?:early|mid|late)-?\s?[A-Z][a-z]+ that\b/i.test(narrow.text)) aside = true;
      // (…or "100,000 internally displaced within the region before the onset of the crisis")
      if (/^[^.;]{0,80}?\b(?:before|prior to) the (?:onset|start|beginning|outbreak) of (?:the )?(?:current |latest |recent )?(?:crisis|conflict|fighting|war|violence|hostilities)\b/i.test(after)) aside = true;
      if (NOT_COUNTED.superseded.test(narrowLead) || (n.start - sentence.start < 200 && (NOT_COUNTED.before.test(text.slice(sentence.start, n.start)) || NOT_COUNTED.earlier.test(text.slice(sentence.start, n.start))))) aside = true;
      if (!countsMissing && /^[^.;]{0,30}?\b(?:reported |still |remain |are |were )?(?:missing|unaccounted for)\b/i.test(after)) continue;
      // (a site "sheltering 4,600 IDPs" counts the displaced there: a detail, proposed less sure)
      const shelters = /\b(?:sheltering|housing|hosting)\s+(?:\w+\s+){0,2}$/i.test(lead) && noun.noun !== null && /^(?:IDPs?|refugees?|displaced)$/i.test(noun.noun);
      if (notAffected({ lead, after, clause: clause.text, shelters })) continue;
      if (shelters || DETAIL_AFTER.test(after)) aside = true;
      if ((NOT_COUNTED.reached.test(lead) && !NOT_COUNTED.count.test(text.slice(sentence.start, n.start)) && !NOT_COUNTED.countReached.test(text.slice(sentence.start, n.start))) || NOT_COUNTED.reachAid.test(lead) || NOT_COUNTED.hypothetical.test(lead)) continue;
      // not affected either: what the list it ends says ("10 women and 30 others forcibly detained"), aid received
      // ("57,000 refugees in four camps received rations"), a disaster named before ("floods …, affecting over 46,000 people")
      const clauseAfter = text.slice(n.end, clause.end);
      const rest = text.slice(n.end, Math.min(sentence.end, n.end + 200));
      if ((after.length < 20 && NOT_COUNTED.listEnd.test(clauseAfter)) || aidedBefore(NOT_COUNTED.aided.exec(rest), n.end, mentions) || (disasterSeen && NOT_COUNTED.disasterBefore(text.slice(clause.start, n.start)))) continue;
      // displaced "inside and outside the country", "either as IDPs or as refugees": no one metric, read as the displaced, less sure
      const lumped = NOT_COUNTED.mixed.test(rest);
      if (lumped) aside = true;
      // a name with a number ("Operation 1027", "Resolution 2254"), not a count ("Claims 200 Lives" is one)
      if (n.value < 10_000 && /^\d+$/.test(n.text) && NAME_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) && !MONTH_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) && !(noun.noun && PEOPLE_NOUN.test(noun.noun))) continue;
      // killed and wounded together: casualties, no one metric ("10,000 civilians were killed or wounded", "234 Dead, Hurt",
      // "killed or injured at least 234 people", "killed, wounded or kidnapped")
      if (NOT_COUNTED.casualtiesAfter.test(clauseAfter) || NOT_COUNTED.casualtiesBefore.test(lead)) continue;
      let unit = unitIn(`${text.slice(Math.max(narrow.start, n.start - 70), n.start)} ${after.slice(0, 100)}`);
      // "more than 1,000 in Tanzania, 500 in Uganda and 200 in Rwanda": the places of one list share what is counted and per what
      const sibling = !part && lastInSentence !== null && /^\s+(?:in|to|into|from)\s+[A-Z][^,;.\d]{0,40}?(?:,|,? and)\s+$/.test(between) ? out[lastInSentence]! : null;
      if (sibling) unit = sibling.unit;
      // "Thousands of civilians are fleeing …, where four people were killed": fleeing in the number's own clause comes
      // before a keyword of the next
      let inNarrow = sibling ? null : metricIn(narrow, n.start, keywords.all);
      // what the count's own words say happened to it, over a keyword of a count or list item before it
      if (inNarrow) inNarrow = ownOverBefore({ text, n, narrow, mentions, keywords: keywords.all, found: inNarrow });
      const fleeing: { slug: string; distance: number } | null = !sibling && !inNarrow && FLEEING.test(narrow.text) ? { slug: CROSSING.test(narrow.text) ? crossingMetric(sentence.text, movedNear()) : (movedNear() ?? "idps"), distance: 0 } : null;
      let found: { slug: string; distance: number } | null = sibling ? { slug: sibling.metric, distance: 0 } : (inNarrow ?? fleeing ?? metricIn(clause, n.start, keywords.all));
      // "Four other refugees were injured": who they are gives way to what happened to them
      // (in the count's own words: "an exodus of some 9,000 people earlier this month after an attack left 14 people dead" counts no dead)
      if (found && (found.slug === "refugees" || found.slug === "idps")) {
        const { from, to } = ownHarmSpan(text, n, narrow, mentions);
        found = metricIn({ start: from, end: to, text: "" }, n.start, (keywords.casualties ??= keywordsIn(sentence, CASUALTIES))) ?? found;
      }
      if (found?.slug === "refugees") found = metricIn(narrow, n.start, (keywords.internal ??= keywordsIn(sentence, INTERNAL))) ?? found;
      // "forced over 4.2 million people to leave their homes and seek safety in neighbouring countries": a border crossed in the
      // count's own clause wins over leaving home, unless the clause says the people stayed inside
      else if (found?.slug === "idps" && (inNarrow || ABROAD_DEST.test(text.slice(n.end, narrow.end))) && ABROAD_DEST.test(narrow.text) && !metricIn(narrow, n.start, (keywords.internal ??= keywordsIn(sentence, INTERNAL)))) found = { slug: "refugees", distance: found.distance };
      // new arrivals taking shelter, or an influx with no border named, among refugees just counted: refugees, not the displaced at home
      if (found?.slug === "idps" && !metricIn(narrow, n.start, (keywords.internal ??= keywordsIn(sentence, INTERNAL))) && ((noun.noun !== null && /^arrivals$/i.test(noun.noun)) || (/\b(?:exodus|influx)\b/i.test(narrow.text) && !/\b(?:displac\w*|IDPs?|homes?|evacu\w+)\b/i.test(narrow.text))) && lastMoved === "refugees" && sentenceIndex - lastMovedAt <= (noun.noun !== null && /^arrivals$/i.test(noun.noun) ? 3 : 1)) found = { slug: "refugees", distance: found.distance };
      const own = inNarrow !== null || fleeing !== null;
      // "…forced to migrate, of which 875,000 have been internally displaced": a part that says its metric, of a count that has none, is the figure
      // (but "people in need, including 96,000 refugees" stays a part of a count the report does not take)
      if (part && !item && own && underNoMetric && lastInSentence === null && /\bof (?:which|whom)\s+(?:\w+\s+){0,2}$/i.test(lead)) part = false;
      // "Chad, already hosting 1.3 million refugees, including 794,000 Sudanese since the conflict began": the part new since the
      // events, of a caseload the report does not take, is the figure
      if (part && !item && !underNoMetric && wasTrap && /^[^.;\d]{0,40}\bsince\b/i.test(text.slice(n.end, n.end + 60))) part = false;
      const loose = !found;
      found ??= metricIn(sentence, n.start, keywords.all);
      // a count whose own words do something that is no metric ("500 soldiers were deployed after the attack that killed 12"),
      // or that a verb of no metric governs ("has affected more than 2 million people"), takes no metric from the rest
      // (the sentence's metric keywords are found once; here only their positions are compared)
      // (not an item of a list, whose places share what the first counts: "94,000 have crossed into Hungary, roughly 40,000 are in Moldova")
      if (found && !sibling && !item && !keywords.all.some((k) => k.end <= n.start && k.start >= Math.max(narrow.start, n.start - 60)) && !FLIGHT.test(text.slice(Math.max(narrow.start, n.start - 60), n.start))) {
        const ownWords: string = PREDICATE.span.exec(text.slice(n.end, Math.min(sentence.end, n.end + 160)))?.[0] ?? "";
        const ownEnd = n.end + ownWords.length;
        const saysMetric = keywords.all.some((k) => k.start >= n.end && k.start < ownEnd) || FLIGHT.test(ownWords) || FLEEING.test(ownWords) || CROSSING.test(ownWords);
        if ((PREDICATE.verb.test(ownWords) && !saysMetric && !PREDICATE.placed.test(ownWords) && !PREDICATE.housed.test(ownWords) && !PREDICATE.counted.test(ownWords)) || PREDICATE.before.test(narrowLead)) continue;
        // (people housed somewhere are no toll of the sentence: "killed 12 people on Monday, and 100,000 people are now living in camps")
        if (PREDICATE.housed.test(ownWords) && !saysMetric && (found.slug === "deaths" || found.slug === "injured")) found = null;
      }
      let metric: string | null = found?.slug ?? null;
      let confidence = n.vague ? 0.5 : 0.9;
      // "receiving over 1,000 Burundian refugees daily, although the figure has since reduced to 150": the figure just given, changed
      if (unit === "people" && lastRate !== null && lastRate.sentence === sentenceIndex && FIGURE_CHANGED.test(lead)) ({ metric, unit } = lastRate);
      // people on the move per day, week or month are an outflow; deaths and injuries a day stay what they are
      if (unit !== "people" && (FLIGHT.test(narrow.text) || (metric !== "deaths" && metric !== "injured"))) metric = "daily_outflow";
      if (!metric && lastRate && /\b(that|this|the) (number|figure|rate)\b/i.test(sentence.text)) {
        metric = lastRate.metric;
        unit = lastRate.unit;
        confidence -= 0.2;
      }
      // "The government put the exact figure at 100,417": the figure of the sentences before
      if (!metric && lastFigure !== null && /\b(?:that|this|the)\s+(?:exact\s+|new\s+|latest\s+|updated\s+|official\s+)?figure\b(?!\s+of)/i.test(sentence.text)) {
        metric = out[lastFigure]!.metric;
        confidence -= 0.2;
      }
      // people who moved, with no word for who they are: less sure
      const moved = metric ? null : movedMetric({ sentence, narrow, lead, after, vague: n.vague, noun: noun.noun, hosted, near: movedNear() });
      if (moved) {
        metric = moved;
        confidence -= 0.2;
      }
      // staff on a mission who arrive where refugees are, with no word of their own that they fled
      if ((metric === "refugees" || metric === "idps") && !own && ((noun.noun !== null && ON_DUTY.test(noun.noun)) || /^\s+(?:[\w-]+\s+){0,2}armed\s/i.test(text.slice(n.end, n.end + 30)))) continue;
      // (…even when the clause moves them, unless it says they fled: "Some 4,000 peacekeepers have departed Mali", "allowed
      // about 300 foreign journalists into the country", "200 UN staff were forced to relocate")
      // (…nor fighters or prisoners "on the run")
      if ((metric === "refugees" || metric === "idps") && noun.noun !== null && (ON_DUTY.test(noun.noun) || /^(?:pilgrims|fighters|militants|insurgents|prisoners|inmates|suspects|gunmen|rebels)$/i.test(noun.noun)) && !/\b(?:fled|flee|fleeing|refuge|asylum|displaced|escap\w*|uprooted)\b/i.test(narrow.text)) continue;
      // …nor a crowd gathered among them or near a killing, unless its own words say what happened to it
      if (noun.noun !== null && CROWD.test(noun.noun) && !FLEEING.test(after) && !CROSSING.test(after) && !keywords.all.some((k) => (k.slug === "deaths" || k.slug === "injured") && k.start >= n.end && k.start < n.end + 60) && !/\b(?:killed|killing|kills|shot|wounded|wounding|injured|injuring|executed|executing|beheaded|massacred|slaughtered|bodies of)\s+(?:[\w-]+\s+){0,2}$/i.test(lead)) continue;
      if (lumped) metric = "idps";
      // a people hosted in a place ("Adre, which hosts over 150,000 Sudanese") are refugees there
      if (hosted && metric === "idps" && noun.noun !== null && DEMONYM.test(noun.noun)) metric = "refugees";
      // …and so is a people said to live in another country ("More than 1.2 million Venezuelans are living in Colombia")
      if ((metric === "idps" || metric === null) && livesAbroad(text, n, narrow, sentence.start)) {
        metric = "refugees";
        confidence -= 0.2;
      }
      // (the count a part breaks down: the last of its sentence, else the last figure of the two sentences before)
      const whole = lastInSentence ?? (lastFigure !== null && out[lastFigure]!.sentence >= sentenceIndex - 2 ? lastFigure : null);
      // a part or the next item of a list that names no metric counts what its total counts ("those who have fled include 8,000
      // Nigerians and 30,000 Niger nationals"), but not a group of its victims by age or sex ("including 870 children")
      if (!metric && part && !(noun.noun !== null && (SUBGROUP.noun.test(noun.noun) || SUBGROUP.age.test(noun.noun) || /^(?:mothers|fathers|widows|orphans)$/i.test(noun.noun)))) {
        if (whole !== null) {
          metric = out[whole]!.metric;
          unit = out[whole]!.unit;
        }
      }
      if (!metric) continue;
      const day = unit === "people" ? dayCount({ metric, sentence, after, between, before: lastInSentence !== null ? out[lastInSentence]! : null }) : null;
      if (day) ({ metric, unit } = day);
      if (metric === "daily_outflow" && unit === "people") unit = "people_per_day";
      // "a rise of 4,000 refugees and 2,000 IDPs": a change, and so is what the "and" adds to it
      const change = unit === "people" && (CHANGE_BEFORE.test(lead) || (wasChange && /^[\s\w]{0,30}\band\s+$/.test(between) && !/^\s+(?:[\w-]+\s+){0,3}?(?:were|was|have|has|had|are|is)\b/i.test(after)));
      if (change) {
        previous.change = true;
        aside = true;
      }
      // "…more than 874,000 have fled, with more than 200,000 fleeing since Tuesday": the latest of a total just given
      const before = lastInSentence !== null ? out[lastInSentence]! : null;
      // "Around 6,000 people a day are crossing into Jordan, up from 2,000 in January": what a rate is compared with is a rate
      if (earlier && before && before.unit !== "people" && unit === "people" && !own) {
        unit = before.unit;
        metric = before.metric;
      }
      // …or the part of it in one place ("has crossed the 100,000 mark, with 50,000 concentrated in Tanzania’s Kagunga village")
      if (before && before.metric === metric && before.value > n.value && /\bwith\s+(?:\w+\s+){0,2}$/i.test(lead) && (SINCE.test(rest) || /^\s+(?:[\w-]+\s+)?(?:concentrated|staying|living|hosted|sheltering|located)?\s*(?:in|at)\s/i.test(rest))) aside = true;
      // "registered over 3,000 refugees [on Sunday alone], 1,000 of them at the Manyovu border point": a part of a rate is a rate
      if (part && before && before.unit !== "people" && /^\s*of (?:them|those|these|whom)\b/i.test(text.slice(n.end, n.end + 12))) {
        unit = before.unit;
        metric = before.metric;
      }
      // what a witness or a resident says in quotation marks of the few they saw killed ("“…they killed three people in cold
      // blood”", "“I personally saw the dead bodies of two people,” he said"): a story, beside the count officials give
      if (n.value < 100 && quotedWitness(text, n.start, n.end)) aside = true;
      if (loose) confidence -= 0.2;
      const qualifier = qualifierOf({ narrow, lead: narrowLead, after: text.slice(n.end, narrow.end), between, restated, vague: n.vague });
      // one group of the victims: "Child casualties …, with 327 deaths", "the deaths of 144 women and injured 286"
      // …or a count of children on its own ("117 children killed in last 24hrs", "close to 4 million children displaced"):
      // dropped where the report gives a larger count of the same kind ("One child has been wounded" alone is a figure)
      const subgroup = (noun.noun !== null && SUBGROUP.age.test(noun.noun)) || (subgroupAt !== null && subgroupAt < n.start) || (SUBGROUP.of.test(lead) && SUBGROUP.noun.test(firstWord)) || (wasSubgroup && /^[^.;\d]{0,40}\band\s+(?:\w+\s+)?$/.test(between)) || SUBGROUP.among.test(rest);
      // (a part is no group that the next count joins: "including 16 minors, have been killed and 365 more wounded")
      previous.subgroup = subgroup && !part;
      // a breakdown of the victims by age, sex or trade ("including 27 children", "48 men and 12 women", "of which 170 are
      // children", "including two police officers"),
      // and the next items of its list ("at least 15 children, 10 women and six policemen"): no figures of their own
      const groupNoun = noun.noun !== null && (SUBGROUP.noun.test(noun.noun) || SUBGROUP.trade.test(noun.noun));
      const ownVerb = /^[^.;,]{0,30}\b(?:were|was|have|has|had|are|is|killed|wounded|injured|died|dead|fled|crossed|arrived|sought|displaced)\b/i.test(after);
      // (not one whose own words give another metric than its total's: "killed 7 people, including two women, and 19 children were wounded")
      const group = (part || (subgroup && SUBGROUP.introduced.test(lead)) || /^\s+of the [\w-]+\s+(?:were|are)\b/i.test(after) || /\b(?:dead|injured|wounded|killed|victims|casualties|displaced)\s+includ(?:e|es|ed)\s+(?:[\w-]+\s+){0,2}$/i.test(lead)) && (groupNoun || SUBGROUP.are.test(text.slice(n.end, n.end + 40))) && !(/^\s+(?:[\w-]+\s+){0,2}?(?:were|was|have been|had been)\s+(?:killed|wounded|injured|displaced)\b/i.test(after) && whole !== null && out[whole]!.metric !== metric);
      previous.group = group || (wasGroup && NEXT_ITEM.test(between) && (groupNoun || (noun.noun !== null && /^(?:civilians|elderly)$/i.test(noun.noun))) && !ownVerb);
      const parent = part ? whole : null;
      // a part whose own words name no metric counts what its total counts ("forced 500,000 to flee …, including 150,000
      // children, the UN refugee agency said": displaced children, not refugees)
      if (parent !== null && !own && !sibling && unit === "people" && !ABROAD_DEST.test(text.slice(n.end, narrow.end))) {
        metric = out[parent]!.metric;
        unit = out[parent]!.unit;
      }
      out.push({
        metric,
        value: n.value,
        low: n.low,
        high: n.high,
        qualifier,
        unit,
        source: speaker ?? publisher,
        quote: original.slice(narrow.start, narrow.end),
        start: narrow.start,
        end: narrow.end,
        asOf: (asOf ??= asOfIn(sentence.text, options.publishedOn)),
        confidence: Math.max(0.1, Math.round((speaker ? confidence : confidence - 0.1) * 100) / 100),
        sentence: sentenceIndex,
        part,
        ofThose: ofThem || /\b(?:of|out of) (?:those|these|them|whom|which|this number)\b[^.;\d]{0,20}$/i.test(lead),
        parent,
        definite: isDefinite(text, n),
        own,
        increment: isIncrement(text, n),
        subgroup,
        noFigure: change || previous.group,
        aside,
        place: tiedToPlace(text, n, sentence),
      });
      // a count set aside (a caseload, a comparison, a witness's story…) is proposed, but what comes after reads on from the
      // counts before it, as when it was left out
      if (aside) continue;
      previous.pushed = true;
      if (metric === "refugees" || metric === "idps") {
        lastMoved = metric;
        lastMovedAt = sentenceIndex;
      }
      if (part) continue;
      lastInSentence = out.length - 1;
      if (unit !== "people") lastRate = out[out.length - 1]!;
      lastFigure = out.length - 1;
    }
  }
  return resolveParts(headlineAsBody(text, out), options.parts);
}

/**
 * A headline's count of people who moved is the count its story tells in full: "Rohingya exodus reaches 389,000" counts
 * the refugees that "The number of Rohingya who have fled Myanmar for Bangladesh … hit 389,000" does, in the first
 * paragraphs below it.
 */
function headlineAsBody(text: string, out: Candidate[]): Candidate[] {
  const end = /^[^\n]{1,200}(?=\n\s*\n)/.exec(text)?.[0].length;
  if (end === undefined || /[.!?]["”’]?\s*$/.test(text.slice(0, end))) return out;
  for (const head of out) {
    // (not a vague crowd, which every "thousands" below would match, nor one whose own words say it was displaced)
    if (head.start >= end || (head.metric !== "refugees" && head.metric !== "idps") || head.low !== null || /\b(?:displac\w*|IDPs?|homes?|internally)\b/i.test(head.quote)) continue;
    const body = out.find((c) => c.start > end && c.start < end + 1500 && c.value === head.value && c.unit === head.unit && (c.metric === "refugees" || c.metric === "idps") && c.own);
    if (body) head.metric = body.metric;
  }
  return out;
}
