import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import type { FigureRow } from "@/lib/figures/types";
import { DEFAULT_VIEW, type ChartView } from "./view";
import { knownOn, legendSources, type RevisionLink, revisedAsOf, visibleRows } from "./visible";

const view = (over: Partial<ChartView> = {}): ChartView => ({ ...DEFAULT_VIEW, ...over });
const link = (r: FigureRow, supersedes: FigureRow | null = null, over: Partial<RevisionLink> = {}): RevisionLink => ({
  id: r.id,
  supersedesId: supersedes?.id ?? null,
  published: r.status === "published",
  deleted: false,
  reportDate: r.reportDate,
  ...over,
});
const ids = (rows: readonly { id: number }[]) => rows.map((r) => r.id);

describe("knownOn", () => {
  it("counts a report published on or before the day", () => {
    expect(knownOn("2013-03-01", "2013-03-01")).toBe(true);
    expect(knownOn("2013-02-28", "2013-03-01")).toBe(true);
    expect(knownOn("2013-03-02", "2013-03-01")).toBe(false);
  });

  it("knows everything when no day is given", () => {
    expect(knownOn("2099-01-01", null)).toBe(true);
  });
});

describe("revisedAsOf", () => {
  const old = figureRow({ reportDate: "2013-03-01" });
  const rev = figureRow({ reportDate: "2013-06-01" });

  it("is empty with no links", () => {
    expect(revisedAsOf([], null).size).toBe(0);
    expect(revisedAsOf([], "2013-01-01").size).toBe(0);
  });

  it("counts a published revision once its report is out", () => {
    const links = [link(old), link(rev, old)];
    expect([...revisedAsOf(links, null)]).toEqual([old.id]);
    expect([...revisedAsOf(links, "2013-06-01")]).toEqual([old.id]);
    expect([...revisedAsOf(links, "2013-05-31")]).toEqual([]);
  });

  it("never counts a deleted or draft revision", () => {
    expect([...revisedAsOf([link(old), link(rev, old, { deleted: true })], null)]).toEqual([]);
    expect([...revisedAsOf([link(old), link(rev, old, { published: false })], null)]).toEqual([]);
  });

  it("looks past a dead revision to a live one further along", () => {
    const third = figureRow({ reportDate: "2013-09-01" });
    const links = [link(old), link(rev, old, { deleted: true }), link(third, rev)];
    expect([...revisedAsOf(links, null)].sort((a, b) => a - b)).toEqual([old.id, rev.id]);
    expect([...revisedAsOf(links, "2013-08-31")]).toEqual([]);
  });
});

