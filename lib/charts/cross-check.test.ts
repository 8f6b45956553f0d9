import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import type { FigureRow } from "@/lib/figures/types";
import { crossChecks, FLOW_PAIRS, flowOver } from "./cross-check";

type Row = FigureRow & { revised?: boolean };

const stock = (refDate: string, value: number, over: Partial<Row> = {}): Row =>
  figureRow({ metricSlug: "refugees", metricName: "Refugees", metricKind: "stock", unit: "people", sourceName: "UNHCR", refDate, reportDate: refDate, value, ...over });
const flow = (refDate: string, value: number, over: Partial<Row> = {}): Row =>
  figureRow({ metricSlug: "daily_outflow", metricName: "Daily outflow", metricKind: "rate", unit: "people_per_day", sourceName: "IOM", refDate, reportDate: refDate, value, ...over });

describe("FLOW_PAIRS", () => {
  it("pairs the refugee count with the daily outflow", () => {
    expect(FLOW_PAIRS).toEqual([{ stock: "refugees", flow: "daily_outflow" }]);
  });
});

describe("flowOver", () => {
  it("is nothing without flows", () => {
    expect(flowOver([], "2013-03-01", "2013-04-01")).toEqual({ total: 0, used: [] });
  });

  it("holds a single earlier figure over the whole period", () => {
    const f = flow("2013-02-01", 1_000);
    expect(flowOver([f], "2013-03-01", "2013-04-01")).toEqual({
      total: 31_000,
      used: [{ id: f.id, label: "1,000 a day", refDate: "2013-02-01", source: "IOM", perDay: 1_000, days: 31 }],
    });
  });

  it("steps from one figure to the next, and leaves out one superseded before the period or dated on its last day", () => {
    const gone = flow("2013-01-01", 9_999);
    const a = flow("2013-02-01", 1_000);
    const b = flow("2013-03-15", 2_000);
    const atEnd = flow("2013-04-01", 50_000);
    const { total, used } = flowOver([atEnd, b, gone, a], "2013-03-01", "2013-04-01");
    expect(used.map((u) => [u.id, u.days])).toEqual([
      [a.id, 14],
      [b.id, 17],
    ]);
    expect(total).toBe(14 * 1_000 + 17 * 2_000);
  });

  it("back-fills the days before the first figure with its rate", () => {
    const f = flow("2013-03-11", 1_000);
    const { total, used } = flowOver([f], "2013-03-01", "2013-04-01");
    expect(total).toBe(31_000);
    expect(used).toHaveLength(1);
    expect(used[0]!.days).toBe(31);
  });

  it("converts weekly and monthly figures to a daily rate", () => {
    const week = flow("2013-02-01", 7_000, { unit: "people_per_week" });
    const month = flow("2013-03-11", 36_525, { unit: "people_per_month" }); // 36,525 × 12 / 365.25 = 1,200 a day
    const { total, used } = flowOver([week, month], "2013-03-01", "2013-04-01");
    expect(used.map((u) => u.label)).toEqual(["7,000 a week", "36,525 a month"]);
    expect(used[0]!.perDay).toBeCloseTo(1_000, 9);
    expect(used[1]!.perDay).toBeCloseTo(1_200, 9);
    expect(used.map((u) => u.days)).toEqual([10, 21]);
    expect(total).toBe(10 * 1_000 + 21 * 1_200);
  });

  it("takes the last-entered of two figures on the same day", () => {
    const first = flow("2013-02-01", 1_000);
    const second = flow("2013-02-01", 2_000);
    const { total, used } = flowOver([second, first], "2013-03-01", "2013-04-01");
    expect(used.map((u) => u.id)).toEqual([second.id]);
    expect(total).toBe(62_000);
  });

  it("is nothing for an empty period or flows only from its last day on", () => {
    expect(flowOver([flow("2013-02-01", 1_000)], "2013-03-01", "2013-03-01")).toEqual({ total: 0, used: [] });
    expect(flowOver([flow("2013-04-01", 1_000), flow("2013-05-01", 1_000)], "2013-03-01", "2013-04-01")).toEqual({ total: 0, used: [] });
  });
});

