// Helpers for the import integration tests: files in the export layout, the upload route, row counts. Test support only.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expect, it } from "vitest";
import { POST } from "@/app/api/v1/imports/route";
import { as } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { db } from "@/lib/db";
import { CSV_COLUMNS, type CsvColumn } from "@/lib/export/csv";
import { runImport, type ImportOptions, type ImportReport } from "./run";

export const enc = new TextEncoder();
export async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === "string" ? enc.encode(p) : p;
}
export const OPTIONS: ImportOptions = { commit: false, partial: false, skipDuplicates: false, mapping: {}, fileName: "test.csv" };
export const importing = (input: AsyncIterable<Uint8Array>, options: Partial<ImportOptions> = {}, onProgress?: (p: { rows: number; bytes: number }) => void) =>
  runImport(input, { options: { ...OPTIONS, ...options }, actor: "import-test@example.org", review: "none", onProgress });
export const okReport = (r: ImportReport) => {
  if (!r.ok) throw new Error(r.fileError);
  return r;
};

/** A file in the export's layout; each row fills what it names, the rest from a valid deaths figure. */
export function csvFile(conflict: string, rows: Partial<Record<CsvColumn, string>>[]): string {
  const base = { conflict, metric: "deaths", value: "100", qualifier: "exact", unit: "people", reference_date: "2013-03-01", source: `Src ${uid()}`, source_kind: "ngo", report_title: `Rep ${uid()}`, report_date: "2013-04-01", status: "published" };
  return stringify([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => ({ ...base, quote: `q ${uid()}`, ...r })[c as keyof typeof base] ?? ""))], { record_delimiter: "windows" });
}

export const counts = async () => ({
  figures: await db().figure.count(),
  sources: await db().source.count(),
  reports: await db().report.count(),
  audit: await db().auditEvent.count(),
});

// --- round trip ----------------------------------------------------------------------------------------

export type Answer = { status: number; result: Extract<ImportReport, { ok: true }> & { ok: boolean; fileError?: string }; progress: unknown[]; error?: string };

export async function upload(query: string, body: string, headers: Headers): Promise<Answer> {
  const h = new Headers(headers);
  h.set("content-type", "text/csv");
  const res = await POST(new Request(`http://localhost/api/v1/imports?${query}`, { method: "POST", body, headers: h }));
  const text = await res.text();
  if (!res.ok) return { status: res.status, error: (JSON.parse(text) as { error: string }).error } as Answer;
  expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const lines = text.trim().split("\n").map((l) => JSON.parse(l) as { result?: Answer["result"]; progress?: unknown });
  return { status: res.status, result: lines.at(-1)!.result!, progress: lines.filter((l) => l.progress) };
}
