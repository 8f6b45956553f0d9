// A source's audit events made readable: a merge shows which source was merged in and which figures moved,
// not two whole rows. Pure.
import type { AuditRow } from "@/lib/audit/queries";

type MergeBefore = { merged?: { id: number; name: string }; figureIdsOfMerged?: number[] };
type MergeAfter = { figureIdsMovedToKept?: number[] };

const ids = (list: number[] | undefined) => (list?.length ? list.map((id) => `#${id}`).join(", ") : "none");

export function forSourceHistory(events: AuditRow[]): AuditRow[] {
  return events.map((e) => {
    if (e.action !== "merge") return e;
    const before = (e.before ?? {}) as MergeBefore;
    const after = (e.after ?? {}) as MergeAfter;
    return {
      ...e,
      before: { mergedSource: before.merged ? `\u201c${before.merged.name}\u201d (source ${before.merged.id})` : "?", figures: `on the merged source: ${ids(before.figureIdsOfMerged)}` },
      after: { mergedSource: "deleted, merged into this one", figures: `moved here: ${ids(after.figureIdsMovedToKept)}` },
    };
  });
}

export const SOURCE_HISTORY_LABELS = { name: "Name", kind: "Kind", reliability: "Reliability", mergedSource: "Merged source", figures: "Figures" };

/** What a merge event did, in short: the merged source's name and how many figures moved. */
export function mergeSummary(e: AuditRow | undefined): { name: string; moved: number } | null {
  if (!e || e.action !== "merge") return null;
  const before = (e.before ?? {}) as MergeBefore;
  const after = (e.after ?? {}) as MergeAfter;
  return before.merged ? { name: before.merged.name, moved: after.figureIdsMovedToKept?.length ?? 0 } : null;
}
