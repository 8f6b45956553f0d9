import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import type { FigureRow } from "@/lib/figures/types";
import { describeChart } from "./describe";
import { buildCharts, type MetricChart } from "./series";
import type { VisibleRow } from "./visible";

const row = (over: Partial<FigureRow> = {}, revised = false): VisibleRow => ({ ...figureRow(over), revised });
const chartOf = (rows: VisibleRow[], scale: "linear" | "log" = "linear"): MetricChart => {
  const charts = buildCharts(rows, { scale });
  expect(charts).toHaveLength(1);
  return charts[0]!;
};

describe("describeChart", () => {
  it("says when there is nothing to show", () => {
    const chart = chartOf([row()]);
    expect(describeChart("Deaths in Syria", { ...chart, series: [], points: [], notDrawn: [] })).toBe("Deaths in Syria: no figures in this view.");
  });

  it("describes a single figure by its day, without highest or latest", () => {
    const chart = chartOf([row({ refDate: "2013-03-01", value: 70_000, qualifier: "about" })]);
    expect(describeChart("Deaths in Syria", chart)).toBe("Deaths in Syria: 1 figure from 1 source, for 1 Mar 2013.");
  });

  it("gives the span, the highest and the latest of several figures", () => {
    const chart = chartOf([
      row({ sourceName: "United Nations", refDate: "2012-11-30", value: 40_000 }),
      row({ sourceName: "United Nations", refDate: "2013-03-01", value: 70_000, qualifier: "about" }),
      row({ sourceName: "SOHR", refDate: "2013-02-01", value: 80_000, qualifier: "more_than" }),
    ]);
    expect(describeChart("Deaths in Syria", chart)).toBe(
      "Deaths in Syria: 3 figures from 2 sources, 30 Nov 2012 to 1 Mar 2013. " +
        "Highest: more than 80,000 (SOHR, 1 Feb 2013). Latest: about 70,000 (United Nations, 1 Mar 2013).",
    );
  });

  it("names the day once when several figures share it", () => {
    const chart = chartOf([row({ sourceName: "B", value: 5 }), row({ sourceName: "A", value: 4 })]);
    expect(describeChart("Deaths", chart)).toMatch(/^Deaths: 2 figures from 2 sources, for 1 Mar 2013\. Highest: 5 \(B, 1 Mar 2013\)\. Latest: [45] \([AB], 1 Mar 2013\)\.$/);
  });

  it("says how many points are projections", () => {
    const one = chartOf([row({ refDate: "2013-01-01", value: 10 }), row({ refDate: "2013-06-01", value: 20, qualifier: "projected" })]);
    const text = describeChart("Deaths", one);
    expect(text).toContain("Latest: projected 20 (United Nations, 1 Jun 2013).");
    expect(text).toContain(" 1 point is a projection");
    const two = chartOf([row({ refDate: "2013-01-01" }), row({ refDate: "2013-06-01", qualifier: "projected" }), row({ refDate: "2013-09-01", qualifier: "projected" })]);
    expect(describeChart("Deaths", two)).toMatch(/ 2 points are projections, not observations\.$/);
  });

  it("says how many points have been revised", () => {
    const one = chartOf([row({ refDate: "2013-01-01", value: 10 }, true), row({ refDate: "2013-02-01", value: 12 })]);
    expect(describeChart("Deaths", one)).toMatch(/ 1 point has since been revised by its source\.$/);
    const two = chartOf([row({ refDate: "2013-01-01" }, true), row({ refDate: "2013-02-01" }, true), row({ refDate: "2013-03-01" })]);
    expect(describeChart("Deaths", two)).toContain(" 2 points have since been revised");
  });

  it("gives no projection or revision sentence when there are none", () => {
    const text = describeChart("Deaths", chartOf([row({ refDate: "2013-01-01" }), row({ refDate: "2013-02-01" })]));
    expect(text).not.toMatch(/projection|revised|not drawn/);
  });

  it("says how many zero figures the log scale leaves out", () => {
    const one = chartOf([row({ refDate: "2013-01-01", value: 0 }), row({ refDate: "2013-02-01", value: 50 }), row({ refDate: "2013-03-01", value: 60 })], "log");
    expect(describeChart("Deaths", one)).toBe(
      "Deaths: 2 figures from 1 source, 1 Feb 2013 to 1 Mar 2013. Highest: 60 (United Nations, 1 Mar 2013). Latest: 60 (United Nations, 1 Mar 2013). " +
        "1 figure of zero is not drawn on the log scale.",
    );
    const two = chartOf([row({ refDate: "2013-01-01", value: 0 }), row({ refDate: "2013-02-01", value: 0 }), row({ refDate: "2013-03-01", value: 60 })], "log");
    expect(describeChart("Deaths", two)).toMatch(/ 2 figures of zero are not drawn on the log scale\.$/);
  });

  it("counts only sources with a figure drawn", () => {
    // on a log scale, a source whose only figure is zero has nothing on the chart
    const chart = chartOf([row({ sourceName: "A", value: 0 }), row({ sourceName: "B", value: 50 })], "log");
    expect(describeChart("Deaths", chart)).toBe("Deaths: 1 figure from 1 source, for 1 Mar 2013. 1 figure of zero is not drawn on the log scale.");
  });

  it("still says zero figures were left out when the log scale draws none", () => {
    const chart = chartOf([row({ value: 0 })], "log");
    expect(chart.points).toEqual([]);
    expect(describeChart("Deaths", chart)).toContain("1 figure of zero is not drawn on the log scale.");
  });
});
