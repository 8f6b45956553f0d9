// Between a report record and its form: the values an edit form starts from, and the rows that compare the
// editor's input with a version someone else saved. Pure, so the form and the server agree.
import { REPORT_FIELDS, REPORT_LABELS, type ReportFormValues } from "./schema";
import type { ReportRecord } from "./types";

export function reportFormValues(r: ReportRecord): ReportFormValues {
  return {
    title: r.title,
    publisher: r.publisher ?? "",
    url: r.url ?? "",
    publishedOn: r.publishedOn,
    language: r.language,
    fullText: r.fullText ?? "",
    version: String(r.version),
  };
}

const EXCERPT = 60;

/**
 * Two long texts side by side would drown the table: each side shows its length and the passage where the two
 * first differ.
 */
export function describeTextDifference(mine: string, theirs: string): { mine: string; theirs: string } {
  if (mine === theirs) return { mine: `${mine.length.toLocaleString("en")} characters`, theirs: `${theirs.length.toLocaleString("en")} characters` };
  let k = 0;
  while (k < mine.length && k < theirs.length && mine[k] === theirs[k]) k++;
  const around = (t: string) => {
    if (!t) return "(empty)";
    let from = Math.max(0, k - 20);
    // start at a word, not inside one
    if (from > 0) {
      const space = t.slice(from, k).search(/\s/);
      if (space >= 0) from += space + 1;
    }
    const passage = t.slice(from, from + EXCERPT).replace(/\s+/g, " ");
    return `${t.length.toLocaleString("en")} characters; from character ${(k + 1).toLocaleString("en")}: \u201c${from > 0 ? "\u2026" : ""}${passage}${from + EXCERPT < t.length ? "\u2026" : ""}\u201d`;
  };
  return { mine: around(mine), theirs: around(theirs) };
}

/** One row per field: what the editor typed and what is on record now. */
export function reportConflictRows(mine: ReportFormValues, theirs: ReportFormValues): { label: string; mine: string; theirs: string }[] {
  return REPORT_FIELDS.map((field) => {
    const a = (mine[field] ?? "").trim();
    const b = (theirs[field] ?? "").trim();
    if (field === "fullText") return { label: REPORT_LABELS[field], ...describeTextDifference(a, b) };
    return { label: REPORT_LABELS[field], mine: a, theirs: b };
  });
}
