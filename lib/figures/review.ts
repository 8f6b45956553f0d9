// The publishing rule. With REVIEW=two-person, a figure is published by an editor other than the ones who
// entered or changed it; until then it waits as a draft. Pure.
import type { FigureStatus } from "@/lib/generated/prisma/enums";

export type ReviewPolicy = "none" | "two-person";
export type Intent = "publish" | "draft";

/** The status a save leads to, and a sentence when it is not what the person asked for. */
export function statusOnSave(policy: ReviewPolicy, intent: Intent): { status: FigureStatus; notice?: string } {
  if (intent === "draft") return { status: "draft" };
  if (policy === "two-person") {
    return { status: "draft", notice: "Saved for review: under the two-person rule another editor checks and publishes it." };
  }
  return { status: "published" };
}

/** `authors`: everyone who entered or changed the figure's content (deleting or restoring it does not count). */
export function mayPublish(policy: ReviewPolicy, actor: string, authors: readonly string[]): { ok: true } | { ok: false; message: string } {
  if (policy === "two-person" && authors.includes(actor)) {
    return {
      ok: false,
      message: "Under the two-person rule a figure is published by an editor other than the one who entered or last changed it: ask a colleague to check and publish it.",
    };
  }
  return { ok: true };
}
