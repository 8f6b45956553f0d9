// The rules' reading of a report: every number in it, in order, what the rules read each as (a metric, a unit, a
// qualifier, whose part it is…), and the proposals they make of them (parts.ts decides which are doubted). Pure.
import type { Qualifier } from "@/lib/figures/qualifiers";
import type { ExtractOptions, Proposal } from "./extract";
import { asOfIn } from "./as-of";
import { BREAKDOWN, BREAKDOWN_OPENS, BREAKDOWN_QUALIFIED, breakdownByGroup, dayCount, GOES_SOMEWHERE, livesAbroad, movedLean, movedMetric, movedWhere, ownVerb, NEXT_ITEM, notTheirMove, ownOverBefore, qualifierOf, revision, type SentenceKeywords, tiedToPlace } from "./around";
import { ABROAD_DEST, countedForNone, givenBefore, mixedStates, notAffected, quotedWitness } from "./context";
import { headlineAsBody } from "./headline";
import { keywordsIn, metricIn, unitIn, type Keyword } from "./keywords";
import { findNumbers } from "./numbers";
import { offeredFrom, resolveParts, type Candidate } from "./parts";
import { crossingMetric } from "./abroad";
import { CHANGE_BEFORE, CROSSING, DEMONYM, DETAIL_AFTER, FIGURE_CHANGED, FLEEING, FLIGHT, METRIC_RULES, NOT_COUNTED, qualifierBefore, SUBGROUP, type MetricRule, type Moved } from "./rules";
import { speakerOf } from "./sources";
import type { RulesRead } from "./tagged";
import type { Reading, RuleReading } from "./tagger";
import { clauseAround, sentences, unwrap } from "./text";
import { countedByPlace, countsNoPeople, readNounAfter } from "./people";
import { isClock, isDefinite, isEarlierFigure, isHosted, isIncrement, isTrap, lead40, partLead, SINCE } from "./traps";

/** Notes why the rules passed a number over (for the tagger, tagger.ts), and says so. */
function passOver(rule: RuleReading, why: string): true {
  rule.passed = why;
  return true;
}

/**
 * The rules' reading of a report (with "\n" line ends: extract.ts maps "\r\n" first): every number, what each was read as,
 * and the proposals they make of them. Read with soft line breaks as spaces (the same length), quoted as given.
 */
