// Bad CSV files to the importer (runImport, what the upload route, the import page and `npm run import` run),
// asked to write: a row with generated bad cells among good ones is named by row, column and message and the
// file is refused whole; any bytes at all and malformed CSV get a sentence; the upload route answers below 500
// to any query, origin and body. Nothing is ever written.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/imports/route";
import { as, newConflict } from "@/lib/api/test-kit";
import { snapshot } from "@/lib/auth/access-kit";
import { QUALIFIERS } from "@/lib/figures/qualifiers";
import { anyString, badChoice, badCount, badDay, badOptionalText, badText, badUrl, expectClearMessages, futureDay, messagesOf, runs } from "@/lib/security/bad-input-kit";
import { chunks, csvFile, enc, importing } from "./test-support";
import type { CsvColumn } from "@/lib/export/csv";

let conflict: string;
beforeAll(async () => {
  conflict = await newConflict();
});

/** What each column must refuse (an unknown conflict or metric, a unit that is not the metric's, too). */
const badCell: Partial<Record<CsvColumn, fc.Arbitrary<string>>> = {
  conflict: fc.oneof(badText(200), fc.constant("no-such-conflict"), fc.constant("c".repeat(100_000))),
  metric: fc.oneof(badText(100), fc.constant("no_such_metric")),
  unit: fc.constantFrom("people_per_day", "kg", "k".repeat(50_000)),
  value: badCount(true),
  low: fc.oneof(badCount(false), fc.constant("5000")),
  high: fc.oneof(badCount(false), fc.constant("1")),
  qualifier: badChoice(QUALIFIERS),
  reference_date: fc.oneof(badDay(true), futureDay),
  period_start: fc.oneof(badDay(false), fc.constant("2013-03-02")),
  source: badText(200),
  report_title: badText(500),
  report_url: badUrl,
  report_date: fc.oneof(badDay(true), futureDay),
  quote: badOptionalText(5000),
  note: badOptionalText(5000),
  status: badChoice(["published", "draft", "PUBLISHED", "Draft"]),
};

/** A refusal of the whole file: a sentence for the file, or each bad row named; nothing committed. */
function expectRefused(r: Awaited<ReturnType<typeof importing>>, badRow?: number): void {
  if (!r.ok) return expectClearMessages([r.fileError]);
  expect(r.committed).toBeNull();
  expectClearMessages([r.refused ?? "", ...r.errors.map((e) => e.message)]);
  if (badRow !== undefined) expect(r.errors.map((e) => e.row)).toContain(badRow);
}

describe("bad files to the importer are refused with a sentence and write nothing", () => {
  it("a row with bad cells among good ones: named by row and column, the file refused whole", async () => {
    const columns = Object.keys(badCell) as CsvColumn[];
    const spoiledRow = fc
      .uniqueArray(fc.constantFrom(...columns), { minLength: 1, maxLength: 3 })
      .chain((cs) => fc.tuple(...cs.map((c) => badCell[c]!.map((v) => [c, v] as const))))
      .map((pairs) => Object.fromEntries(pairs) as Partial<Record<CsvColumn, string>>);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3 }), spoiledRow, fc.integer({ min: 0, max: 2 }), async (goodBefore, bad, goodAfter) => {
        const rows = [...Array.from({ length: goodBefore }, () => ({ value: "10" })), { value: "1000", ...bad }, ...Array.from({ length: goodAfter }, () => ({ value: "20" }))];
        const before = await snapshot();
        const r = await importing(chunks(csvFile(conflict, rows)), { commit: true });
        expectRefused(r, goodBefore + 2);
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: runs(40) },
    );
  });

  it("any bytes at all, and malformed CSV: a sentence, never a throw", async () => {
    const header = "conflict,metric,value,qualifier,unit,reference_date,source,report_title,report_date\r\n";
    const malformed = fc.constantFrom(
      "", "\uFEFF", header, `${header}\r\n\r\n`, `${header}"unclosed,quote\r\n`, `${header}a,b\r\n`, `${header}${"x,".repeat(300)}\r\n`,
      `conflict;metric;value\r\n${conflict};deaths;5\r\n`, `${"c,".repeat(250)}c\r\n`, `${header}${conflict},deaths,5,exact,people,2013-03-01,S,R,2013-03-02,extra\r\n`,
      "=cmd|' /C calc'!A0\r\n", "<html><body>not a csv</body></html>", ' "', `${header}a, "b"\r\n`,
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.constantFrom(Uint8Array.from([0xe9, 0x74, 0xe9]), Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), Uint8Array.from([0xc3])),
      fc.tuple(malformed, anyString).map(([a, b]) => enc.encode(a + b)),
      malformed.map((m) => enc.encode(m)),
    );
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 7 }), async (body, pieces) => {
        // split anywhere, even inside a multi-byte character, as a network would
        const size = Math.ceil(body.length / pieces) || 1;
        const parts = Array.from({ length: Math.ceil(body.length / size) }, (_, i) => body.subarray(i * size, (i + 1) * size));
        expectRefused(await importing(chunks(...parts), { commit: true, partial: true }));
      }),
      // a quote after a space: csv-parse's one error whose code lacks its CSV_ prefix (found by this property)
      { numRuns: runs(30), examples: [[enc.encode(' "'), 1]] },
    );
    expect(await snapshot()).toBe(before);
  });

  it("the upload route with any query, origin and body: below 500, and a sentence", async () => {
    const editor = await as("editor");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("commit", "partial", "skip_duplicates", "map", "name"), anyString), { maxLength: 4 }),
        fc.option(fc.constantFrom("null", "not a url", "http://[::1", "https://attacker.example", "http://localhost", "")),
        fc.oneof(anyString, fc.constant(csvFile(conflict, [{ value: "lots" }]))),
        async (params, origin, body) => {
          const headers = new Headers(editor);
          if (origin !== null) headers.set("origin", origin);
          const res = await POST(new Request(`http://localhost/api/v1/imports?${new URLSearchParams(params).toString()}`, { method: "POST", body, headers }));
          expect(res.status).toBeLessThan(500);
          const text = await res.text();
          if (res.status >= 400) return expectClearMessages([(JSON.parse(text) as { error: string }).error]);
          const result = (JSON.parse(text.trim().split("\n").at(-1)!) as { result: Parameters<typeof messagesOf>[0] & { committed?: unknown; refused?: string; errors?: { message: string }[] } }).result;
          expect(result.committed ?? null).toBeNull();
          expectClearMessages([result.fileError ?? result.refused ?? "", ...(result.errors ?? []).map((e) => e.message)].filter(Boolean));
        },
      ),
      { numRuns: runs(20) },
    );
    expect(await snapshot()).toBe(before);
  });
});
