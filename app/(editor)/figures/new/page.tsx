// Enter one figure: who said what number, in which words, in which report.
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { listConflicts } from "@/lib/conflicts/queries";
import { listMetrics } from "@/lib/metrics/queries";
import { listSourceNames } from "@/lib/sources/queries";
import { FigureForm } from "./_components/figure-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a figure" };

export default async function NewFigurePage({ searchParams }: { searchParams: Promise<{ conflict?: string }> }) {
  const { conflict } = await searchParams;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) {
    const back = `/figures/new${conflict ? `?conflict=${encodeURIComponent(conflict)}` : ""}`;
    return <AccessDenied title="Add a figure" denial={allowed} back={back} />;
  }
  const [conflicts, metrics, sources] = await Promise.all([listConflicts(), listMetrics(), listSourceNames()]);
  return (
    <>
      <h1>Add a figure</h1>
      <p className="muted">One number from one report, with the words the source used.</p>
      <div className="card narrow">
        <FigureForm
          conflicts={conflicts.map((c) => ({ value: c.slug, label: c.name }))}
          metrics={metrics.map((m) => ({ value: m.slug, label: `${m.name} (${m.unit.replaceAll("_", " ")})` }))}
          sources={sources}
          defaults={{ conflict: conflicts.some((c) => c.slug === conflict) ? conflict : undefined }}
        />
      </div>
    </>
  );
}
