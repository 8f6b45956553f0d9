// The browser side of an import: reading the chosen file's header row with the same CSV rules
// the server uses (csv-parse), and sending the file to POST /api/v1/imports while reading its NDJSON answer.
import { parse } from "csv-parse/browser/esm/sync";
import { IMPORT_FIELDS, type ImportField } from "@/lib/import/columns";
import type { ImportReport } from "@/lib/import/run";

export type Mapping = Partial<Record<ImportField, string>>;
export type ImportChoices = { partial: boolean; skipDuplicates: boolean; mapping: Mapping };

const CSV_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true } as const;
const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** The file's header cells, from its first record (quoted cells may hold commas and line breaks). */
export async function readHeader(file: Blob): Promise<string[]> {
  const text = await file.slice(0, 256 * 1024).text();
  try {
    const [first] = parse(text, { ...CSV_OPTIONS, to: 1 }) as string[][];
    return (first ?? []).map((c) => c.trim()).filter((c, i, all) => c !== "" && all.indexOf(c) === i);
  } catch {
    return [];
  }
}

/** The column a field reads: the one chosen, else the one named as the export names it. */
export function columnOf(field: ImportField, header: readonly string[], mapping: Mapping): string | undefined {
  const want = norm(mapping[field] || IMPORT_FIELDS[field]);
  return header.find((h) => norm(h) === want);
}

export function mappingParam(mapping: Mapping): string {
  return Object.entries(mapping)
    .filter(([, column]) => column)
    .map(([field, column]) => `${field}:${column}`)
    .join("|");
}

/** Sends the file; calls `onRows` as the server reads it; resolves to the report, or throws a sentence. */
export async function sendImport(file: File, choices: ImportChoices & { commit: boolean }, onRows: (rows: number) => void): Promise<ImportReport> {
  const q = new URLSearchParams({ name: file.name || "upload.csv" });
  if (choices.commit) q.set("commit", "1");
  if (choices.partial) q.set("partial", "1");
  if (choices.skipDuplicates) q.set("skip_duplicates", "1");
  const map = mappingParam(choices.mapping);
  if (map) q.set("map", map);
  let response: Response;
  try {
    response = await fetch(`/api/v1/imports?${q}`, { method: "POST", body: file, headers: { "content-type": "text/csv" } });
  } catch (err) {
    console.error("Import request failed", err);
    throw new Error("The file could not be sent: check your connection and try again. Your choices are kept.");
  }
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(problem?.error ?? `The server refused the file (HTTP ${response.status}). Try again; your choices are kept.`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffered += value ?? "";
    const lines = buffered.split("\n");
    buffered = done ? "" : lines.pop()!;
    for (const line of lines) {
      if (!line.trim()) continue;
      const message = JSON.parse(line) as { progress?: { rows: number }; result?: ImportReport };
      if (message.result) return message.result;
      if (message.progress) onRows(message.progress.rows);
    }
    if (done) break;
  }
  throw new Error("The server stopped before it finished reading the file. Try again; your choices are kept.");
}
