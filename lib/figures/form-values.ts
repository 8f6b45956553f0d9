// A stored figure as the form's text values (to edit it, or to show it next to someone's unsaved edit), and
// the side-by-side rows of a version conflict. Pure.
import { dateToDay } from "@/lib/dates";
import { QUALIFIER_LABELS, type Qualifier } from "./qualifiers";
import type { FigureFormValues } from "./schema";

export type StoredFigure = {
  value: bigint | number;
  low: bigint | number | null;
  high: bigint | number | null;
  qualifier: Qualifier;
  refDate: Date;
  periodStart: Date | null;
  quote: string | null;
  note: string | null;
  status: string;
  supersedesId: number | null;
  reportId: number;
  conflict: { slug: string };
  metric: { slug: string };
  source: { name: string; kind: string };
  report: { title: string; url: string | null; publishedOn: Date };
};

const opt = (v: bigint | number | null) => (v === null ? "" : String(v));

export function storedToFormValues(f: StoredFigure): FigureFormValues {
  return {
    conflict: f.conflict.slug,
    metric: f.metric.slug,
    value: String(f.value),
    low: opt(f.low),
    high: opt(f.high),
    qualifier: f.qualifier,
    refDate: dateToDay(f.refDate),
    periodStart: f.periodStart ? dateToDay(f.periodStart) : "",
    source: f.source.name,
    sourceKind: f.source.kind,
    reportId: String(f.reportId),
    reportTitle: f.report.title,
    reportUrl: f.report.url ?? "",
    reportDate: dateToDay(f.report.publishedOn),
    quote: f.quote ?? "",
    note: f.note ?? "",
    supersedesId: f.supersedesId ? String(f.supersedesId) : "",
  };
}

/** One field of a version conflict: what you have, what was saved; `both` when you both changed it differently. */
export type ConflictRow = { label: string; mine: string; theirs: string; both?: boolean };

const LABELS: [keyof FigureFormValues, string][] = [
  ["conflict", "Conflict"],
  ["metric", "Metric"],
  ["qualifier", "Qualifier"],
  ["value", "Value"],
  ["low", "Low"],
  ["high", "High"],
  ["refDate", "Refers to"],
  ["periodStart", "Period start"],
  ["source", "Source"],
  ["reportTitle", "Report"],
  ["quote", "Quote"],
  ["note", "Note"],
  ["supersedesId", "Revises figure #"],
];

const show = (field: keyof FigureFormValues, v: string | undefined) => {
  const s = (v ?? "").trim();
  if (field === "qualifier") return QUALIFIER_LABELS[s as Qualifier] ?? s;
  if (field === "value" || field === "low" || field === "high") return s.replace(/[\s,_']/g, "");
  return s;
};

/**
 * A three-way merge of an edit that met a newer save. `base` is the figure as the person opened it, `mine`
 * their form, `theirs` the newer save. A field only they changed takes their value; a field you changed keeps
 * yours; where both changed it differently the row is marked. Returns the merged form values and the rows
 * to show side by side, in the form's order.
 */
export function mergeEdit(
  base: FigureFormValues,
  mine: FigureFormValues,
  theirs: FigureFormValues,
): { merged: FigureFormValues; rows: ConflictRow[] } {
  const merged: FigureFormValues = { ...mine };
  for (const key of Object.keys(theirs) as (keyof FigureFormValues)[]) {
    if (show(key, mine[key]) === show(key, base[key])) merged[key] = theirs[key];
  }
  const rows = LABELS.map(([field, label]) => {
    const [b, m, t] = [show(field, base[field]), show(field, mine[field]), show(field, theirs[field])];
    return { label, mine: m, theirs: t, ...(m !== b && t !== b && m !== t ? { both: true } : {}) };
  });
  return { merged, rows };
}
