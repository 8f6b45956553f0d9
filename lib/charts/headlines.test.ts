import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import type { FigureRow } from "@/lib/figures/types";
import { formatBetween, formatRate, headlines, metricNoun } from "./headlines";

const deaths = (refDate: string, value: number, over: Partial<FigureRow> = {}) => figureRow({ refDate, reportDate: refDate, value, ...over });
const outflow = (refDate: string, value: number, over: Partial<FigureRow> = {}) =>
  deaths(refDate, value, { metricSlug: "daily_outflow", metricName: "Daily outflow", metricKind: "rate", unit: "people_per_day", ...over });

describe("headlines", () => {
  it("gives nothing for no rows", () => {
    expect(headlines([])).toEqual([]);
  });

  it("gives a single figure with no change, rate or projection", () => {
    const r = deaths("2013-03-01", 70_000, { qualifier: "more_than" });
    expect(headlines([r])).toEqual([
      { metricSlug: "deaths", source: "United Nations", latest: { id: r.id, value: 70_000, label: "more than 70,000", refDate: "2013-03-01" }, change: null, rate: null, projection: null },
    ]);
  });

  it("implies a daily rate between a source's last two cumulative figures", () => {
    const a = deaths("2013-01-02", 60_000);
    const b = deaths("2013-02-12", 71_726); // +11,726 over 41 days = 286 a day
    const [h] = headlines([b, a]);
    expect(h!.latest.id).toBe(b.id);
    expect(h!.change).toEqual({ previous: { id: a.id, value: 60_000, label: "60,000", refDate: "2013-01-02" }, delta: 11_726, text: "+11,726 since 2 Jan 2013 (60,000)" });
    expect(h!.rate).toEqual({ perDay: 286, days: 41, text: "≈ 286 deaths a day between 2 Jan and 12 Feb 2013" });
  });

  it("uses only the last two figures and names both years when they differ", () => {
    const rows = [deaths("2012-06-01", 10_000), deaths("2012-11-30", 40_000), deaths("2013-01-02", 45_000)];
    const [h] = headlines(rows);
    expect(h!.change!.previous.id).toBe(rows[1]!.id);
    expect(h!.rate!.days).toBe(33);
    expect(h!.rate!.perDay).toBeCloseTo(5000 / 33, 10);
    expect(h!.rate!.text).toBe("≈ 152 deaths a day between 30 Nov 2012 and 2 Jan 2013");
  });

  it("names what is counted for refugees and displaced people", () => {
    const refugees = [deaths("2013-01-01", 1_000, { metricSlug: "refugees", metricName: "Refugees" }), deaths("2013-01-11", 1_004, { metricSlug: "refugees", metricName: "Refugees" })];
    expect(headlines(refugees)[0]!.rate!.text).toBe("≈ 0.4 refugees a day between 1 Jan and 11 Jan 2013");
    const idps = [deaths("2013-01-01", 0, { metricSlug: "idps", metricName: "IDPs" }), deaths("2013-01-03", 7, { metricSlug: "idps", metricName: "IDPs" })];
    expect(headlines(idps)[0]!.rate!.text).toBe("≈ 3.5 people displaced a day between 1 Jan and 3 Jan 2013");
  });

  it("gives the change but no rate for a drop", () => {
    const [h] = headlines([deaths("2013-01-01", 70_000), deaths("2013-02-01", 65_000, { qualifier: "about" })]);
    expect(h!.change!.delta).toBe(-5_000);
    expect(h!.change!.text).toBe("−5,000 since 1 Jan 2013 (70,000)");
    expect(h!.latest.label).toBe("about 65,000");
    expect(h!.rate).toBeNull();
  });

  it("says unchanged when the figure is the same", () => {
    const [h] = headlines([deaths("2013-01-01", 70_000, { qualifier: "at_least" }), deaths("2013-02-01", 70_000)]);
    expect(h!.change!.text).toBe("unchanged since 1 Jan 2013 (at least 70,000)");
  });

  it("gives no rate for figures on the same day, the later-entered one being latest", () => {
    const a = deaths("2013-03-01", 70_000);
    const b = deaths("2013-03-01", 72_000);
    const [h] = headlines([b, a]);
    expect(h!.latest.id).toBe(b.id);
    expect(h!.change!.delta).toBe(2_000);
    expect(h!.rate).toBeNull();
  });

  it("gives no rate for a rate metric, only the change", () => {
    const [h] = headlines([outflow("2013-01-01", 2_000), outflow("2013-01-11", 3_000)]);
    expect(h!.latest.label).toBe("3,000 a day");
    expect(h!.change!.text).toBe("+1,000 since 1 Jan 2013 (2,000 a day)");
    expect(h!.rate).toBeNull();
  });

  it("keeps a later projection apart from the latest observation", () => {
    const a = deaths("2013-01-02", 60_000);
    const b = deaths("2013-02-12", 71_726);
    const p = deaths("2013-06-01", 100_000, { qualifier: "projected" });
    const [h] = headlines([p, a, b]);
    expect(h!.latest.id).toBe(b.id);
    expect(h!.change!.previous.id).toBe(a.id);
    expect(h!.rate!.perDay).toBe(286);
    expect(h!.projection).toEqual({ id: p.id, value: 100_000, label: "projected 100,000", refDate: "2013-06-01" });
  });

  it("skips a projection dated between observations: neither latest, previous nor projection", () => {
    const a = deaths("2013-01-01", 10_000);
    const p = deaths("2013-02-01", 50_000, { qualifier: "projected" });
    const b = deaths("2013-03-01", 12_800);
    const [h] = headlines([a, p, b]);
    expect(h!.latest.id).toBe(b.id);
    expect(h!.change!.previous.id).toBe(a.id);
    expect(h!.rate!.perDay).toBe(2_800 / 59);
    expect(h!.projection).toBeNull();
  });

  it("ignores revised figures", () => {
    const a = deaths("2013-01-01", 10_000);
    const old = { ...deaths("2013-02-01", 11_000), revised: true };
    const b = { ...deaths("2013-02-01", 12_000), revised: false };
    const [h] = headlines([a, old, b]);
    expect(h!.latest.id).toBe(b.id);
    expect(h!.change!.previous.id).toBe(a.id);
    expect(headlines([{ ...deaths("2013-01-01", 5), revised: true }])).toEqual([]);
  });

  it("keeps sources apart: metrics in the order met, sources alphabetical", () => {
    const rows = [
      deaths("2013-01-01", 100, { metricSlug: "refugees", metricName: "Refugees", sourceName: "UNHCR" }),
      deaths("2013-01-01", 200, { sourceName: "United Nations" }),
      deaths("2013-01-02", 300, { sourceName: "Amnesty" }),
      deaths("2013-01-03", 400, { metricSlug: "refugees", metricName: "Refugees", sourceName: "Amnesty" }),
    ];
    const hs = headlines(rows);
    expect(hs.map((h) => [h.metricSlug, h.source, h.latest.value])).toEqual([
      ["refugees", "Amnesty", 400],
      ["refugees", "UNHCR", 100],
      ["deaths", "Amnesty", 300],
      ["deaths", "United Nations", 200],
    ]);
    expect(hs.every((h) => h.change === null)).toBe(true);
  });
});

describe("formatRate", () => {
  it.each([
    [286, "286"],
    [286.4, "286"],
    [1_234.6, "1,235"],
    [10, "10"],
    [0.44, "0.4"],
    [0.06, "0.1"],
    [9.96, "10"],
    [0, "0"],
  ])("formats %d a day as %s", (n, s) => {
    expect(formatRate(n)).toBe(s);
  });
});

describe("formatBetween", () => {
  it("names the year once when both days share it", () => {
    expect(formatBetween("2013-01-02", "2013-02-12")).toBe("2 Jan and 12 Feb 2013");
  });

  it("names both years when they differ", () => {
    expect(formatBetween("2012-11-30", "2013-01-02")).toBe("30 Nov 2012 and 2 Jan 2013");
  });
});

describe("metricNoun", () => {
  it("has words for the common metrics and falls back to the name", () => {
    expect(metricNoun("deaths", "Deaths")).toBe("deaths");
    expect(metricNoun("injured", "Injured")).toBe("people injured");
    expect(metricNoun("idps", "Internally displaced")).toBe("people displaced");
    expect(metricNoun("missing", "Missing Persons")).toBe("missing persons");
  });
});
