// Add a report: where figures were published, with its text to check quotes against.
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { ReportForm } from "../_components/report-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a report" };

async function NewReportPage() {
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Add a report" denial={allowed} back="/reports/new" />;
  return (
    <>
      <h1>Add a report</h1>
      <p className="muted">An article, situation report or press release that gives figures. Add its figures from its page once saved.</p>
      <div className="card narrow">
        <ReportForm initial={{ language: "en" }} cancelHref="/reports" />
      </div>
    </>
  );
}

export default whileDatabaseUp(NewReportPage);
