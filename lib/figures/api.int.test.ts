// The JSON API against a real PostgreSQL: figures paged by cursor and filtered, drafts for editors only, bad
// parameters answered with what to fix, conflicts with their counts, and a series that is the conflict page's chart.
import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/mutations";
import { listAnnotations } from "@/lib/annotations/queries";
import { fromWire, type SeriesWire } from "@/lib/api/series";
import { as, fig, get, newConflict, plain, publishedLiveIds, remove, walk, type ConflictJson, type Page, type Problem } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { conflictView } from "@/lib/charts/conflict-view";
import { readChartView } from "@/lib/charts/view";
import { db } from "@/lib/db";
import { listChartFigures } from "@/lib/charts/queries";

describe("GET /api/v1/figures", () => {
  it("walks every published, live figure exactly once, revised ones with what revises them, never drafts or deleted ones", async () => {
    const c = await newConflict();
    const source = `Ministry ${uid()}`;
    const first = await fig(c, { source, value: "500", refDate: "2013-01-01" });
    const others = [];
    for (const day of ["2013-02-01", "2013-03-01", "2013-04-01", "2013-05-01", "2013-06-01"]) others.push(await fig(c, { refDate: day }));
    const revision = await fig(c, { source, value: "600", refDate: "2013-01-01", supersedesId: String(first) });
    const draft = await fig(c, { quote: `draft ${uid()}` }, "draft");
    const deleted = await fig(c);
    await remove(deleted);

    const { ids, items, pages } = await walk(`conflict=${c}&limit=3`);
    expect(ids).toEqual([first, ...others, revision]);
    expect(pages).toBe(3);
    expect(ids).not.toContain(draft);
    expect(items.find((f) => f.id === revision)).toMatchObject({ supersedesId: first, value: 600 });
    expect(items.find((f) => f.id === first)).toMatchObject({ supersedesId: null, value: 500 });

    const everything = await walk("limit=4");
    expect(everything.ids).toEqual(await publishedLiveIds());
    expect(new Set(everything.ids).size).toBe(everything.ids.length);
  });

  it("gives every provenance field, as plain JSON", async () => {
    const c = await newConflict("Provenance war");
    const id = await fig(c, { metric: "refugees", value: "1,200", low: "1,000", high: "1,500", qualifier: "about", periodStart: "2013-01-01", refDate: "2013-02-01", source: "Agency X", reportTitle: "Sitrep 4", reportUrl: `https://example.org/${uid()}`, reportDate: "2013-02-03", quote: "about 1,200 people fled" });
    const figure = await db().figure.findUniqueOrThrow({ where: { id }, include: { report: true } });
    const { body } = await get<Page>(`/api/v1/figures?conflict=${c}`);
    expect(body).toEqual({
      next: null,
      data: [{
        id, conflict: { slug: c, name: "Provenance war" }, metric: { slug: "refugees", name: "Refugees", kind: "stock", unit: "people" },
        value: 1200, low: 1000, high: 1500, qualifier: "about", unit: "people", refDate: "2013-02-01", periodStart: "2013-01-01",
        source: { id: figure.sourceId, name: "Agency X", kind: "other" },
        report: { id: figure.reportId, title: "Sitrep 4", url: figure.report.url, publishedOn: "2013-02-03", publisher: "example.org" },
        quote: "about 1,200 people fled", note: null, status: "published", supersedesId: null,
      }],
    });
  });

  it("narrows by conflict, metric, exact source name, status and an inclusive date range", async () => {
    const [c, other] = [await newConflict(), await newConflict()];
    const [s1, s2] = [`UN ${uid()}`, `NGO ${uid()}`];
    const a = await fig(c, { source: s1, refDate: "2013-01-01" });
    const b = await fig(c, { source: s1, metric: "refugees", refDate: "2014-06-01" });
    const d = await fig(c, { source: s2, refDate: "2015-12-31" });
    const e = await fig(other, { source: s2, refDate: "2014-07-01" });
    const draft = await fig(c, { source: s1, refDate: "2014-06-02" }, "draft");
    const editor = await as("editor");
    const ids = async (q: string, h?: Headers) => (await walk(q, h)).ids;
    expect(await ids(`conflict=${c}`)).toEqual([a, b, d]);
    expect(await ids(`conflict=${c}&metric=refugees`)).toEqual([b]);
    expect(await ids(`source=${encodeURIComponent(s2)}`)).toEqual([d, e]);
    expect(await ids(`source=${encodeURIComponent(s2.toLowerCase())}`)).toEqual([]);
    expect(await ids(`conflict=${c}&from=2014-06-01&to=2015-12-31`)).toEqual([b, d]);
    expect(await ids(`source=${encodeURIComponent(s2)}&to=2014-07-01`)).toEqual([e]);
    expect(await ids(`conflict=${c}&status=draft`, editor)).toEqual([draft]);
    expect(await ids(`conflict=${c}&status=all&limit=1`, editor)).toEqual([a, b, d, draft]);
  });

  it("refuses drafts to anonymous (401) and analysts (403), saying who may", async () => {
    const c = await newConflict();
    const quote = `unchecked ${uid()}`;
    await fig(c, { quote }, "draft");
    const analyst = await as("analyst");
    for (const [status, headers, code, says] of [["draft", undefined, 401, /Sign in as an editor/], ["all", analyst, 403, /this needs an editor/]] as const) {
      const r = await get<Problem>(`/api/v1/figures?conflict=${c}&status=${status}`, headers);
      expect(r.status).toBe(code);
      expect(r.body.error).toMatch(says);
      expect(JSON.stringify(r.body)).not.toContain(quote);
    }
  });

  it("answers bad parameters with 400, a sentence and every problem by parameter, and ignores unknown ones", async () => {
    const r = await get<Problem>("/api/v1/figures?conflict=Syria&limit=0&cursor=nope&from=2015-02-30");
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/conflict is a conflict's slug/);
    expect(Object.keys(r.body.details).sort()).toEqual(["conflict", "cursor", "from", "limit"]);
    const backwards = await get<Problem>("/api/v1/figures?from=2015-01-01&to=2014-01-01");
    expect([backwards.status, backwards.body.error]).toEqual([400, "The date range is backwards: from (2015-01-01) is after to (2014-01-01); swap them."]);
    expect((await get<Page>("/api/v1/figures?limit=1&colour=blue&utm_source=x")).status).toBe(200);
  });
});

