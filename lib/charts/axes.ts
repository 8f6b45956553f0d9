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

export type ValueAxis = { domain: [number, number]; ticks: number[] };

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/**
 * The y axis. Linear: from zero (a toll never starts anywhere else) to a round number above the highest
 * value or bound. Log: whole decades around the positive values, with 2 and 5 between when few decades.
 */
export function valueAxis(values: readonly number[], scale: "linear" | "log"): ValueAxis {
  if (scale === "log") {
    const positive = values.filter((v) => v > 0);
    if (positive.length === 0) return { domain: [1, 10], ticks: [1, 10] };
    const lo = Math.floor(Math.log10(Math.min(...positive)));
    let hi = Math.ceil(Math.log10(Math.max(...positive)));
    if (hi === lo) hi += 1;
    const ticks: number[] = [];
    for (let k = lo; k <= hi; k++) {
      for (const m of hi - lo <= 3 ? [1, 2, 5] : [1]) if (m * 10 ** k <= 10 ** hi) ticks.push(m * 10 ** k);
    }
    return { domain: [10 ** lo, 10 ** hi], ticks };
  }
  const max = Math.max(0, ...values);
  if (max === 0) return { domain: [0, 1], ticks: [0, 1] };
  const step = Math.max(1, niceStep(max, 5)); // whole people: never a tick at 0.5
  // headroom: a point on the top edge reads as cut off
  const top = Math.ceil((max * 1.04) / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v));
  return { domain: [0, top], ticks };
}
