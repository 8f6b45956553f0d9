// The day a figure refers to, read from its sentence against the report's date (chrono-node). Pure.
import * as chrono from "chrono-node";
import { MONTH } from "./traps";

// case-sensitive, so that "may" the verb does not send a sentence to chrono
const DATE_WORDS = new RegExp(String.raw`\b(?:${MONTH}|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|ago)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`);

/** The day a sentence's figure refers to: an explicit date, a weekday or "yesterday", read against the report's date. */
export function asOfIn(sentence: string, publishedOn: string): string {
  // chrono is the slow part of the extractor: ask it only when the sentence names a day some way
  if (!DATE_WORDS.test(sentence)) return publishedOn;
  const ref = new Date(`${publishedOn}T12:00:00Z`);
  for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
    if (/\b(since|from|began|begun|start|started|erupted)\s*$/i.test(sentence.slice(0, r.index))) continue;
    if (!r.start.isCertain("day") && !r.start.isCertain("weekday") && !/yesterday|today|tonight|last night/i.test(r.text)) continue;
    const d = r.start.date();
    const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
    if (day <= publishedOn) return day;
  }
  return publishedOn;
}