describe("visibleRows", () => {
  it("gives nothing for no rows", () => {
    expect(visibleRows([], [], view())).toEqual([]);
  });

  it("passes a single published row through, flagged not revised", () => {
    const r = figureRow();
    expect(visibleRows([r], [], view())).toEqual([{ ...r, revised: false }]);
  });

  describe("as known on", () => {
    const early = figureRow({ refDate: "2013-01-01", reportDate: "2013-01-05" });
    const late = figureRow({ refDate: "2013-01-01", reportDate: "2013-03-02" });

    it("keeps figures whose report date is on or before the day", () => {
      expect(ids(visibleRows([early, late], [], view({ asOf: "2013-03-01" })))).toEqual([early.id]);
      expect(ids(visibleRows([early, late], [], view({ asOf: "2013-03-02" })))).toEqual([early.id, late.id]);
      expect(ids(visibleRows([early, late], [], view({ asOf: "2013-01-04" })))).toEqual([]);
    });

    it("goes by the report date, not the reference date", () => {
      const r = figureRow({ refDate: "2012-12-01", reportDate: "2013-02-01" });
      expect(visibleRows([r], [], view({ asOf: "2013-01-01" }))).toEqual([]);
    });

    it("shows the older figure as current on a day before its revision was published", () => {
      const old = figureRow({ value: 60_000, reportDate: "2013-01-02" });
      const rev = figureRow({ value: 70_000, reportDate: "2013-04-01" });
      const links = [link(old), link(rev, old)];
      expect(visibleRows([old, rev], links, view({ asOf: "2013-03-01" }))).toEqual([{ ...old, revised: false }]);
      expect(visibleRows([old, rev], links, view({ asOf: "2013-04-01" }))).toEqual([{ ...rev, revised: false }]);
    });
  });

  describe("revisions", () => {
    const old = figureRow({ value: 60_000 });
    const rev = figureRow({ value: 70_000 });
    const links = [link(old), link(rev, old)];

    it("hides a revised figure by default", () => {
      expect(ids(visibleRows([old, rev], links, view()))).toEqual([rev.id]);
    });

    it("shows it flagged revised with view.revisions", () => {
      const out = visibleRows([old, rev], links, view({ revisions: true }));
      expect(out.map((r) => [r.id, r.revised])).toEqual([
        [old.id, true],
        [rev.id, false],
      ]);
    });

    it("does not hide a figure behind a deleted or draft revision", () => {
      expect(ids(visibleRows([old, rev], [link(old), link(rev, old, { deleted: true })], view()))).toEqual([old.id, rev.id]);
      const draft = figureRow({ status: "draft" });
      const withDraft = visibleRows([old, draft], [link(old), link(draft, old)], view({ drafts: true }));
      expect(withDraft.map((r) => [r.id, r.revised])).toEqual([
        [old.id, false],
        [draft.id, false],
      ]);
    });
  });

  it("shows drafts only when the view asks for them", () => {
    const pub = figureRow();
    const draft = figureRow({ status: "draft" });
    expect(ids(visibleRows([pub, draft], [], view()))).toEqual([pub.id]);
    expect(ids(visibleRows([pub, draft], [], view({ drafts: true })))).toEqual([pub.id, draft.id]);
  });

  it("keeps the date range inclusive at both ends", () => {
    const rows = ["2012-12-31", "2013-01-01", "2013-06-15", "2013-12-31", "2014-01-01"].map((refDate) => figureRow({ refDate, reportDate: "2014-02-01" }));
    const out = visibleRows(rows, [], view({ from: "2013-01-01", to: "2013-12-31" }));
    expect(out.map((r) => r.refDate)).toEqual(["2013-01-01", "2013-06-15", "2013-12-31"]);
    expect(visibleRows(rows, [], view({ from: "2013-12-31" })).map((r) => r.refDate)).toEqual(["2013-12-31", "2014-01-01"]);
    expect(visibleRows(rows, [], view({ to: "2013-01-01" })).map((r) => r.refDate)).toEqual(["2012-12-31", "2013-01-01"]);
  });

  it("leaves out sources switched off", () => {
    const a = figureRow({ sourceName: "A" });
    const b = figureRow({ sourceName: "B" });
    const c = figureRow({ sourceName: "C" });
    expect(ids(visibleRows([a, b, c], [], view({ hide: ["A", "C"] })))).toEqual([b.id]);
    expect(ids(visibleRows([a, b, c], [], view({ hide: ["Nobody"] })))).toEqual([a.id, b.id, c.id]);
  });

  it("keeps the rows' order", () => {
    const a = figureRow({ refDate: "2014-01-01" });
    const b = figureRow({ refDate: "2013-01-01" });
    expect(ids(visibleRows([a, b], [], view()))).toEqual([a.id, b.id]);
  });
});

describe("legendSources", () => {
  it("is empty for no rows", () => {
    expect(legendSources([], view())).toEqual([]);
  });

  it("lists each source once, alphabetically, including switched-off ones", () => {
    const rows = [figureRow({ sourceName: "UNHCR" }), figureRow({ sourceName: "Amnesty" }), figureRow({ sourceName: "UNHCR" })];
    expect(legendSources(rows, view({ hide: ["UNHCR"] }))).toEqual(["Amnesty", "UNHCR"]);
  });

  it("offers only sources with a figure in the view's range, day and drafts", () => {
    const rows = [
      figureRow({ sourceName: "In range", refDate: "2013-05-01", reportDate: "2013-05-01" }),
      figureRow({ sourceName: "Too early", refDate: "2012-05-01", reportDate: "2012-05-01" }),
      figureRow({ sourceName: "Not yet known", refDate: "2013-05-01", reportDate: "2013-08-01" }),
      figureRow({ sourceName: "Draft only", refDate: "2013-05-01", reportDate: "2013-05-01", status: "draft" }),
    ];
    expect(legendSources(rows, view({ from: "2013-01-01", asOf: "2013-06-01" }))).toEqual(["In range"]);
    expect(legendSources(rows, view({ from: "2013-01-01", asOf: "2013-06-01", drafts: true }))).toEqual(["Draft only", "In range"]);
  });
});