export function readByRules(original: string, options: ExtractOptions): RulesRead {
  const text = unwrap(original);
  // matchAll needs the g flag; an added metric's pattern may come without it (compiled once here, not per number)
  const rules = [...METRIC_RULES, ...(options.metrics ?? []).map((r) => (r.pattern.global ? r : { ...r, pattern: new RegExp(r.pattern.source, `${r.pattern.flags}g`) }))];
  const publisher = options.publisher?.trim() || "the report";
  const countsMissing = rules.some((r) => /missing/i.test(r.slug));
  const out: Candidate[] = [];
  let speaker: string | null = null;
  let lastRate: Candidate | null = null;
  let lastFigure: number | null = null;
  let lastMoved: Moved = null;
  let lastMovedAt = -1;
  // whoever the passage last counted on the move, within the last few sentences (not a refugee count of the opening carried to a flight at home much later)
  const movedNear = () => (lastMoved !== null && sentenceIndex - lastMovedAt <= 3 ? lastMoved : null);
  // else, for a flight of this clause that goes nowhere named, whom the whole report counts on the move (read once, when first needed)
  let leaning: Moved | undefined;
  const movedWords: Map<MetricRule, Keyword[]>[] = [];
  const onTheMove = (clause: string): Moved => movedNear() ?? (GOES_SOMEWHERE.test(clause) ? null : leaning === undefined ? (leaning = movedLean(text, spans, movedWords)) : leaning);
  let sentenceIndex = -1;
  const spans = sentences(text);
  const seen: Reading["mentions"][number][] = [];
  const speakers: (string | null)[] = [];
  const keywordLists: Keyword[][] = [];
  for (const sentence of spans) {
    sentenceIndex += 1;
    speaker = speakerOf(sentence.text, speaker);
    speakers.push(speaker);
    let asOf: string | null = null;
    const keywords: SentenceKeywords = { all: [] };
    const mentions = findNumbers(sentence.text).map((n) => ({ ...n, start: n.start + sentence.start, end: n.end + sentence.start })).filter((n) => !isClock(text, n)).flatMap((n) => revision(text, n));
    let listing = false;
    let lastInSentence: number | null = null;
    // (typed by a cast, so that the checker does not narrow it to null for the loop)
    let previous = null as { end: number; qualified: Qualifier | null; change: boolean; subgroup: boolean; group: boolean; counted: boolean; pushed: boolean } | null;
    if (mentions.length > 0) keywords.all = keywordsIn(sentence, rules, movedWords[sentenceIndex]);
    keywordLists.push(keywords.all);
    // sentence-wide words, looked for once per sentence: a group of the victims named ("Child casualties …"), a disaster named
    const subgroupMatch = mentions.length > 0 ? SUBGROUP.sentence.exec(sentence.text) : null;
    const subgroupAt = subgroupMatch ? sentence.start + subgroupMatch.index + subgroupMatch[0].length : null;
    const disasterSeen = mentions.length > 0 && NOT_COUNTED.disasters.test(sentence.text);
    for (const n of mentions) {
      const mention = seen.push({ n, sentence: sentenceIndex, rule: { candidate: null, status: "none" } }) - 1;
      // (why the rules passed a number over: the tagger weighs it)
      const ruleReading = seen[mention]!.rule;
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
      const [wasTrap, afterFigure] = [previous !== null && !previous.counted, previous?.pushed === true];
      const trap = isTrap(text, n);
      // a caseload hosted before the events: a figure the report states, proposed less sure ("aside" below)
      const hosted = !trap && isHosted(text, n);
      // …and so is a figure given to compare with, or one said to be replaced
      const earlier = !trap && (n.earlier === true || isEarlierFigure(text, n));
      previous = { end: n.end, qualified: qualifierBefore(lead), change: false, subgroup: false, group: false, counted: !trap && !hosted && !earlier, pushed: false };
      if (trap && passOver(ruleReading, "trap")) continue;
      // "N of them were killed" breaks down a count only when one was just given; "N of those displaced" always does
      const ofThem = /^\s*of (?:those|these|whom)\b/i.test(text.slice(n.end, n.end + 12)) || (/^\s*of them\b/i.test(text.slice(n.end, n.end + 12)) && (lastInSentence !== null || (lastFigure !== null && n.start - out[lastFigure]!.end < 200)));
      let part = item || ofThem || partLead(text, n);
      // a detail beside a count, not a figure of its own: proposed less sure, or left out in the stricter reading
      let aside = hosted || earlier;
      const noun = readNounAfter(text, n);
      seen[mention]!.traits = { noun: noun.noun, hosted, earlier };
      // (a bare count by place after a figure of its sentence counts what that counts: "15 people, four in the village of Danga-Zouani")
      const byPlace = lastInSentence !== null ? countedByPlace(text, n, noun, between, afterFigure, keywords.all) : null;
      if (!byPlace && countsNoPeople(text, n, noun) && passOver(ruleReading, "no-people")) continue;
      // "hundreds of injured, lost and traumatised children": a list of states, one of them a hurt, is no count of the hurt
      if (mixedStates(text.slice(n.end, n.end + 80)) && passOver(ruleReading, "mixed-states")) continue;
      const firstWord = /^\s*([A-Za-z]+)/.exec(text.slice(n.end, n.end + 30))?.[1] ?? "";
      const clause = clauseAround(sentence, n.start, n.end);
      const narrow = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end).length > 1 ? clauseAround(sentence, n.start, n.end, { commas: true }) : clause;
      const after = text.slice(n.end, narrow.end);
      const narrowLead = text.slice(narrow.start, n.start);
      // a figure an earlier report gave, or one said to be replaced or counted before the events: stated all the same, less sure
      if (givenBefore({ text, n, sentence, narrow, after, narrowLead })) aside = true;
      // (a site "sheltering 4,600 IDPs" counts the displaced there: a detail, proposed less sure)
      const shelters = /\b(?:sheltering|housing|hosting)\s+(?:\w+\s+){0,2}$/i.test(lead) && noun.noun !== null && /^(?:IDPs?|refugees?|displaced)$/i.test(noun.noun);
      if (notAffected({ lead, after, clause: clause.text, shelters }) && passOver(ruleReading, "not-affected")) continue;
      if (shelters || DETAIL_AFTER.test(after)) aside = true;
      const rest = text.slice(n.end, Math.min(sentence.end, n.end + 200));
      if (countedForNone({ text, n, sentence, clause, lead, after, rest, mentions, noun, countsMissing, disasterSeen }) && passOver(ruleReading, "counted-for-none")) continue;
      // displaced "inside and outside the country", "either as IDPs or as refugees": no one metric, read as the displaced, less sure
      const lumped = NOT_COUNTED.mixed.test(rest);
      if (lumped) aside = true;
      // ("130/day": a rate written short, right after its number)
      const slash = /^\s?\/\s?(day|week|month)\b/i.exec(text.slice(n.end, n.end + 9));
      let unit: Proposal["unit"] = slash ? `people_per_${slash[1]!.toLowerCase() as "day" | "week" | "month"}` : unitIn(`${text.slice(Math.max(narrow.start, n.start - 70), n.start)} ${after.slice(0, 100)}`, after.slice(0, 200));
      // what a figure of these words would be, should the tagger read one where the rules read none (tagged.ts)
      const draftFor = (rule: RuleReading, why: string): true => {
        rule.draft = { narrow, unit, qualifier: qualifierOf({ narrow, lead: narrowLead, after, between, restated, vague: n.vague }) };
        return passOver(rule, why);
      };
      // "more than 1,000 in Tanzania, 500 in Uganda and 200 in Rwanda": the places of one list share what is counted and per what
      const sibling = (!part && lastInSentence !== null && /^\s+(?:in|to|into|from)\s+[A-Z][^,;.\d]{0,40}?(?:,|,? and)\s+$/.test(between)) || byPlace === "shared" ? out[lastInSentence!]! : null;
      if (sibling) unit = sibling.unit;
      // "Thousands of civilians are fleeing …, where four people were killed": fleeing in its own clause before a keyword of the next; not a keyword past the next number, that number's ("toll stands at more than 46,700 with 110,450 wounded")
      let inNarrow = sibling ? null : metricIn(narrow, n.start, keywords.all, mentions.find((m) => m.start >= n.end && m.end <= narrow.end)?.end);
      // what the count's own words say happened to it, over a keyword of a count or list item before it
      if (inNarrow) inNarrow = ownOverBefore({ text, n, narrow, mentions, keywords: keywords.all, found: inNarrow });
      const fleeing: { slug: string; distance: number } | null = !sibling && !inNarrow && FLEEING.test(narrow.text) ? { slug: CROSSING.test(narrow.text) ? crossingMetric(sentence.text, onTheMove(narrow.text)) : (onTheMove(narrow.text) ?? "idps"), distance: 0 } : null;
      let found: { slug: string; distance: number } | null = sibling ? { slug: sibling.metric, distance: 0 } : (inNarrow ?? fleeing ?? metricIn(clause, n.start, keywords.all));
      // who people counted as refugees or displaced are, by what happened to them and where they went
      if (found && (found.slug === "refugees" || found.slug === "idps")) found = movedWhere({ text, n, sentence, narrow, mentions, keywords, found, fromOwnWords: inNarrow !== null, noun: noun.noun, lastMoved: lastMoved !== null && movedNear() !== null ? { metric: lastMoved, sentencesAgo: sentenceIndex - lastMovedAt } : null });
      const own = inNarrow !== null || fleeing !== null;
      // "…forced to migrate, of which 875,000 have been internally displaced": a part that says its metric, of a count that has none, is the figure
      // (but "people in need, including 96,000 refugees" stays a part of a count the report does not take)
      if (part && !item && own && underNoMetric && lastInSentence === null && /\bof (?:which|whom)\s+(?:\w+\s+){0,2}$/i.test(lead)) part = false;
      // "Chad, already hosting 1.3 million refugees, including 794,000 Sudanese since the conflict began": the part new since the
      // events, of a caseload the report does not take, is the figure
      if (part && !item && !underNoMetric && wasTrap && /^[^.;\d]{0,40}\bsince\b/i.test(text.slice(n.end, n.end + 60))) part = false;
      const loose = !found;
      // (but a count of arrivals or an influx, "Migrant Arrivals Reach 68,113 in 2019; Deaths Reach 970", takes no other clause's metric)
      if (!/\b(?:arrivals|departures|influx|exodus|outflow)\b/i.test(narrow.text)) found ??= metricIn(sentence, n.start, keywords.all);
      // a count whose own words do something that is no metric ("500 soldiers were deployed after the attack that killed 12"),
      // or that a verb of no metric governs ("has affected more than 2 million people"), takes no metric from the rest
      // (the sentence's metric keywords are found once; here only their positions are compared)
      // (not an item of a list, whose places share what the first counts: "94,000 have crossed into Hungary, roughly 40,000 are in Moldova")
      if (found && !sibling && !item && !keywords.all.some((k) => k.end <= n.start && k.start >= Math.max(narrow.start, n.start - 60)) && !FLIGHT.test(text.slice(Math.max(narrow.start, n.start - 60), n.start))) {
        const verb = ownVerb({ text, n, sentence, narrowLead, keywords: keywords.all });
        if (verb === "other" ? draftFor(ruleReading, "other-verb") : verb === "somewhere" && passOver(ruleReading, "other-verb")) continue;
        if (verb === "housed" && (found.slug === "deaths" || found.slug === "injured")) found = null;
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
      // "The government put the exact figure at 100,417", "Its latest count stood at 32,070" (a count or tally in its own clause): the figure of the sentences before
      if (!metric && lastFigure !== null && (/\b(?:that|this|the)\s+(?:exact\s+|new\s+|latest\s+|updated\s+|official\s+)?figure\b(?!\s+of)/i.test(sentence.text) || /\b(?:that|this|the|its|their)\s+(?:new\s+|latest\s+|updated\s+|official\s+)?(?:count|tally)\s+(?:(?:now|then|had|has)\s+)?(?:stood at|stands at|rose to|reached|climbed to|jumped to|is|was|at|to)\s+(?:(?:at least|more than|over|about|some|nearly|almost|around|up to)\s+)?$/i.test(narrowLead))) {
        metric = out[lastFigure]!.metric;
        confidence -= 0.2;
      }
      // people who moved, with no word for who they are: less sure
      const moved: string | null = metric ? null : movedMetric({ sentence, narrow, lead, after, vague: n.vague, noun: noun.noun, hosted, onTheMove: () => onTheMove(narrow.text), passage: lastMoved !== null && sentenceIndex - lastMovedAt <= 8 ? lastMoved : null });
      if (moved) {
        metric = moved;
        confidence -= 0.2;
      }
      // staff, soldiers or fighters who travel, and crowds gathered, are no people who fled or were hurt
      if (notTheirMove({ text, n, metric, own, noun: noun.noun, narrow, after, lead, keywords: keywords.all }) && passOver(ruleReading, "not-their-move")) continue;
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
      if (!metric) {
        draftFor(ruleReading, "no-metric");
        continue;
      }
      const day: { metric: string; unit: Proposal["unit"] } | null = unit === "people" ? dayCount({ metric, sentence, after, between, before: lastInSentence !== null ? out[lastInSentence]! : null }) : null;
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
      // a breakdown of the victims by age, sex or trade, and the next items of its list: no figures of their own
      previous.group = breakdownByGroup({ text, n, noun: noun.noun, lead, after, between, part, subgroup, wasGroup, otherMetricThanWhole: whole !== null && out[whole]!.metric !== metric });
      const parent = part ? whole : null;
      // a part whose own words name no metric counts what its total counts ("forced 500,000 to flee …, including 150,000
      // children, the UN refugee agency said": displaced children, not refugees)
      if (parent !== null && !own && !sibling && unit === "people" && !ABROAD_DEST.test(text.slice(n.end, narrow.end))) {
        metric = out[parent]!.metric;
        unit = out[parent]!.unit;
      }
      out.push({
        mention,
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
  const offered = offeredFrom(out, options.readFrom ?? 0);
  // (a headline's candidates read for context only are out; the rest as offered, their totals renumbered)
  for (const c of offered === out ? out : [...out, ...offered]) seen[c.mention]!.rule = { candidate: c, status: "out" };
  const proposals = resolveParts(headlineAsBody(text, offered), "doubt");
  for (const p of proposals) seen[p.mention]!.rule.status = p.doubted ? "doubted" : "kept";
  return { original, reading: { text, sentences: spans, keywords: keywordLists, mentions: seen }, candidates: offered, proposals, speakers };
}
