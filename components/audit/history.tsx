// A record's history from the audit log: who did what when, and which fields changed from what to what.
import { changedFields } from "@/lib/audit/diff";
import type { AuditRow } from "@/lib/audit/queries";

const VERB: Record<string, string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
  restore: "restored",
  publish: "published",
  merge: "merged",
};

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function History({ events, labels = {} }: { events: AuditRow[]; labels?: Record<string, string> }) {
  if (events.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history">
      {events.map((e) => {
        const changes = e.action === "create" ? [] : changedFields(e.before, e.after);
        return (
          <li key={e.id}>
            <div>
              <time dateTime={e.at.toISOString()}>{when(e.at)}</time> · <strong>{e.actor}</strong> {VERB[e.action] ?? e.action} it
            </div>
            {changes.length > 0 && (
              <ul className="changes">
                {changes.map((c) => (
                  <li key={c.field}>
                    {labels[c.field] ?? c.field}: <del>{c.before}</del> → <ins>{c.after}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
