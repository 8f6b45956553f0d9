// CSV export rows: one line per figure with its provenance. Pure; the route handler streams the result.
import { stringify } from "csv-stringify/sync";
import type { FigureRow } from "@/lib/figures/types";

export const CSV_COLUMNS = [
  "conflict",
  "metric",
  "value",
  "low",
  "high",
  "qualifier",
  "unit",
  "reference_date",
  "period_start",
  "source",
  "report_title",
  "report_url",
  "report_date",
  "quote",
  "figure_id",
  "status",
] as const;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; a quote or title typed by
 * anyone must never execute on an analyst's machine, so such text cells get a leading apostrophe.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function textCell(v: string | null): string {
  return v === null ? "" : neutraliseFormula(v);
}

export function figureToCsvRecord(f: FigureRow): string[] {
  return [
    textCell(f.conflictName),
    f.metricSlug,
    String(f.value),
    f.low === null ? "" : String(f.low),
    f.high === null ? "" : String(f.high),
    f.qualifier,
    f.unit,
    f.refDate,
    f.periodStart ?? "",
    textCell(f.sourceName),
    textCell(f.reportTitle),
    textCell(f.reportUrl),
    f.reportDate,
    textCell(f.quote),
    String(f.id),
    f.status,
  ];
}

/** The whole file: a header row, then one row per figure, CRLF line ends as RFC 4180 asks. */
export function figuresToCsv(rows: readonly FigureRow[]): string {
  return stringify([[...CSV_COLUMNS], ...rows.map(figureToCsvRecord)], { record_delimiter: "windows" });
}
