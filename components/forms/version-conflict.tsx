// Shown when someone saved the record while you were editing it: who and when, and the saved version next
// to yours, field by field. The form below keeps your input and now carries the saved version's number, so
// saving again applies your input over it knowingly; reloading the page takes theirs.
export type ConflictRow = { label: string; mine: string; theirs: string; both?: boolean };

export function VersionConflict({ by, at, rows, what, merged = false }: { by: string; at: string; rows: ConflictRow[]; what: string; merged?: boolean }) {
  return (
    <section className="version-conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved this {what} while you were editing</h2>
      <p>
        <strong>{by}</strong> saved it at <time dateTime={at}>{at.slice(0, 16).replace("T", " ")} UTC</time>. Nothing was
        overwritten.{" "}
        {merged
          ? "The form below now holds their changes to the fields you had not touched, and your changes to the rest; where you both changed a field (marked), it keeps yours. Check it, then save again, or reload the page to start from theirs."
          : "Compare the two versions; your input is still in the form below. Save again to apply it over theirs, or reload the page to start from theirs."}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">Saved by {by}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.mine === r.theirs ? undefined : "differs"}>
              <th scope="row">
                {r.label}
                {r.both && <span className="badge both">both changed</span>}
              </th>
              <td>{r.mine || "—"}</td>
              <td>{r.theirs || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
