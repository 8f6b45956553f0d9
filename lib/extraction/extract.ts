// Proposes the figures in a report's text: value (and a range), qualifier, metric, unit, who said it, the day
// it refers to, and the clause it came from with its offsets. Pure: no network, no model; rules that read the
// words around each number (lib/extraction/rules.ts). The editor confirms every proposal.
import type { Qualifier } from "@/lib/figures/qualifiers";
import { asOfIn } from "./as-of";
import { BREAKDOWN, BREAKDOWN_OPENS, BREAKDOWN_QUALIFIED, IN_CAMPS, NEXT_ITEM, ON_DUTY, PLACE_AFTER, PLACE_BEFORE, RECEIVED, RISE_FURTHER, revision } from "./around";
import { ABROAD_DEST, aidedBefore, ARRIVED_WHO, mixedStates, quotedWitness } from "./context";
import { keywordsIn, metricIn, unitIn, type Keyword } from "./keywords";
import { findNumbers } from "./numbers";
import { resolveParts, type Candidate, type Doubted } from "./parts";
import { CASUALTIES, CHANGE_BEFORE, DAY_CROSSING, ON_DAY, DETAIL_AFTER, CROSSING, crossingMetric, DISASTER, DISEASE, FLEEING, SERVED_BEFORE, INTERNAL, NOT_AFFECTED, DEMONYM, PEOPLE_NOUN, FLIGHT, METRIC_RULES, PROJECTION, PROJECTED_LEAD, qualifierBefore, type MetricRule, NOT_COUNTED, PREDICATE, SUBGROUP } from "./rules";
import { sourceOf } from "./sources";
import { clauseAround, sentences, unwrap, withoutCarriageReturns } from "./text";
import { isClock, isDefinite, isEarlierFigure, isHosted, isIncrement, isTrap, lead40, MONTH_BEFORE, NAME_BEFORE, partLead, readNounAfter, SINCE } from "./traps";

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
  let lastRate: Proposal | null = null;
  let lastFigure: number | null = null;
  let lastMoved: "refugees" | "idps" | null = null;
  let lastMovedAt = -1;
  // whoever the passage last counted on the move, within the last few sentences (not a refugee count of the opening carried to a flight at home much later)
  const movedNear = () => (lastMoved !== null && sentenceIndex - lastMovedAt <= 3 ? lastMoved : null);
  let sentenceIndex = -1;
  for (const sentence of sentences(text)) {
    sentenceIndex += 1;
    const said = sourceOf(sentence.text);
    // a speaker carries on through the sentences that go on quoting them ("…," he said; It added …)
    speaker = said ?? (speaker && /^["“‘]|^(He|She|It|They)\b|\b(he|she|it|they) (said|added|told|warned|insisted)\b/.test(sentence.text) ? speaker : null);
    let asOf: string | null = null;
    const keywords: { all: Keyword[]; casualties?: Keyword[]; internal?: Keyword[] } = { all: [] };
    const mentions = findNumbers(sentence.text).map((n) => ({ ...n, start: n.start + sentence.start, end: n.end + sentence.start })).filter((n) => !isClock(text, n)).flatMap((n) => revision(text, n));
    let listing = false;
    let lastInSentence: number | null = null;
    // (typed by a cast, so that the checker does not narrow it to null for the loop)
    let previous = null as { end: number; qualified: Qualifier | null; change: boolean; subgroup: boolean; counted: boolean; pushed: boolean } | null;
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
      // the number before was a count of no metric ("1.4 million citizens have been forced to migrate")
      const underNoMetric = previous !== null && previous.counted && !previous.pushed;
      const wasTrap = previous !== null && !previous.counted;
      const trap = isTrap(text, n);
      // a caseload hosted before the events: a figure the report states, proposed less sure ("aside" below)
      const hosted = !trap && isHosted(text, n);
      // …and so is a figure given to compare with, or one said to be replaced
      const earlier = !trap && (n.earlier === true || isEarlierFigure(text, n));
      previous = { end: n.end, qualified: qualifierBefore(lead), change: false, subgroup: false, counted: !trap && !hosted && !earlier, pushed: false };
      if (trap) continue;
      // "N of them were killed" breaks down a count only when one was just given; "N of those displaced" always does
      const ofThem = /^\s*of (?:those|these|whom)\b/i.test(text.slice(n.end, n.end + 12)) || (/^\s*of them\b/i.test(text.slice(n.end, n.end + 12)) && (lastInSentence !== null || (lastFigure !== null && n.start - out[lastFigure]!.end < 200)));
      let part = item || ofThem || partLead(text, n);
      // a detail beside a count, not a figure of its own: proposed less sure, or left out in the stricter reading
      let aside = hosted || earlier;
      const noun = readNounAfter(text, n);
      // (whatever a killing or wounding verb takes as its object is people, but for animals and things: "They killed about 10 anti-Balaka")
      if (!noun.people && !(/\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:(?:about|some|around|at least|more than|over|nearly|almost|up to)\s+)?$/i.test(lead) && !/^(?:cattle|cows|goats|sheep|animals|camels|livestock|houses|homes|buildings|vehicles|cars|trucks|tanks|drones|hours|days|weeks|months|years|km|kilometres|kilometers|miles|per|percent)$/i.test(noun.noun ?? ""))) continue;
      // "hundreds of injured, lost and traumatised children": a list of states, one of them a hurt, is no count of the hurt
      if (mixedStates(text.slice(n.end, n.end + 80))) continue;
      // "her three young children": someone's family in a story, not a count
      // ("escaped with his wife and six children")
      if (n.value < 10 && (/\b(?:her|his|their|my|our|your)\s+$/i.test(lead) || (/\b(?:her|his|their|my|our|your)\s+(?:[\w-]+\s+){0,2}?(?:and|with)\s+$/i.test(lead) && noun.noun !== null && /^(?:children|sons|daughters|brothers|sisters|kids|grandchildren|relatives|siblings|wives|husbands)$/i.test(noun.noun))) && !/\b(?:killed|wounded|injured|lost)\s+(?:her|his|their|my|our|your)\s/i.test(lead)) continue;
      // "One stranded refugee said": a person who speaks, not a count
      if (n.value === 1 && /^\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|added|recalled|explained|asked)\b/i.test(text.slice(n.end, n.end + 40))) continue;
      // "one", "1": a number this small is a count of people only when a noun for people follows, or a verb that kills or wounds them
      const firstWord = /^\s*([A-Za-z]+)/.exec(text.slice(n.end, n.end + 30))?.[1] ?? "";
      if (n.value < 10 && !/\b(?:toll|number of (?:deaths|the dead|dead|people killed|fatalities)|deaths)\b[^.;\d]{0,40}\b(?:at|to|reached|hit)\s+(?:(?:at least|up to|more than|over|about|nearly|almost)\s+)?$/i.test(lead) && !PEOPLE_NOUN.test(firstWord) && !/^(?:killed|dead|died|wounded|injured|hurt|deaths|fatalities|injuries|bodies|corpses)$/i.test(firstWord) && !/^\s+(?:(?:have|has|had)\s+been|were|was)\s+(?:killed|injured|wounded|hurt|shot dead)\b/i.test(text.slice(n.end, n.end + 30)) && !/\b(?:kills|killed|killing|wounds|wounded|injures|injured)\s+$/i.test(lead) && !(noun.noun && (PEOPLE_NOUN.test(noun.noun) || DEMONYM.test(noun.noun)))) continue;
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
      // (served, unless the count's own words say the people arrived or fled: "to accommodate over 113,000 new Rohingya refugees
      // who have arrived from Myanmar’s Rakhine State")
      // (but a site "sheltering 4,600 IDPs" counts the displaced there: a detail, proposed less sure)
      const shelters = /\b(?:sheltering|housing|hosting)\s+(?:\w+\s+){0,2}$/i.test(lead) && noun.noun !== null && /^(?:IDPs?|refugees?|displaced)$/i.test(noun.noun);
      // (not when the count's own words say first what happened to them: "28 who were injured … had been rushed to hospitals",
      // "180,000 people displaced in desperate need of humanitarian aid")
      if ((NOT_AFFECTED.test(after) && !/^[^.;]{0,40}?\b(?:injured|wounded|hurt)\b[^.;]{0,40}?\b(?:taken|rushed|admitted|brought|evacuated) to\b/i.test(after) && !/^\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have been|had been)\s+)?(?:internally\s+)?displaced\s+(?:and\s+)?in\s+(?:urgent |dire |desperate |critical )?need\b/i.test(after)) || DISASTER.test(after) || (SERVED_BEFORE.test(lead) && !ARRIVED_WHO.test(after) && !shelters) || DISEASE.test(clause.text)) continue;
      if (shelters || DETAIL_AFTER.test(after)) aside = true;
      if ((NOT_COUNTED.reached.test(lead) && !NOT_COUNTED.count.test(text.slice(sentence.start, n.start))) || NOT_COUNTED.reachAid.test(lead) || NOT_COUNTED.hypothetical.test(lead)) continue;
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
      const inNarrow = sibling ? null : metricIn(narrow, n.start, keywords.all);
      const fleeing: { slug: string; distance: number } | null = !sibling && !inNarrow && FLEEING.test(narrow.text) ? { slug: CROSSING.test(narrow.text) ? crossingMetric(sentence.text, movedNear()) : (movedNear() ?? "idps"), distance: 0 } : null;
      let found: { slug: string; distance: number } | null = sibling ? { slug: sibling.metric, distance: 0 } : (inNarrow ?? fleeing ?? metricIn(clause, n.start, keywords.all));
      // "Four other refugees were injured": who they are gives way to what happened to them
      // (in the count's own words: "an exodus of some 9,000 people earlier this month after an attack left 14 people dead" counts no dead)
      if (found && (found.slug === "refugees" || found.slug === "idps")) {
        const ownEnd = n.end + (PREDICATE.span.exec(text.slice(n.end, narrow.end))?.[0].length ?? 0);
        found = metricIn({ start: narrow.start, end: Math.max(ownEnd, n.end), text: "" }, n.start, (keywords.casualties ??= keywordsIn(sentence, CASUALTIES))) ?? found;
      }
      if (found?.slug === "refugees") found = metricIn(narrow, n.start, (keywords.internal ??= keywordsIn(sentence, INTERNAL))) ?? found;
      // "forced over 4.2 million people to leave their homes and seek safety in neighbouring countries": a border crossed in the
      // count's own clause wins over leaving home, unless the clause says the people stayed inside
      else if (found?.slug === "idps" && (inNarrow || ABROAD_DEST.test(text.slice(n.end, narrow.end))) && ABROAD_DEST.test(narrow.text) && !metricIn(narrow, n.start, (keywords.internal ??= keywordsIn(sentence, INTERNAL)))) found = { slug: "refugees", distance: found.distance };
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
        if ((PREDICATE.verb.test(ownWords) && !saysMetric && !PREDICATE.placed.test(ownWords) && !PREDICATE.counted.test(ownWords)) || PREDICATE.before.test(narrowLead)) continue;
      }
      let metric: string | null = found?.slug ?? null;
      let confidence = n.vague ? 0.5 : 0.9;
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
      // a count of people crossing or fleeing, and no word for what they are: refugees, less sure
      // (not staff on a mission: "Two UNHCR staff members will arrive tomorrow")
      if (!metric && !(noun.noun !== null && ON_DUTY.test(noun.noun)) && ((!n.vague && CROSSING.test(sentence.text)) || FLEEING.test(narrow.text))) {
        // fleeing with no border crossed ("60,000 people have fled in northern Mozambique"): whoever the passage just counted on the move, else displaced
        metric = CROSSING.test(sentence.text) ? crossingMetric(sentence.text, movedNear()) : (movedNear() ?? "idps");
        confidence -= 0.2;
      }
      // people hosted or living in camps, with no word for who they are ("Renk now hosts 58,898 people", "over 240,000
      // Sudanese now live in camps"): whoever the passage last counted on the move, less sure
      // …and so are people a place received or took in ("We’ve received more than 40,000 people", "tens of thousands have
      // landed in other countries"): people who crossed a border when the sentence names one (not "Mozambique's Pemba camp"), else whoever the passage last counted on the move, less sure
      if (!metric && RECEIVED.test(lead.replace(/\s+/g, " ")) || (!metric && /^\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|already\s+)?(?:landed|arrived)\s+in\b/i.test(after))) {
        metric = crossingMetric(sentence.text.replace(/\b[A-Z][a-z]+['’]s\b/g, ""), movedNear() ?? "idps");
        confidence -= 0.2;
      }
      const near = movedNear();
      if (!metric && near && (hosted || IN_CAMPS.test(after))) {
        metric = near;
        confidence -= 0.2;
      }
      // staff on a mission who arrive where refugees are, with no word of their own that they fled
      if ((metric === "refugees" || metric === "idps") && !own && ((noun.noun !== null && ON_DUTY.test(noun.noun)) || /^\s+(?:[\w-]+\s+){0,2}armed\s/i.test(text.slice(n.end, n.end + 30)))) continue;
      if (lumped) metric = "idps";
      // a people hosted in a place ("Adre, which hosts over 150,000 Sudanese") are refugees there
      if (hosted && metric === "idps" && noun.noun !== null && DEMONYM.test(noun.noun)) metric = "refugees";
      // a part or the next item of a list that names no metric counts what its total counts ("those who have fled include
      // 8,000 Nigerians and 30,000 Niger nationals", "Of this reported number, 65,800 people have been registered"); not a group
      // of its victims by age or sex ("including 870 children"), which analysts leave to the total
      if (!metric && part && !(noun.noun !== null && (SUBGROUP.noun.test(noun.noun) || SUBGROUP.age.test(noun.noun) || /^(?:mothers|fathers|widows|orphans)$/i.test(noun.noun)))) {
        const whole = lastInSentence ?? (lastFigure !== null && out[lastFigure]!.sentence >= sentenceIndex - 2 ? lastFigure : null);
        if (whole !== null) {
          metric = out[whole]!.metric;
          unit = out[whole]!.unit;
        }
      }
      if (!metric) continue;
      // one day's crossings ("more than 11,000 Rohingya crossed into southeastern Bangladesh on Monday"): a daily outflow
      if (unit === "people" && metric !== "deaths" && metric !== "injured" && DAY_CROSSING.test(after)) {
        metric = "daily_outflow";
        unit = "people_per_day";
      }
      // …and so are the arrivals a sentence about one named day counts ("On Monday, we only registered 777 Burundian arrivals in
      // Rwanda, while more than 2,000 refugees managed to reach Tanzania"), and the next day's in the same list ("3,111 arriving
      // on Saturday and 1,640 on Sunday")
      if (unit === "people" && (metric === "refugees" || metric === "idps") && ON_DAY.test(text.slice(sentence.start, sentence.start + 30)) && (/^\W*(?:In|Over|During|Within)\b/.test(sentence.text) || CROSSING.test(sentence.text) || /\b(?:registered|reach(?:ed)?|arrivals)\b/i.test(sentence.text)) && !/\b(?:since|so far|in total|altogether)\b/i.test(sentence.text)) {
        metric = "daily_outflow";
        unit = "people_per_day";
      }
      const dayBefore = lastInSentence !== null ? out[lastInSentence]! : null;
      if (unit === "people" && dayBefore?.metric === "daily_outflow" && /^\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after) && /^[^.;\d]{0,30}\band\s+$/.test(between)) {
        metric = "daily_outflow";
        unit = dayBefore.unit;
      }
      if (metric === "daily_outflow" && unit === "people") unit = "people_per_day";
      // "a rise of 4,000 refugees and 2,000 IDPs": a change, and so is what the "and" adds to it
      if (unit === "people" && (CHANGE_BEFORE.test(lead) || (wasChange && /^[\s\w]{0,30}\band\s+$/.test(between)))) {
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
      // a qualifier is its own number's ("At least 108 civilians have died and 75 have been wounded": the 75 is exact), but a
      // restatement after "or" keeps it ("more than 46,000 families, or 220,000 persons")
      const estimatedAfter = /^\s*(?:or so\b|(?:[\w-]+\s+){0,3}(?:are|were|is|was|have been|has been) (?:estimated|believed|thought) to\b)/i.test(after) || /\bestimat(?:ed|es|e)\b[^.;\d]{0,80}\bat\s+$/i.test(narrowLead) ? "about" : /^\s*at least\b/i.test(after) ? "at_least" : /^\+/.test(after) ? "more_than" : null;
      const given = (estimatedAfter === "at_least" || estimatedAfter === "more_than" ? estimatedAfter : null) ?? qualifierBefore(narrowLead) ?? estimatedAfter ?? (/^[^.;\d]{0,40}?,?\s+or\s+$/.test(between) ? restated : null);
      // a projection said of this count, not of "more" after an "and" ("We’ve received more than 40,000 people and expect more to come")
      const projected = PROJECTION.test(narrowLead) || PROJECTED_LEAD.test(narrowLead) || PROJECTION.test(PREDICATE.span.exec(text.slice(n.end, narrow.end))?.[0] ?? "") || (PROJECTION.test(narrow.text.replace(RISE_FURTHER, "")) && !/^[^.;]*?\s(?:and|but|which|that)\s+(?:\w+\s+){0,2}(?:expects?|hopes?|fears?|warns?|could|may|might|will|(?:is|are|was|were) (?:expected|likely))\b/i.test(text.slice(n.end, narrow.end)));
      const qualifier: Qualifier = projected ? "projected" : n.vague ? "about" : (given ?? "exact");
      // one group of the victims: "Child casualties …, with 327 deaths", "the deaths of 144 women and injured 286"
      // …or a count of children on its own ("117 children killed in last 24hrs", "close to 4 million children displaced"):
      // dropped where the report gives a larger count of the same kind ("One child has been wounded" alone is a figure)
      const subgroup = (noun.noun !== null && SUBGROUP.age.test(noun.noun)) || (subgroupAt !== null && subgroupAt < n.start) || (SUBGROUP.of.test(lead) && SUBGROUP.noun.test(firstWord)) || (wasSubgroup && /^[^.;\d]{0,40}\band\s+(?:\w+\s+)?$/.test(between)) || SUBGROUP.among.test(rest);
      // (a part is no group that the next count joins: "including 16 minors, have been killed and 365 more wounded")
      previous.subgroup = subgroup && !part;
      const parent = !part ? null : (lastInSentence ?? (lastFigure !== null && out[lastFigure]!.sentence >= sentenceIndex - 2 ? lastFigure : null));
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
        parent,
        definite: isDefinite(text, n),
        own,
        increment: isIncrement(text, n),
        subgroup,
        aside,
        place: PLACE_AFTER.test(text.slice(n.end, Math.min(sentence.end, n.end + 60))) || PLACE_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 60), n.start)),
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
  return resolveParts(out, options.parts);
}
