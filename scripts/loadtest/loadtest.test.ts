// The load test's pure parts: its options, its counting, how it names what became of a request, how it judges
// an outage, and that every figure its writers send passes the figure schema.
import { describe, expect, it } from "vitest";
import { parseFigureInput } from "@/lib/figures/schema";
import { readArgs } from "./args";
import { clearErrorBody, kindOfError, kindOfStatus, PAGE_ERROR_SCREEN, type Outcome } from "./outcome";
import { judgeOutage } from "./outage";
import { errorsByKind, latency, percentile, summarise } from "./stats";
import { readerPaths, writerFigure } from "./workload";

describe("readArgs", () => {
  it("defaults to the issue's load: 60 s, 20 writers, 50 readers, no faults", () => {
    expect(readArgs([])).toMatchObject({ seconds: 60, writers: 20, readers: 50, faults: false, json: false });
  });
  it("reads shorter runs and the fault options", () => {
    expect(readArgs(["--seconds", "3", "--writers", "2", "--readers", "2", "--json"])).toMatchObject({ seconds: 3, writers: 2, readers: 2, json: true });
    expect(readArgs(["--faults", "--seconds", "40", "--outage-at", "5", "--outage-seconds", "10", "--import-rows", "1,000"])).toMatchObject({
      faults: true, outageAt: 5, outageSeconds: 10, importRows: 1000,
    });
    expect(readArgs(["--faults"])).toMatchObject({ outageAt: 20, outageSeconds: 10, importRows: 100_000 });
  });
  it("refuses bad values with a sentence naming the option", () => {
    expect(() => readArgs(["--seconds", "0"])).toThrow(/--seconds 0 is not a whole number from 1/);
    expect(() => readArgs(["--writers", "many"])).toThrow(/--writers many/);
    expect(() => readArgs(["--outage-at", "3"])).toThrow(/--outage-at goes with --faults/);
    expect(() => readArgs(["--faults", "--seconds", "10", "--outage-at", "5"])).toThrow(/must end before the load does/);
    expect(() => readArgs(["--sekonds", "3"])).toThrow(/sekonds/);
    expect(() => readArgs(["60"])).toThrow(/Unexpected argument "60"/);
  });
});

const o = (over: Partial<Outcome>): Outcome => ({ role: "read", server: 0, startedAt: 0, ms: 10, kind: "ok", ...over });

describe("stats", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 99), percentile(values, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(latency([3, 1, 2])).toEqual({ count: 3, p50: 2, p95: 3, p99: 3, max: 3 });
  });
  it("counts errors by kind and latencies of successes only, reads and writes apart", () => {
    const outcomes = [o({ ms: 5 }), o({ ms: 15 }), o({ role: "write", ms: 40 }), o({ kind: "status 503", ms: 1 }), o({ kind: "status 503" }), o({ kind: "timeout", ms: 15_000 })];
    expect(errorsByKind(outcomes)).toEqual({ "status 503": 2, timeout: 1 });
    const s = summarise(outcomes, 2);
    expect(s).toMatchObject({ requests: 6, errors: 3, rps: 3, reads: { count: 2, max: 15 }, writes: { count: 1, p50: 40 } });
  });
});

