// What the words next to a count say of it within its sentence: a breakdown or a list it belongs to, a place or a month it
// is tied to, people taken in, placed in camps or travelling on duty, a toll said to be rising, a revision it is half of.
// Pure data and small helpers; lib/extraction/extract.ts applies them.
import type { NumberMention } from "./numbers";
import { MONTH } from "./traps";

export const QUALIFIER_WORDS = String.raw`(?:approximately|about|around|some|nearly|almost|more than|over|at least|roughly|close to|up to)`;
/** People who travel for their work, not from the fighting. */
export const ON_DUTY = /^(?:staff|members|personnel|officials|workers|employees|troops|soldiers|peacekeepers|journalists|experts|delegates|teams?|doctors|medics|volunteers|monitors|observers|inspectors)$/i;
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
export const RISE_FURTHER = /\b(?:could|may|might|will|is expected to|are expected to|is likely to|are likely to)\s+(?:\w+\s+)?(?:rise|increase|climb|grow|go up)(?:\s+(?:further|again|still))?\b(?!\s+(?:to|above|past|beyond|over)\b)/gi;
/** "We’ve received more than 40,000 people", "welcomed 30,000": people taken in. */
export const RECEIVED = new RegExp(String.raw`\b(?:received|receiving|receives|welcomed|welcoming|welcomes|taken in|took in|takes in|taking in|absorbed|absorbing)\s+(?:(?:${QUALIFIER_WORDS}|an estimated|a further|another|an additional)\s+)?$`, "i");
/** "… now live in camps": people placed in camps or sites. */
export const IN_CAMPS = /^\s+(?:[\w-]+\s+){0,4}?(?:(?:now|still|being)\s+)?(?:live|living|are living|stay|staying|are staying|shelter|sheltering|are sheltering|remain|remained|crammed|packed|squeezed|housed)\s+(?:in|into)\s+(?:[\w-]+\s+){0,2}?(?:camps?|settlements?|shelters?|sites?|collective centres?)\b/i;
/**
 * "— seven farmers", "(", ": about 4 million", "- mainly fighters but also 17": a breakdown of the number before (with a qualifier only
 * after a count, not a dateline's date).
 */
export const BREAKDOWN = /^[^.;]{0,60}?(?:\s--|\s[—–]|\s-\s|\(|:)\s*$|^[^.;\d]{0,30}?(?:\s--|\s[—–]|\s-\s|\()\s*(?:mainly|mostly|largely|most of them|among them)\b[^.;\d]{0,40}$/;
export const BREAKDOWN_QUALIFIED = new RegExp(String.raw`^[^.;]{0,60}?(?:\s--|\s[—–]|\s-\s|\(|:)\s*${QUALIFIER_WORDS}\s+$`, "i");
/** ", 3,250 women", ", and 690", ", while around 6.5 million": the next item of a breakdown. */
export const NEXT_ITEM = new RegExp(String.raw`^[\s\w’'()%-]{0,60}?(?:,|,? and|,? while|,? whereas)\s+(?:${QUALIFIER_WORDS}\s+)?$`, "i");
/** "… fled to Poland", "… are in Moldova", "… in January": a count tied to a place or a month. */
export const PLACE_AFTER = new RegExp(String.raw`^[^.;\d]{0,40}?\b(?:in|to|into|at|during)\s+(?:the\s+)?(?:other\s+|neighbou?ring\s+)?(?:[A-Z]|${MONTH})`);
/** "In Kalehe, 700", "In January, 300", "• North Darfur: 300,000": the same before the count, at its clause's or line's start. */
export const PLACE_BEFORE = new RegExp(String.raw`(?:(?:^|[.;,]\s+|\n|\band\s+)(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?|(?:^|\n)[ \t]*[•▪●◦‣*-]?[ \t]*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*[:–—])\s+(?:${QUALIFIER_WORDS}\s+)?$`);
export const BREAKDOWN_OPENS = new RegExp(String.raw`\b(?:including|includes?|among them|of whom|of which|among whom|of these|of them|of those|among (?:them|those|these)\b[^.;\d]{0,40}?,)\s*,?\s+(?:${QUALIFIER_WORDS}\s+)?$|(?:^|[.;:,(]\s*|\n\s*)["“]?Of the (?:total |remaining |estimated )?$`, "i");
