// One chart alone, for an <iframe>: a metric of a conflict in the view the URL describes, with its legend,
// marker key, description and data table. Links open in a new window, out of the embedding page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartTable } from "@/components/charts/chart-table";
import { ChartFigure } from "@/components/charts/chart-figure";
import { SourceLegend } from "@/components/charts/source-legend";
import { requireReader } from "@/lib/auth/current";
import type { SeriesJson } from "@/lib/api/series";
import { loadMetricSeries } from "@/lib/charts/load";
import { readChartView, serializeChartView } from "@/lib/charts/view";
import { getMetric } from "@/lib/metrics/queries";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; metric: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Chart", robots: { index: false } };

/** The chart alone, without the series' view, legend and cross-checks, which the client component does not need. */
function chartOf({ conflict: _conflict, view: _view, legend: _legend, events: _events, crossChecks: _checks, ...chart }: SeriesJson) {
  return chart;
}

async function EmbedPage({ params, searchParams }: Props) {
  const { slug, metric } = await params;
  await requireReader(`/embed/conflicts/${slug}/${metric}`);
  // an embed shows what anyone may see: published figures only, whoever's browser it is in
  const view = readChartView(await searchParams, { editor: false });
  const [metricRow, loaded] = await Promise.all([getMetric({ slug: metric }), loadMetricSeries({ slug, metric, view })]);
  if (loaded.found === "no-conflict" || !metricRow) notFound();
  const { conflict } = loaded;
  // the same chart as the series endpoint's, colours as on the conflict's page; nothing drawn when it has no such figures
  const shown = loaded.found === "series" ? loaded.series : null;
  const chart = shown && (shown.points.length || shown.notDrawn.length) ? chartOf(shown) : undefined;
  const title = `${metricRow.name} in ${conflict.name}`;
  return (
    <main className="embed">
      <h1>{title}</h1>
      <SourceLegend items={shown?.legend ?? []} />
      {chart ? (
        <>
          <ChartFigure label={title} chart={chart} scale={view.scale} events={shown?.events ?? []} linkTarget="_blank" height={300} />
          <ChartTable chart={chart} caption={`${title}: the figures the chart draws`} linkTarget="_blank" />
        </>
      ) : (
        <p>No published figures in this view.</p>
      )}
      <p className="muted embed-credit">
        <Link href={`/conflicts/${conflict.slug}${serializeChartView(view)}`} target="_blank">
          Conflict Figures: {conflict.name}, every figure with its source →
        </Link>
      </p>
    </main>
  );
}

export default whileDatabaseUp(EmbedPage);