describe("GET /api/v1/conflicts", () => {
  it("lists every conflict by name with its published, live figures counted and their metrics", async () => {
    const name = `Aaa ${uid()}`;
    const c = await newConflict(name);
    const empty = await newConflict(`${name} empty`);
    await fig(c, { metric: "refugees" });
    await fig(c);
    await fig(c, { refDate: "2013-04-01" });
    await fig(c, { metric: "idps" }, "draft");
    await remove(await fig(c, { metric: "injured" }));
    const { status, body } = await get<{ data: ConflictJson[] }>("/api/v1/conflicts");
    expect(status).toBe(200);
    const names = body.data.map((x) => x.name);
    expect(names.indexOf(name)).toBeLessThan(names.indexOf(`${name} empty`));
    expect(body.data.find((x) => x.slug === c)).toEqual({ slug: c, name, region: "Testland", startDate: "2011-03-15", figures: 3, metrics: ["deaths", "refugees"] });
    expect(body.data.find((x) => x.slug === empty)).toMatchObject({ figures: 0, metrics: [] });
  });
});

describe("GET /api/v1/conflicts/{slug}/series", () => {
  it("is the conflict page's chart for the metric, in every view, with its legend, events and cross-checks", async () => {
    const name = `Series war ${uid()}`;
    const c = await newConflict(name);
    const [A, B, C] = ["A", "B", "C"].map((s) => `${s} ${uid()}`) as [string, string, string];
    await fig(c, { source: A, value: "10,000", refDate: "2013-01-01" });
    await fig(c, { source: A, value: "20,000", qualifier: "about", refDate: "2013-06-01" });
    await fig(c, { source: A, value: "30,000", low: "25,000", high: "35,000", refDate: "2014-01-01" });
    await fig(c, { source: A, value: "50,000", qualifier: "projected", refDate: "2015-01-01", reportDate: "2014-01-02" });
    await fig(c, { source: B, value: "0", refDate: "2013-03-01" });
    const old = await fig(c, { source: B, value: "40,000", qualifier: "at_least", refDate: "2014-03-01" });
    await fig(c, { source: B, value: "42,000", qualifier: "at_least", refDate: "2014-03-01", reportDate: "2014-04-01", supersedesId: String(old) });
    await fig(c, { source: C, value: "35,000", qualifier: "over", refDate: "2014-06-01" });
    const draftQuote = `draft deaths ${uid()}`;
    await fig(c, { value: "99,999", refDate: "2014-07-01", quote: draftQuote }, "draft");
    const R = `Refugee agency ${uid()}`;
    await fig(c, { source: R, metric: "refugees", value: "100,000", refDate: "2013-01-01" });
    await fig(c, { source: R, metric: "refugees", value: "200,000", refDate: "2013-03-01" });
    await fig(c, { metric: "daily_outflow", value: "2,000", refDate: "2013-01-01" });
    expect((await createAnnotation({ input: { conflict: c, date: "2013-08-21", label: "Attack" }, actor: "test" })).ok).toBe(true);
    const data = await listChartFigures({ conflictSlugs: [c] });
    const events = await listAnnotations({ conflictSlugs: [c] });
    const editor = await as("editor");

    for (const q of ["", "scale=log", "from=2013-06-01&to=2014-12-31", `hide=${encodeURIComponent(B)}`, "revisions=true", "asOf=2014-03-15", "from=2020-01-01&to=2020-12-31", "drafts=true"]) {
      const params = new URLSearchParams(q);
      const view = readChartView(Object.fromEntries(params), { editor: false });
      const page = conflictView({ conflictName: name, rows: data.rows, links: data.links, events }, view);
      const { status, body } = await get<{ data: SeriesWire }>(`/api/v1/conflicts/${c}/series?metric=deaths&${q}`, editor);
      expect(status, q).toBe(200);
      // each point is sent once, in its series; the rest name it by id
      const sent = body.data.series.flatMap((s) => s.points.map((p) => p.id));
      expect(new Set(sent).size, q).toBe(sent.length);
      expect(body.data.points.every((id) => typeof id === "number" && sent.includes(id)), q).toBe(true);
      const { conflict, view: echoed, legend, events: drawn, crossChecks, ...chart } = fromWire(body.data);
      const expected = page.charts.find((x) => x.metricSlug === "deaths");
      if (expected) expect(chart, q).toEqual(plain(expected));
      else expect([chart.series, chart.description], q).toEqual([[], `Deaths in ${name}: no figures in this view.`]);
      expect([conflict, echoed], q).toEqual([{ slug: c, name }, plain(view)]);
      expect(legend, q).toEqual(plain(page.legend.filter((l) => [A, B, C].includes(l.key))));
      expect(drawn, q).toEqual(plain(page.events.map(({ t, date, label }) => ({ t, date, label }))));
      expect(crossChecks, q).toEqual([]);
      expect(JSON.stringify(body), q).not.toContain(draftQuote);
      if (q === "scale=log") expect([chart.y.domain, chart.notDrawn.map((p) => p.value)]).toEqual([[10_000, 100_000], [0]]);
      if (q.startsWith("from=2013")) expect(chart.x).toEqual([Date.UTC(2013, 5, 1), Date.UTC(2014, 11, 31)]);
      if (q.startsWith("from=2013")) expect(chart.points.every((p) => p.refDate >= "2013-06-01" && p.refDate <= "2014-12-31")).toBe(true);
      if (q.startsWith("hide")) expect([chart.series.map((s) => s.key), legend.map((l) => l.key).sort()]).toEqual([[A, C].sort(), [A, B, C].sort()]);
      if (q.startsWith("revisions")) expect(chart.points.filter((p) => p.revised).map((p) => p.id)).toEqual([old]);
      if (q.startsWith("asOf")) expect(chart.points.map((p) => p.id)).toContain(old); // its revision was not out yet
    }

    const refugees = await get<{ data: SeriesWire }>(`/api/v1/conflicts/${c}/series?metric=refugees`);
    const page = conflictView({ conflictName: name, rows: data.rows, links: data.links, events }, readChartView({}, { editor: false }));
    expect(page.crossChecks).toHaveLength(1);
    expect(refugees.body.data.crossChecks).toEqual(plain(page.crossChecks));
    expect(refugees.body.data.legend.map((l) => l.key)).toEqual([R]);
  });

  it("answers an unknown conflict with 404, and a missing or unknown metric with 400 naming the conflict's metrics", async () => {
    const c = await newConflict("Metric war");
    await fig(c);
    await fig(c, { metric: "refugees" });
    const missing = `c-${uid()}`;
    expect((await get<Problem>(`/api/v1/conflicts/${missing}/series?metric=deaths`)).body).toEqual({ error: `There is no conflict "${missing}". GET /api/v1/conflicts lists them.`, details: {} });
    expect((await get<Problem>(`/api/v1/conflicts/${missing}/series?metric=deaths`)).status).toBe(404);
    for (const [q, says] of [["", /^Add \?metric=<slug> to say which series\. Metric war has published figures for deaths, refugees\.$/], ["metric=injured", /^There is no injured series for Metric war\./]] as const) {
      const r = await get<Problem>(`/api/v1/conflicts/${c}/series?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(says);
      expect(r.body.details).toEqual({ metric: ["metric is one of: deaths, refugees."] });
    }
  });
});
