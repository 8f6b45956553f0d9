// A chart with what explains it: the marker key for the glyphs it uses and its text description. The conflict
// page, the embed and compare all show a chart this way.
import type { ChartEvent } from "@/lib/charts/conflict-view";
import type { MetricChart } from "@/lib/charts/series";
import { LazyFigureChart } from "./lazy-figure-chart";
import { GlyphKey } from "./glyph";

type Props = {
  label: string;
  chart: MetricChart & { description: string };
  scale: "linear" | "log";
  events?: readonly ChartEvent[];
  linkTarget?: string;
  height?: number;
};

export function ChartFigure({ label, chart, scale, events, linkTarget, height }: Props) {
  const glyphs = [...new Set(chart.points.map((p) => p.glyph))].sort();
  return (
    <figure aria-label={label} className="chart-figure">
      <LazyFigureChart chart={chart} scale={scale} events={events} linkTarget={linkTarget} height={height} />
      <figcaption>
        <GlyphKey glyphs={glyphs} drafts={chart.points.some((p) => p.status === "draft")} />
        <p className="muted chart-description">{chart.description}</p>
      </figcaption>
    </figure>
  );
}
