// Plain report and figure rows as pages and forms see them: numbers, ISO strings, no Prisma types.
import type { Qualifier } from "@/lib/figures/qualifiers";

export type ReportRecord = {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  publishedOn: string;
  language: string;
  fullText: string | null;
  version: number;
  createdBy: string;
  /** ISO instants */
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
};

export type ReportListRow = Pick<ReportRecord, "id" | "title" | "publisher" | "url" | "publishedOn" | "language"> & {
  /** figures the viewer may see: published ones, and drafts for editors */
  figureCount: number;
};

/** A figure as the report and source pages list it, with where it came from. */
export type LinkedFigure = {
  id: number;
  conflictSlug: string;
  conflictName: string;
  metricName: string;
  unit: string;
  value: number;
  qualifier: Qualifier;
  refDate: string;
  periodStart: string | null;
  sourceId: number;
  sourceName: string;
  reportId: number;
  reportTitle: string;
  reportDate: string;
  quote: string | null;
  status: "draft" | "published";
};
