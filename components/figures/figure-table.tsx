// The figures behind a chart, with full provenance: words, source, report and both dates.
import { formatDay } from "@/lib/dates";
import { describeValue } from "@/lib/figures/qualifiers";
import type { FigureRow } from "@/lib/figures/types";

export function FigureTable({
  caption,
  figures,
  highlightId,
}: {
  caption: string;
  figures: FigureRow[];
  highlightId?: number | null;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted" style={{ textAlign: "left", padding: "0.6rem 0" }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Refers to</th>
            <th scope="col">Source</th>
            <th scope="col">Report</th>
            <th scope="col">Published</th>
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id} id={`figure-${f.id}`} className={f.id === highlightId ? "highlight" : undefined}>
              <td className="num">{describeValue(f.value, f.qualifier, f.unit)}</td>
              <td className="date">
                {f.periodStart ? `${formatDay(f.periodStart)} – ` : ""}
                {formatDay(f.refDate)}
              </td>
              <td>{f.sourceName}</td>
              <td>{f.reportUrl ? <a href={f.reportUrl} rel="noopener noreferrer">{f.reportTitle}</a> : f.reportTitle}</td>
              <td className="date">{formatDay(f.reportDate)}</td>
              <td className="quote">{f.quote ? `\u201c${f.quote}\u201d` : <span className="muted">no quote</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
