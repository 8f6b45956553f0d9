// Counting and percentiles over the requests' outcomes. Pure.
import type { Outcome } from "./outcome";

/** The value at or under which p % of the sorted values lie (nearest rank); NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export type Latency = { count: number; p50: number; p95: number; p99: number; max: number };

export function latency(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const r = (v: number) => (Number.isNaN(v) ? NaN : Math.round(v * 10) / 10);
  return { count: sorted.length, p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)), max: r(sorted.at(-1) ?? NaN) };
}

/** How many outcomes of each kind other than "ok", most frequent first. */
export function errorsByKind(outcomes: readonly Outcome[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.kind !== "ok") counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export type Summary = {
  requests: number;
  errors: number;
  errorsByKind: Record<string, number>;
  rps: number;
  /** latencies of the successful requests */
  reads: Latency;
  writes: Latency;
};

export function summarise(outcomes: readonly Outcome[], seconds: number): Summary {
  const ok = outcomes.filter((o) => o.kind === "ok");
  const byKind = errorsByKind(outcomes);
  return {
    requests: outcomes.length,
    errors: outcomes.length - ok.length,
    errorsByKind: byKind,
    rps: Math.round((outcomes.length / seconds) * 10) / 10,
    reads: latency(ok.filter((o) => o.role === "read").map((o) => o.ms)),
    writes: latency(ok.filter((o) => o.role === "write").map((o) => o.ms)),
  };
}

/** The outcomes of requests sent within [from, to] (ms since the load started). */
export const sentBetween = (outcomes: readonly Outcome[], from: number, to: number) => outcomes.filter((o) => o.startedAt >= from && o.startedAt <= to);
