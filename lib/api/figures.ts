// A figure as the JSON API gives it: the number, how the source qualified it, the dates, and its provenance
// (who said it, in which report, in what words) nested by what it belongs to. Pure.
import type { FigureApiRow } from "@/lib/figures/queries";

export type FigureJson = {
  id: number;
  conflict: { slug: string; name: string };
  metric: { slug: string; name: string; kind: "stock" | "rate"; unit: string };
  value: number;
  low: number | null;
  high: number | null;
  qualifier: FigureApiRow["qualifier"];
  unit: string;
  refDate: string;
  periodStart: string | null;
  source: { id: number; name: string; kind: string };
  report: { id: number; title: string; url: string | null; publishedOn: string; publisher: string | null };
  quote: string | null;
  note: string | null;
  status: "draft" | "published";
  /** the figure this one revises (the same source's earlier number), or null */
  supersedesId: number | null;
};

export function figureToJson(f: FigureApiRow): FigureJson {
  return {
    id: f.id,
    conflict: { slug: f.conflictSlug, name: f.conflictName },
    metric: { slug: f.metricSlug, name: f.metricName, kind: f.metricKind, unit: f.unit },
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    refDate: f.refDate,
    periodStart: f.periodStart,
    source: { id: f.sourceId, name: f.sourceName, kind: f.sourceKind },
    report: { id: f.reportId, title: f.reportTitle, url: f.reportUrl, publishedOn: f.reportDate, publisher: f.reportPublisher },
    quote: f.quote,
    note: f.note,
    status: f.status,
    supersedesId: f.supersedesId,
  };
}
