// Plain figure rows as the pages, charts and exports see them: numbers and ISO day strings, no Prisma types.
import type { Qualifier } from "./qualifiers";

export type FigureRow = {
  id: number;
  conflictSlug: string;
  conflictName: string;
  metricSlug: string;
  metricName: string;
  metricKind: "stock" | "rate";
  unit: string;
  hxlTag: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  refDate: string;
  periodStart: string | null;
  sourceId: number;
  sourceName: string;
  reportId: number;
  reportTitle: string;
  reportUrl: string | null;
  reportDate: string;
  quote: string | null;
  status: "draft" | "published";
};
