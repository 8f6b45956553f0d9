import { describe, expect, it } from "vitest";
import { type ChartView, DEFAULT_VIEW, readChartView, serializeChartView } from "./view";

const editor = { editor: true };
const reader = { editor: false };

/** A query string as Next.js hands it to a page: one value per key. */
const params = (query: string) => Object.fromEntries(new URLSearchParams(query));

describe("readChartView", () => {
  it("reads every part of the view from the URL", () => {
    const v = readChartView(params("scale=log&from=2013-01-01&to=2014-01-01&hide=A|B&drafts=true&revisions=true&asOf=2013-03-01"), editor);
    expect(v).toEqual({
      from: "2013-01-01",
      to: "2014-01-01",
      scale: "log",
      hide: ["A", "B"],
      drafts: true,
      revisions: true,
      asOf: "2013-03-01",
    });
  });

  it("gives the default view for an empty query", () => {
    expect(readChartView({}, editor)).toEqual(DEFAULT_VIEW);
    expect(readChartView({}, reader)).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW).toEqual({ from: null, to: null, scale: "linear", hide: [], drafts: false, revisions: false, asOf: null });
  });

  it("reads a day that is not a real calendar day as absent", () => {
    const v = readChartView(params("from=2013-02-30&to=2013/06/01&asOf=yesterday"), editor);
    expect(v.from).toBeNull();
    expect(v.to).toBeNull();
    expect(v.asOf).toBeNull();
  });

  it("keeps a good day beside a bad one", () => {
    const v = readChartView(params("from=2013-13-01&to=2013-06-01"), editor);
    expect(v.from).toBeNull();
    expect(v.to).toBe("2013-06-01");
  });

  it("falls back to the linear scale for an unknown scale", () => {
    expect(readChartView(params("scale=cubic"), editor).scale).toBe("linear");
    expect(readChartView(params("scale=LOG"), editor).scale).toBe("linear");
    expect(readChartView(params("scale=linear"), editor).scale).toBe("linear");
  });

  it("turns a backwards range round", () => {
    const v = readChartView(params("from=2014-01-01&to=2013-01-01"), editor);
    expect([v.from, v.to]).toEqual(["2013-01-01", "2014-01-01"]);
  });

  it("leaves a one-day range and a one-sided range alone", () => {
    expect(readChartView(params("from=2013-05-05&to=2013-05-05"), editor)).toMatchObject({ from: "2013-05-05", to: "2013-05-05" });
    expect(readChartView(params("to=2013-05-05"), editor)).toMatchObject({ from: null, to: "2013-05-05" });
    expect(readChartView(params("from=2013-05-05"), editor)).toMatchObject({ from: "2013-05-05", to: null });
  });

  it("shows drafts to editors only", () => {
    expect(readChartView(params("drafts=true"), editor).drafts).toBe(true);
    expect(readChartView(params("drafts=true"), reader).drafts).toBe(false);
    expect(readChartView(params("drafts=false"), editor).drafts).toBe(false);
  });

  it("lets anyone see revisions and look back to a day", () => {
    expect(readChartView(params("revisions=true&asOf=2013-03-01"), reader)).toMatchObject({ revisions: true, asOf: "2013-03-01" });
  });

  it("drops empty and repeated names from the hidden sources", () => {
    expect(readChartView(params("hide=|A||B|A|"), editor).hide).toEqual(["A", "B"]);
    expect(readChartView(params("hide="), editor).hide).toEqual([]);
  });

  it("reads source names with spaces and punctuation", () => {
    const v = readChartView(params("hide=UN%20OCHA|Syrian%20Observatory%20for%20Human%20Rights"), editor);
    expect(v.hide).toEqual(["UN OCHA", "Syrian Observatory for Human Rights"]);
  });
});

describe("serializeChartView", () => {
  const roundTrip = (v: ChartView) => readChartView(params(serializeChartView(v).replace(/^\?/, "")), editor);

  it("leaves the default view out of the URL", () => {
    expect(serializeChartView(DEFAULT_VIEW)).toBe("");
  });

  it("writes only what differs from the default", () => {
    const q = serializeChartView({ ...DEFAULT_VIEW, scale: "log" });
    expect(q).toBe("?scale=log");
  });

  it("round-trips a full view through readChartView", () => {
    const v: ChartView = {
      from: "2013-01-01",
      to: "2014-01-01",
      scale: "log",
      hide: ["A", "B"],
      drafts: true,
      revisions: true,
      asOf: "2013-03-01",
    };
    expect(roundTrip(v)).toEqual(v);
  });

  it("round-trips source names with spaces, plus signs, commas, ampersands and the separator itself", () => {
    const v: ChartView = { ...DEFAULT_VIEW, hide: ["UN OCHA", "A+B", "C, D", "E|F", "Ärzte & Co"] };
    expect(roundTrip(v)).toEqual(v);
  });

  it("round-trips the default view and a one-sided range", () => {
    expect(roundTrip(DEFAULT_VIEW)).toEqual(DEFAULT_VIEW);
    const v: ChartView = { ...DEFAULT_VIEW, to: "2015-06-30" };
    expect(roundTrip(v)).toEqual(v);
  });
});
