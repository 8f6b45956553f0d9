// What a check of the file found: how many rows are valid, each problem by row and column, and the rows that
// repeat figures already stored.
import type { ImportReport } from "@/lib/import/run";

type Checked = Extract<ImportReport, { ok: true }>;
const n = (x: number) => x.toLocaleString("en-US");
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

export function ImportPreview({ report, skipDuplicates }: { report: Checked; skipDuplicates: boolean }) {
  const { rows, valid, invalidRows, errors, duplicates } = report;
  return (
    <section aria-labelledby="import-preview-heading" className="import-preview">
      <h2 id="import-preview-heading">What the file holds</h2>
      <p className="import-summary">
        {plural(rows, "row", "rows")}: {n(valid)} valid, {n(invalidRows)} with problems, {n(duplicates.length)} repeat stored figures
      </p>
      {errors.length > 0 && (
        <div className="table-wrap">
          <table className="import-problems">
            <caption>Rows with problems</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={i}>
                  <td className="num">{e.row}</td>
                  <td>
                    <code>{e.column ?? "—"}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {errors.length < invalidRows || errors.length >= 500 ? <p className="muted">Only the first {n(errors.length)} problems are listed: fix these and check the file again.</p> : null}
        </div>
      )}
      {duplicates.length > 0 && (
        <p className="import-duplicates">
          {duplicates.length === 1 ? "Row" : "Rows"} {duplicates.join(", ")} {duplicates.length === 1 ? "repeats a figure" : "repeat figures"} already stored
          (same conflict, metric, source, date, value and qualifier).{" "}
          {skipDuplicates ? "They will be left out." : "They will be written again unless you tick “Skip rows that repeat stored figures”."}
        </p>
      )}
    </section>
  );
}