describe("crossChecks", () => {
  it("is empty for no rows", () => {
    expect(crossChecks([])).toEqual([]);
  });

  it("compares the stock's change with the outflow times the days, and says when they match", () => {
    const a = stock("2013-03-01", 100_000);
    const b = stock("2013-04-01", 131_000);
    const f = flow("2013-02-01", 1_000);
    expect(crossChecks([b, f, a])).toEqual([
      {
        stockSource: "UNHCR",
        from: "2013-03-01",
        to: "2013-04-01",
        days: 31,
        stockChange: 31_000,
        expected: 31_000,
        gap: 0,
        flows: [{ id: f.id, label: "1,000 a day", refDate: "2013-02-01", source: "IOM", perDay: 1_000, days: 31 }],
        text: "Between 1 Mar and 1 Apr 2013 (31 days) UNHCR's count grew by 31,000; the reported outflow over those days comes to ≈ 31,000. They match.",
      },
    ]);
  });

  it("reports a count that grew less than the step of outflow figures implies", () => {
    const rows = [stock("2013-03-01", 100_000), stock("2013-04-01", 140_000), flow("2013-02-01", 1_000), flow("2013-03-15", 2_000)];
    const [c] = crossChecks(rows);
    expect(c!.expected).toBe(48_000);
    expect(c!.gap).toBe(-8_000);
    expect(c!.text).toMatch(/ Gap: 8,000 fewer in the count than the outflow implies\.$/);
  });

  it("reports a count that grew more, with weekly and monthly outflows converted", () => {
    const rows = [
      stock("2013-03-01", 100_000),
      stock("2013-04-01", 140_000),
      flow("2013-02-01", 7_000, { unit: "people_per_week" }),
      flow("2013-03-11", 36_525, { unit: "people_per_month" }),
    ];
    const [c] = crossChecks(rows);
    expect(c!.expected).toBe(35_200);
    expect(c!.gap).toBe(4_800);
    expect(c!.text).toBe(
      "Between 1 Mar and 1 Apr 2013 (31 days) UNHCR's count grew by 40,000; the reported outflow over those days comes to ≈ 35,200. Gap: 4,800 more in the count than the outflow accounts for.",
    );
  });

  it("says when it back-filled the outflow before its first figure", () => {
    const [c] = crossChecks([stock("2012-12-01", 10_000), stock("2013-01-10", 50_000), flow("2012-12-21", 1_000)]);
    expect(c!.days).toBe(40);
    expect(c!.expected).toBe(40_000);
    expect(c!.text).toBe(
      "Between 1 Dec 2012 and 10 Jan 2013 (40 days) UNHCR's count grew by 40,000; the reported outflow over those days comes to ≈ 40,000 (assuming 1,000 a day held from 1 Dec 2012). They match.",
    );
  });

  it("gives nothing without outflow figures", () => {
    expect(crossChecks([stock("2013-03-01", 100_000), stock("2013-04-01", 131_000)])).toEqual([]);
  });

  it("gives nothing without two stock figures on different days", () => {
    const f = flow("2013-02-01", 1_000);
    expect(crossChecks([f])).toEqual([]);
    expect(crossChecks([stock("2013-03-01", 100_000), f])).toEqual([]);
    expect(crossChecks([stock("2013-03-01", 100_000), stock("2013-03-01", 101_000), f])).toEqual([]);
  });

  it("gives nothing when every outflow figure comes after the period", () => {
    expect(crossChecks([stock("2013-03-01", 100_000), stock("2013-04-01", 131_000), flow("2013-04-01", 1_000)])).toEqual([]);
  });

  it("ignores revised and projected figures of either metric", () => {
    const rows = [
      stock("2013-03-01", 100_000),
      stock("2013-04-01", 131_000),
      stock("2013-05-01", 500_000, { revised: true }),
      stock("2013-06-01", 900_000, { qualifier: "projected" }),
      flow("2013-02-01", 1_000),
      flow("2013-03-10", 5_000, { revised: true }),
      flow("2013-03-20", 9_000, { qualifier: "projected" }),
    ];
    const [c] = crossChecks(rows);
    expect([c!.from, c!.to, c!.stockChange, c!.expected, c!.gap]).toEqual(["2013-03-01", "2013-04-01", 31_000, 31_000, 0]);
    expect(crossChecks([stock("2013-03-01", 1), stock("2013-04-01", 2), flow("2013-02-01", 1, { revised: true }), flow("2013-02-02", 1, { qualifier: "projected" })])).toEqual([]);
  });

  it("checks each stock source's latest two figures, sources alphabetical", () => {
    const rows = [
      stock("2013-03-01", 100_000),
      stock("2013-04-01", 131_000),
      stock("2013-01-01", 1_000, { sourceName: "Government" }),
      stock("2013-02-01", 5_000, { sourceName: "Government" }),
      stock("2013-03-01", 20_000, { sourceName: "Government" }),
      stock("2013-03-01", 7, { sourceName: "Solo" }),
      flow("2013-01-01", 500),
    ];
    const checks = crossChecks(rows);
    expect(checks.map((c) => [c.stockSource, c.from, c.to, c.days, c.stockChange, c.expected])).toEqual([
      ["Government", "2013-02-01", "2013-03-01", 28, 15_000, 14_000],
      ["UNHCR", "2013-03-01", "2013-04-01", 31, 31_000, 15_500],
    ]);
  });

  it("compares from the last day before the latest figure when two share the latest day", () => {
    const a = stock("2013-03-01", 100_000);
    const b = stock("2013-04-01", 120_000);
    const c = stock("2013-04-01", 131_000);
    const [check] = crossChecks([c, b, a, flow("2013-02-01", 1_000)]);
    expect([check!.from, check!.stockChange]).toEqual(["2013-03-01", 31_000]);
  });
});
