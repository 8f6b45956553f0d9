// Reports: every report on record, newest first, searchable by title and publisher, a page at a time.
import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { requireReader } from "@/lib/auth/current";
import { roleAllows } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { listReports } from "@/lib/reports/queries";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

async function ReportsPage({ searchParams }: Props) {
  const { q = "", page: pageParam } = await searchParams;
  const search = q.trim().slice(0, 200);
  const viewer = await requireReader(`/reports${search ? `?q=${encodeURIComponent(search)}` : ""}`);
  const editor = roleAllows(viewer?.role, "editor");
  const page = Math.max(1, Math.floor(Number(pageParam)) || 1);
  const { rows, total } = await listReports({ search, page, pageSize: PAGE_SIZE, includeDrafts: editor });
  const href = (p: number) => `/reports?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Reports</h1>
          <p className="muted">Where figures were published: articles, situation reports, press releases. Newest first.</p>
        </div>
        {editor && (
          <div className="actions">
            <Link className="button" href="/reports/new">
              Add a report
            </Link>
          </div>
        )}
      </div>
      <form className="search-form" role="search" action="/reports">
        <label htmlFor="report-search">Search by title or publisher</label>
        <input id="report-search" name="q" type="search" defaultValue={search} />
        <button type="submit">Search</button>
        {search && <Link href="/reports">Show all</Link>}
      </form>
      <section className="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="visually-hidden">
          Reports
        </h2>
        <p className="muted" role="status">
          {total === 0
            ? search
              ? `No report's title or publisher contains \u201c${search}\u201d.`
              : "No reports yet."
            : `${total.toLocaleString("en")} report${total === 1 ? "" : "s"}${search ? ` matching \u201c${search}\u201d` : ""}.`}
        </p>
        {rows.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Publisher</th>
                  <th scope="col">Published</th>
                  <th scope="col">Language</th>
                  <th scope="col" className="num">
                    Figures
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/reports/${r.id}`}>{r.title}</Link>
                    </td>
                    <td>{r.publisher ?? <span className="muted">—</span>}</td>
                    <td className="date">{formatDay(r.publishedOn)}</td>
                    <td>{r.language}</td>
                    <td className="num">{r.figureCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager page={page} pageSize={PAGE_SIZE} total={total} href={href} labels={{ prev: "← Newer", next: "Older →" }} />
      </section>
    </>
  );
}

export default whileDatabaseUp(ReportsPage);
