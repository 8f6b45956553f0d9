// The figures of one report or one source, each with its provenance; drafts (shown to editors only) are marked.
import Link from "next/link";
import { formatDay } from "@/lib/dates";
import { describeValue } from "@/lib/figures/qualifiers";
import type { LinkedFigure } from "@/lib/reports/types";

export function LinkedFigures({
  figures,
  caption,
  show,
  quotesInText,
}: {
  figures: LinkedFigure[];
  caption: string;
  /** the column that says where else the figure belongs: its source (on a report's page) or its report */
  show: "source" | "report";
  /** on a report's page: the ids of figures whose quote is highlighted in the text, linked there */
  quotesInText?: ReadonlySet<number>;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Conflict</th>
            <th scope="col">Refers to</th>
            <th scope="col">{show === "source" ? "Source" : "Report"}</th>
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id} id={`figure-${f.id}`} className={f.status === "draft" ? "draft" : undefined}>
              <td className="num">
                {describeValue(f.value, f.qualifier, f.unit)}
                <div className="muted">{f.metricName}</div>
                {f.status === "draft" && <span className="badge draft-badge">Draft</span>}
              </td>
              <td>
                <Link href={`/conflicts/${f.conflictSlug}`}>{f.conflictName}</Link>
              </td>
              <td className="date">
                {f.periodStart ? `${formatDay(f.periodStart)} – ` : ""}
                {formatDay(f.refDate)}
              </td>
              <td>
                {show === "source" ? (
                  <Link href={`/sources/${f.sourceId}`}>{f.sourceName}</Link>
                ) : (
                  <>
                    <Link href={`/reports/${f.reportId}`}>{f.reportTitle}</Link>
                    <div className="muted">{formatDay(f.reportDate)}</div>
                  </>
                )}
              </td>
              <td className="quote">
                {f.quote ? `\u201c${f.quote}\u201d` : <span className="muted">no quote</span>}
                {quotesInText && f.quote && (
                  <div className="quote-where">
                    {quotesInText.has(f.id) ? (
                      <a href={`#quote-${f.id}`}>Show in the text</a>
                    ) : (
                      <span className="muted">Not found in the report&apos;s text</span>
                    )}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
