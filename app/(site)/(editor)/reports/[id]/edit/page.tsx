// Edit a report. The form carries the version it started from, so a save never overwrites someone else's.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { reportFormValues } from "@/lib/reports/form-values";
import { getReport } from "@/lib/reports/queries";
import { ReportForm } from "../../_components/report-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit report" };

async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Edit report" denial={allowed} back={`/reports/${id}/edit`} />;
  const report = /^\d{1,9}$/.test(id) ? await getReport({ id: Number(id) }) : null;
  if (!report) notFound();
  return (
    <>
      <p className="muted kicker">
        <Link href="/reports">Reports</Link> › <Link href={`/reports/${report.id}`}>{report.title}</Link> ›
      </p>
      <h1>Edit report</h1>
      <p className="muted">
        As you opened it: version {report.version}, last saved by {report.updatedBy} on {report.updatedAt.slice(0, 16).replace("T", " ")} UTC.
      </p>
      <div className="card narrow">
        <ReportForm reportId={report.id} initial={reportFormValues(report)} cancelHref={`/reports/${report.id}`} />
      </div>
    </>
  );
}

export default whileDatabaseUp(EditReportPage);
