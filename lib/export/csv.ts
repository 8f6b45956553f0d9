// The CSV format of export and import: a stable, documented column order carrying every provenance field,
// RFC 4180 quoting with CRLF line ends, UTF-8, an optional HXL hashtag row, and text cells a spreadsheet would
// run as a formula neutralised. Pure; the route streams `csvChunks` batch by batch.
import type { FigureRow } from "@/lib/figures/types";

/** One exported figure: a figure row plus what only the export carries. */
export type ExportRow = FigureRow & { sourceKind: string; reportPublisher: string | null; note: string | null; supersedesId: number | null };

export const CSV_COLUMNS = [
  "figure_id",
  "conflict",
  "conflict_name",
  "metric",
  "value",
  "low",
  "high",
  "qualifier",
  "unit",
  "reference_date",
  "period_start",
  "source",
  "source_kind",
  "report_title",
  "report_url",
  "report_date",
  "report_publisher",
  "quote",
  "note",
  "status",
  "revises_figure_id",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * HXL hashtags (https://hxlstandard.org) for each column. The value column takes the metric's own tag
 * (#affected+killed, #affected+refugees, …) when the file holds one metric, else the generic #affected+num.
 */
export function hxlRow(valueTag = "#affected+num"): string[] {
  const tags: Record<CsvColumn, string> = {
    figure_id: "#meta+id",
    conflict: "#crisis+code",
    conflict_name: "#crisis+name",
    metric: "#indicator+code",
    value: valueTag,
    low: `${valueTag}+min`,
    high: `${valueTag}+max`,
    qualifier: "#meta+qualifier",
    unit: "#indicator+unit",
    reference_date: "#date+occurred",
    period_start: "#date+start",
    source: "#meta+source",
    source_kind: "#meta+source+type",
    report_title: "#meta+title",
    report_url: "#meta+url",
    report_date: "#date+reported",
    report_publisher: "#org+publisher",
    quote: "#meta+quote",
    note: "#meta+note",
    status: "#status",
    revises_figure_id: "#meta+id+revises",
  };
  return CSV_COLUMNS.map((c) => tags[c]);
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; a quote or title typed by
 * anyone must never execute on an analyst's machine, so such text cells get a leading apostrophe (OWASP).
 */
export function neutraliseFormula(text: string): string {
  // text already starting with apostrophes before a formula character gets one more, so the importer, which
  // takes one off, gives back exactly what was stored
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const textCell = (v: string | null): string => (v === null ? "" : neutraliseFormula(v));
const numberCell = (v: number | null): string => (v === null ? "" : String(v));

export function figureToCsvRecord(f: ExportRow): string[] {
  const cells: Record<CsvColumn, string> = {
    figure_id: String(f.id),
    conflict: f.conflictSlug,
    conflict_name: textCell(f.conflictName),
    metric: f.metricSlug,
    value: String(f.value),
    low: numberCell(f.low),
    high: numberCell(f.high),
    qualifier: f.qualifier,
    unit: f.unit,
    reference_date: f.refDate,
    period_start: f.periodStart ?? "",
    source: textCell(f.sourceName),
    source_kind: f.sourceKind,
    report_title: textCell(f.reportTitle),
    report_url: textCell(f.reportUrl),
    report_date: f.reportDate,
    report_publisher: textCell(f.reportPublisher),
    quote: textCell(f.quote),
    note: textCell(f.note),
    status: f.status,
    revises_figure_id: numberCell(f.supersedesId),
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

// RFC 4180 by hand, for two reasons: csv-stringify with CRLF records leaves a cell holding a lone LF or CR
// unquoted (a pasted quote with a line break then splits its row in a spreadsheet), and it costs about 19 µs a
// row, most of a million-row export's time. Any comma, double quote, CR or LF quotes the cell.
const NEEDS_QUOTES = /[",\r\n]/;
const cell = (v: string): string => (NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Records as CSV text, each ended by CRLF. */
export function csvLines(records: readonly (readonly string[])[]): string {
  let out = "";
  for (const r of records) out += `${r.map(cell).join(",")}\r\n`;
  return out;
}

/** The whole file at once (small files and tests). The export route writes the same bytes: `csvHeader`, then
 * PostgreSQL's COPY records (lib/export/queries.ts) passed through `crlfRecords`. */
export function figuresToCsv(rows: readonly ExportRow[], { hxl }: { hxl?: string | null } = {}): string {
  return csvHeader({ hxl }) + csvLines(rows.map(figureToCsvRecord));
}

/** The header line, and the HXL hashtag line under it when asked. */
export function csvHeader({ hxl }: { hxl?: string | null } = {}): string {
  return csvLines([[...CSV_COLUMNS], ...(hxl ? [hxlRow(hxl)] : [])]);
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * PostgreSQL's COPY … (FORMAT csv) ends each record with a bare LF; RFC 4180 (and this app's import and
 * export) end records with CRLF. Returns a function that takes a stream's chunks in order and gives each back
 * with every record-ending LF preceded by CR, line breaks inside a quoted cell left as typed. It follows the
 * quoting from chunk to chunk (a doubled "" inside a quoted cell closes and reopens it, which comes to the
 * same), searching with indexOf, so it costs little more than copying the bytes.
 */
export function crlfRecords(): (chunk: Uint8Array) => Uint8Array {
  let quoted = false;
  return (chunk) => {
    const ends: number[] = [];
    let nextQuote = -2; // -2: not looked for yet from here; -1: none left in this chunk
    for (let i = 0; i < chunk.length; ) {
      if (nextQuote !== -1 && nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
      if (quoted) {
        if (nextQuote === -1) break;
        quoted = false;
        i = nextQuote + 1;
        continue;
      }
      const lf = chunk.indexOf(LF, i);
      if (nextQuote !== -1 && (lf === -1 || nextQuote < lf)) {
        quoted = true;
        i = nextQuote + 1;
      } else if (lf !== -1) {
        ends.push(lf);
        i = lf + 1;
      } else break;
    }
    if (!ends.length) return chunk;
    const out = new Uint8Array(chunk.length + ends.length);
    let from = 0;
    let at = 0;
    for (const lf of ends) {
      out.set(chunk.subarray(from, lf), at);
      at += lf - from;
      out[at++] = CR;
      out[at++] = LF;
      from = lf + 1;
    }
    out.set(chunk.subarray(from), at);
    return out;
  };
}
