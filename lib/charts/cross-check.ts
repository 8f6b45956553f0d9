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

/**
 * The outflow in effect on each day from `from` to `to` (exclusive), as a step: each figure holds until the
 * next one. Days before the first figure take the first figure's rate (said in the text).
 */
export function flowOver(flows: readonly Row[], from: string, to: string): { total: number; used: FlowUsed[] } {
  const sorted = flows.filter((f) => f.refDate < to).sort((a, b) => a.refDate.localeCompare(b.refDate) || a.id - b.id);
  // one rate per day: the latest figure on or before it (same-day figures: the last entered wins)
  const inEffect = sorted.filter((f, i) => sorted[i + 1]?.refDate !== f.refDate);
  const start = dayToEpoch(from);
  const end = dayToEpoch(to);
  const used = new Map<number, FlowUsed>();
  let total = 0;
  inEffect.forEach((f, i) => {
    const next = inEffect[i + 1];
    const a = i === 0 ? start : Math.max(start, dayToEpoch(f.refDate));
    const b = next ? Math.min(end, dayToEpoch(next.refDate)) : end;
    const days = Math.round((b - a) / DAY);
    if (days <= 0) return;
    const perDay = f.value * (PER_DAY[f.unit] ?? 1);
    total += perDay * days;
    used.set(f.id, { id: f.id, label: describeValue(f.value, f.qualifier, f.unit), refDate: f.refDate, source: f.sourceName, perDay, days });
  });
  return { total: Math.round(total), used: [...used.values()] };
}

/** For each source of the stock with two observed figures, its latest two compared with the outflow between. */
export function crossChecks(rows: readonly Row[]): CrossCheck[] {
  const out: CrossCheck[] = [];
  for (const pair of FLOW_PAIRS) {
    const flows = rows.filter((r) => r.metricSlug === pair.flow && observed(r));
    if (flows.length === 0) continue;
    const stocks = rows.filter((r) => r.metricSlug === pair.stock && observed(r));
    const bySource = new Map<string, Row[]>();
    for (const r of stocks) bySource.set(r.sourceName, [...(bySource.get(r.sourceName) ?? []), r]);
    for (const [source, figures] of [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = figures.sort((a, b) => a.refDate.localeCompare(b.refDate) || a.id - b.id);
      const last = sorted.at(-1)!;
      const before = sorted.filter((r) => r.refDate < last.refDate).at(-1);
      if (!before) continue;
      const { total, used } = flowOver(flows, before.refDate, last.refDate);
      if (used.length === 0) continue;
      const days = Math.round((dayToEpoch(last.refDate) - dayToEpoch(before.refDate)) / DAY);
      const stockChange = last.value - before.value;
      const gap = stockChange - total;
      const firstFlow = [...used].sort((a, b) => a.refDate.localeCompare(b.refDate))[0]!;
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
