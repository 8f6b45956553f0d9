// What "Accept all" takes: the pending cards nobody needs to look at first. A card that warns (its metric counts
// in another unit than the report used, or there is none), may repeat a figure on record, or lacks a metric or
// a source is held back for the editor to accept on its own card. Pure: run on the cards as the editor left them.
import type { ReviewItem } from "./review";

export type PlanCard = Pick<ReviewItem, "key" | "state" | "warning" | "similar" | "values">;

/** Why Accept all leaves this pending card to the editor, or null when it may take it. */
export function needsLook(card: PlanCard): string | null {
  if (card.warning) return "warning";
  if (card.similar?.length) return "similar";
  if (!card.values.metric?.trim() || !card.values.source?.trim()) return "empty";
  return null;
}

/** The pending cards Accept all takes, in order, and those it holds back for a look. */
export function acceptAllPlan(cards: readonly PlanCard[]): { take: string[]; held: string[] } {
  const take: string[] = [];
  const held: string[] = [];
  for (const c of cards) {
    if (c.state !== "pending") continue;
    (needsLook(c) ? held : take).push(c.key);
  }
  return { take, held };
}
