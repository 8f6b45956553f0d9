// The load itself: readers cycling through chart pages and the JSON API, writers adding figures through
// POST /api/v1/figures, each request timed from send to the last byte and recorded as an Outcome. Every loop
// stops at the deadline; a client whose request failed waits a moment before the next, as a person would.
import { clearErrorBody, kindOfError, kindOfStatus, type Outcome } from "./outcome";
import { readerPaths, writerFigure } from "./workload";

export type Target = { base: string; index: number };
export type Clock = () => number;
export type Acked = { id: number; writer: number; k: number };

const PAUSE_AFTER_ERROR_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request, read whole; error answers are kept to judge whether they were clear. */
async function timed(
  role: Outcome["role"],
  target: Target,
  path: string,
  init: RequestInit,
  { clock, timeoutMs, api }: { clock: Clock; timeoutMs: number; api: boolean },
): Promise<{ outcome: Outcome; status?: number; body?: string }> {
  const startedAt = clock();
  const t = performance.now();
  try {
    // reads follow a redirect as a browser does (a render the database left midway sends the browser back to
    // its address, lib/db-pages.ts), and are timed to the final answer; writes take their answer as it is
    const redirect = role === "read" ? "follow" : "manual";
    const res = await fetch(`${target.base}${path}`, { ...init, redirect, signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.text();
    const kind = kindOfStatus(res.status, { api, body });
    const outcome: Outcome = { role, server: target.index, path, startedAt, ms: performance.now() - t, kind };
    if (kind !== "ok") outcome.clear = clearErrorBody({ api, contentType: res.headers.get("content-type") ?? "", body });
    return { outcome, status: res.status, body };
  } catch (err) {
    return { outcome: { role, server: target.index, path, startedAt, ms: performance.now() - t, kind: kindOfError(err) } };
  }
}

export type LoopOptions = { targets: Target[]; until: number; clock: Clock; timeoutMs: number; record: (o: Outcome) => void };

export async function reader(id: number, { slug, metrics, ...o }: LoopOptions & { slug: string; metrics: string[] }): Promise<void> {
  const paths = readerPaths(slug, metrics);
  for (let n = id * 3; o.clock() < o.until; n++) {
    const target = o.targets[n % o.targets.length]!;
    const { path, api } = paths[n % paths.length]!;
    const { outcome } = await timed("read", target, path, { headers: { "accept-encoding": "gzip" } }, { ...o, api });
    o.record(outcome);
    if (outcome.kind !== "ok") await sleep(PAUSE_AFTER_ERROR_MS);
  }
}

/** Adds figures as one signed-in editor, to each server in turn; every 201's figure id is kept as acknowledged. */
export async function writer(id: number, { cookie, slug, acked, ...o }: LoopOptions & { cookie: string; slug: string; acked: Acked[] }): Promise<void> {
  for (let k = 0; o.clock() < o.until; k++) {
    const target = o.targets[(id + k) % o.targets.length]!;
    const init: RequestInit = {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: target.base },
      body: JSON.stringify(writerFigure(slug, id, k)),
    };
    const { outcome, status, body } = await timed("write", target, "/api/v1/figures", init, { ...o, api: true });
    if (status === 201) {
      const figureId = (JSON.parse(body!) as { data?: { id?: unknown } }).data?.id;
      if (typeof figureId === "number") acked.push({ id: figureId, writer: id, k });
      else outcome.kind = "201 without a figure id";
    }
    o.record(outcome);
    if (outcome.kind !== "ok") await sleep(PAUSE_AFTER_ERROR_MS);
  }
}
