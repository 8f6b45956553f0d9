// One import, as the upload route and the CLI run it: analyse the file, flag rows that repeat stored figures,
// and (when asked, and only if every row is valid unless `partial`) write the valid rows in one transaction.
import "server-only";
import { analyseCsv, type Progress, type RowError } from "./analyse";
import type { ImportField } from "./columns";
import { commitImport } from "./mutations";
import { findStoredDuplicates, loadKnown } from "./queries";
import type { ReviewPolicy } from "@/lib/figures/review";

export type ImportOptions = {
  commit: boolean;
  /** write the valid rows even when others are invalid (default: all or nothing) */
  partial: boolean;
  /** leave out rows that repeat a stored figure */
  skipDuplicates: boolean;
  mapping: Partial<Record<ImportField, string>>;
  fileName: string;
};

export type ImportReport =
  | { ok: false; fileError: string }
  | {
      ok: true;
      header: string[];
      rows: number;
      valid: number;
      invalidRows: number;
      errors: RowError[];
      duplicates: number[];
      /** what was written, and the conflicts it went to */
      committed: { importId: string; created: number; drafts: number; skipped: number; conflicts: string[] } | null;
      /** why nothing was written although a commit was asked for */
      refused: string | null;
    };

export async function runImport(
  input: AsyncIterable<Uint8Array>,
  { options, actor, review, onProgress }: { options: ImportOptions; actor: string; review: ReviewPolicy; onProgress?: (p: Progress) => void },
): Promise<ImportReport> {
  const analysis = await analyseCsv(input, { known: await loadKnown(), mapping: options.mapping, onProgress });
  if (!analysis.ok) return analysis;
  // a row repeating a stored figure, or an earlier row of the same file
  const seen = new Set<string>();
  const inFile = analysis.valid.filter((r) => {
    const key = JSON.stringify([r.input.conflict, r.input.metric, r.input.source.toLowerCase(), r.input.refDate, r.input.value, r.input.qualifier]);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
  const duplicates = [...new Set([...(await findStoredDuplicates(analysis.valid)), ...inFile.map((r) => r.row)])].sort((a, b) => a - b);
  const base = { ok: true as const, header: analysis.header, rows: analysis.rows, valid: analysis.valid.length, invalidRows: analysis.invalidRows, errors: analysis.errors, duplicates };
  if (!options.commit) return { ...base, committed: null, refused: null };
  if (analysis.invalidRows && !options.partial) {
    const n = analysis.invalidRows;
    return { ...base, committed: null, refused: `Nothing was written: ${n.toLocaleString("en-US")} ${n === 1 ? "row has a problem" : "rows have problems"}. Fix ${n === 1 ? "it" : "them"} and import again, or import the valid rows only.` };
  }
  const skip = new Set(options.skipDuplicates ? duplicates : []);
  const rows = analysis.valid.filter((r) => !skip.has(r.row));
  if (rows.length === 0) return { ...base, committed: null, refused: "Nothing was written: every valid row repeats a stored figure." };
  const result = await commitImport({ rows, actor, fileName: options.fileName, review, fileHasIds: analysis.valid.some((r) => r.fileId !== null) });
  if (!result.ok) return { ...base, errors: result.errors, invalidRows: result.errors.length, committed: null, refused: "Nothing was written: some rows cannot be stored as they are (see below)." };
  const conflicts = [...new Set(rows.map((r) => r.input.conflict))].sort();
  return { ...base, committed: { importId: result.importId, created: result.created, drafts: result.drafts, skipped: skip.size, conflicts }, refused: null };
}
