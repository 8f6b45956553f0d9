// The data table renders on the server; rendered to HTML here to check what it lists for a large chart.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildCharts } from "@/lib/charts/series";
import { figureRow } from "@/lib/figures/test-factories";
import { ChartTable, TABLE_LIMIT } from "./chart-table";

const day = (i: number) => new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const chartOf = (n: number, scale: "linear" | "log" = "linear") =>
  buildCharts(Array.from({ length: n }, (_, i) => ({ ...figureRow({ id: i + 1, value: i, refDate: day(i) }), revised: false })), { scale })[0]!;
const html = (n: number, allHref?: string, scale: "linear" | "log" = "linear") => renderToStaticMarkup(createElement(ChartTable, { chart: chartOf(n, scale), caption: "Deaths", allHref }));
const listedIds = (s: string) => [...s.matchAll(/data-figure-id="(\d+)"/g)].map((m) => Number(m[1]));

describe("ChartTable", () => {
  it("lists every point of a chart up to the limit, with no note", () => {
    const out = html(TABLE_LIMIT);
    expect(listedIds(out)).toHaveLength(TABLE_LIMIT);
    expect(out).toContain(`Data table: ${TABLE_LIMIT} figures`);
    expect(out).not.toContain("latest by reference date");
  });

  it("lists the latest by reference date past the limit, says so and links to all of them", () => {
    const n = TABLE_LIMIT + 250;
    const out = html(n, "/figures?conflict=syria&amp;metric=deaths");
    expect(listedIds(out)).toEqual(Array.from({ length: TABLE_LIMIT }, (_, i) => n - TABLE_LIMIT + i + 1));
    expect(out).toContain(`Data table: ${n} figures`);
    expect(out).toContain(`The 500 latest by reference date are listed here, of 750 drawn.`);
    expect(out).toContain(`See all 750 in the figures list`);
    expect(html(n)).toContain("The CSV download has them all.");
  });

  it("keeps the points a log scale cannot draw, marked, whatever the limit", () => {
    const out = html(TABLE_LIMIT + 10, undefined, "log"); // value 0 (the first figure) cannot be drawn on a log scale
    expect(listedIds(out)).toContain(1);
    expect(out.match(/not drawn on a log scale/g)).toHaveLength(1);
  });
});
