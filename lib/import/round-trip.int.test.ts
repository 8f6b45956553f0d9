// The round trip against a real PostgreSQL: export → import into an empty database → export gives the same
// file, ids apart (revisions pointing to the same rows).
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, inject, it } from "vitest";
import { as, newConflict } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { createConflict } from "@/lib/conflicts/mutations";
import { db, disconnectDb } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { exportCsvFile } from "@/lib/export/file";
import { readWhole } from "@/lib/export/reference";
import { createFigure } from "@/lib/figures/mutations";
import { parseFigureInput } from "@/lib/figures/schema";
import { seedDemo } from "@/prisma/seed";
import { connectTestServer } from "@/scripts/lib/test-database";
import { chunks, importing, okReport, upload } from "./test-support";

const exportAll = async () => readWhole(await exportCsvFile({ filter: { status: "all" }, revisions: true, hxlTag: null }));

/** Runs `fn` with the app's one client pointed at another database, then points it back. */
async function onDatabase<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  resetEnv();
  try {
    return await fn();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = before;
    resetEnv();
  }
}

const QUOTES = [
  (i: number) => `about ${i} people, says "the ministry", in ${i % 3} towns`,
  (i: number) => `=HYPERLINK("http://evil.example/${i}","click")`,
  (i: number) => `line one ${i}\r\nline two, "quoted"\nline three`,
  (i: number) => `-${i} fewer than last week`,
  (i: number) => `@${i} reported; +${i} since`,
];

async function generateFigures(conflict: string): Promise<number> {
  const sources = ["UN Office, Geneva", "Ministry \"of\" Health", "NGO Watch", "Reporter X", "=Formula Source"].map((s) => `${s} ${uid()}`);
  const kinds = ["un_agency", "government", "ngo", "media", "other"] as const;
  const qualifiers = ["exact", "about", "at_least", "more_than", "over", "nearly", "up_to"] as const;
  let made = 0;
  const make = async (over: Record<string, string>, status: "published" | "draft") => {
    const input = parseFigureInput({ ...over, intent: status === "draft" ? "draft" : "publish" });
    if (!input.ok) throw new Error(JSON.stringify(input.errors));
    const r = await createFigure({ input: input.data, actor: "test", status });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    made++;
    return r.id;
  };
  for (let i = 0; i < 300; i++) {
    const k = i % 40;
    const value = 1000 + i * 37;
    const draft = i % 7 === 3;
    await make({
      conflict, metric: ["deaths", "refugees", "idps", "injured"][i % 4]!, value: String(value),
      ...(i % 3 === 0 ? { low: String(value - 500), high: String(value + 900) } : {}),
      qualifier: qualifiers[i % qualifiers.length]!,
      refDate: `${2013 + (i % 3)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      ...(i % 4 === 1 ? { periodStart: "2012-12-01" } : {}),
      source: sources[i % sources.length]!, sourceKind: kinds[i % kinds.length]!,
      reportTitle: `Situation report ${k}, "weekly"`, reportDate: `2016-0${1 + (k % 9)}-15`,
      ...(k % 2 === 0 ? { reportUrl: `https://reports.example.org/${conflict}/${k}` } : {}),
      ...(draft && i % 2 ? {} : { quote: QUOTES[i % QUOTES.length]!(i) }),
      ...(i % 5 === 2 ? { note: `checked against, "the" annex\nby ${i}` } : {}),
    }, draft ? "draft" : "published");
  }
  // a revision chain: the same source revising its own number twice
  const chain = { conflict, metric: "deaths", qualifier: "about", refDate: "2014-05-01", source: sources[0]!, reportTitle: "Chain", reportDate: "2016-01-01" };
  const first = await make({ ...chain, value: "5000", quote: "about 5,000" }, "published");
  const second = await make({ ...chain, value: "5500", quote: "about 5,500", supersedesId: String(first) }, "published");
  await make({ ...chain, value: "6000", quote: "about 6,000", supersedesId: String(second), note: "latest" }, "draft");
  return made;
}

/** The file's rows with ids blanked, and each row's revision as the index of the row it revises. */
function comparable(text: string) {
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  const id = header!.indexOf("figure_id");
  const rev = header!.indexOf("revises_figure_id");
  const publisher = header!.indexOf("report_publisher");
  const index = new Map(rows.map((r, i) => [r[id], i]));
  return {
    header,
    // the publisher is compared on its own below
    rows: rows.map((r) => r.map((c, j) => (j === id || j === rev || j === publisher ? "" : c))),
    publishers: rows.map((r) => r[publisher]),
    revises: rows.map((r) => (r[rev] ? (index.get(r[rev]) ?? `outside the file: ${r[rev]}`) : null)),
  };
}

let publishers: { before: (string | undefined)[]; after: (string | undefined)[] } | undefined;

describe("round trip", () => {
  it("export → import into an empty database → export gives the same CSV, ids apart", { timeout: 120_000 }, async () => {
    await seedDemo();
    const conflict = await newConflict(`Round, "trip" war ${uid()}`);
    expect(await generateFigures(conflict)).toBe(303);
    const before = await exportAll();
    const conflicts = await db().conflict.findMany({ select: { slug: true, name: true, region: true, startDate: true } });

    const server = await connectTestServer(inject("testServerUrl"));
    const empty = await server.createFromTemplate("cf_roundtrip");
    try {
      const after = await onDatabase(empty, async () => {
        expect(await db().figure.count()).toBe(0);
        for (const c of conflicts) await createConflict({ conflict: { ...c, startDate: c.startDate.toISOString().slice(0, 10) }, actor: "test" });
        const report = okReport(await importing(chunks(before), { commit: true, fileName: "round-trip.csv" }));
        expect(report.errors).toEqual([]);
        expect(report.committed?.created).toBe(report.rows);
        return exportAll();
      });
      const [a, b] = [comparable(before), comparable(after)];
      publishers = { before: a.publishers, after: b.publishers };
      expect(b.rows.length).toBe(a.rows.length);
      expect(b.revises).toEqual(a.revises);
      expect(a.revises.filter((r) => r !== null).length).toBeGreaterThanOrEqual(2);
      expect(b.rows).toEqual(a.rows);
    } finally {
      await server.drop(empty);
    }
  });

  // compared apart so a failure names the column: a report re-created from its URL alone would say "naharnet.com"
  it("keeps each report's publisher", () => {
    expect(publishers).toBeDefined();
    expect(publishers!.after).toEqual(publishers!.before);
  });
});
