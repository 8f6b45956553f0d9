// What the words around a count say of it: aid received, a list of states, a witness's story, a flight abroad,
// people who arrived, a count for no metric, a figure given before. Pure; used by read.ts.
import type { NumberMention } from "./numbers";
import { hostedAbroad, peopleAtStart } from "./abroad";
import { DISASTER, DISEASE, TREATED_ILL, NOT_AFFECTED, NOT_COUNTED, PEOPLE_NOUN, SERVED_BEFORE } from "./rules";
import type { Span } from "./text";
import { HARM_BEFORE, type Reading } from "./people";
import { MONTH_BEFORE, NAME_BEFORE } from "./traps";

/**
 * Aid received said of this count, with no other count before the words that say so, and nothing done to the people
 * first ("over 97,000 had to flee … and received assistance" counts the displaced).
 */
export function aidedBefore(match: RegExpExecArray | null, from: number, mentions: readonly NumberMention[]): boolean {
  if (match === null || HARMED_FIRST.test(match[0])) return false;
  return !mentions.some((m) => m.start >= from && m.start < from + match.index + match[0].length && m.value >= 10);
}
const STATE_LIST = /^\s+(?:of\s+)?((?:[a-z]+,\s+)+[a-z]+,?\s+(?:and|or)\s+[a-z]+)\b/;
const HURT_STATE = /^(?:injured|wounded|dead|killed|displaced|maimed|hurt)$/;
/** "hundreds of injured, lost and traumatised children": a list of states with one hurt among others. */
export function mixedStates(after: string): boolean {
  const list = STATE_LIST.exec(after)?.[1];
  if (!list) return false;
  const words = list.split(/[\s,]+/).filter((w) => w !== "and" && w !== "or");
  return words.some((w) => HURT_STATE.test(w)) && words.some((w) => !HURT_STATE.test(w));
}
const WITNESS = /\b(?:witness|witnesses|eyewitness|resident|residents|survivor|villager|shopkeeper|neighbou?r)\b/i;
/** Whether [start, end) lies inside quotation marks opened in its paragraph, and the paragraph names a witness or a resident. */
export function quotedWitness(text: string, start: number, end: number): boolean {
  // (bounded: a text without line breaks must not be scanned back to its start for every number)
  const window = text.slice(Math.max(0, start - 1500), start);
  const paragraph = window.slice(window.lastIndexOf("\n") + 1);
  const curly = (paragraph.match(/“/g)?.length ?? 0) - (paragraph.match(/”/g)?.length ?? 0);
  if (curly <= 0 && (paragraph.match(/"/g)?.length ?? 0) % 2 === 0) return false;
  const rest = text.slice(end, end + 200);
  return WITNESS.test(paragraph) || WITNESS.test(rest.slice(0, rest.indexOf("\n") + 1 || rest.length));
}
/** A flight abroad named in words ("seek safety in neighbouring countries", "outside the country"). */
export const ABROAD_DEST = /\b(?:(?:seek|sought|seeking|find|found) (?:safety|refuge|asylum|shelter) in|(?:in)?to) (?:neighbou?ring|other) countries\b|\babroad\b|\boutside (?:the|their|its) (?:country|homeland)\b/i;
/** "… who have arrived": people said to have come, not only served. */
export const ARRIVED_WHO = /^[^.;,]{0,50}?\bwho\s+(?:(?:have|had)\s+)?(?:recently\s+|just\s+)?(?:arrived|fled|crossed|(?:been\s+)?forced\s+to\s+flee)\b|^\s+(?:of\s+)?(?:people\s+|persons\s+)?(?:newly|recently|internally)\s+displaced\b|^\s+(?:people\s+|persons\s+|civilians\s+)?(?:wounded|injured)\b|^\s+(?:of\s+)?(?:[A-Z][\w-]+\s+|people\s+|civilians\s+)?(?:who\s+(?:are|were)\s+)?(?:fleeing|arriving|crossing)\b/i;
/** "The camp is now home to about 24,000 refugees": a place home to people who moved counts them, as a camp hosting them does. */
/** A country home to a people not its own, who fled ("Pakistan is home to 1.4 million Afghans who fled the war"): people who moved. */
const hostsPeopleAbroad = (lead: string, after: string): boolean => {
  const people = peopleAtStart(after)?.[1];
  return people !== undefined && hostedAbroad(people, lead, after);
};
const HOME_TO_MOVED = /(?<!\balready )\bhome to\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|at least|close to|an estimated)\s+)?\u0000\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:refugees|IDPs|(?:internally\s+)?displaced|asylum[- ]seekers|arrivals)\b/i;
const HARMED_FIRST = /^[^.;]*?\b(?:fled|flee|fleeing|displaced|killed|injured|wounded)\b[^.;]*?\b(?:(?:and|then)\s+(?:have\s+|had\s+)?(?:received|receiving|benefit|were|have been|had been|offered)|(?:have|has|had)\s+been\s+(?:offered|given|provided))/i;

