import { describe, expect, it } from "vitest";
import { buildMetricCharts } from "./series";
import { figureRow } from "./test-factories";
import type { FigureRow } from "./types";

const row = (over: Partial<FigureRow> = {}): FigureRow => figureRow(over);

const outflow = { metricSlug: "daily_outflow", metricName: "Daily outflow", metricKind: "rate", unit: "people_per_day" } as const;

describe("buildMetricCharts", () => {
  it("gives nothing for no rows", () => {
    expect(buildMetricCharts([])).toEqual([]);
  });

  it("makes one chart per metric, in the order first met, keeping the metric's details", () => {
    const rows = [row({ metricSlug: "refugees", metricName: "Refugees" }), row(outflow), row(), row({ metricSlug: "refugees", metricName: "Refugees" })];
    const charts = buildMetricCharts(rows);
    expect(charts.map((c) => c.metricSlug)).toEqual(["refugees", "daily_outflow", "deaths"]);
    expect(charts[1]).toMatchObject({ metricName: "Daily outflow", kind: "rate", unit: "people_per_day" });
    expect(charts[0]!.figures).toEqual([rows[0], rows[3]]);
    expect(charts[2]!.figures).toEqual([rows[2]]);
  });

  it("makes one series per source, sorted by name", () => {
    const rows = [row({ sourceName: "UN OHCHR" }), row({ sourceName: "Naharnet" }), row({ sourceName: "UN OHCHR" }), row({ sourceName: "Benetech" })];
    const [chart] = buildMetricCharts(rows);
    expect(chart!.series.map((s) => s.source)).toEqual(["Benetech", "Naharnet", "UN OHCHR"]);
    expect(chart!.series[2]!.points.map((p) => p.id)).toEqual([rows[0]!.id, rows[2]!.id]);
  });

  it("sorts points by reference date, then id", () => {
    const late = row({ refDate: "2015-03-12" });
    const early = row({ refDate: "2012-11-30" });
    const mid = row({ refDate: "2013-04-30" });
    const midAgain = row({ refDate: "2013-04-30" });
    const [chart] = buildMetricCharts([late, midAgain, early, mid]);
    expect(chart!.series[0]!.points.map((p) => p.id)).toEqual([early.id, mid.id, midAgain.id, late.id]);
  });

  it("places each point at the UTC midnight of its reference date, labelled as the source said it", () => {
    const r = row({ ...outflow, id: 42, value: 5_000, qualifier: "at_least", refDate: "2013-03-01", reportDate: "2013-03-02", reportTitle: "T", quote: null });
    const [chart] = buildMetricCharts([r]);
    expect(chart!.series).toEqual([
      {
        source: "United Nations",
        points: [
          {
            id: 42,
            t: Date.UTC(2013, 2, 1),
            value: 5_000,
            qualifier: "at_least",
            label: "at least 5,000 a day",
            refDate: "2013-03-01",
            reportDate: "2013-03-02",
            reportTitle: "T",
            quote: null,
          },
        ],
      },
    ]);
  });

  it("labels with the qualifier's words", () => {
    const [chart] = buildMetricCharts([row({ value: 70_000, qualifier: "more_than" }), row({ value: 59_648, refDate: "2012-11-30" })]);
    expect(chart!.series[0]!.points.map((p) => p.label)).toEqual(["59,648", "more than 70,000"]);
  });

  it("does not reorder the caller's rows", () => {
    const rows = [row({ refDate: "2014-01-01" }), row({ refDate: "2013-01-01" })];
    const ids = rows.map((r) => r.id);
    buildMetricCharts(rows);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });
});
