// Review the figures the extractor proposes in a report's text: accept, edit or reject each, or accept all.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { loadReview } from "@/lib/proposals/load";
import { ProposalReview } from "./_components/proposal-review";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Find the figures in a report" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> };

async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { from } = await searchParams;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Find the figures in a report" denial={allowed} back={`/reports/${id}/review`} />;
  const review = /^\d{1,9}$/.test(id) ? await loadReview({ reportId: Number(id) }) : null;
  if (!review) notFound();
  const { report } = review;
  return (
    <>
      <p className="muted kicker">
        <Link href="/reports">Reports</Link> › <Link href={`/reports/${report.id}`}>{report.title}</Link> ›
      </p>
      <h1>Figures in this report</h1>
      <p className="muted">
        {report.publisher ? `${report.publisher} · ` : ""}published {formatDay(report.publishedOn)}. The figures below were read from the text
        by rules and a model learnt from annotated reports, not typed by a person: check each against its highlighted words, correct what is wrong, then accept it or reject it.
      </p>
      {from === "paste" && (
        <p className="notice" role="status">
          Report saved. Its text is kept with it, so its figures&apos; quotes can be checked against it.
        </p>
      )}
      {report.text ? (
        <ProposalReview review={review} twoPerson={env().REVIEW === "two-person"} />
      ) : (
        <p className="card">
          No text is stored for this report, so there is nothing to read figures from.{" "}
          <Link href={`/reports/${report.id}/edit`}>Paste its text on the edit page</Link>, then come back here.
        </p>
      )}
    </>
  );
}

export default whileDatabaseUp(ReviewPage);
