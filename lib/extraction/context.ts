// What the words around a count say of it: aid received, a list of states, a witness's story, a flight abroad,
// people who arrived. Pure; used by extract.ts.
import type { NumberMention } from "./numbers";
import { DISASTER, DISEASE, NOT_AFFECTED, SERVED_BEFORE } from "./rules";

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
  return (NOT_AFFECTED.test(c.after) && !hurtFirst && !displacedFirst && !diedFirst) || DISASTER.test(c.after) || (SERVED_BEFORE.test(c.lead) && !ARRIVED_WHO.test(c.after) && !c.shelters && !HOME_TO_MOVED.test(`${c.lead}\u0000${c.after}`)) || DISEASE.test(c.clause);
}
