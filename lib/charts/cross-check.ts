// Cross-check: where a conflict has a refugee count and a daily outflow, the outflow times the days between
// two refugee figures should roughly match how much the count grew. The gap is worth a look either way. Pure.
import { dayToEpoch, formatDay } from "@/lib/dates";
import { describeValue, formatCount } from "@/lib/figures/qualifiers";
import type { FigureRow } from "@/lib/figures/types";
import { formatBetween } from "./headlines";

const DAY = 86_400_000;

/** Stock metrics and the flow that feeds them. */
export const FLOW_PAIRS = [{ stock: "refugees", flow: "daily_outflow" }] as const;

const PER_DAY: Record<string, number> = { people_per_day: 1, people_per_week: 1 / 7, people_per_month: 12 / 365.25 };

export type FlowUsed = { id: number; label: string; refDate: string; source: string; perDay: number; days: number };

export type CrossCheck = {
  stockSource: string;
  from: string;
  to: string;
  days: number;
  /** how much the stock grew between its two figures */
  stockChange: number;
  /** the outflow figures in effect over the period, times their days */
  expected: number;
  /** stockChange − expected: positive when the count grew faster than the outflow accounts for */
  gap: number;
  flows: FlowUsed[];
  text: string;
};

type Row = FigureRow & { revised?: boolean };

const observed = (r: Row) => !r.revised && r.qualifier !== "projected";

// ISO days order as plain strings; a collator would cost far more for the same order
const byDay = (a: { refDate: string; id: number }, b: { refDate: string; id: number }) => (a.refDate < b.refDate ? -1 : a.refDate > b.refDate ? 1 : a.id - b.id);
const collate = new Intl.Collator().compare;

type Step = { row: Row; t: number };

/** The outflow figures as steps in date order, one per day (same-day figures: the last entered wins). */
function stepsOf(flows: readonly Row[]): Step[] {
  const sorted = [...flows].sort(byDay);
  return sorted.filter((f, i) => sorted[i + 1]?.refDate !== f.refDate).map((row) => ({ row, t: dayToEpoch(row.refDate) }));
}

/**
 * The outflow in effect on each day from `from` to `to` (exclusive), as a step: each figure holds until the
 * next one. Days before the first figure take the first figure's rate (said in the text).
 */
export function flowOver(flows: readonly Row[], from: string, to: string): { total: number; used: FlowUsed[] } {
  return flowOverSteps(stepsOf(flows), from, to);
}

function flowOverSteps(steps: readonly Step[], from: string, to: string): { total: number; used: FlowUsed[] } {
  const start = dayToEpoch(from);
  const end = dayToEpoch(to);
  // steps that end on or before `from` add nothing: begin at the last one in effect on `from` (binary search)
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid]!.t <= start) lo = mid;
    else hi = mid - 1;
  }
  const used = new Map<number, FlowUsed>();
  let total = 0;
  for (let i = lo; i < steps.length && steps[i]!.t < end; i++) {
    const { row: f, t } = steps[i]!;
    const next = steps[i + 1];
    const a = i === 0 ? start : Math.max(start, t);
    const b = next && next.t < end ? next.t : end;
    const days = Math.round((b - a) / DAY);
    if (days <= 0) continue;
    const perDay = f.value * (PER_DAY[f.unit] ?? 1);
    total += perDay * days;
    used.set(f.id, { id: f.id, label: describeValue(f.value, f.qualifier, f.unit), refDate: f.refDate, source: f.sourceName, perDay, days });
  }
  return { total: Math.round(total), used: [...used.values()] };
}

/** For each source of the stock with two observed figures, its latest two compared with the outflow between. */
export function crossChecks(rows: readonly Row[]): CrossCheck[] {
  const out: CrossCheck[] = [];
  for (const pair of FLOW_PAIRS) {
    const flows = stepsOf(rows.filter((r) => r.metricSlug === pair.flow && observed(r)));
    if (flows.length === 0) continue;
    const stocks = rows.filter((r) => r.metricSlug === pair.stock && observed(r));
    const bySource = new Map<string, Row[]>();
    for (const r of stocks) {
      const list = bySource.get(r.sourceName);
      if (list) list.push(r);
      else bySource.set(r.sourceName, [r]);
    }
    for (const [source, figures] of [...bySource.entries()].sort(([a], [b]) => collate(a, b))) {
      const sorted = figures.sort(byDay);
      const last = sorted.at(-1)!;
      const before = sorted.filter((r) => r.refDate < last.refDate).at(-1);
      if (!before) continue;
      const { total, used } = flowOverSteps(flows, before.refDate, last.refDate);
      if (used.length === 0) continue;
      const days = Math.round((dayToEpoch(last.refDate) - dayToEpoch(before.refDate)) / DAY);
      const stockChange = last.value - before.value;
      const gap = stockChange - total;
      const firstFlow = [...used].sort((a, b) => (a.refDate < b.refDate ? -1 : a.refDate > b.refDate ? 1 : 0))[0]!;
      const backfilled = firstFlow.refDate > before.refDate ? ` (assuming ${firstFlow.label} held from ${formatDay(before.refDate)})` : "";
      const text =
        `Between ${formatBetween(before.refDate, last.refDate)} (${days} days) ${source}'s count grew by ${formatCount(stockChange)}; ` +
        `the reported outflow over those days comes to ≈ ${formatCount(total)}${backfilled}. ` +
        (gap === 0 ? "They match." : `Gap: ${formatCount(Math.abs(gap))} ${gap > 0 ? "more in the count than the outflow accounts for" : "fewer in the count than the outflow implies"}.`);
      out.push({ stockSource: source, from: before.refDate, to: last.refDate, days, stockChange, expected: total, gap, flows: used, text });
    }
  }
  return out;
}
