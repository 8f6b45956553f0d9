import { describe, expect, it } from "vitest";
import { readChartView } from "@/lib/charts/view";
import { figureRow } from "@/lib/figures/test-factories";
import { fromWire, metricSeries, toWire } from "./series";

const metric = { slug: "deaths", name: "Deaths", kind: "stock" as const, unit: "people" };

describe("the series' wire form", () => {
  // two sources, a projection, a range and a revision: every kind of point a chart references
  const rows = [
    figureRow({ id: 1, sourceName: "UN", value: 10_000, refDate: "2013-01-01" }),
    figureRow({ id: 2, sourceName: "UN", value: 20_000, low: 15_000, high: 25_000, refDate: "2013-06-01" }),
    figureRow({ id: 3, sourceName: "UN", value: 40_000, qualifier: "projected", refDate: "2014-01-01" }),
    figureRow({ id: 4, sourceName: "SOHR", value: 12_000, qualifier: "at_least", refDate: "2013-02-01" }),
    figureRow({ id: 5, sourceName: "SOHR", value: 13_000, refDate: "2013-02-01" }),
  ];
  const links = [{ id: 5, supersedesId: 4, published: true, deleted: false, reportDate: "2013-03-01" }];

  it.each(["", "revisions=true", "scale=log"])("gives back the whole series after JSON (%s)", (q) => {
    const full = metricSeries({ conflict: { slug: "syria", name: "Syria" }, metric, rows, links }, readChartView(Object.fromEntries(new URLSearchParams(q)), { editor: false }));
    const wire = JSON.parse(JSON.stringify(toWire(full)));
    expect(fromWire(wire)).toEqual(JSON.parse(JSON.stringify(full)));
  });

  it("writes each point once and names it by id elsewhere", () => {
    const full = metricSeries({ conflict: { slug: "syria", name: "Syria" }, metric, rows, links }, readChartView({}, { editor: false }));
    const wire = toWire(full);
    expect(wire.points).toEqual(full.points.map((p) => p.id));
    expect(wire.series.find((s) => s.key === "UN")).toMatchObject({ line: [1, 2], projections: [[2, 3]] });
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(full).length);
  });

  it("says which id it cannot find", () => {
    const full = metricSeries({ conflict: { slug: "syria", name: "Syria" }, metric, rows, links }, readChartView({}, { editor: false }));
    expect(() => fromWire({ ...toWire(full), points: [99] })).toThrow("Point 99 is named but not in any series.");
  });
});
