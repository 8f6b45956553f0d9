// The review of a report's proposals: which are still to decide, which became figures, which an editor
// rejected; and what each card starts with. Pure: the page loads the rows, this decides what they mean.
import type { Proposal } from "@/lib/extraction/extract";
import { formatCount } from "@/lib/figures/qualifiers";
import type { FigureFormValues } from "@/lib/figures/schema";
import { findQuote } from "@/lib/reports/quote-match";

export type ProposalState = "pending" | "accepted" | "rejected";

export type ReviewItem = {
  key: string;
  proposal: Proposal;
  state: ProposalState;
  /** the figure an accepted proposal is (or one entered by hand from the same words) */
  figure?: { id: number; status: "draft" | "published" };
  /** who rejected or accepted it, and when (ISO) */
  decided?: { by: string; at: string };
  /** what the card's fields start with: the figure form's values */
  values: FigureFormValues;
  /** something the editor must look at before accepting, e.g. a rate whose period the metric does not count */
  warning?: string;
  /** stored figures with the same source, metric, value and date: accepting may enter one twice */
  similar?: number[];
  /** the count may only break down, restate, update or compare with another of the report (the card says ASIDE) */
  aside?: true;
  /** the rules found no metric in the count's words and the extractor's model proposes one (the card says ADDED) */
  added?: true;
};

export type StoredFigure = { id: number; metric: string; value: number; refDate: string; source: string };

/** Marks each pending proposal with the stored figures it would repeat (same source, metric, value and day). */
export function withSimilar(items: readonly ReviewItem[], stored: readonly StoredFigure[]): ReviewItem[] {
  const same = (i: ReviewItem, f: StoredFigure) =>
    f.metric === i.values.metric && f.value === i.proposal.value && f.refDate === i.proposal.asOf && f.source.toLowerCase() === i.values.source?.toLowerCase();
  return items.map((i) => {
    if (i.state !== "pending" || !i.values.source) return i;
    const ids = stored.filter((f) => same(i, f)).map((f) => f.id);
    return ids.length ? { ...i, similar: ids } : i;
  });
}

export type StoredDecision = { key: string; outcome: "accepted" | "rejected"; figureId: number | null; decidedBy: string; decidedAt: string };
export type ReportFigure = { id: number; metric: string; value: number; quote: string | null; status: "draft" | "published" };
export type MetricUnit = { slug: string; name: string; kind: "stock" | "rate"; unit: string };

const PERIOD: Record<string, string> = { people: "a total", people_per_day: "per day", people_per_week: "per week", people_per_month: "per month" };

/** The metric a proposal goes to: its own when the units agree, else one that counts in the unit the report used. */
export function metricFor(p: Pick<Proposal, "metric" | "unit">, metrics: readonly MetricUnit[]): { slug: string; warning?: string } {
  const own = metrics.find((m) => m.slug === p.metric);
  if (own && own.unit === p.unit) return { slug: own.slug };
  // e.g. "deaths" a day to a "deaths_per_day" metric, a weekly outflow to a "weekly_outflow" one
  const word = p.metric.split("_").at(-1)!;
  const same = metrics.find((m) => m.unit === p.unit && m.slug.split("_").includes(word));
  if (same) return { slug: same.slug };
  if (!own) return { slug: "", warning: `No metric on record is \u201c${p.metric.replaceAll("_", " ")}\u201d: choose one, or reject the proposal.` };
  return { slug: own.slug, warning: unitWarning(p.unit, own) };
}

function unitWarning(unit: string, own: MetricUnit): string {
  return `The report gives this ${PERIOD[unit] ?? unit}, but \u201c${own.name}\u201d counts ${PERIOD[own.unit] ?? own.unit}: choose a metric that counts ${PERIOD[unit] ?? unit} (an admin can add one), or reject it.`;
}

/**
 * Why a proposal may not be accepted into the metric chosen for it: left on its own metric while that counts in
 * another unit than the report used (the card warned; choosing another metric is the editor's deliberate answer).
 */
export function unitRefusal(p: Pick<Proposal, "metric"> & { unit: string }, chosen: string, metrics: readonly MetricUnit[]): string | null {
  if (chosen !== p.metric) return null;
  const own = metrics.find((m) => m.slug === p.metric);
  return own && own.unit !== p.unit ? unitWarning(p.unit, own) : null;
}

/** The source the extractor names when neither the text says who gave a figure nor the report has a publisher. */
export const NO_SOURCE = "the report";

/**
 * The figure form's values a proposal starts as: everything the extractor read, on the chosen conflict and report.
 * Its stand-in source for a report without a publisher starts empty: a source called "the report" is no source.
 */
export function proposalValues(p: Proposal, ctx: { conflict: string; reportId: number; metric: string; publisher: string | null }): FigureFormValues {
  const count = (n: number | null) => (n === null ? "" : formatCount(n));
  const unnamed = !ctx.publisher?.trim() && p.source === NO_SOURCE;
  return {
    conflict: ctx.conflict,
    metric: ctx.metric,
    value: count(p.value),
    low: count(p.low),
    high: count(p.high),
    qualifier: p.qualifier,
    refDate: p.asOf,
    source: unnamed ? "" : p.source,
    quote: p.quote,
    reportId: String(ctx.reportId),
  };
}