describe("outcomes", () => {
  it("names a status, Next.js's page error screen, a timeout and a refused connection", () => {
    expect(kindOfStatus(201)).toBe("ok");
    expect(kindOfStatus(503)).toBe("status 503");
    expect(kindOfStatus(500, { api: false, body: '<html id="__next_error__">' })).toBe(PAGE_ERROR_SCREEN);
    expect(kindOfStatus(500, { api: true, body: "{}" })).toBe("status 500");
    expect(kindOfError(Object.assign(new Error("timed out"), { name: "TimeoutError" }))).toBe("timeout");
    expect(kindOfError(new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe("network error (ECONNREFUSED)");
    expect(kindOfError(new TypeError("fetch failed"))).toBe("network error");
  });
  it("calls an error answer clear only with a sentence and no stack trace", () => {
    expect(clearErrorBody({ api: true, contentType: "application/json", body: '{"error":"The database is not reachable: try again."}' })).toBe(true);
    expect(clearErrorBody({ api: true, contentType: "application/json", body: '{"error":"x"}' })).toBe(false);
    expect(clearErrorBody({ api: true, contentType: "text/html", body: "<h1>Internal Server Error</h1>" })).toBe(false);
    expect(clearErrorBody({ api: true, contentType: "application/json", body: '{"error":"Failed at run (/app/lib/db.ts:12:7)"}' })).toBe(false);
    expect(clearErrorBody({ api: false, contentType: "text/html; charset=utf-8", body: "<main><h1>Briefly unavailable</h1></main>" })).toBe(true);
    expect(clearErrorBody({ api: false, contentType: "text/html", body: "<h1>Oops</h1><pre>    at render (node_modules/react/x.js:1:2)</pre>" })).toBe(false);
  });
});

describe("judgeOutage", () => {
  const times = { stopAt: 10_000, stoppedAt: 10_500, startAt: 20_000, upAt: 20_400 };
  it("passes clear, quick 503s and a recovery within the grace", () => {
    const outcomes = [
      o({ startedAt: 9_000, ms: 50 }),
      o({ startedAt: 9_990, ms: 30, kind: "status 503", clear: true }), // in flight at the stop
      o({ startedAt: 12_000, ms: 4, kind: "status 503", clear: true, server: 1 }),
      o({ startedAt: 9_995, ms: 40, kind: PAGE_ERROR_SCREEN }),
      o({ startedAt: 20_500, ms: 100 }),
      o({ startedAt: 20_600, ms: 80, server: 1 }),
      o({ startedAt: 29_000, ms: 20 }),
    ];
    const r = judgeOutage(outcomes, times, 2, 40_000);
    expect(r).toMatchObject({ requests: 3, sent: 1, errorsByKind: { "status 503": 2, [PAGE_ERROR_SCREEN]: 1 }, renderFailures: 1, unclear: 0, longestMs: 4, recoveredAfterMs: [200, 280], ok: true });
  });
  it("fails a hang, an unclear answer, a network error or a failure after recovery", () => {
    // in flight at the stop after waiting behind the load: not held to 5 s, but still a clear 503
    expect(judgeOutage([...[o({ startedAt: 20_500 }), o({ startedAt: 20_500, server: 1 })], o({ startedAt: 4_000, ms: 8_000, kind: "status 503", clear: true })], times, 2, 40_000)).toMatchObject({ slowerThan5s: 0, ok: true });
    const base = [o({ startedAt: 20_500 }), o({ startedAt: 20_500, server: 1 })];
    const judge = (bad: Outcome) => judgeOutage([...base, bad], times, 2, 40_000);
    expect(judge(o({ startedAt: 12_000, ms: 6_000, kind: "status 503", clear: true }))).toMatchObject({ slowerThan5s: 1, ok: false });
    expect(judge(o({ startedAt: 12_000, kind: "status 503", clear: false }))).toMatchObject({ unclear: 1, ok: false });
    expect(judge(o({ startedAt: 12_000, kind: "timeout", ms: 15_000 })).ok).toBe(false);
    expect(judge(o({ startedAt: 31_000, kind: "status 500", clear: true }))).toMatchObject({ errorsAfterRecovery: 1, ok: false });
    expect(judge(o({ startedAt: 5_000, kind: "status 500", clear: true }))).toMatchObject({ errorsBefore: 1, ok: false });
  });
});

describe("workload", () => {
  it("sends writers' figures the figure schema accepts, different each time", () => {
    const bodies = [writerFigure("syria", 0, 0), writerFigure("syria", 0, 1), writerFigure("syria", 19, 500)];
    for (const body of bodies) expect(parseFigureInput(Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]))).ok).toBe(true);
    expect(new Set(bodies.map((b) => b.quote)).size).toBe(3);
  });
  it("sends readers to the chart page, each metric's series and the figures list", () => {
    const paths = readerPaths("syria", ["deaths", "refugees"]).map((p) => p.path);
    expect(paths).toContain("/conflicts/syria");
    expect(paths).toContain("/api/v1/conflicts/syria/series?metric=refugees");
    expect(paths.some((p) => p.startsWith("/api/v1/figures?conflict=syria"))).toBe(true);
  });
});
