// Enter one figure: who said what number, in which words, in which report. ?report= fills in a chosen
// report, ?source= and ?conflict= carry over from the last figure, ?supersedes= starts a revision.
import type { Metadata } from "next";
import { FigureForm } from "@/components/figures/figure-form";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { chosenReport, figureFormOptions } from "@/lib/figures/form-options";
import { storedToFormValues } from "@/lib/figures/form-values";
import { getFigure } from "@/lib/figures/queries";
import type { FigureFormValues } from "@/lib/figures/schema";
import { parseId } from "@/lib/ids";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a figure" };

type Search = { conflict?: string; report?: string; source?: string; supersedes?: string };

async function NewFigurePage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) {
    const query = new URLSearchParams(Object.entries(search).filter(([, v]) => typeof v === "string") as [string, string][]).toString();
    return <AccessDenied title="Add a figure" denial={allowed} back={`/figures/new${query ? `?${query}` : ""}`} />;
  }
  const [options, report, old] = await Promise.all([
    figureFormOptions(),
    chosenReport(parseId(search.report) ?? undefined),
    parseId(search.supersedes) ? getFigure({ id: parseId(search.supersedes)! }) : null,
  ]);
  const initial: FigureFormValues = {
    conflict: options.conflicts.some((c) => c.value === search.conflict) ? search.conflict : undefined,
    source: search.source,
  };
  if (old && !old.deletedAt) {
    const was = storedToFormValues(old);
    Object.assign(initial, { conflict: was.conflict, metric: was.metric, qualifier: was.qualifier, source: was.source, sourceKind: was.sourceKind, supersedesId: String(old.id) });
  }
  if (report) initial.reportId = String(report.id);
  return (
    <>
      <h1>{old ? `Revise figure #${old.id}` : "Add a figure"}</h1>
      <p className="muted">
        {old
          ? `The source's new number replaces #${old.id} in charts; the history keeps both.`
          : "One number from one report, with the words the source used."}
      </p>
      <div className="card narrow">
        <FigureForm {...options} initial={initial} report={report} twoPerson={env().REVIEW === "two-person"} />
      </div>
    </>
  );
}

export default whileDatabaseUp(NewFigurePage);
