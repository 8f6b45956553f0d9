// The rows of a CSV export, written by PostgreSQL itself: one COPY (SELECT …) TO STDOUT WITH (FORMAT csv)
// streamed to the caller, so a million-row export costs the server about what PostgreSQL's own COPY costs and
// its memory stays flat. The filter's values reach the statement as transaction-local settings read by
// current_setting(), each set through a bind parameter: COPY takes no parameters, and nothing a person typed is
// ever spliced into SQL text.
import "server-only";
import { to as copyTo } from "pg-copy-streams";
import { pgPool } from "@/lib/db";
import { STATUSES_OF, type FigureFilter } from "@/lib/figures/filter";
import { HIDDEN_BY_REVISION } from "@/lib/figures/queries";
import { CSV_COLUMNS, type CsvColumn } from "./csv";

const currentSetting = (name: string) => `current_setting('conflict_figures.export_${name}')`;
// a scalar sub-select, so PostgreSQL reads each setting once for the statement rather than once a row
const setting = (name: string) => `(SELECT ${currentSetting(name)})`;

/**
 * A text cell as `neutraliseFormula` gives it (csv.ts), empty for NULL and for '' alike. The pattern is only
 * tried on text whose first character is below 'A' (every formula character is): PostgreSQL's regex converts
 * the whole text before matching, which over seven columns of a million rows cost a tenth of the export.
 */
const textCell = (expr: string) => `CASE WHEN ascii(${expr}) < 65 AND ${expr} ~ E'^''*[-=+@\\t\\r]' THEN '''' || ${expr} ELSE NULLIF(${expr}, '') END`;

/**
 * Each CSV column as SQL, in the order of CSV_COLUMNS: the same cells `figureToCsvRecord` writes. Dates go out
 * as they are: COPY writes them YYYY-MM-DD under DateStyle ISO, set for the export's transaction (cheaper than
 * a to_char per row).
 */
const CELLS: Record<CsvColumn, string> = {
  figure_id: "f.id",
  conflict: "c.slug",
  conflict_name: textCell("c.name"),
  metric: "m.slug",
  value: "f.value",
  low: "f.low",
  high: "f.high",
  qualifier: "f.qualifier",
  unit: "m.unit",
  reference_date: 'f."refDate"',
  period_start: 'f."periodStart"',
  source: textCell("s.name"),
  source_kind: "s.kind",
  report_title: textCell("r.title"),
  report_url: textCell("r.url"),
  report_date: 'r."publishedOn"',
  report_publisher: textCell("r.publisher"),
  quote: textCell("f.quote"),
  note: textCell("f.note"),
  status: "f.status",
  revises_figure_id: 'f."supersedesId"',
};

/** The COPY statement for a filter's shape (which filters are set, not their values) and the settings it reads. */
export function exportCopy({ filter, revisions }: { filter: FigureFilter; revisions: boolean }): { sql: string; settings: [string, string][] } {
  const settings: [string, string][] = [["statuses", STATUSES_OF[filter.status].join(",")]];
  const where = [`f."deletedAt" IS NULL`, `f.status = ANY(ARRAY(SELECT unnest(string_to_array(${currentSetting("statuses")}, ','))::"FigureStatus"))`];
  const narrow = (name: string, value: string | undefined, condition: string) => {
    if (value === undefined) return;
    settings.push([name, value]);
    where.push(condition);
  };
  narrow("conflict", filter.conflict, `c.slug = ${setting("conflict")}`);
  narrow("metric", filter.metric, `m.slug = ${setting("metric")}`);
  narrow("source", filter.source, `s.name = ${setting("source")}`);
  narrow("from", filter.from, `f."refDate" >= ${setting("from")}::date`);
  narrow("to", filter.to, `f."refDate" <= ${setting("to")}::date`);
  if (!revisions) where.push("f.id NOT IN (SELECT id FROM hidden)");
  const sql = `COPY (
    ${revisions ? "" : `WITH RECURSIVE ${HIDDEN_BY_REVISION}`}
    SELECT ${CSV_COLUMNS.map((c) => CELLS[c]).join(", ")}
      FROM "Figure" f
      JOIN "Conflict" c ON c.id = f."conflictId"
      JOIN "Metric" m ON m.id = f."metricId"
      JOIN "Source" s ON s.id = f."sourceId"
      JOIN "Report" r ON r.id = f."reportId"
     WHERE ${where.join(" AND ")}
     ORDER BY f.id
  ) TO STDOUT WITH (FORMAT csv)`;
  return { sql, settings };
}

/**
 * The live figures matching `filter` as CSV records (no header), in id order, chunk by chunk as PostgreSQL
 * writes them; records end with LF (`crlfRecords` makes them RFC 4180). Figures their source has revised are
 * left out unless `revisions`. One statement, so the file is one consistent snapshot however long it takes.
 * Stopping early (the reader went away) closes the connection rather than return it mid-COPY.
 */
export async function* exportCsvRecords({ filter, revisions = false }: { filter: FigureFilter; revisions?: boolean }): AsyncGenerator<Buffer> {
  const { sql, settings } = exportCopy({ filter, revisions });
  const client = await pgPool().connect();
  let finished = false;
  try {
    await client.query("BEGIN READ ONLY");
    await client.query(
      `SELECT set_config('DateStyle', 'ISO, YMD', true), ${settings.map((_, i) => `set_config('conflict_figures.export_' || $${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`,
      settings.flat(),
    );
    for await (const chunk of client.query(copyTo(sql))) yield chunk as Buffer;
    await client.query("COMMIT");
    finished = true;
  } finally {
    client.release(finished ? undefined : true);
  }
}
