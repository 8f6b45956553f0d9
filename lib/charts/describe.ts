// The text description of a chart, for screen readers and for anyone who reads before looking. Pure.
import { formatDay } from "@/lib/dates";
import type { MetricChart } from "./series";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Deaths in Syria: 15 figures from 6 sources, 30 Nov 2012 to 22 Apr 2016. Highest: about 400,000 (UN
 * Special Envoy for Syria, 22 Apr 2016). Latest: …"
 */
export function describeChart(title: string, chart: MetricChart): string {
  const points = chart.points;
  const zeros = chart.notDrawn.length
    ? `${plural(chart.notDrawn.length, "figure of zero is", "figures of zero are")} not drawn on the log scale.`
    : null;
  if (points.length === 0) return [`${title}: no figures in this view.`, zeros].filter(Boolean).join(" ");
  const first = points[0]!;
  const last = points.at(-1)!;
  const span = first.refDate === last.refDate ? `for ${formatDay(first.refDate)}` : `${formatDay(first.refDate)} to ${formatDay(last.refDate)}`;
  const sentences = [`${title}: ${plural(points.length, "figure", "figures")} from ${plural(chart.series.length, "source", "sources")}, ${span}.`];
  if (points.length > 1) {
    const top = points.reduce((a, b) => (b.value > a.value ? b : a));
    sentences.push(`Highest: ${top.label} (${top.source}, ${formatDay(top.refDate)}).`);
    sentences.push(`Latest: ${last.label} (${last.source}, ${formatDay(last.refDate)}).`);
  }
  const projections = points.filter((p) => p.glyph === "projected").length;
  if (projections) sentences.push(projections === 1 ? "1 point is a projection, not an observation." : `${projections} points are projections, not observations.`);
  const revised = points.filter((p) => p.revised).length;
  if (revised) sentences.push(revised === 1 ? "1 point has since been revised by its source." : `${revised} points have since been revised by their sources.`);
  if (zeros) sentences.push(zeros);
  return sentences.join(" ");
}
