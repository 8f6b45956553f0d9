// One metric of a conflict page: its headline cards, its chart with the marker key and text description, its
// data table, and links to embed or compare it.
import Link from "next/link";
import type { ConflictView } from "@/lib/charts/conflict-view";
import { ChartTable } from "./chart-table";
import { ChartFigure } from "./chart-figure";
import { HeadlineCards } from "./headline-cards";

type Props = {
  chart: ConflictView["charts"][number];
  conflict: { slug: string; name: string };
  view: ConflictView;
  scale: "linear" | "log";
  /** the view's query string, carried into the embed and compare links */
  query: string;
};

export function MetricSection({ chart, conflict, view, scale, query }: Props) {
  const colors = new Map(view.legend.map((l) => [l.key, l.color]));
  const unit = chart.kind === "rate" ? chart.unit.replaceAll("_", " ") : "people, cumulative";
  const id = `metric-${chart.metricSlug}`;
  return (
    <section className="card metric-section" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>
          {chart.metricName} <span className="muted">({unit})</span>
        </h2>
        <div className="section-links">
          <Link href={`/compare?metric=${chart.metricSlug}&conflicts=${conflict.slug}`}>Compare with other conflicts</Link>
          <Link href={`/embed/conflicts/${conflict.slug}/${chart.metricSlug}${query}`}>Embed this chart</Link>
        </div>
      </div>
      <HeadlineCards items={chart.headlines} colors={colors} />
      <ChartFigure label={`${chart.metricName} in ${conflict.name}`} chart={chart} scale={scale} events={view.events} />
      <ChartTable
        chart={chart}
        caption={`${chart.metricName} in ${conflict.name}: the figures the chart draws`}
        allHref={`/figures?conflict=${conflict.slug}&metric=${chart.metricSlug}`}
      />
    </section>
  );
}
