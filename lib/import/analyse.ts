// Reads an uploaded CSV as it streams in and checks every row with the figure schema the form uses: how many
// rows are valid, and for each invalid one its row, column and message. Bad files (empty, binary, not UTF-8,
// huge, a header missing required columns, a row with thousands of cells) get one sentence saying what to do.
// Pure apart from reading the stream; what the database knows comes in as `known`.
import { CsvError, parse } from "csv-parse";
import { parseFigureInput, type FigureInput } from "@/lib/figures/schema";
import { FIELD_LABELS, isHxlRow, recordToInput, resolveColumns, type ColumnMap, type ImportField } from "./columns";

export const MAX_BYTES = 100 * 1024 * 1024;
export const MAX_COLUMNS = 200;
const MAX_LISTED_ERRORS = 500;

export type RowError = { row: number; column: string; message: string };
export type ImportRow = { row: number; input: FigureInput; fileId: number | null; revisesFileId: number | null; publisher: string | null };
export type Known = { conflicts: ReadonlySet<string>; metrics: ReadonlyMap<string, string> };
export type Progress = { rows: number; bytes: number };

export type Analysis =
  | { ok: false; fileError: string }
  | { ok: true; header: string[]; columns: ColumnMap; rows: number; valid: ImportRow[]; errors: RowError[]; invalidRows: number };

class FileProblem extends Error {}

/** Bytes to text: refuses binary (NUL bytes) and anything not UTF-8; a BOM is dropped. */
async function* decode(input: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let total = 0;
  for await (const chunk of input) {
    total += chunk.byteLength;
    if (total > MAX_BYTES) throw new FileProblem(`The file is larger than ${MAX_BYTES / 1024 / 1024} MB: split it into smaller files and import each.`);
    if (chunk.includes(0)) throw new FileProblem("This is not a CSV text file (it contains binary data): export your sheet as CSV and upload that.");
    onBytes(total);
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw new FileProblem("The file is not UTF-8 text (perhaps Latin-1 or Windows-1252): save it as “CSV UTF-8” and upload it again.");
    }
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new FileProblem("The file is not UTF-8 text (perhaps Latin-1 or Windows-1252): save it as “CSV UTF-8” and upload it again.");
  }
}

/** A cell as a message repeats it: at most 100 characters, so 500 messages never repeat a whole file. */
const shown = (s: string) => (s.length > 100 ? `${s.slice(0, 100)}…` : s);

const idOf = (s: string | undefined) => (s && /^\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : null);

/** Checks one record; returns the figure input or the problems, each under the column the person can fix. */
export function checkRecord(record: readonly string[], row: number, columns: ColumnMap, header: readonly string[], known: Known): { row: ImportRow } | { errors: RowError[] } {
  const column = (f: ImportField) => (columns[f] === undefined ? FIELD_LABELS[f] : header[columns[f]!]!);
  const raw = recordToInput(record, columns);
  const errors: RowError[] = [];
  if (raw.status && raw.status !== "published" && raw.status !== "draft") errors.push({ row, column: column("status"), message: "status is published or draft (or empty for published)." });
  const parsed = parseFigureInput({ ...raw, intent: raw.status === "draft" ? "draft" : "publish" });
  if (!parsed.ok) {
    for (const [field, messages] of Object.entries(parsed.errors)) {
      for (const message of messages ?? []) errors.push({ row, column: column(field as ImportField), message });
    }
    for (const message of parsed.formErrors) errors.push({ row, column: "—", message });
  }
  const conflict = raw.conflict?.trim();
  if (conflict && !known.conflicts.has(conflict)) errors.push({ row, column: column("conflict"), message: `There is no conflict “${shown(conflict)}”: use a slug from the conflicts list, or ask an admin to add it.` });
  const metric = raw.metric?.trim();
  const unit = metric ? known.metrics.get(metric) : undefined;
  if (metric && unit === undefined) errors.push({ row, column: column("metric"), message: `There is no metric “${shown(metric)}”: use one of ${[...known.metrics.keys()].join(", ")}.` });
  if (unit && raw.unit?.trim() && raw.unit.trim() !== unit) errors.push({ row, column: column("unit"), message: `The metric ${metric} is counted in ${unit}, not ${shown(raw.unit.trim())}.` });
  if (errors.length || !parsed.ok) return { errors };
  return { row: { row, input: parsed.data, fileId: idOf(raw.figureId), revisesFileId: idOf(raw.revises), publisher: raw.reportPublisher?.trim() || null } };
}

