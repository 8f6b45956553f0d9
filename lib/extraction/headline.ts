// A headline's count of people who moved, read as the count its story tells in full. Pure; run by read.ts over every
// candidate of a report, before parts.ts.
import type { Candidate } from "./parts";

/**
 * A headline's count of people who moved is the count its story tells in full: "Rohingya exodus reaches 389,000" counts
 * the refugees that "The number of Rohingya who have fled Myanmar for Bangladesh … hit 389,000" does, in the first
 * paragraphs below it.
 */
export function headlineAsBody(text: string, out: Candidate[]): Candidate[] {
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