/** The conflict a report is most likely about: the one whose name (or its adjective, "Syrian") it uses most. */
export function guessConflict(text: string, conflicts: readonly { slug: string; name: string }[]): string | null {
  let best: { slug: string; n: number } | null = null;
  for (const c of conflicts) {
    const stem = c.name.replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/[aeiouy]$/i, "");
    if (stem.length < 3) continue;
    const n = text.match(new RegExp(`\\b${stem.replace(/[-\s]+/g, "[-\\s]+")}\\p{L}*`, "giu"))?.length ?? 0;
    if (n > 0 && (!best || n > best.n)) best = { slug: c.slug, n };
  }
  return best?.slug ?? null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** What a card says of a count that only breaks down, restates, updates or compares with another (Accept all leaves it). */
export const ADDED = "The rules read no metric in these words; the extractor's model reads this count as one: check the metric before you accept it.";
export const ASIDE = "This count may be part of another in the report, say it again, update it or compare with it: accept it only if it is a figure of its own.";

/**
 * Each proposal with its state. A stored decision wins (an accepted one only while its figure lives); else a
 * live figure of this report with the same metric and value, quoting words inside the proposal's clause, is that
 * proposal already taken (entered by hand, accepted before the decisions were kept, or accepted from words since
 * edited). Each figure counts once.
 */
export function reviewItems(input: {
  text: string;
  reportId: number;
  conflict: string;
  publisher: string | null;
  proposals: readonly (Proposal & { key: string })[];
  /** keys of the proposals that only break down, restate, update or compare with another count of the report */
  asides?: ReadonlySet<string>;
  /** keys of the proposals the extractor's model added where the rules read no metric */
  added?: ReadonlySet<string>;
  decisions: readonly StoredDecision[];
  figures: readonly ReportFigure[];
  metrics: readonly MetricUnit[];
}): ReviewItem[] {
  const decisions = new Map(input.decisions.map((d) => [d.key, d]));
  const live = new Map(input.figures.map((f) => [f.id, f]));
  // a decision counts only for a proposal offered now: after the text was edited, an old clause's decision must
  // not keep its figure from matching the clause it now sits in
  const current = new Set(input.proposals.map((p) => p.key));
  const used = new Set(input.decisions.flatMap((d) => (d.figureId !== null && d.outcome === "accepted" && current.has(d.key) ? [d.figureId] : [])));
  const spans = new Map<number, { start: number; end: number } | null>();
  const spanOf = (f: ReportFigure) => {
    if (!spans.has(f.id)) {
      const m = f.quote ? findQuote(input.text, f.quote) : null;
      spans.set(f.id, m?.found ? { start: m.start, end: m.end } : null);
    }
    return spans.get(f.id)!;
  };

  return input.proposals.map(({ key, ...proposal }) => {
    const { slug, warning } = metricFor(proposal, input.metrics);
    const item: ReviewItem = {
      key,
      proposal,
      state: "pending",
      values: proposalValues(proposal, { conflict: input.conflict, reportId: input.reportId, metric: slug, publisher: input.publisher }),
      warning,
      ...(input.asides?.has(key) ? { aside: true as const } : {}),
      ...(input.added?.has(key) ? { added: true as const } : {}),
    };
    const d = decisions.get(key);
    const decided = d && { by: d.decidedBy, at: d.decidedAt };
    if (d?.outcome === "rejected") return { ...item, state: "rejected", decided };
    const accepted = d?.figureId != null ? live.get(d.figureId) : undefined;
    if (accepted) return { ...item, state: "accepted", decided, figure: { id: accepted.id, status: accepted.status } };
    const same = input.figures.find((f) => !used.has(f.id) && f.metric === proposal.metric && f.value === proposal.value && overlaps(spanOf(f) ?? { start: 0, end: 0 }, proposal));
    if (!same) return item;
    used.add(same.id);
    return { ...item, state: "accepted", figure: { id: same.id, status: same.status } };
  });
}

export type TextRun = { text: string; start: number; keys?: string[] };

/** The report's text cut into runs, each proposal's clause its own run (proposals sharing a clause share it). */
export function textRuns(text: string, items: readonly Pick<ReviewItem, "key" | "proposal">[]): TextRun[] {
  const spans = new Map<string, { start: number; end: number; keys: string[] }>();
  for (const { key, proposal: p } of items) {
    const id = `${p.start}:${p.end}`;
    const span = spans.get(id) ?? { start: p.start, end: p.end, keys: [] };
    span.keys.push(key);
    spans.set(id, span);
  }
  const out: TextRun[] = [];
  let at = 0;
  for (const s of [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start < at) {
      // a clause inside one already shown: its cards point to the outer one
      out.at(-1)?.keys?.push(...s.keys);
      continue;
    }
    if (s.start > at) out.push({ text: text.slice(at, s.start), start: at });
    out.push({ text: text.slice(s.start, s.end), start: s.start, keys: s.keys });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at });
  return out;
}
