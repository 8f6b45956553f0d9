// Bad parameters to the JSON and CSV API, through the route handlers themselves: each generated bad value is
// answered 400 (or 404 for a name not on record) with a sentence and the parameter it concerns; any query or
// body at all gets an answer below 500; nothing is written.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as seriesGET } from "@/app/api/v1/conflicts/[slug]/series/route";
import { POST as extractPOST } from "@/app/api/v1/extract/route";
import { GET as csvGET } from "@/app/api/v1/figures.csv/route";
import { GET as figuresGET } from "@/app/api/v1/figures/route";
import { decodeCursor } from "@/lib/api/page";
import { fig, newConflict } from "@/lib/api/test-kit";
import { snapshot } from "@/lib/auth/access-kit";
import { isIsoDay } from "@/lib/dates";
import { FIGURE_STATUS_FILTERS } from "@/lib/figures/filter";
import { anyString, badDay, expectClearMessages, runs } from "@/lib/security/bad-input-kit";

type Problem = { error: string; details: Record<string, string[]> };
const url = (path: string, params: [string, string][]) => `http://localhost${path}?${new URLSearchParams(params).toString()}`;

let conflict: string;
beforeAll(async () => {
  conflict = await newConflict();
  await fig(conflict);
});

const nonBlank = (s: string) => s.trim() !== "";
/** One parameter each route must refuse, with the value that makes it bad. */
const badFilterParam = fc.oneof(
  fc.tuple(fc.constant("limit"), fc.oneof(fc.constantFrom("0", "1001", "-1", "1.5", "abc", "10000", "1e2", "0x10"), anyString.filter((s) => nonBlank(s) && !(/^\d{1,4}$/.test(s.trim()) && +s >= 1 && +s <= 1000)))),
  fc.tuple(fc.constant("cursor"), fc.oneof(fc.constantFrom("MA", "LTE", "AAAA", "x".repeat(17), "MTA=", "!!"), anyString.filter((s) => s !== "" && decodeCursor(s) === null))),
  fc.tuple(fc.constantFrom("from", "to"), badDay(false)),
  fc.tuple(fc.constant("status"), anyString.filter((s) => nonBlank(s) && !(FIGURE_STATUS_FILTERS as readonly string[]).includes(s))),
  fc.tuple(fc.constant("conflict"), anyString.filter((s) => nonBlank(s) && !/^[a-z0-9-]{1,100}$/.test(s.trim()))),
  fc.tuple(fc.constant("metric"), anyString.filter((s) => nonBlank(s) && !/^[a-z][a-z0-9_]{0,49}$/.test(s.trim()))),
  fc.tuple(fc.constant("source"), fc.oneof(fc.integer({ min: 201, max: 400 }).map((n) => "s".repeat(n)), fc.constantFrom("UN\u0000HCR", "\u0000"))),
);
/** Parameters the routes do not know: ignored, whatever they hold. */
const unknownParams = fc.array(fc.tuple(fc.constantFrom("foo", "__proto__", "constructor", "page", "sort", "hxl2"), anyString), { maxLength: 3 });
/** Any query at all: known and unknown names, any values, repeated names. */
const anyQuery = fc.array(fc.tuple(fc.constantFrom("conflict", "metric", "source", "status", "from", "to", "limit", "cursor", "hxl", "revisions", "x"), anyString), { maxLength: 6 });

async function expectProblem(res: Response, status: number[], param?: string): Promise<void> {
  expect(status).toContain(res.status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = (await res.json()) as Problem;
  expectClearMessages([body.error]);
  if (param) expect(Object.keys(body.details)).toContain(param);
}

describe("bad parameters to the API are answered 4xx with a sentence; nothing answers 5xx or writes", () => {
  it("GET /api/v1/figures", async () => {
    await fc.assert(
      fc.asyncProperty(badFilterParam, unknownParams, async ([param, value], extra) => {
        const res = await figuresGET(new Request(url("/api/v1/figures", [[param, value], ...extra])));
        await expectProblem(res, [400], param);
      }),
      { numRuns: runs(40) },
    );
  });

  it("GET /api/v1/figures.csv (with its hxl and revisions flags)", async () => {
    const badFlag = fc.tuple(fc.constantFrom("hxl", "revisions"), anyString.filter((s) => s !== "" && !["0", "1", "true", "false"].includes(s)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(badFilterParam.filter(([p]) => p !== "limit" && p !== "cursor"), badFlag), async ([param, value]) => {
        await expectProblem(await csvGET(new Request(url("/api/v1/figures.csv", [[param, value]]))), [400], param);
      }),
      { numRuns: runs(25) },
    );
  });

  it("any query at all to the figures, CSV and series routes: an answer below 500, every byte of it", async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(anyQuery, async (params) => {
        for (const res of [
          await figuresGET(new Request(url("/api/v1/figures", params))),
          await csvGET(new Request(url("/api/v1/figures.csv", params))),
          await seriesGET(new Request(url(`/api/v1/conflicts/${conflict}/series`, params)), { params: Promise.resolve({ slug: conflict }) }),
        ]) {
          expect(res.status).toBeLessThan(500);
          const text = await res.text(); // a stream that fails half-way throws here
          if (res.status >= 400) expectClearMessages([(JSON.parse(text) as Problem).error]);
        }
      }),
      { numRuns: runs(30) },
    );
    expect(await snapshot()).toBe(before);
  });

  it("GET /api/v1/conflicts/<slug>/series with any slug and metric: 404 or 400 with a sentence", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyString, fc.constantFrom("../figures", "syria%00", "a".repeat(101))), fc.option(anyString), async (slug, metric) => {
        fc.pre(slug !== conflict);
        const res = await seriesGET(new Request(url(`/api/v1/conflicts/x/series`, metric === null ? [] : [["metric", metric]])), { params: Promise.resolve({ slug }) });
        await expectProblem(res, [404]);
      }),
      { numRuns: runs(20) },
    );
    await fc.assert(
      fc.asyncProperty(anyString.filter((m) => m !== "deaths"), async (metric) => {
        const res = await seriesGET(new Request(url(`/api/v1/conflicts/${conflict}/series`, [["metric", metric]])), { params: Promise.resolve({ slug: conflict }) });
        await expectProblem(res, [400], "metric");
      }),
      { numRuns: runs(10) },
    );
  });

  it("POST /api/v1/extract with a body that is not a report: 400 with a sentence", async () => {
    const badBody = fc.oneof(
      anyString.filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }),
      fc.jsonValue().filter((v) => typeof v !== "object" || v === null || Array.isArray(v)).map((v) => JSON.stringify(v)),
      fc.record({ text: fc.oneof(fc.constant(""), fc.integer(), fc.constant(null)), publishedOn: fc.constant("2013-03-01") }).map((v) => JSON.stringify(v)),
      fc.record({ text: fc.constant("About 1,000 people fled."), publishedOn: fc.oneof(anyString.filter((s) => !isIsoDay(s)), fc.integer()) }).map((v) => JSON.stringify(v)),
      fc.record({ text: fc.constant("About 1,000 people fled."), publishedOn: fc.constant("2013-03-01"), publisher: fc.oneof(fc.integer(), fc.constant("p".repeat(201))) }).map((v) => JSON.stringify(v)),
    );
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(badBody, async (body) => {
        const res = await extractPOST(new Request("http://localhost/api/v1/extract", { method: "POST", body, headers: { "content-type": "application/json" } }));
        await expectProblem(res, [400]);
      }),
      { numRuns: runs(25) },
    );
    expect(await snapshot()).toBe(before);
  });
});
