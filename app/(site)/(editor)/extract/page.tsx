// Find the figures in a report: paste it (it is filed as a report) or open a stored one, then review what the
// extractor proposes.
import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { listReportsWithText } from "@/lib/reports/queries";
import { ReportForm } from "../reports/_components/report-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Find the figures in a report" };

async function ExtractPage() {
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Find the figures in a report" denial={allowed} back="/extract" />;
  const recent = await listReportsWithText({ take: 10 });
  return (
    <>
      <h1>Find the figures in a report</h1>
      <p className="muted">
        Paste a report and its details. It is filed as a report, then its figures are proposed beside its text: you check each, correct it,
        and accept or reject it. Nothing becomes a figure until you accept it.
      </p>
      <div className="card narrow">
        <ReportForm initial={{ language: "en" }} cancelHref="/reports" then="review" />
      </div>
      {recent.length > 0 && (
        <section className="card narrow" aria-labelledby="stored-heading">
          <h2 id="stored-heading">Or open a stored report</h2>
          <ul>
            {recent.map((r) => (
              <li key={r.id}>
                <Link href={`/reports/${r.id}/review`}>{r.title}</Link>{" "}
                <span className="muted">
                  {r.publisher ? `${r.publisher}, ` : ""}
                  {formatDay(r.publishedOn)}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">
            Any report with its text has <em>Find the figures</em> on its page; <Link href="/reports">search the reports</Link>.
          </p>
        </section>
      )}
    </>
  );
}

export default whileDatabaseUp(ExtractPage);
