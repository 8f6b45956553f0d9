// The activity feed: every write to the data, newest first, filterable by person, kind of record and days.
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { Pager } from "@/components/ui/pager";
import { changedFields } from "@/lib/audit/diff";
import { listActivity, listActors } from "@/lib/audit/queries";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { isIsoDay } from "@/lib/dates";
import { formatCount } from "@/lib/figures/qualifiers";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Activity" };

const ENTITIES = ["Figure", "Report", "Source", "Metric", "User", "Conflict"] as const;
const PAGE_SIZE = 50;

const day = z.string().refine(isIsoDay).optional().catch(undefined);
const Query = z.object({
  actor: z.string().trim().max(254).optional().catch(undefined).transform((v) => v || undefined),
  entity: z.enum(ENTITIES).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

/** Where a record's own page is, when it has one. */
function recordHref(entity: string, id: string): string | null {
  if (entity === "Figure") return `/figures/${id}`;
  if (entity === "Report") return `/reports/${id}`;
  if (entity === "Source") return `/sources/${id}`;
  return null;
}

async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const allowed = authorize(await currentViewer(), "admin");
  if (!allowed.ok) return <AccessDenied title="Activity" denial={allowed} back="/admin/activity" />;
  const { page, ...filter } = Query.parse(await searchParams);
  const [{ rows, total }, actors] = await Promise.all([listActivity({ filter, page, pageSize: PAGE_SIZE }), listActors()]);
  const link = (p: number) => {
    const params = new URLSearchParams(Object.entries({ ...filter, page: p > 1 ? String(p) : undefined }).filter(([, v]) => v) as [string, string][]);
    return `/admin/activity${params.size ? `?${params}` : ""}`;
  };
  return (
    <>
      <h1>Activity</h1>
      <p className="muted">Every change to figures, reports, sources and people, with who made it. From the audit log, which nobody can edit.</p>
      <form className="card filters" method="get" action="/admin/activity" aria-label="Filter activity">
        <div className="filter-grid">
          <label>
            Person
            <select name="actor" defaultValue={filter.actor ?? ""}>
              <option value="">Everyone</option>
              {actors.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
          <label>
            Record
            <select name="entity" defaultValue={filter.entity ?? ""}>
              <option value="">All kinds</option>
              {ENTITIES.map((e) => (
                <option key={e} value={e}>
                  {e}
                </option>
              ))}
            </select>
          </label>
          <label>
            From
            <input type="date" name="from" defaultValue={filter.from ?? ""} />
          </label>
          <label>
            To
            <input type="date" name="to" defaultValue={filter.to ?? ""} />
          </label>
        </div>
        <div className="actions">
          <button type="submit">Show activity</button>
          <Link className="button secondary" href="/admin/activity">
            Clear filters
          </Link>
        </div>
      </form>
      <p className="muted" role="status">
        {total === 0 ? "No activity matches these filters." : rows.length === 0 ? "No changes on this page." : `${formatCount(total)} ${total === 1 ? "change" : "changes"}.`}
      </p>
      {rows.length > 0 && (
        <div className="table-wrap card">
          <table>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const href = recordHref(e.entity, e.entityId);
                const changes = e.action === "create" ? [] : changedFields(e.before, e.after);
                return (
                  <tr key={e.id}>
                    <td className="date">{e.at.toISOString().slice(0, 16).replace("T", " ")}</td>
                    <td>{e.actor}</td>
                    <td>
                      {e.action} {e.entity.toLowerCase()} {href ? <Link href={href}>#{e.entityId}</Link> : <span>#{e.entityId.slice(0, 8)}</span>}
                    </td>
                    <td className="changes-cell">
                      {changes.slice(0, 4).map((c) => (
                        <div key={c.field}>
                          {c.field}: <del>{c.before.slice(0, 60)}</del> → <ins>{c.after.slice(0, 60)}</ins>
                        </div>
                      ))}
                      {changes.length > 4 && <div className="muted">and {changes.length - 4} more</div>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} href={link} labels={{ prev: "← Newer", next: "Older →" }} />
    </>
  );
}

export default whileDatabaseUp(ActivityPage);