/**
 * People counted for something that is no metric: a need, a lack, detention, a hospital, a disaster, a disease, aid or
 * service ("assisted around 1.8 million people"); but not when the count's own words say first what happened to them ("28 who
 * were injured … had been rushed to hospitals", "180,000 people displaced in desperate need of humanitarian aid", "to
 * accommodate over 113,000 new Rohingya refugees who have arrived"), nor a site sheltering the displaced (`shelters`).
 */
export function notAffected(c: { lead: string; after: string; clause: string; shelters: boolean }): boolean {
  const hurtFirst = /^[^.;]{0,40}?\b(?:injured|wounded|hurt)\b[^.;]{0,40}?\b(?:taken|rushed|admitted|brought|evacuated|flown|airlifted)\s+(?:to|by|abroad|out)\b/i.test(c.after);
  const displacedFirst = /^\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have been|had been)\s+)?(?:internally\s+)?displaced\s+(?:and\s+)?in\s+(?:urgent |dire |desperate |critical )?need\b/i.test(c.after);
  // ("scores of desperate people have drowned attempting to cross": what happened to them comes first)
  const diedFirst = /^\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+)?(?:killed|died|drowned|shot dead)\b/i.test(c.after);
  // (people abducted, right before the count: "abducting as many as 7,000 women and girls"; not "abducted and killed 12")
  if (/\b(?:abduct(?:s|ed|ing)|kidnapp?(?:s|ed|ing))\s+(?:(?:as many as|up to|more than|at least|about|some|around|over|nearly)\s+)?$/i.test(c.lead)) return true;
  // ("A famine … threatens hundreds of thousands of lives": lives at risk, none lost)
  if (/\bthreaten(?:s|ed|ing)?\s+(?:\w+\s+){0,2}$/i.test(c.lead) && /^\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?lives\b/i.test(c.after)) return true;
  // ("insurgents shot dead two villagers … who were returning home": what was done to them comes first)
  return (NOT_AFFECTED.test(c.after) && !hurtFirst && !displacedFirst && !diedFirst && !HARM_BEFORE.test(c.lead)) || DISASTER.test(c.after) || (SERVED_BEFORE.test(c.lead) && !ARRIVED_WHO.test(c.after) && !c.shelters && !HOME_TO_MOVED.test(`${c.lead}\u0000${c.after}`) && !hostsPeopleAbroad(c.lead, c.after)) || TREATED_ILL.test(c.after) || illnessOnly(c.clause);
}

// whether a clause names an illness and no attack, read once for all the numbers of one clause (a clause of a long list has
// hundreds, and the patterns run over the whole clause)
let lastClause: string | null = null;
let lastIllness = false;
function illnessOnly(clause: string): boolean {
  if (clause !== lastClause) {
    lastClause = clause;
    lastIllness = DISEASE.test(clause) && !ATTACKED.test(clause);
  }
  return lastIllness;
}

// (a clause that names an attack, a shooting or fighting is about violence, even beside a disease: "Ebola outreach work halted as
// DR Congo attack toll hits 21", "the armed conflict … the deaths of 177 persons, 5 cases of disappearances")
const ATTACKED = /\b(?:attacks?|attacked|shot|shooting|gunmen|militants?|rebels?|armed conflict|clashes|fighting)\b/i;

