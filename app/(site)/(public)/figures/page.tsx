// All figures, filtered by conflict, metric, source, status and date range, searchable by quote, sorted and
// paginated in the database. The filters are a plain GET form, so every view is a link to share.
import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { requireReader } from "@/lib/auth/current";
import { roleAllows } from "@/lib/auth/roles";
import { listConflicts } from "@/lib/conflicts/queries";
import { formatDay } from "@/lib/dates";
import { FIGURE_SORTS, figureListHref, parseFigureListQuery, STATUS_FILTERS } from "@/lib/figures/list-query";
import { describeValue, formatCount } from "@/lib/figures/qualifiers";
import { listFigures, listSourceOptions } from "@/lib/figures/queries";
import { listMetrics } from "@/lib/metrics/queries";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Figures" };

const PAGE_SIZE = 50;

async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseFigureListQuery(await searchParams);
  const viewer = await requireReader(figureListHref(query));
  const editor = roleAllows(viewer?.role, "editor");
  const [{ rows, total }, conflicts, metrics, sources] = await Promise.all([
    listFigures({ query, editor, pageSize: PAGE_SIZE }),
    listConflicts(),
    listMetrics(),
    listSourceOptions(),
  ]);
  const first = total === 0 ? 0 : (query.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, query.page * PAGE_SIZE);
  const pastEnd = total > 0 && rows.length === 0;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Figures</h1>
          <p className="muted">Every figure with the source and report it came from. Filter, search the quotes, sort.</p>
        </div>
        {editor && (
          <div className="actions">
            <Link className="button" href="/figures/new">
              Add a figure
            </Link>
          </div>
        )}
      </div>

      <form className="card filters" method="get" action="/figures" aria-label="Filter figures">
        <div className="filter-grid">
          <label>
            Conflict
            <select name="conflict" defaultValue={query.conflict ?? ""}>
              <option value="">All conflicts</option>
              {conflicts.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Metric
            <select name="metric" defaultValue={query.metric ?? ""}>
              <option value="">All metrics</option>
              {metrics.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Source
            <select name="source" defaultValue={query.source ? String(query.source) : ""}>
              <option value="">All sources</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          {editor && (
            <label>
              Status
              <select name="status" defaultValue={query.status}>
                {STATUS_FILTERS.map((s) => (
                  <option key={s} value={s}>
                    {s === "all" ? "Published and drafts" : s[0]!.toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Refers to, from
            <input type="date" name="from" defaultValue={query.from ?? ""} />
          </label>
          <label>
            to
            <input type="date" name="to" defaultValue={query.to ?? ""} />
          </label>
          <label className="wide">
            Quote contains
            <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="e.g. a day" />
          </label>
          <label>
            Sort by
            <select name="sort" defaultValue={query.sort}>
              {Object.entries(FIGURE_SORTS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="actions">
          <button type="submit">Show figures</button>
          <Link className="button secondary" href="/figures">
            Clear filters
          </Link>
        </div>
      </form>

      <p className="muted" role="status">
        {total === 0 ? "No figures match these filters." : pastEnd ? "No figures on this page." : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} ${total === 1 ? "figure" : "figures"}.`}
      </p>
      {rows.length > 0 && (
        <div className="table-wrap card">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Conflict</th>
                <th scope="col">Metric</th>
                <th scope="col">Value</th>
                <th scope="col">Refers to</th>
                <th scope="col">Source</th>
                <th scope="col">Quote</th>
                {editor && <th scope="col">Status</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link href={`/figures/${f.id}`}>#{f.id}</Link>
                  </td>
                  <td>{f.conflictName}</td>
                  <td>{f.metricName}</td>
                  <td className="num">{describeValue(f.value, f.qualifier, f.unit)}</td>
                  <td className="date">{formatDay(f.refDate)}</td>
                  <td>{f.sourceName}</td>
                  <td className="quote">{f.quote ?? <span className="muted">no quote yet</span>}</td>
                  {editor && (
                    <td>
                      <span className={`badge ${f.deleted ? "deleted" : f.status}`}>{f.deleted ? "deleted" : f.status}</span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={query.page} pageSize={PAGE_SIZE} total={total} href={(page) => figureListHref(query, { page })} />
    </>
  );
}

export default whileDatabaseUp(FiguresPage);
