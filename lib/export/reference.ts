// Tests only: the export as the JavaScript writer gives it (figuresToCsv over the JSON API's rows, revised
// figures left out by hiddenByRevision), to check PostgreSQL's COPY writes the same bytes.
import type { FigureFilter } from "@/lib/figures/filter";
import { hiddenRevisedFigures, listFiguresAfter, type FigureApiRow } from "@/lib/figures/queries";
import { figuresToCsv } from "./csv";

export async function referenceCsv({ filter, revisions = false, hxl = null }: { filter: FigureFilter; revisions?: boolean; hxl?: string | null }): Promise<string> {
  const hidden = revisions ? new Set<number>() : await hiddenRevisedFigures();
  const rows: FigureApiRow[] = [];
  for (let after: number | null = 0; after !== null; ) {
    const page: { rows: FigureApiRow[]; nextAfter: number | null } = await listFiguresAfter({ filter, after, limit: 5000 });
    rows.push(...page.rows.filter((r) => !hidden.has(r.id)));
    after = page.nextAfter;
  }
  return figuresToCsv(rows, { hxl });
}

/** The file `exportCsvFile` streams, read whole. */
export async function readWhole(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts).toString("utf8");
}
