// GET /api/v1/figures.csv against a real PostgreSQL: filters narrow, drafts are for editors, the HXL row carries
// the metric's tag, the file is named for what it holds, formulas are neutralised, and a large export streams
// every row exactly once.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/figures.csv/route";
import { as, fig, newConflict, remove } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { db } from "@/lib/db";
import { CSV_COLUMNS, hxlRow } from "./csv";
import { referenceCsv } from "./reference";

async function download(query: string, headers = new Headers()) {
  const res = await GET(new Request(`http://localhost/api/v1/figures.csv?${query}`, { headers }));
  const text = await res.text();
  return { res, text, rows: res.ok ? (parse(text) as string[][]) : [] };
}
const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
const ids = (rows: string[][]) => rows.slice(1).map((r) => Number(r[col("figure_id")]));

describe("GET /api/v1/figures.csv", () => {
  it("narrows by conflict, metric, source and dates; drafts only for editors (403 for analysts)", async () => {
    const [c, other] = [await newConflict(), await newConflict()];
    const [s1, s2] = [`UN ${uid()}`, `NGO ${uid()}`];
    const a = await fig(c, { source: s1, refDate: "2013-01-01" });
    const b = await fig(c, { source: s1, metric: "refugees", refDate: "2014-06-01" });
    const d = await fig(c, { source: s2, refDate: "2015-12-31" });
    const e = await fig(other, { source: s2, refDate: "2014-07-01" });
    const draft = await fig(c, { source: s1, refDate: "2014-06-02" }, "draft");
    const [editor, analyst] = [await as("editor"), await as("analyst")];

    expect(ids((await download(`conflict=${c}`)).rows)).toEqual([a, b, d]);
    expect(ids((await download(`conflict=${c}&metric=refugees`)).rows)).toEqual([b]);
    expect(ids((await download(`source=${encodeURIComponent(s2)}`)).rows)).toEqual([d, e]);
    expect(ids((await download(`conflict=${c}&from=2014-06-01&to=2015-12-31`)).rows)).toEqual([b, d]);
    expect(ids((await download(`conflict=${c}&status=draft`, editor)).rows)).toEqual([draft]);
    expect(ids((await download(`conflict=${c}&status=all`, editor)).rows)).toEqual([a, b, d, draft]);
    const refused = await download(`conflict=${c}&status=draft`, analyst);
    expect(refused.res.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({ error: expect.stringMatching(/^Drafts are for editors/) });
    expect((await download(`conflict=${c}&status=all`)).res.status).toBe(401);
    expect((await download(`conflict=nowhere-${uid()}`)).res.status).toBe(404);
    expect((await download(`conflict=${c}&from=2015-01-01&to=2014-01-01`)).res.status).toBe(400);
  });

  it("names the file for its conflict, metric and today; hxl=1 puts the metric's tags on the second line; formulas are neutralised", async () => {
    const c = await newConflict();
    const id = await fig(c, { quote: "=HYPERLINK(\"http://evil.example\",\"x\")", reportTitle: "+1 more", note: "-3 fewer" });
    const { res, text, rows } = await download(`conflict=${c}&metric=deaths&hxl=1`);
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="conflict-figures-${c}-deaths-${today}.csv"`);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    expect(rows[1]).toEqual(hxlRow("#affected+killed"));
    expect(rows[1]![col("value")]).toBe("#affected+killed");
    expect(rows[1]![col("low")]).toBe("#affected+killed+min");
    expect(rows.slice(2).map((r) => Number(r[col("figure_id")]))).toEqual([id]);
    expect(rows[2]![col("quote")]).toBe("'=HYPERLINK(\"http://evil.example\",\"x\")");
    expect(rows[2]![col("report_title")]).toBe("'+1 more");
    const all = await download(`conflict=${c}&hxl=1`);
    expect(all.rows[1]![col("value")]).toBe("#affected+num");
    expect(all.res.headers.get("content-disposition")).toBe(`attachment; filename="conflict-figures-${c}-${today}.csv"`);
  });

  it("writes, through PostgreSQL's COPY, byte for byte what the JavaScript CSV writer writes for the same figures", async () => {
    const c = await newConflict("=War, \"quoted\"\nname");
    const source = `@Source, ${uid()}`;
    const quotes = ["line\r\nbreak", "lone\nLF", "lone\rCR", 'say "70,000"', "=1+1", "''=already", "\t=tab", "-3 fewer", "Zürich — 70 000 👍", "\\.", " leading space"];
    const ids: number[] = [];
    for (const [i, quote] of quotes.entries()) {
      ids.push(await fig(c, { source, quote, value: String(1000 + i), refDate: `2013-0${(i % 9) + 1}-01`, note: i % 2 ? "+note" : "", reportTitle: i % 3 ? `Title, ${i}` : "-minus" }));
    }
    await fig(c, { value: "2,000", low: "1,500", high: "10,000,000,000", qualifier: "about", periodStart: "2013-01-01", refDate: "2013-02-01" });
    // a chain: the first revised by a published figure (hidden without revisions=1), which a draft revises in turn
    const revision = await fig(c, { source, value: "1,500", refDate: "2013-01-01", supersedesId: String(ids[0]) });
    await fig(c, { source, value: "1,600", refDate: "2013-01-01", supersedesId: String(revision) }, "draft");
    await fig(c, { metric: "refugees", value: "5,000", refDate: "2014-01-01" }, "draft");
    // a longer chain whose middle is deleted: the first still gives way to the live one at its end
    const head = await fig(c, { source, value: "3,000", refDate: "2014-02-01" });
    const middle = await fig(c, { source, value: "3,100", refDate: "2014-02-01", supersedesId: String(head) });
    const end = await fig(c, { source, value: "3,200", refDate: "2014-02-01", supersedesId: String(middle) });
    await remove(middle);
    const editor = await as("editor");

    for (const [query, options] of [
      [`conflict=${c}`, { filter: { conflict: c, status: "published" } }],
      [`conflict=${c}&revisions=1&status=all`, { filter: { conflict: c, status: "all" }, revisions: true }],
      [`conflict=${c}&metric=deaths&hxl=1`, { filter: { conflict: c, metric: "deaths", status: "published" }, hxl: "#affected+killed" }],
      [`conflict=${c}&source=${encodeURIComponent(source)}&from=2013-02-01&to=2013-06-30`, { filter: { conflict: c, source, from: "2013-02-01", to: "2013-06-30", status: "published" } }],
      [`conflict=${c}&status=draft`, { filter: { conflict: c, status: "draft" } }],
    ] as const) {
      const { res, text } = await download(query, editor);
      expect(res.status).toBe(200);
      expect(text).toBe(await referenceCsv(options));
    }
    const { rows } = await download(`conflict=${c}`);
    expect(ids.slice(1).every((id) => rows.some((r) => Number(r[col("figure_id")]) === id))).toBe(true);
    expect(rows.some((r) => Number(r[col("figure_id")]) === ids[0])).toBe(false);
    expect([head, middle, end].map((id) => rows.some((r) => Number(r[col("figure_id")]) === id))).toEqual([false, false, true]);
  });

  it("streams a large export (20,000 figures) with every row exactly once", { timeout: 120_000 }, async () => {
    const c = await newConflict();
    const seedId = await fig(c, { source: `Bulk ${uid()}` });
    const seed = await db().figure.findUniqueOrThrow({ where: { id: seedId } });
    const n = 20_000;
    // one INSERT … SELECT: Prisma's createMany of 20,000 rows takes 25-45 s on two busy cores
    await db().$executeRaw`
      INSERT INTO "Figure" ("conflictId", "metricId", "reportId", "sourceId", value, qualifier, "refDate", quote, status, "createdBy", "updatedBy", "updatedAt")
      SELECT ${seed.conflictId}, ${seed.metricId}, ${seed.reportId}, ${seed.sourceId}, i, 'exact', ${seed.refDate}, 'row ' || i || ', "bulk"' || chr(10) || 'line', 'published', 'test', 'test', now()
        FROM generate_series(1, ${n}) AS i`;
    const started = Date.now();
    const res = await GET(new Request(`http://localhost/api/v1/figures.csv?conflict=${c}`));
    const reader = res.body!.getReader();
    let chunks = 0;
    let text = "";
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    console.info(`20,000-row export streamed in ${Date.now() - started} ms`);
    const rows = parse(text) as string[][];
    const got = ids(rows);
    expect(got).toHaveLength(n + 1);
    expect(new Set(got).size).toBe(n + 1);
    expect(got).toEqual([...got].sort((x, y) => x - y));
    expect(chunks).toBeGreaterThan(4); // the header, then PostgreSQL's records as they come
  });
});