/** Streams `input` through the CSV parser and checks every row. `mapping` names columns of another layout. */
export async function analyseCsv(
  input: AsyncIterable<Uint8Array>,
  { known, mapping = {}, onProgress }: { known: Known; mapping?: Partial<Record<ImportField, string>>; onProgress?: (p: Progress) => void },
): Promise<Analysis> {
  let bytes = 0;
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 1_000_000 });
  const feed = (async () => {
    try {
      for await (const text of decode(input, (n) => (bytes = n))) if (!parser.write(text)) await new Promise((r) => parser.once("drain", r));
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let header: string[] | null = null;
  let columns: ColumnMap = {};
  let record = 0;
  const valid: ImportRow[] = [];
  const errors: RowError[] = [];
  let invalidRows = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      record += 1;
      if (!header) {
        if (cells.length > MAX_COLUMNS) throw new FileProblem(`The header has ${cells.length.toLocaleString("en-US")} columns; a figures file has at most ${MAX_COLUMNS}. Check this is the right file.`);
        header = cells.map((c) => c.trim());
        const resolved = resolveColumns(header, mapping);
        if (resolved.unknown.length) throw new FileProblem(`The file has no column called ${resolved.unknown.map((u) => `“${u}”`).join(", ")}: choose from its header row.`);
        if (resolved.missing.length) throw new FileProblem(`Required columns are missing: ${resolved.missing.map((f) => FIELD_LABELS[f]).join(", ")}. Name them as the export does, or map them to the file's own columns.`);
        columns = resolved.columns;
        continue;
      }
      if (record === 2 && isHxlRow(cells)) continue;
      if (cells.length !== header.length) {
        invalidRows += 1;
        if (errors.length < MAX_LISTED_ERRORS) errors.push({ row: record, column: "—", message: `This row has ${cells.length.toLocaleString("en-US")} cells but the header has ${header.length}: check for a stray comma or an unclosed quote.` });
      } else {
        const checked = checkRecord(cells, record, columns, header, known);
        if ("row" in checked) valid.push(checked.row);
        else {
          invalidRows += 1;
          errors.push(...checked.errors.slice(0, Math.max(0, MAX_LISTED_ERRORS - errors.length)));
        }
      }
      if (record % 2000 === 0) onProgress?.({ rows: record - 1, bytes });
    }
    await feed;
  } catch (err) {
    if (err instanceof FileProblem) return { ok: false, fileError: err.message };
    const code = (err as { code?: string }).code;
    if (code === "CSV_MAX_RECORD_SIZE") return { ok: false, fileError: "A row is longer than a million characters: check for an unclosed quote, or split that cell." };
    // csv-parse names most of its errors CSV_…, but not all (INVALID_OPENING_QUOTE): its error class tells
    if (err instanceof CsvError || code?.startsWith("CSV_")) return { ok: false, fileError: `The file is not valid CSV near row ${record + 1}: ${(err as Error).message}. Check its quotes.` };
    throw err;
  } finally {
    if (!parser.destroyed) parser.destroy();
  }
  if (!header) return { ok: false, fileError: "The file is empty: export a sheet with a header row and at least one figure." };
  const rows = valid.length + invalidRows;
  if (rows === 0) return { ok: false, fileError: "The file has a header but no rows of figures." };
  onProgress?.({ rows, bytes });
  return { ok: true, header, columns, rows, valid, errors, invalidRows };
}
