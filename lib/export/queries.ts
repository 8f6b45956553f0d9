// The rows of a CSV export, read in batches by id so memory stays flat however many figures match.
import "server-only";
import type { FigureFilter } from "@/lib/figures/filter";
import { hiddenRevisedFigures, listFiguresAfter, type FigureApiRow } from "@/lib/figures/queries";

/**
 * The live figures matching `filter`, in id order, `batchSize` at a time. Figures their source has revised
 * are left out unless `revisions` (then each names what it revises). Each batch is its own query: a figure
 * saved during a long export appears if its id is still ahead.
 */
export async function* exportBatches(
  { filter, revisions = false, batchSize = 5000 }: { filter: FigureFilter; revisions?: boolean; batchSize?: number },
): AsyncGenerator<FigureApiRow[]> {
  const hidden = revisions ? new Set<number>() : await hiddenRevisedFigures();
  let after = 0;
  for (;;) {
    const { rows, nextAfter } = await listFiguresAfter({ filter, after, limit: batchSize });
    yield hidden.size ? rows.filter((r) => !hidden.has(r.id)) : rows;
    if (nextAfter === null) return;
    after = nextAfter;
  }
}
