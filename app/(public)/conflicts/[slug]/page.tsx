// A conflict: per metric, a time-series chart (one series per source) and the figures behind it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureChart } from "@/components/charts/figure-chart";
import { FigureTable } from "@/components/figures/figure-table";
import { currentViewer, requireReader } from "@/lib/auth/current";
import { authorizeRead, roleAllows } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { getConflict } from "@/lib/conflicts/queries";
import { formatDay } from "@/lib/dates";
import { listConflictFigures } from "@/lib/figures/queries";
import { buildMetricCharts } from "@/lib/figures/series";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ added?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!authorizeRead(await currentViewer(), env().READ_ACCESS).ok) return { title: "Sign in" };
  const conflict = await getConflict({ slug: (await params).slug });
  return { title: conflict?.name ?? "Conflict not found" };
}

export default async function ConflictPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const added = Number((await searchParams).added) || null;
  const viewer = await requireReader(`/conflicts/${slug}`);
  const [conflict, figures] = await Promise.all([getConflict({ slug }), listConflictFigures({ conflictSlug: slug })]);
  if (!conflict) notFound();
  const charts = buildMetricCharts(figures);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{conflict.name}</h1>
          <div className="muted">
            {conflict.region} · since {formatDay(conflict.startDate)} · {figures.length} published figures
          </div>
        </div>
        <div className="actions">
          {roleAllows(viewer?.role, "editor") && (
            <Link className="button" href={`/figures/new?conflict=${conflict.slug}`}>
              Add a figure
            </Link>
          )}
          <a className="button secondary" href={`/api/v1/figures.csv?conflict=${conflict.slug}`} download>
            Download CSV
          </a>
        </div>
      </div>
      {added && (
        <p className="notice" role="status">
          Figure added. It is highlighted in the table below.
        </p>
      )}
      {charts.length === 0 && <p className="card">No published figures for this conflict yet.</p>}
      {charts.map((chart) => (
        <section key={chart.metricSlug} className="card" aria-labelledby={`metric-${chart.metricSlug}`}>
          <h2 id={`metric-${chart.metricSlug}`}>
            {chart.metricName}{" "}
            <span className="muted">({chart.kind === "rate" ? chart.unit.replaceAll("_", " ") : "people, cumulative"})</span>
          </h2>
          <FigureChart title={`${chart.metricName} in ${conflict.name}`} series={chart.series} />
          <FigureTable caption={`${chart.metricName}: the figures behind the chart`} figures={chart.figures} highlightId={added} />
        </section>
      ))}
    </>
  );
}
