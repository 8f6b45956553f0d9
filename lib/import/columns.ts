// Which CSV column feeds which figure field: the export's own layout by default, or a mapping the editor chose
// for a file laid out another way. Pure.
import type { FigureInput } from "@/lib/figures/schema";

/** Figure fields a file can fill, with the export column that fills them. */
export const IMPORT_FIELDS = {
  conflict: "conflict",
  metric: "metric",
  value: "value",
  low: "low",
  high: "high",
  qualifier: "qualifier",
  unit: "unit",
  refDate: "reference_date",
  periodStart: "period_start",
  source: "source",
  sourceKind: "source_kind",
  reportTitle: "report_title",
  reportUrl: "report_url",
  reportDate: "report_date",
  reportPublisher: "report_publisher",
  quote: "quote",
  note: "note",
  status: "status",
  figureId: "figure_id",
  revises: "revises_figure_id",
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;
export const REQUIRED_FIELDS: readonly ImportField[] = ["conflict", "metric", "value", "qualifier", "refDate", "source", "reportTitle", "reportDate"];

/** What each field is, for messages and the mapping form. */
export const FIELD_LABELS: Record<ImportField, string> = {
  conflict: "conflict (slug, e.g. syria)",
  metric: "metric (slug, e.g. deaths)",
  value: "value",
  low: "low bound",
  high: "high bound",
  qualifier: "qualifier (exact, about, at_least…)",
  unit: "unit",
  refDate: "reference date",
  periodStart: "period start",
  source: "source",
  sourceKind: "source kind",
  reportTitle: "report title",
  reportUrl: "report URL",
  reportDate: "report date",
  reportPublisher: "report publisher",
  quote: "quote",
  note: "note",
  status: "status (published or draft)",
  figureId: "figure id in the file",
  revises: "revises figure id",
};

export type ColumnMap = Partial<Record<ImportField, number>>;

/** `value:Deaths|refDate:As of`: a mapping as the form and the URL carry it. */
export function parseMapping(text: string | null | undefined): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const pair of (text ?? "").split("|")) {
    const i = pair.indexOf(":");
    if (i <= 0) continue;
    const field = pair.slice(0, i).trim();
    if (field in IMPORT_FIELDS) out[field as ImportField] = pair.slice(i + 1).trim();
  }
  return out;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, "_");

/**
 * The column of each field: the mapping's choice first, else the column named like the export's. Reports the
 * required fields nothing feeds, and mapped column names the file does not have.
 */
export function resolveColumns(header: readonly string[], mapping: Partial<Record<ImportField, string>> = {}): { columns: ColumnMap; missing: ImportField[]; unknown: string[] } {
  const index = new Map(header.map((h, i) => [norm(h), i] as const));
  const columns: ColumnMap = {};
  const unknown: string[] = [];
  for (const field of Object.keys(IMPORT_FIELDS) as ImportField[]) {
    const chosen = mapping[field];
    if (chosen) {
      const i = index.get(norm(chosen));
      if (i === undefined) unknown.push(chosen);
      else columns[field] = i;
      continue;
    }
    const i = index.get(IMPORT_FIELDS[field]);
    if (i !== undefined) columns[field] = i;
  }
  return { columns, missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined), unknown };
}

/** The file's HXL hashtag row (every non-empty cell starts with #), which is skipped. */
export function isHxlRow(record: readonly string[]): boolean {
  const filled = record.filter((c) => c.trim() !== "");
  return filled.length > 0 && filled.every((c) => c.trim().startsWith("#"));
}

/** A cell as the export wrote it: the leading apostrophe that neutralised a formula is taken off again. */
export function cellText(raw: string | undefined): string {
  const v = raw ?? "";
  return /^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

/** The raw figure input for a record, ready for the figure schema. */
export function recordToInput(record: readonly string[], columns: ColumnMap): Record<keyof FigureInput | ImportField, string | undefined> {
  const get = (f: ImportField) => (columns[f] === undefined ? undefined : cellText(record[columns[f]!]));
  const status = get("status")?.trim().toLowerCase();
  return {
    conflict: get("conflict"),
    metric: get("metric"),
    value: get("value"),
    low: get("low"),
    high: get("high"),
    qualifier: get("qualifier")?.trim(),
    unit: get("unit"),
    refDate: get("refDate"),
    periodStart: get("periodStart"),
    source: get("source"),
    sourceKind: get("sourceKind"),
    reportTitle: get("reportTitle"),
    reportUrl: get("reportUrl"),
    reportDate: get("reportDate"),
    reportPublisher: get("reportPublisher"),
    quote: get("quote"),
    note: get("note"),
    status,
    intent: status === "draft" ? "draft" : status === undefined || status === "" || status === "published" ? "publish" : status,
    figureId: get("figureId"),
    revises: get("revises"),
    reportId: undefined,
    supersedesId: undefined,
  };
}
