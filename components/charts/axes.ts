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

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export type TimeTicks = { ticks: number[]; format: (t: number) => string };

/**
 * Calendar ticks for a time domain: years when it spans more than three years, else quarters, else months.
 * Evenly spaced in time, so distances on the axis stay honest.
 */
export function timeTicks([from, to]: readonly [number, number]): TimeTicks {
  const years = (to - from) / (365.25 * DAY);
  const stepMonths = years > 3 ? 12 : years > 1 ? 3 : 1;
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = Math.ceil(start.getUTCMonth() / stepMonths) * stepMonths;
  const ticks: number[] = [];
  for (let t = Date.UTC(y, m, 1); t <= to; t = Date.UTC(y, m, 1)) {
    if (t >= from) ticks.push(t);
    m += stepMonths;
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
  }
  const format = stepMonths === 12 ? (t: number) => String(new Date(t).getUTCFullYear()) : (t: number) => MONTH.format(t);
  return { ticks, format };
}
