// One figure: the number, the words the source used, the report, its revisions and (for editors) its
// history and the buttons to edit, publish, delete or restore it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { History } from "@/components/audit/history";
import { LifecycleButtons } from "@/components/figures/lifecycle-buttons";
import { listHistory } from "@/lib/audit/queries";
import { requireReader } from "@/lib/auth/current";
import { roleAllows } from "@/lib/auth/roles";
import { dateToDay, formatDay } from "@/lib/dates";
import { getFigure } from "@/lib/figures/queries";
import { describeValue, formatCount, QUALIFIER_LABELS } from "@/lib/figures/qualifiers";
import { parseId } from "@/lib/ids";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; saved?: string; review?: string; duplicates?: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Figure #${(await params).id}` };
}

const FIELD_LABELS = { value: "value", low: "low", high: "high", refDate: "refers to", periodStart: "period start", quote: "quote", status: "status", deletedAt: "deleted", supersedesId: "revises #" };

async function FigurePage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const id = parseId(raw) ?? 0;
  const viewer = await requireReader(`/figures/${encodeURIComponent(raw)}`);
  const editor = roleAllows(viewer?.role, "editor");
  const figure = id ? await getFigure({ id }) : null;
  // drafts and deleted figures exist only for editors
  if (!figure || (!editor && (figure.status !== "published" || figure.deletedAt))) notFound();
  const search = await searchParams;
  const history = editor ? await listHistory({ entity: "Figure", entityId: id }) : [];
  const value = describeValue(Number(figure.value), figure.qualifier, figure.metric.unit);
  // readers see only published, live figures on either side of a revision
  const visible = (f: { status: string; deletedAt: Date | null } | null) => Boolean(f) && (editor || (f!.status === "published" && !f!.deletedAt));
  const newer = figure.supersededBy && !figure.supersededBy.deletedAt && visible(figure.supersededBy) ? figure.supersededBy : null;
  const older = visible(figure.supersedes) ? figure.supersedes : null;
  const duplicates = (search.duplicates ?? "").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const again = new URLSearchParams({ report: String(figure.report.id), source: figure.source.name, conflict: figure.conflict.slug });

  return (
    <>
      <div className="page-head">
        <div>
          <h1>
            {figure.metric.name}: {value}
          </h1>
          <div className="muted">
            Figure #{figure.id} · <Link href={`/conflicts/${figure.conflict.slug}`}>{figure.conflict.name}</Link> ·{" "}
            <span className={`badge ${figure.deletedAt ? "deleted" : figure.status}`}>{figure.deletedAt ? "deleted" : figure.status}</span>
            {newer && <span className="badge">revised by #{newer.id}</span>}
          </div>
        </div>
        {editor && !figure.deletedAt && (
          <div className="actions">
            <Link className="button" href={`/figures/${id}/edit`}>
              Edit
            </Link>
            <Link className="button secondary" href={`/figures/new?supersedes=${id}`}>
              Revise
            </Link>
          </div>
        )}
      </div>

      {(search.added || search.saved) && (
        <div className="notice" role="status">
          <p>
            {search.added ? "Figure added." : "Changes saved."}{" "}
            {search.review ? "Saved for review: under the two-person rule another editor checks and publishes it." : ""}
          </p>
          {editor && (
            <p>
              <Link href={`/figures/new?${again}`}>Add another from this report</Link> ·{" "}
              <Link href={`/conflicts/${figure.conflict.slug}#figure-${id}`}>See it on the conflict page</Link>
            </p>
          )}
        </div>
      )}
      {duplicates.length > 0 && (
        <p className="warning" role="status">
          Possible double entry: {figure.source.name} already gives the same {figure.metric.name.toLowerCase()} value for the same date in{" "}
          {duplicates.map((d, i) => (
            <span key={d}>
              {i > 0 && ", "}
              <Link href={`/figures/${d}`}>figure #{d}</Link>
            </span>
          ))}
          . If it is the same figure, delete one.
        </p>
      )}

      <section className="card">
        {figure.quote ? (
          <blockquote className="figure-quote">
            {"\u201c"}
            {figure.quote}
            {"\u201d"}
            <footer>
              — {figure.source.name}, in <Link href={`/reports/${figure.report.id}`}>{figure.report.title}</Link> ({formatDay(dateToDay(figure.report.publishedOn))})
              {figure.report.url && (
                <>
                  {" "}
                  · <a href={figure.report.url}>original</a>
                </>
              )}
            </footer>
          </blockquote>
        ) : (
          <p className="muted">No quote yet: a quote is needed to publish.</p>
        )}
        <dl className="facts">
          <dt>Value</dt>
          <dd>
            {value} ({QUALIFIER_LABELS[figure.qualifier]})
            {(figure.low !== null || figure.high !== null) && (
              <> · range {figure.low !== null ? formatCount(Number(figure.low)) : "…"}–{figure.high !== null ? formatCount(Number(figure.high)) : "…"}</>
            )}
          </dd>
          <dt>Refers to</dt>
          <dd>
            {figure.periodStart ? `${formatDay(dateToDay(figure.periodStart))} to ` : ""}
            {formatDay(dateToDay(figure.refDate))}
          </dd>
          <dt>Source</dt>
          <dd>
            <Link href={`/sources/${figure.source.id}`}>{figure.source.name}</Link>
          </dd>
          <dt>Report</dt>
          <dd>
            <Link href={`/reports/${figure.report.id}`}>{figure.report.title}</Link>
            {figure.report.publisher && ` · ${figure.report.publisher}`} · published {formatDay(dateToDay(figure.report.publishedOn))}
          </dd>
          {figure.note && (
            <>
              <dt>Note</dt>
              <dd>{figure.note}</dd>
            </>
          )}
          {older && (
            <>
              <dt>Revises</dt>
              <dd>
                <Link href={`/figures/${older.id}`}>figure #{older.id}</Link> ({describeValue(Number(older.value), older.qualifier, figure.metric.unit)} on{" "}
                {formatDay(dateToDay(older.refDate))}){older.deletedAt ? " (deleted)" : ""}
              </dd>
            </>
          )}
          {newer && (
            <>
              <dt>Revised by</dt>
              <dd>
                <Link href={`/figures/${newer.id}`}>figure #{newer.id}</Link> ({describeValue(Number(newer.value), newer.qualifier, figure.metric.unit)} on{" "}
                {formatDay(dateToDay(newer.refDate))}){newer.status === "published" ? ": charts show that one" : " (a draft)"}
              </dd>
            </>
          )}
          {editor && (
            <>
              <dt>Entered</dt>
              <dd>
                by {figure.createdBy} on {formatDay(dateToDay(figure.createdAt))}
                {figure.publishedBy && figure.publishedAt && ` · published by ${figure.publishedBy} on ${formatDay(dateToDay(figure.publishedAt))}`}
                {figure.deletedBy && ` · deleted by ${figure.deletedBy}`}
              </dd>
            </>
          )}
        </dl>
        {editor && <LifecycleButtons id={id} version={figure.version} status={figure.status} deleted={Boolean(figure.deletedAt)} />}
      </section>

      {editor && (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <History events={history} labels={FIELD_LABELS} />
        </section>
      )}
    </>
  );
}

export const generateMetadata = whileDatabaseUp(readMetadata);

export default whileDatabaseUp(FigurePage);
