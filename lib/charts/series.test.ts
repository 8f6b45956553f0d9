import { describe, expect, it } from "vitest";
import { dayToEpoch } from "@/lib/dates";
import { figureRow } from "@/lib/figures/test-factories";
import type { FigureRow } from "@/lib/figures/types";
import { bandsOf, buildCharts, byConflictAndSource, bySource, type ChartPoint, colorsFor, dodgeOverlaps, PALETTE, projectionSegments } from "./series";
import type { VisibleRow } from "./visible";

const DAY = 86_400_000;
const row = (over: Partial<FigureRow> = {}, revised = false): VisibleRow => ({ ...figureRow(over), revised });
const ids = (points: readonly { id: number }[]) => points.map((p) => p.id);
const only = <T>(xs: readonly T[]): T => {
  expect(xs).toHaveLength(1);
  return xs[0]!;
};

describe("colorsFor", () => {
  it("is empty for no keys", () => {
    expect(colorsFor([]).size).toBe(0);
  });

  it("gives the palette in turn to the keys sorted, each key once", () => {
    expect([...colorsFor(["b", "a", "b", "c"])]).toEqual([
      ["a", PALETTE[0]],
      ["b", PALETTE[1]],
      ["c", PALETTE[2]],
    ]);
  });

  it("starts the palette again after ten keys", () => {
    const keys = Array.from({ length: 11 }, (_, i) => `source ${String(i).padStart(2, "0")}`);
    const colors = colorsFor(keys);
    expect(colors.get("source 10")).toBe(PALETTE[0]);
    expect(colors.get("source 09")).toBe(PALETTE[9]);
  });
});

describe("bySource and byConflictAndSource", () => {
  it("key a series by source, or by conflict and source", () => {
    const r = figureRow({ conflictName: "Iraq", sourceName: "IBC" });
    expect(bySource(r)).toEqual({ key: "IBC", label: "IBC" });
    expect(byConflictAndSource(r)).toEqual({ key: "Iraq · IBC", label: "Iraq · IBC" });
  });
});