/**
 * A count of people for no metric, or of no one metric: the missing (unless a metric for them was added); people reached by
 * aid or only supposed; what the list it ends says ("10 women and 30 others forcibly detained"); aid received ("57,000
 * refugees in four camps received rations"); a disaster named before ("floods …, affecting over 46,000 people"); a name with a
 * number ("Operation 1027"; "Claims 200 Lives" is a count); the killed and wounded together ("234 Dead, Hurt").
 */
export function countedForNone(c: { text: string; n: NumberMention; sentence: Span; clause: Span; lead: string; after: string; rest: string; mentions: readonly NumberMention[]; noun: Reading; countsMissing: boolean; disasterSeen: boolean }): boolean {
  const { text, n, lead, after } = c;
  // (but "at least 94 people died and 250 were missing", "30 were killed and many are missing": a death said first keeps
  // the count; "2,000 have died or gone missing" are no one metric's)
  if (!c.countsMissing && /^(?:(?!\b(?:died|killed|dead|drowned|perished)\b|\b(?:and|with|while|as)\s+(?:(?:around|about|some|at least|more than|over|nearly)\s+)?(?:\d|(?:dozens|hundreds|thousands|scores|a number|many|several)\b))[^.;]){0,30}?\b(?:reported |still |remain |are |were )?(?:missing|unaccounted for)\b/i.test(after)) return true;
  if (/^[^.;\d]{0,30}?\b(?:died|dead|killed|drowned|perished)\s+or\s+(?:\w+\s+){0,2}(?:missing|unaccounted)\b/i.test(after)) return true;
  // people said to fight or serve somewhere are combatants, counted for no metric ("An estimated 3,000 Tunisians are fighting in Syria")
  if (/^\s+(?:[A-Za-z-]+\s+)?(?:are|were|is|was|have been|had been|remain|remained)\s+(?:now\s+|still\s+)?(?:fighting|serving|stationed|deployed)\b(?!\s+for\s+(?:their|his|her)\s+lives)/i.test(after)) return true;
  const sentenceLead = text.slice(c.sentence.start, n.start);
  if ((NOT_COUNTED.reached.test(lead) && !NOT_COUNTED.count.test(sentenceLead) && !NOT_COUNTED.countReached.test(sentenceLead)) || NOT_COUNTED.reachAid.test(lead) || NOT_COUNTED.hypothetical.test(lead)) return true;
  const clauseAfter = text.slice(n.end, c.clause.end);
  if ((after.length < 20 && NOT_COUNTED.listEnd.test(clauseAfter)) || aidedBefore(NOT_COUNTED.aided.exec(c.rest), n.end, c.mentions) || (c.disasterSeen && NOT_COUNTED.disasterBefore(text.slice(c.clause.start, n.start)))) return true;
  if (n.value < 10_000 && /^\d+$/.test(n.text) && NAME_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) && !MONTH_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) && !(c.noun.noun && PEOPLE_NOUN.test(c.noun.noun))) return true;
  return NOT_COUNTED.casualtiesAfter.test(clauseAfter) || NOT_COUNTED.casualtiesBefore.test(lead);
}

/**
 * A figure an earlier report gave ("A day earlier, the organization reported 34,000"; "said in mid-January that"), or one the
 * report says was replaced or counted before the events ("initially estimated", "Before the fighting erupted, 3.7 million",
 * "100,000 internally displaced within the region before the onset of the crisis"): a figure the report states all the same.
 */
export function givenBefore(c: { text: string; n: NumberMention; sentence: Span; narrow: Span; after: string; narrowLead: string }): boolean {
  const { text, n, sentence } = c;
  if (/\b(?:a|one|two|three|several) (?:day|days|week|weeks|month|months) (?:earlier|before),|\bsaid in (?:early|mid|late)-?\s?[A-Z][a-z]+ that\b/i.test(c.narrow.text)) return true;
  if (/^[^.;]{0,80}?\b(?:before|prior to) the (?:onset|start|beginning|outbreak) of (?:the )?(?:current |latest |recent )?(?:crisis|conflict|fighting|war|violence|hostilities)\b/i.test(c.after)) return true;
  const sentenceLead = text.slice(sentence.start, n.start);
  return NOT_COUNTED.superseded.test(c.narrowLead) || (n.start - sentence.start < 200 && (NOT_COUNTED.before.test(sentenceLead) || NOT_COUNTED.earlier.test(sentenceLead)));
}
