// What "Accept all" takes: the pending cards nobody needs to look at first. A card that warns (its metric counts
// in another unit than the report used, or there is none), may only break down, restate, update or compare with
// another count of the report, was added by the extractor's model where the rules read no metric, may repeat a figure
// on record, lacks a metric or a source, or gives the same figure
// as an earlier card (a headline and its body) is held back for the editor to
// accept on its own card; and which card the editor goes to once some are decided. Pure: run on the cards as the
// editor left them.
import { parseCount } from "@/lib/figures/numbers";
import type { ReviewItem } from "./review";

export type PlanCard = Pick<ReviewItem, "key" | "state" | "warning" | "aside" | "added" | "similar" | "values">;

/** Why Accept all leaves this pending card to the editor, or null when it may take it. */
export function needsLook(card: PlanCard): string | null {
  if (card.warning) return "warning";
  if (card.aside) return "aside";
  if (card.added) return "added";
  if (card.similar?.length) return "similar";
  if (!card.values.metric?.trim() || !card.values.source?.trim()) return "empty";
  return null;
}

/** What makes two cards the same figure: metric, value, day and source (any case); null while one is empty. */
function figureOf({ values: v }: PlanCard): string | null {
  const value = parseCount(v.value ?? "");
  const parts = [v.metric?.trim(), value.ok ? String(value.value) : "", v.refDate?.trim(), v.source?.trim().toLowerCase()];
  return parts.every(Boolean) ? parts.join("\u0000") : null;
}

/**
 * Each pending card that gives the same figure as another the report already gave (an accepted card, or a pending
 * one before it): its key, to that card's key. The first pending one of a set stands; the others repeat it.
 */
export function repeatsOf(cards: readonly PlanCard[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const c of cards) {
    const f = c.state === "accepted" ? figureOf(c) : null;
    if (f && !first.has(f)) first.set(f, c.key);
  }
  const repeats = new Map<string, string>();
  for (const c of cards) {
    const f = c.state === "pending" ? figureOf(c) : null;
    if (!f) continue;
    const seen = first.get(f);
    if (seen) repeats.set(c.key, seen);
    else first.set(f, c.key);
  }
  return repeats;
}

/** The pending cards Accept all takes, in order, and those it holds back for a look. */
export function acceptAllPlan(cards: readonly PlanCard[]): { take: string[]; held: string[] } {
  const repeats = repeatsOf(cards);
  const take: string[] = [];
  const held: string[] = [];
  for (const c of cards) {
    if (c.state !== "pending") continue;
    (needsLook(c) || repeats.has(c.key) ? held : take).push(c.key);
  }
  return { take, held };
}

/**
 * The pending card to go to once `decided` have left the pending ones: the next after `after` (else the nearest
 * before it), or without `after` the first from the top; null when none is left.
 */
export function nextPending(cards: readonly Pick<PlanCard, "key" | "state">[], decided: readonly string[], after?: string): string | null {
  const gone = new Set(decided);
  const open = (c: Pick<PlanCard, "key" | "state">) => c.state === "pending" && !gone.has(c.key);
  const at = after === undefined ? -1 : cards.findIndex((c) => c.key === after);
  return cards.slice(at + 1).find(open)?.key ?? cards.slice(0, Math.max(at, 0)).reverse().find(open)?.key ?? null;
}