describe("buildCharts", () => {
  it("gives no charts for no rows", () => {
    expect(buildCharts([])).toEqual([]);
  });

  it("draws a single figure as one series of one point", () => {
    const r = row({ value: 70_000, qualifier: "more_than", refDate: "2013-03-01", reportDate: "2013-03-05", status: "draft" });
    const chart = only(buildCharts([r]));
    const t = Date.UTC(2013, 2, 1);
    expect(chart).toMatchObject({ metricSlug: "deaths", metricName: "Deaths", kind: "stock", unit: "people", notDrawn: [], x: [t - 15 * DAY, t + 15 * DAY] });
    expect(chart.y.domain).toEqual([0, 80_000]);
    const s = only(chart.series);
    expect([s.key, s.label, s.color]).toEqual(["United Nations", "United Nations", PALETTE[0]]);
    const p = only(s.points);
    expect(p).toEqual({
      id: r.id, t, value: 70_000, low: null, high: null, qualifier: "more_than", glyph: "floor", label: "more than 70,000",
      refDate: "2013-03-01", periodStart: null, reportDate: "2013-03-05", reportId: 1, reportTitle: "A report", reportUrl: "https://example.org/r",
      quote: "about 70,000 people have been killed", source: "United Nations", conflict: "Syria", status: "draft", revised: false, dodge: 0,
    });
    expect(s.line).toEqual([p]);
    expect(s.projections).toEqual([]);
    expect(s.bands).toEqual([]);
    expect(chart.points).toEqual([p]);
  });

  it("gives each qualifier its glyph and words", () => {
    const qs = ["exact", "at_least", "more_than", "over", "about", "nearly", "up_to"] as const;
    const rows = qs.map((qualifier, i) => row({ qualifier, value: 1_000 * (i + 1), refDate: `2013-0${i + 1}-01` }));
    const points = only(buildCharts(rows)).points;
    expect(points.map((p) => [p.glyph, p.label])).toEqual([
      ["filled", "1,000"], ["floor", "at least 2,000"], ["floor", "more than 3,000"], ["floor", "over 4,000"],
      ["hollow", "about 5,000"], ["hollow", "nearly 6,000"], ["ceiling", "up to 7,000"],
    ]);
  });

  it("makes one chart per metric, in the order first met, headed by its first row", () => {
    const rows = [
      row({ metricSlug: "refugees", metricName: "Refugees" }),
      row({ metricSlug: "daily_outflow", metricName: "Daily outflow", metricKind: "rate", unit: "people_per_day", value: 3_000 }),
      row({ metricSlug: "refugees", metricName: "Refugees" }),
    ];
    const charts = buildCharts(rows);
    expect(charts.map((c) => [c.metricSlug, c.metricName, c.kind, c.unit, c.points.length])).toEqual([
      ["refugees", "Refugees", "stock", "people", 2],
      ["daily_outflow", "Daily outflow", "rate", "people_per_day", 1],
    ]);
    expect(charts[1]!.points[0]!.label).toBe("3,000 a day");
  });

  it("orders series alphabetically and points by date then id", () => {
    const b2 = row({ sourceName: "UN", refDate: "2013-05-01", value: 5 });
    const b1 = row({ sourceName: "UN", refDate: "2013-05-01", value: 4 });
    const a = row({ sourceName: "Amnesty", refDate: "2013-05-01", value: 1 });
    const c = row({ sourceName: "SOHR", refDate: "2013-01-01", value: 2 });
    const chart = only(buildCharts([b1, a, c, b2]));
    expect(chart.series.map((s) => s.key)).toEqual(["Amnesty", "SOHR", "UN"]);
    expect(ids(chart.series[2]!.points)).toEqual([b2.id, b1.id]);
    expect(ids(chart.points)).toEqual([c.id, a.id, b2.id, b1.id]);
  });

  it("draws revised points but keeps them out of the line, projections and bands", () => {
    const old = row({ refDate: "2013-02-01", low: 1, high: 9 }, true);
    const cur = row({ refDate: "2013-03-01", low: 2, high: 8 });
    const proj = row({ refDate: "2013-06-01", qualifier: "projected" }, true);
    const s = only(only(buildCharts([old, cur, proj])).series);
    expect(ids(s.points)).toEqual([old.id, cur.id, proj.id]);
    expect(s.points[0]!.revised).toBe(true);
    expect(ids(s.line)).toEqual([cur.id]);
    expect(s.projections).toEqual([]);
    expect(s.bands).toEqual([[{ t: dayToEpoch("2013-03-01"), low: 2, high: 8 }]]);
  });

  it("hangs projections off the last observation on dashed segments, never on the line", () => {
    const early = row({ refDate: "2013-01-01", qualifier: "projected", value: 10 });
    const a = row({ refDate: "2013-02-01", value: 20 });
    const b = row({ refDate: "2013-03-01", value: 30, qualifier: "about" });
    const p1 = row({ refDate: "2013-06-01", qualifier: "projected", value: 50 });
    const p2 = row({ refDate: "2013-09-01", qualifier: "projected", value: 80 });
    const s = only(only(buildCharts([p2, b, early, a, p1])).series);
    expect(ids(s.line)).toEqual([a.id, b.id]);
    expect(s.projections.map(([from, to]) => [from.id, to.id])).toEqual([
      [b.id, p1.id],
      [b.id, p2.id],
    ]);
    expect(s.points.filter((p) => p.glyph === "projected").map((p) => p.id)).toEqual([early.id, p1.id, p2.id]);
  });

  it("moves zero values to notDrawn on a log scale and keeps them on linear", () => {
    const zero = row({ refDate: "2013-01-01", value: 0 });
    const some = row({ refDate: "2013-02-01", value: 500, low: 0, high: 2_000 });
    const log = only(buildCharts([zero, some], { scale: "log" }));
    expect(ids(log.points)).toEqual([some.id]);
    expect(ids(log.notDrawn)).toEqual([zero.id]);
    expect(ids(log.series[0]!.line)).toEqual([some.id]);
    expect(log.y.domain).toEqual([100, 10_000]); // the zero low bound is not drawn either
    const linear = only(buildCharts([zero, some]));
    expect(ids(linear.points)).toEqual([zero.id, some.id]);
    expect(linear.notDrawn).toEqual([]);
    expect(linear.y.domain).toEqual([0, 2_500]); // covers the high bound
  });

  it("takes the x axis from the view's range when given", () => {
    const r = row({ refDate: "2013-03-01" });
    const t = dayToEpoch("2013-03-01");
    expect(only(buildCharts([r], { from: "2013-01-01", to: "2013-12-31" })).x).toEqual([dayToEpoch("2013-01-01"), dayToEpoch("2013-12-31")]);
    expect(only(buildCharts([r], { from: "2013-01-01" })).x).toEqual([dayToEpoch("2013-01-01"), t + 15 * DAY]);
    expect(only(buildCharts([r], { to: "2013-12-31" })).x).toEqual([t - 15 * DAY, dayToEpoch("2013-12-31")]);
    expect(only(buildCharts([r], { from: "2013-03-01", to: "2013-03-01" })).x).toEqual([t - 15 * DAY, t + 15 * DAY]);
  });

  it("keeps a key's colour across calls given the same colours, whatever else is in the rows", () => {
    const colors = colorsFor(["Amnesty", "SOHR", "UN"]);
    const one = only(buildCharts([row({ sourceName: "UN" })], { colors }));
    const two = only(buildCharts([row({ sourceName: "UN" }), row({ sourceName: "Amnesty" })], { colors }));
    expect(one.series[0]!.color).toBe(PALETTE[2]);
    expect(two.series.map((s) => [s.key, s.color])).toEqual([
      ["Amnesty", PALETTE[0]],
      ["UN", PALETTE[2]],
    ]);
    expect(only(buildCharts([row({ sourceName: "Nobody" })], { colors })).series[0]!.color).toBe(PALETTE[0]);
  });

  it("keys series by conflict and source when comparing", () => {
    const rows = [row({ conflictName: "Syria", sourceName: "UN" }), row({ conflictName: "Iraq", sourceName: "UN" })];
    const chart = only(buildCharts(rows, { seriesOf: byConflictAndSource }));
    expect(chart.series.map((s) => [s.key, s.color, s.points[0]!.source, s.points[0]!.conflict])).toEqual([
      ["Iraq · UN", PALETTE[0], "UN", "Iraq"],
      ["Syria · UN", PALETTE[1], "UN", "Syria"],
    ]);
  });

  it("dodges two points at the same date and value from different sources", () => {
    const a = row({ sourceName: "UN", value: 70_000 });
    const b = row({ sourceName: "SOHR", value: 70_000 });
    const far = row({ sourceName: "SOHR", value: 70_000, refDate: "2014-03-01" });
    const chart = only(buildCharts([a, b, far]));
    const dodge = new Map(chart.points.map((p) => [p.id, p.dodge]));
    expect([dodge.get(a.id), dodge.get(b.id), dodge.get(far.id)]).toEqual([-0.5, 0.5, 0]);
  });
});

