// One report: what it is, the figures taken from it, its text with their quotes highlighted, and (for editors)
// its drafts and its history.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { History } from "@/components/audit/history";
import { LinkedFigures } from "@/components/reports/linked-figures";
import { ReportText } from "@/components/reports/report-text";
import { listHistory } from "@/lib/audit/queries";
import { currentViewer, requireReader } from "@/lib/auth/current";
import { authorizeRead, roleAllows } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { highlightQuotes } from "@/lib/reports/highlight";
import { getReport, listLinkedFigures } from "@/lib/reports/queries";
import { REPORT_LABELS } from "@/lib/reports/schema";
import { forHistory } from "@/lib/reports/history";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const reportId = (id: string) => (/^\d{1,9}$/.test(id) ? Number(id) : null);

async function readMetadata({ params }: Props): Promise<Metadata> {
  if (!authorizeRead(await currentViewer(), env().READ_ACCESS).ok) return { title: "Sign in" };
  const id = reportId((await params).id);
  const report = id && (await getReport({ id }));
  return { title: report ? report.title : "Report not found" };
}

async function ReportPage({ params, searchParams }: Props) {
  const { id: idParam } = await params;
  const { saved } = await searchParams;
  const viewer = await requireReader(`/reports/${idParam}`);
  const id = reportId(idParam);
  if (!id) notFound();
  const editor = roleAllows(viewer?.role, "editor");
  const [report, figures, history] = await Promise.all([
    getReport({ id }),
    listLinkedFigures({ reportId: id, includeDrafts: editor }),
    editor ? listHistory({ entity: "Report", entityId: id }) : Promise.resolve([]),
  ]);
  if (!report) notFound();
  const highlighted = new Set(report.fullText ? highlightQuotes(report.fullText, figures).flatMap((s) => (s.figureId ? [s.figureId] : [])) : []);
  const drafts = figures.filter((f) => f.status === "draft").length;

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted kicker">
            <Link href="/reports">Reports</Link> ›
          </p>
          <h1>{report.title}</h1>
          <p className="muted">
            {report.publisher ? `${report.publisher} · ` : ""}published {formatDay(report.publishedOn)} · language {report.language}
            {report.url && (
              <>
                {" · "}
                <a href={report.url} rel="noopener noreferrer">
                  the original
                </a>
              </>
            )}
          </p>
        </div>
        {editor && (
          <div className="actions">
            {report.fullText && (
              <Link className="button" href={`/reports/${report.id}/review`}>
                Find the figures in its text
              </Link>
            )}
            <Link className={report.fullText ? "button secondary" : "button"} href={`/figures/new?report=${report.id}`}>
              Add a figure from this report
            </Link>
            <Link className="button secondary" href={`/reports/${report.id}/edit`}>
              Edit report
            </Link>
          </div>
        )}
      </div>
      {saved && (
        <p className="notice" role="status">
          {saved === "created" ? "Report added." : "Report saved."}
        </p>
      )}

      <section className="card" aria-labelledby="figures-heading">
        <h2 id="figures-heading">
          Figures from this report{" "}
          <span className="muted">
            ({figures.length}
            {drafts ? `, ${drafts} of them draft${drafts === 1 ? "" : "s"}` : ""})
          </span>
        </h2>
        {figures.length === 0 ? (
          <p className="muted">No figures have been taken from this report yet.</p>
        ) : (
          <LinkedFigures figures={figures} caption="Figures from this report" show="source" quotesInText={report.fullText ? highlighted : undefined} />
        )}
      </section>

      <section className="card" aria-labelledby="text-heading">
        <h2 id="text-heading">Text of the report</h2>
        {report.fullText ? (
          <>
            {highlighted.size > 0 && <p className="muted">Highlighted: the words each figure quotes. Select one to see its figure.</p>}
            <ReportText text={report.fullText} language={report.language} figures={figures} />
          </>
        ) : (
          <p className="muted">
            No text is stored for this report.{editor && " Paste it on the edit page: quotes are then checked against it and highlighted here."}
          </p>
        )}
      </section>

      {editor && (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <History events={forHistory(history)} labels={REPORT_LABELS} />
        </section>
      )}
    </>
  );
}

export const generateMetadata = whileDatabaseUp(readMetadata);

export default whileDatabaseUp(ReportPage);
