// Headline cards: per metric and source, the latest figure, the change since that source's previous one, and
// for cumulative counts the rate the two imply ("≈ 286 deaths a day between 2 Jan and 12 Feb 2013"). Pure.
import { dayToEpoch, formatDay } from "@/lib/dates";
import { describeValue, formatCount } from "@/lib/figures/qualifiers";
import type { FigureRow } from "@/lib/figures/types";

const DAY = 86_400_000;

export type HeadlineFigure = { id: number; value: number; label: string; refDate: string };

export type Headline = {
  metricSlug: string;
  source: string;
  latest: HeadlineFigure;
  /** the same source's figure before it, with the difference; null for a source's first figure */
  change: { previous: HeadlineFigure; delta: number; text: string } | null;
  /** cumulative counts only: the change spread over the days between the two figures */
  rate: { perDay: number; days: number; text: string } | null;
  /** a projection the source made after its latest observation, shown apart from it */
  projection: HeadlineFigure | null;
};

/** What a metric's count is of, for sentences: "deaths a day", "refugees a day". */
const NOUNS: Record<string, string> = { deaths: "deaths", injured: "people injured", refugees: "refugees", idps: "people displaced" };

export function metricNoun(metricSlug: string, metricName: string): string {
  return NOUNS[metricSlug] ?? metricName.toLowerCase();
}

/** "2 Jan and 12 Feb 2013", "30 Nov 2012 and 2 Jan 2013". */
export function formatBetween(a: string, b: string): string {
  const [from, to] = [formatDay(a), formatDay(b)];
  return a.slice(0, 4) === b.slice(0, 4) ? `${from.slice(0, -5)} and ${to}` : `${from} and ${to}`;
}

/** 286, 13, 9.5, 0.4: whole numbers from 10 up, where decimals would be false precision. */
export function formatRate(perDay: number): string {
  const abs = Math.abs(perDay);
  return abs >= 10 ? formatCount(Math.round(perDay)) : String(Math.round(perDay * 10) / 10);
}

const collate = new Intl.Collator().compare;

const toFigure = (r: FigureRow): HeadlineFigure => ({ id: r.id, value: r.value, label: describeValue(r.value, r.qualifier, r.unit), refDate: r.refDate });

/** The headline for each metric and source, sources alphabetical within a metric, metrics in the order met. */
export function headlines(rows: readonly (FigureRow & { revised?: boolean })[]): Headline[] {
  const groups = new Map<string, FigureRow[]>();
  for (const r of rows) {
    if (r.revised) continue; // a revised figure is no longer what its source says
    const key = `${r.metricSlug}\u0000${r.sourceName}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const metricOrder = [...new Set(rows.map((r) => r.metricSlug))];
  return [...groups.values()]
    .sort((a, b) => metricOrder.indexOf(a[0]!.metricSlug) - metricOrder.indexOf(b[0]!.metricSlug) || collate(a[0]!.sourceName, b[0]!.sourceName))
    .map((figures) => headlineOf(figures));
}

function headlineOf(figures: FigureRow[]): Headline {
  const sorted = [...figures].sort((a, b) => (a.refDate < b.refDate ? -1 : a.refDate > b.refDate ? 1 : a.id - b.id));
  const observed = sorted.filter((r) => r.qualifier !== "projected");
  const head = sorted[0]!;
  const latestRow = observed.at(-1) ?? sorted.at(-1)!;
  const laterProjection = sorted.filter((r) => r.qualifier === "projected" && r.refDate >= latestRow.refDate && r !== latestRow).at(-1);
  const previousRow = observed.length >= 2 ? observed.at(-2)! : null;
  const noun = metricNoun(head.metricSlug, head.metricName);
  let change: Headline["change"] = null;
  let rate: Headline["rate"] = null;
  if (previousRow) {
    const delta = latestRow.value - previousRow.value;
    const since = `since ${formatDay(previousRow.refDate)} (${describeValue(previousRow.value, previousRow.qualifier, previousRow.unit)})`;
    const text = delta === 0 ? `unchanged ${since}` : `${delta > 0 ? "+" : "−"}${formatCount(Math.abs(delta))} ${since}`;
    change = { previous: toFigure(previousRow), delta, text };
    const days = Math.round((dayToEpoch(latestRow.refDate) - dayToEpoch(previousRow.refDate)) / DAY);
    if (head.metricKind === "stock" && days > 0 && delta > 0) {
      const perDay = delta / days;
      rate = { perDay, days, text: `≈ ${formatRate(perDay)} ${noun} a day between ${formatBetween(previousRow.refDate, latestRow.refDate)}` };
    }
  }
  return {
    metricSlug: head.metricSlug,
    source: head.sourceName,
    latest: toFigure(latestRow),
    change,
    rate,
    projection: laterProjection ? toFigure(laterProjection) : null,
  };
}
