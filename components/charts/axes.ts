// Axis helpers for the time-series charts. Pure.

const DAY = 24 * 3600 * 1000;

/** The x range: the data's span plus 3% each side (at least 15 days) so edge points are not cut in half. */
export function timeDomain(ts: readonly number[]): [number, number] {
  if (ts.length === 0) {
    const now = Date.now();
    return [now - 30 * DAY, now];
  }
  const min = Math.min(...ts);
  const max = Math.max(...ts);
  const pad = Math.max(15 * DAY, (max - min) * 0.03);
  return [min - pad, max + pad];
}

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** Axis ticks: 70K, 1.1M. */
export function formatTick(v: number): string {
  return COMPACT.format(v);
}
