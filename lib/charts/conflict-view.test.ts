import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import { conflictView } from "./conflict-view";
import { buildCharts } from "./series";
import { DEFAULT_VIEW } from "./view";

const rows = [
  figureRow({ sourceName: "Alpha", refDate: "2012-06-01", reportDate: "2012-06-02", value: 10_000 }),
  figureRow({ sourceName: "Beta", refDate: "2013-06-01", reportDate: "2013-06-02", value: 20_000 }),
  figureRow({ sourceName: "Gamma", refDate: "2014-06-01", reportDate: "2014-06-02", value: 30_000 }),
];

describe("conflictView", () => {
  it("keeps each source's colour whatever the date range or day known on", () => {
    const all = conflictView({ conflictName: "Syria", rows, links: [] }, DEFAULT_VIEW);
    const later = conflictView({ conflictName: "Syria", rows, links: [] }, { ...DEFAULT_VIEW, from: "2013-01-01" });
    const early = conflictView({ conflictName: "Syria", rows, links: [] }, { ...DEFAULT_VIEW, asOf: "2013-12-31" });
    const colour = (v: typeof all, source: string) => v.legend.find((l) => l.key === source)?.color;
    expect(later.legend.map((l) => l.key)).toEqual(["Beta", "Gamma"]);
    expect(colour(later, "Gamma")).toBe(colour(all, "Gamma"));
    expect(colour(early, "Beta")).toBe(colour(all, "Beta"));
    expect(new Set(all.legend.map((l) => l.color)).size).toBe(3);
  });

  it("gives each chart its description and its own metric's headline cards, and filters events by the range", () => {
    const v = conflictView(
      { conflictName: "Syria", rows, links: [], events: [{ date: "2012-01-01", label: "Before" }, { date: "2013-08-21", label: "Ghouta" }] },
      { ...DEFAULT_VIEW, from: "2013-01-01" },
    );
    expect(v.charts).toHaveLength(1);
    expect(v.charts[0]!.description).toMatch(/^Deaths in Syria: 2 figures from 2 sources/);
    expect(v.charts[0]!.headlines.map((h) => h.source)).toEqual(["Beta", "Gamma"]);
    expect(v.events.map((e) => e.label)).toEqual(["Ghouta"]);
    expect(v.total).toBe(2);
  });
});

describe("buildCharts, bounds and empty series", () => {
  it("draws a projection's range as its own bar, apart from the observed band", () => {
    const observed = [
      figureRow({ refDate: "2013-01-01", value: 100, low: 90, high: 110 }),
      figureRow({ refDate: "2013-02-01", value: 120, low: 100, high: 130 }),
    ];
    const projection = figureRow({ refDate: "2013-12-01", value: 200, low: 150, high: 250, qualifier: "projected", reportDate: "2013-03-01" });
    const [chart] = buildCharts([...observed, projection].map((r) => ({ ...r, revised: false })));
    expect(chart!.series[0]!.bands.map((b) => b.map((p) => p.high))).toEqual([[110, 130], [250]]);
  });

  it("leaves out a series whose every figure a log scale cannot draw", () => {
    const [chart] = buildCharts(
      [figureRow({ sourceName: "Zero", value: 0 }), figureRow({ sourceName: "Some", value: 50 })].map((r) => ({ ...r, revised: false })),
      { scale: "log" },
    );
    expect(chart!.series.map((s) => s.key)).toEqual(["Some"]);
    expect(chart!.notDrawn.map((p) => p.source)).toEqual(["Zero"]);
  });
});
