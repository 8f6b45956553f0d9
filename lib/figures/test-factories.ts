// Test data for unit tests of code that takes figure rows. Each call gets a new id.
import type { FigureRow } from "./types";

let nextId = 1;

export function figureRow(over: Partial<FigureRow> = {}): FigureRow {
  return {
    id: nextId++,
    conflictSlug: "syria",
    conflictName: "Syria",
    metricSlug: "deaths",
    metricName: "Deaths",
    metricKind: "stock",
    unit: "people",
    hxlTag: "#affected+killed",
    value: 70_000,
    low: null,
    high: null,
    qualifier: "exact",
    refDate: "2013-03-01",
    periodStart: null,
    sourceId: 1,
    sourceName: "United Nations",
    reportId: 1,
    reportTitle: "A report",
    reportUrl: "https://example.org/r",
    reportDate: "2013-03-01",
    quote: "about 70,000 people have been killed",
    status: "published",
    ...over,
  };
}
