// A whole CSV export as bytes: the header (and HXL line), then PostgreSQL's records with RFC 4180 line ends.
// What GET /api/v1/figures.csv and `npm run export` both send.
import "server-only";
import { crlfRecords, csvHeader } from "./csv";
import type { ExportOptions } from "./options";
import { exportCsvRecords } from "./queries";

/**
 * The file chunk by chunk. The database is asked before the header is given, so a failure to reach it
 * surfaces at the first `next()`, before the caller has sent anything.
 */
export async function exportCsvFile({ filter, revisions, hxlTag }: Omit<ExportOptions, "hxl"> & { hxlTag: string | null }): Promise<AsyncGenerator<Uint8Array>> {
  const records = exportCsvRecords({ filter, revisions });
  const first = await records.next();
  const toCrlf = crlfRecords();
  return (async function* () {
    try {
      yield new TextEncoder().encode(csvHeader({ hxl: hxlTag }));
      if (first.done) return;
      yield toCrlf(first.value);
      for await (const chunk of records) yield toCrlf(chunk);
    } finally {
      await records.return(undefined);
    }
  })();
}
