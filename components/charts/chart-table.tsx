// The data-table view of a chart: exactly the points it draws, with their provenance, for screen readers,
// for copying and for checking the chart against its numbers.
import Link from "next/link";
import type { MetricChart } from "@/lib/charts/series";
import { formatDay } from "@/lib/dates";
import { formatCount } from "@/lib/figures/qualifiers";

export function ChartTable({ chart, caption, linkTarget }: { chart: MetricChart; caption: string; linkTarget?: string }) {
  const rows = [...chart.points, ...chart.notDrawn];
  return (
    <details className="chart-table">
      <summary>
        Data table: {rows.length} {rows.length === 1 ? "figure" : "figures"}
      </summary>
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
                  {!chart.points.includes(p) && <span className="tag">not drawn on a log scale</span>}
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
