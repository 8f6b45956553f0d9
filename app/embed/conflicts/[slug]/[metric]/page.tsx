// One chart alone, for an <iframe>: a metric of a conflict in the view the URL describes, with its legend,
// marker key, description and data table. Links open in a new window, out of the embedding page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartTable } from "@/components/charts/chart-table";
import { ChartFigure } from "@/components/charts/chart-figure";
import { SourceLegend } from "@/components/charts/source-legend";
import { listAnnotations } from "@/lib/annotations/queries";
import { requireReader } from "@/lib/auth/current";
import { conflictView } from "@/lib/charts/conflict-view";
import { readChartView, serializeChartView } from "@/lib/charts/view";
import { getConflict } from "@/lib/conflicts/queries";
import { getMetric } from "@/lib/metrics/queries";
import { listChartFigures } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; metric: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Chart", robots: { index: false } };

export default async function EmbedPage({ params, searchParams }: Props) {
  const { slug, metric } = await params;
  await requireReader(`/embed/conflicts/${slug}/${metric}`);
  // an embed shows what anyone may see: published figures only, whoever's browser it is in
  const view = readChartView(await searchParams, { editor: false });
  const [conflict, metricRow, data, annotations] = await Promise.all([
    getConflict({ slug }),
    getMetric({ slug: metric }),
    listChartFigures({ conflictSlugs: [slug], metricSlug: metric }),
    listAnnotations({ conflictSlugs: [slug] }),
  ]);
  if (!conflict || !metricRow) notFound();
  const shown = conflictView({ conflictName: conflict.name, rows: data.rows, links: data.links, events: annotations }, view);
  const chart = shown.charts[0];
  const title = `${metricRow.name} in ${conflict.name}`;
  return (
    <main className="embed">
      <h1>{title}</h1>
      <SourceLegend items={shown.legend} />
      {chart ? (
        <>
          <ChartFigure label={title} chart={chart} scale={view.scale} events={shown.events} linkTarget="_blank" height={300} />
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
