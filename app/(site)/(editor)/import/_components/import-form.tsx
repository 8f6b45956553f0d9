"use client";
// Importing a CSV: choose the file and how to treat it, check it (a preview: valid rows, each problem, repeats),
// map its columns if it is laid out another way, then write it. The file, the ticks and the mapping stay as
// chosen whatever goes wrong, so a second try is one click.
import Link from "next/link";
import { useState } from "react";
import type { ImportReport } from "@/lib/import/run";
import { ColumnMapping } from "./column-mapping";
import { readHeader, sendImport, type Mapping } from "./import-client";
import { ImportPreview } from "./import-preview";

type Checked = Extract<ImportReport, { ok: true }>;
type Done = { created: number; drafts: number; skipped: number; conflicts: string[] };
const n = (x: number) => x.toLocaleString("en-US");
const figures = (x: number) => `${n(x)} ${x === 1 ? "figure" : "figures"}`;
const needsMapping = (fileError: string) => fileError.startsWith("Required columns are missing") || fileError.startsWith("The file has no column called");

export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [partial, setPartial] = useState(false);
  const [mapping, setMapping] = useState<Mapping>({});
  const [header, setHeader] = useState<string[] | null>(null);
  const [running, setRunning] = useState<{ rows: number; commit: boolean } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  async function send(commit: boolean) {
    if (!file) {
      setFileError("Choose a CSV file first.");
      return;
    }
    setRunning({ rows: 0, commit });
    setRefused(null);
    setDone(null);
    if (!commit) setFileError(null);
    try {
      const report = await sendImport(file, { commit, partial, skipDuplicates, mapping }, (rows) => setRunning({ rows, commit }));
      if (!report.ok) {
        setChecked(null);
        setFileError(report.fileError);
        if (needsMapping(report.fileError) && header === null) setHeader(await readHeader(file));
        return;
      }
      setFileError(null);
      setChecked(report);
      if (report.committed) setDone(report.committed);
      else if (report.refused) setRefused(report.refused);
    } catch (err) {
      setFileError(err instanceof Error ? err.message : "The import failed. Try again; your choices are kept.");
    } finally {
      setRunning(null);
    }
  }

  const toWrite = checked ? checked.valid - (skipDuplicates ? checked.duplicates.length : 0) : 0;
  const blocked = !checked || toWrite <= 0 || (checked.invalidRows > 0 && !partial);
  const showMapping = header !== null && (fileError === null || needsMapping(fileError));

  return (
    <div className="import-form">
      <form
        className="stack card narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void send(false);
        }}
      >
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <span id="import-file-hint" className="hint">
            UTF-8, comma-separated, a header row first; up to 100 MB.
          </span>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setChecked(null);
              setHeader(null);
              setMapping({});
              setFileError(null);
              setRefused(null);
              setDone(null);
            }}
          />
        </div>
        <div className="import-options">
          <label>
            <input type="checkbox" checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)} /> Skip rows that repeat stored figures
          </label>
          <label>
            <input type="checkbox" checked={partial} onChange={(e) => setPartial(e.target.checked)} /> Write the valid rows even if others have problems
          </label>
          <p className="hint muted">Unticked, a file is written all or nothing: one row with a problem stops the whole import.</p>
        </div>
        <div className="actions">
          <button type="submit" disabled={running !== null}>
            Check file
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {running && (
          <p className="import-progress">
            <progress aria-label={running.commit ? "Importing" : "Checking the file"} />
            <span>Read {n(running.rows)} rows…</span>
          </p>
        )}
        {fileError && (
          <p className="error-summary" role="alert">
            {fileError}
          </p>
        )}
        {refused && (
          <p className="error-summary" role="alert">
            {refused}
          </p>
        )}
        {done && (
          <div className="notice" role="status">
            <p>
              Imported {figures(done.created)} ({n(done.drafts)} as drafts).
              {done.skipped > 0 && ` ${figures(done.skipped)} already stored were left out.`}
            </p>
            <p>
              {done.conflicts?.length ? (
                <>
                  See them on{" "}
                  {done.conflicts.map((slug, i) => (
                    <span key={slug}>
                      {i > 0 && ", "}
                      <Link href={`/conflicts/${encodeURIComponent(slug)}`}>{slug}</Link>
                    </span>
                  ))}
                  .
                </>
              ) : (
                <Link href="/">See the conflicts</Link>
              )}
            </p>
          </div>
        )}
      </div>

      {showMapping && header && (
        <ColumnMapping header={header} mapping={mapping} onChange={setMapping} onSubmit={() => void send(false)} busy={running !== null} />
      )}

      {checked && (
        <>
          <ImportPreview report={checked} skipDuplicates={skipDuplicates} />
          {!done && (
            <>
              <div className="actions">
                <button type="button" disabled={blocked || running !== null} aria-describedby="import-why" onClick={() => void send(true)}>
                  Import {figures(Math.max(0, toWrite))}
                </button>
              </div>
              <p id="import-why" className="hint muted">
                {toWrite <= 0
                  ? "Nothing in this file can be written."
                  : checked.invalidRows > 0 && !partial
                    ? "Some rows have problems: fix them and check the file again, or tick “Write the valid rows even if others have problems”."
                    : "The rows are written together, in one step, with one entry in the activity log."}
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
