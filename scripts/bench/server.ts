// What needs the running app: a production `next start` on the scratch database, 10 concurrent clients on the
// series endpoint and the conflict page (autocannon), the CSV export against COPY with the server's memory
// sampled from /proc, and the gzip size of the JavaScript the conflict page loads first.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import type pg from "pg";
import { HIDDEN_BY_REVISION } from "@/lib/figures/queries";
import { freePort } from "../lib/embedded-postgres";
import { bin, startNode } from "../lib/run";
import { copyOutCount } from "./copy";
import { median, round } from "./timing";

export type Server = { base: string; pid: number; stop: () => Promise<void> };

export async function startServer({ databaseUrl }: { databaseUrl: string }): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = startNode(bin.next, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_URL: base, NODE_ENV: "production", READ_ACCESS: "public", REVIEW: "none" },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (code ${child.exitCode}); its output above says why.`);
    const ok = await fetch(`${base}/api/v1/conflicts`).then((r) => r.ok, () => false);
    if (ok) return { base, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error("next start did not answer within 60 s.");
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(c));
      }
    } catch {
      /* the process ended while we looked */
    }
  };
  visit(pid);
  return kb / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type LoadRun = { p50: number; p95: number; p99: number; rps: number; errors: number };

/**
 * 10 clients on one URL, for `seconds` or (when responses are slower than that) for `amount` requests, so a
 * slow page still gives every client an answer; latencies from every response, not autocannon's fixed percentiles.
 */
async function loadOnce(url: string, limit: { seconds: number } | { amount: number }): Promise<LoadRun & { ms: number }> {
  const latencies: number[] = [];
  const bound = "seconds" in limit ? { duration: limit.seconds } : { amount: limit.amount };
  // without a callback autocannon returns its tracker: an event emitter that is also a promise of the result
  // clients say they take gzip, as every browser and most HTTP clients do
  const instance = autocannon({ url, connections: 10, timeout: 120, headers: { "accept-encoding": "gzip" }, ...bound }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const t = performance.now();
  const result = await instance;
  const ms = performance.now() - t;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / (ms / 1000),
    errors: result.errors + result.timeouts + result.non2xx,
    ms,
  };
}

async function loadMedian(url: string, reps: number, seconds: number): Promise<LoadRun> {
  // warm-up: one request per client, twice (the first round meets a cold server: its first request compiles
  // the route, opens connections and fills the cache while the others queue); if the second round alone
  // outlasts `seconds`, each repetition is 10 requests instead
  await loadOnce(url, { amount: 10 });
  const warm = await loadOnce(url, { amount: 10 });
  const limit = warm.ms < seconds * 1000 ? { seconds } : { amount: 10 };
  const runs: LoadRun[] = [];
  for (let i = 0; i < reps; i++) runs.push(await loadOnce(url, limit));
  const m = (k: keyof LoadRun) => round(median(runs.map((r) => r[k])), 1);
  return { p50: m("p50"), p95: m("p95"), p99: m("p99"), rps: m("rps"), errors: runs.reduce((s, r) => s + r.errors, 0) };
}

export async function measureLoad(server: Server, { slug, metric, reps, seconds = 5 }: { slug: string; metric: string; reps: number; seconds?: number }) {
  const series = await loadMedian(`${server.base}/api/v1/conflicts/${slug}/series?metric=${metric}`, reps, seconds);
  const page = await loadMedian(`${server.base}/conflicts/${slug}`, reps, seconds);
  return {
    series_p50_ms: series.p50,
    series_p95_ms: series.p95,
    series_p99_ms: series.p99,
    series_rps: series.rps,
    page_p50_ms: page.p50,
    page_p95_ms: page.p95,
    page_p99_ms: page.p99,
    page_rps: page.rps,
    // errors, timeouts and non-2xx answers under load: reported rather than thrown, so a long run still ends
    load_errors: series.errors + page.errors,
  };
}

/** The scripts the page's HTML loads (src of each <script>), each gzipped as a server would send it. */
export async function measureFirstLoad(server: Server, slug: string) {
  const html = await (await fetch(`${server.base}/conflicts/${slug}`)).text();
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let bytes = 0;
  const sizes: [string, number][] = [];
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, server.base))).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).length;
    bytes += gz;
    sizes.push([src.split("/").pop()!.split("?")[0]!, gz]);
  }
  const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, b]) => `${name} ${round(b / 1024, 1)} KB`).join(", ");
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  return { first_load_js_kb: round(bytes / 1024, 1), first_load_scripts: srcs.length, first_load_largest: largest, inline_script_kb: round(gzipSync(inline).length / 1024, 1) };
}

/**
 * The export's rows and columns (revised figures left out, as the app does), from the same joins, as COPY
 * writes them, with no formatting or formula check: PostgreSQL's floor. The revision set is computed the
 * fastest way found, the app's own `HIDDEN_BY_REVISION` (a recursive walk over the revision links alone).
 */
const EXPORT_COPY = `COPY (
  WITH RECURSIVE ${HIDDEN_BY_REVISION}
  SELECT f.id, c.slug, c.name, m.slug, f.value, f.low, f.high, f.qualifier, m.unit, f."refDate", f."periodStart", s.name, s.kind,
         r.title, r.url, r."publishedOn", r.publisher, f.quote, f.note, f.status, f."supersedesId"
    FROM "Figure" f JOIN "Conflict" c ON c.id = f."conflictId" JOIN "Metric" m ON m.id = f."metricId"
    JOIN "Source" s ON s.id = f."sourceId" JOIN "Report" r ON r.id = f."reportId"
   WHERE f.status = 'published' AND f."deletedAt" IS NULL
     AND f.id NOT IN (SELECT id FROM hidden)
   ORDER BY f.id
) TO STDOUT WITH (FORMAT csv, HEADER)`;

/**
 * Reads the whole CSV export, counting lines; samples the server's memory meanwhile. Plain by default, as COPY
 * sends its rows; with `gzip` as a browser asks for it, the client (this process, on the same cores) inflating.
 */
async function exportOnce(server: Server, query = "", { gzip = false } = {}): Promise<{ ms: number; rows: number; bytes: number; peakMb: number; baseMb: number }> {
  const baseMb = treeRssMb(server.pid);
  let peakMb = baseMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(server.pid))), 50);
  const t = performance.now();
  let lines = 0;
  let bytes = 0;
  try {
    const res = await fetch(`${server.base}/api/v1/figures.csv${query}`, { headers: { "accept-encoding": gzip ? "gzip" : "identity" } });
    if (!res.ok || !res.body) throw new Error(`figures.csv answered ${res.status}`);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
  } finally {
    clearInterval(timer);
  }
  peakMb = Math.max(peakMb, treeRssMb(server.pid));
  return { ms: performance.now() - t, rows: lines - 1, bytes, peakMb, baseMb };
}

export async function measureExport(server: Server, client: pg.Client, { reps }: { reps: number }) {
  const warm = await exportOnce(server, "?conflict=bench-01"); // warm-up: one conflict, the same code
  const runs = async (gzip: boolean) => {
    const out: Awaited<ReturnType<typeof exportOnce>>[] = [];
    for (let i = 0; i < reps; i++) out.push(await exportOnce(server, "", { gzip }));
    return out;
  };
  const measured = await runs(false);
  const gzipped = await runs(true);
  const app = [warm, ...measured, ...gzipped];
  await copyOutCount(client, EXPORT_COPY);
  const copy: { ms: number; rows: number }[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const { lines } = await copyOutCount(client, EXPORT_COPY);
    copy.push({ ms: performance.now() - t, rows: lines - 1 });
  }
  if ([...measured, ...gzipped].some((r) => r.rows !== copy[0]!.rows)) throw new Error(`The export gave ${measured[0]!.rows} rows, COPY ${copy[0]!.rows}.`);
  const appRps = median(measured.map((r) => r.rows / (r.ms / 1000)));
  const copyRps = median(copy.map((r) => r.rows / (r.ms / 1000)));
  return {
    export_ratio: appRps / copyRps,
    export_rows: copy[0]!.rows,
    export_app_rows_per_s: Math.round(appRps),
    // the same export gzipped (zlib's fastest level) and inflated by this process, all on the same cores
    export_gzip_ratio: median(gzipped.map((r) => r.rows / (r.ms / 1000))) / copyRps,
    export_copy_rows_per_s: Math.round(copyRps),
    export_mb: round(measured[0]!.bytes / 1024 / 1024, 1),
    export_rss_growth_mb: round(Math.max(...app.map((r) => r.peakMb - r.baseMb)), 1),
    server_rss_peak_mb: round(Math.max(...app.map((r) => r.peakMb)), 1),
  };
}
