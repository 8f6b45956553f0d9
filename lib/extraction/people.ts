// Whom a count counts: the words after a number that name people (or things), and the counts those words say are of no
// people the report tracks. Pure; lib/extraction/read.ts applies them to each number, the tagger reads the noun again.
import type { Keyword } from "./keywords";
import type { NumberMention } from "./numbers";
import { ADJECTIVES, DEMONYM, FLIGHT, PEOPLE, PEOPLE_NOUN } from "./rules";
import { lead40 } from "./traps";

// a verb a headline gives its people in the present ("30,000 Congolese flee rebel attacks"): no word of their name
const HEADLINE_VERB = /^(?:flee|flees|cross|crosses|die|dies|arrive|arrives|leave|leaves|return|returns|attack|attacks|kill|kills|face|faces|seek|seeks|enter|enters|escape|escapes|reach|reaches|remain|remains|are|were|have|has|had|is|was)$/;
// a day or a month by its name: "By 9 Tuesday morning soldiers had killed 12" names no people
const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const PLACE_NOUN = /^(?:camps?|settlements?|sites?|centres?|centers?|shelters?|agency|agencies|organi[sz]ations?|hospitals?|schools?|villages?|points?|routes?|vehicles?|boats?|buses|trucks|convoys?|flights?|houses?|homes?|tents?)$/i;

export type Reading = { people: boolean; noun: string | null };

const HURT = /^(?:dead|wounded|injured|displaced)$/i;

/** A verb that kills or wounds, or "the deaths of", just before a count: what it takes is people. */
export const HARM_BEFORE = /\b(?:(?:kill|kills|killed|killing|wound|wounds|wounded|wounding|injure|injures|injured|injuring|behead|beheads|beheaded|beheading|murder|murders|murdered|massacre|massacres|massacred|executed|shot dead|shot|shooting)|(?:the )?(?:deaths|killings?|murders?|lives) of)\s+(?:(?:about|some|around|at least|more than|over|nearly|almost|up to)\s+)?$/i;
const TOLL_BEFORE = /\b(?:death toll|toll|number of (?:the )?(?:[\w-]+\s+)?(?:dead|deaths|injured|wounded|killed|fatalities))\b[^.;\d]{0,140}\b(?:at|to|reached|hit|is|was|stands at|stood at)\s+(?:now\s+)?(?:(?:at least|up to|more than|over|about|nearly|almost)\s+)?$/i;
/** What a toll is put at ("the death toll is now eight"), but not "the toll is one of the bloodiest". */
/** Things, animals and spans a killing or wounding verb may take that are no people. */
const THINGS = /^(?:cattle|cows|goats|sheep|animals|camels|livestock|dogs|horses|donkeys|mules|oxen|pigs|chickens|poultry|birds|fish|elephants|lions|vultures|wildlife|trees|crops|plants|houses|homes|buildings|vehicles|cars|trucks|tanks|drones|projects|contracts|warrants|businesses|hours|days|weeks|months|years|km|kilometres|kilometers|miles|per|percent)$/i;
/**
 * A count whose own words say its people were killed, wounded or died, whatever the report calls them ("At least 40 mourners
 * were killed", "Some 60 tribesmen died in the fighting"): people, as whatever a killing verb takes as its object is.
 */
const HARMED_AFTER = /^\s+(?:(?!(?:and|or|of|in|on|at|by|from|to|with|for|after|when|as|but|where|whose|which|that|while)\b)[\w'’-]+\s+){1,3}?(?:(?:were|was|have been|had been|has been|are being)\s+(?:also\s+|reportedly\s+|later\s+|allegedly\s+|(?!(?:nearly|narrowly|hardly|barely)\b)[a-z]+ly\s+)?(?:killed|wounded|injured|slain|massacred|shot dead|burned to death|beheaded)|(?:also\s+|later\s+|reportedly\s+)?(?:died|perished|lost their lives))\b/i;
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
  if (!noun.people && !((HARM_BEFORE.test(lead) || HARMED_AFTER.test(text.slice(n.end, n.end + 80))) && !THINGS.test(noun.noun ?? "")) && !tollOf(text, n) && !HARM_NOUN.test(noun.noun ?? "")) return true;
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
  if (n.value < 10 && !/\b(?:toll|number of (?:deaths|the dead|dead|people killed|fatalities)|deaths)\b[^.;\d]{0,40}\b(?:at|to|reached|hit)\s+(?:(?:at least|up to|more than|over|about|nearly|almost)\s+)?$/i.test(lead) && !tollOf(text, n) && !HARM_BEFORE.test(lead) && !PEOPLE_NOUN.test(firstWord) && !/^(?:killed|dead|died|die|dies|perished|wounded|injured|hurt|deaths|fatalities|injuries|bodies|corpses)$/i.test(firstWord) && !/^\s+(?:(?:other|others|more)\s+)?(?:(?:(?:have|has|had)\s+been|were|was)(?:\s+(?!(?:nearly|narrowly|hardly|barely)\b)[a-z]{3,}ly)?|[a-z]{3,}ly)\s+(?:killed|injured|wounded|hurt|shot dead)\b/i.test(text.slice(n.end, n.end + 40)) && !(noun.noun && (PEOPLE_NOUN.test(noun.noun) || DEMONYM.test(noun.noun) || /^(?:fatalities|deaths|homicides|losses)$/i.test(noun.noun))) && !SMALL_COUNT_OF.test(text.slice(n.end, n.end + 50))) return true;
  return false;
}

/** After a bare count, the place it was counted in: "four in the nearby village of Korombara", "two from Nigeria" (not a month: "up from 3 in January"). */
const ELLIPTIC_PLACE = /^\s+(?:in|from)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|district|province|region|state|county|area|camp|neighbou?rhood)s?\s+of\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]/;

/** How many characters before a count are its own words: those after the last comma or "and" since the count before. */
const ownWords = (between: string): number => between.length - (/^(?:[^]*(?:,|\band\b))?/.exec(between)![0].length);
/** Own words that only join or hedge ("including", "with", "another", "at least"): no verb of their own ("arrested 9 in Kunduz"). */
const LINKING_ONLY = /^\s*(?:(?:with|including|a further|another|at least|some|about|around|nearly|almost|over|more than|while|whereas|but|also)\s+)*$/i;

/**
 * Whether a count with no noun of its own is one by place after the figure just before it in its sentence ("30 soldiers from
 * Niger and two from Nigeria", "35 deaths in Nuevo León, seven in Ciudad Juárez"): "shared" when it counts what that figure
 * counts, "own" when a metric's words follow it in its clause ("… and 300 from Kidal fled to Algeria"), which then decide; null
 * when it is none (its own words are a verb, "and arrested 9 in Kunduz"; the number before was no figure, "3 schools, 2 in
 * Kunduz"; a semicolon lies between). `between`: the text since the number before; `keywords`: the sentence's metric keywords.
 */
export function countedByPlace(text: string, n: NumberMention, noun: Reading, between: string, afterFigure: boolean, keywords: readonly Keyword[]): "shared" | "own" | null {
  if (!afterFigure || between.includes(";") || (noun.noun !== null && !/^(?:in|from)$/i.test(noun.noun))) return null;
  if (!ELLIPTIC_PLACE.test(text.slice(n.end, n.end + 80)) || !LINKING_ONLY.test(between.slice(between.length - ownWords(between)))) return null;
  const clauseEnd = n.end + (/[,;.]/.exec(text.slice(n.end, n.end + 200))?.index ?? 200);
  return keywords.some((k) => k.start >= n.end && k.start < clauseEnd) ? "own" : "shared";
}
