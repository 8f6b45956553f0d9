// For a file laid out another way: which of its columns feeds each figure field. Required fields come first.
import { FIELD_LABELS, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "@/lib/import/columns";
import { columnOf, type Mapping } from "./import-client";

const FIELDS = [...REQUIRED_FIELDS, ...(Object.keys(IMPORT_FIELDS) as ImportField[]).filter((f) => !REQUIRED_FIELDS.includes(f))];

export function ColumnMapping({ header, mapping, onChange, onSubmit, busy }: { header: string[]; mapping: Mapping; onChange: (m: Mapping) => void; onSubmit: () => void; busy: boolean }) {
  if (header.length === 0) {
    return <p className="warning">The file's header row could not be read here: check that its first line names its columns.</p>;
  }
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset>
        <legend>Which column holds what</legend>
        <p className="hint muted">Choose, for each field, the column of your file that holds it. Fields marked required must have a column.</p>
        <div className="row import-mapping">
          {FIELDS.map((field) => {
            const id = `map-${field}`;
            const required = REQUIRED_FIELDS.includes(field);
            return (
              <div className="field" key={field}>
                <label htmlFor={id}>{FIELD_LABELS[field]}</label>
                {required && <span className="hint">required</span>}
                <select id={id} value={mapping[field] ?? columnOf(field, header, {}) ?? ""} onChange={(e) => onChange({ ...mapping, [field]: e.target.value })}>
                  <option value="">— not in the file —</option>
                  {header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Check again with these columns
        </button>
      </div>
    </form>
  );
}
