// The data-table view of a chart: exactly the points it draws, with their provenance, for screen readers,
// for copying and for checking the chart against its numbers. A chart of thousands of figures lists the latest
// TABLE_LIMIT and links to where all of them are (a page of 20,000 rows takes seconds to make and to read).
import Link from "next/link";
import type { MetricChart } from "@/lib/charts/series";
import { formatDay } from "@/lib/dates";
import { formatCount } from "@/lib/figures/qualifiers";

export const TABLE_LIMIT = 500;

type Props = {
  chart: MetricChart;
  caption: string;
  linkTarget?: string;
  /** where every figure of the chart is listed, when the table shows only the latest */
  allHref?: string;
};

export function ChartTable({ chart, caption, linkTarget, allHref }: Props) {
  const all = chart.points.length + chart.notDrawn.length;
  // the latest drawn points (they come by date), then those a log scale cannot draw
  const listed = chart.points.length > TABLE_LIMIT ? chart.points.slice(-TABLE_LIMIT) : chart.points;
  const rows = [...listed, ...chart.notDrawn];
  const notDrawn = new Set(chart.notDrawn);
  return (
    <details className="chart-table">
      <summary>
        Data table: {all} {all === 1 ? "figure" : "figures"}
      </summary>
      {listed.length < chart.points.length && (
        <p className="muted">
          The {TABLE_LIMIT.toLocaleString("en-US")} latest by reference date are listed here, of {chart.points.length.toLocaleString("en-US")} drawn.{" "}
          {allHref ? (
            <Link href={allHref} target={linkTarget}>
              See all {all.toLocaleString("en-US")} in the figures list
            </Link>
          ) : (
            "The CSV download has them all."
          )}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption className="muted">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Refers to</th>
              <th scope="col">Source</th>
              <th scope="col">Value, as said</th>
              <th scope="col">Range</th>
              <th scope="col">Report</th>
              <th scope="col">Published</th>
              <th scope="col">Quote</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-figure-id={p.id}>
                <td className="date">
                  {p.periodStart ? `${formatDay(p.periodStart)} – ` : ""}
                  {formatDay(p.refDate)}
                </td>
                <td>{p.source}</td>
                <td className="num">
                  <Link href={`/figures/${p.id}`} target={linkTarget}>
                    {p.label}
                  </Link>
                  {p.status === "draft" && <span className="tag">draft</span>}
                  {p.revised && <span className="tag">since revised</span>}
                  {notDrawn.has(p) && <span className="tag">not drawn on a log scale</span>}
                </td>
                <td className="num">{p.low !== null && p.high !== null ? `${formatCount(p.low)} – ${formatCount(p.high)}` : ""}</td>
                <td>
                  <Link href={`/reports/${p.reportId}`} target={linkTarget}>
                    {p.reportTitle}
                  </Link>
                </td>
                <td className="date">{formatDay(p.reportDate)}</td>
                <td className="quote">{p.quote ? `\u201c${p.quote}\u201d` : <span className="muted">no quote</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