describe("bandsOf", () => {
  const pt = (low: number | null, high: number | null, t: number) => ({ t, low, high }) as ChartPoint;

  it("is empty for no points or no bounds", () => {
    expect(bandsOf([])).toEqual([]);
    expect(bandsOf([pt(null, null, 1), pt(5, null, 2), pt(null, 9, 3)])).toEqual([]);
  });

  it("makes a one-point band of a single bounded point", () => {
    expect(bandsOf([pt(1, 3, 7)])).toEqual([[{ t: 7, low: 1, high: 3 }]]);
  });

  it("splits runs where a point lacks a bound", () => {
    const bands = bandsOf([pt(1, 3, 1), pt(2, 4, 2), pt(null, null, 3), pt(5, 7, 4), pt(5, null, 5), pt(6, 8, 6)]);
    expect(bands).toEqual([
      [{ t: 1, low: 1, high: 3 }, { t: 2, low: 2, high: 4 }],
      [{ t: 4, low: 5, high: 7 }],
      [{ t: 6, low: 6, high: 8 }],
    ]);
  });
});

describe("projectionSegments", () => {
  const pt = (id: number, glyph: ChartPoint["glyph"]) => ({ id, glyph }) as ChartPoint;
  const pairs = (ps: ChartPoint[]) => projectionSegments(ps).map(([a, b]) => [a.id, b.id]);

  it("is empty for no points, one observation or one lone projection", () => {
    expect(pairs([])).toEqual([]);
    expect(pairs([pt(1, "filled")])).toEqual([]);
    expect(pairs([pt(1, "projected")])).toEqual([]);
  });

  it("joins each projection to the latest observation before it", () => {
    expect(pairs([pt(1, "projected"), pt(2, "filled"), pt(3, "projected"), pt(4, "hollow"), pt(5, "projected"), pt(6, "projected")])).toEqual([
      [2, 3],
      [4, 5],
      [4, 6],
    ]);
  });
});

describe("dodgeOverlaps", () => {
  const x: [number, number] = [0, 1_000 * DAY];
  const pt = (id: number, day: number, value: number) => ({ id, t: day * DAY, value, dodge: 0 }) as ChartPoint;
  const dodges = (ps: ChartPoint[]) => ps.map((p) => p.dodge);

  it("does nothing to no points or one point", () => {
    expect(() => dodgeOverlaps([], x, { domain: [0, 1], ticks: [] }, "linear")).not.toThrow();
    const one = [pt(1, 10, 5)];
    dodgeOverlaps(one, x, { domain: [0, 100], ticks: [] }, "linear");
    expect(dodges(one)).toEqual([0]);
  });

  it("spreads points closer than 1.2% of the width and 3% of the height around their place", () => {
    const y = { domain: [0, 100_000] as [number, number], ticks: [] };
    const ps = [pt(3, 110, 72_000), pt(1, 100, 70_000), pt(2, 100, 70_000), pt(4, 113, 70_000), pt(5, 100, 74_000)];
    dodgeOverlaps(ps, x, y, "linear");
    expect(dodges(ps)).toEqual([1, -1, 0, 0, 0]);
  });

  it("measures closeness in decades on a log scale", () => {
    const y = { domain: [1, 100_000] as [number, number], ticks: [] };
    const near = [pt(1, 100, 1_000), pt(2, 100, 1_300)];
    dodgeOverlaps(near, x, y, "log");
    expect(dodges(near)).toEqual([-0.5, 0.5]);
    const apart = [pt(1, 100, 1_000), pt(2, 100, 1_500)];
    dodgeOverlaps(apart, x, y, "log");
    expect(dodges(apart)).toEqual([0, 0]);
    dodgeOverlaps(apart, x, y, "linear");
    expect(dodges(apart)).toEqual([-0.5, 0.5]);
  });
});
