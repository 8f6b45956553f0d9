// GET /api/v1/figures.csv?[conflict][&metric][&source][&status][&from][&to][&revisions=true][&hxl=1]: figures as
// CSV with their provenance, written by PostgreSQL's COPY and streamed as it comes. Published figures for every reader (READ_ACCESS); drafts for editors.
import { inGzipWhenAsked, mayReadStatus, problem, readerOf } from "@/lib/api/respond";
import { exportCsvFile } from "@/lib/export/file";
import { csvFileName, parseExportOptions } from "@/lib/export/options";
import { getConflict } from "@/lib/conflicts/queries";
import { getMetric } from "@/lib/metrics/queries";

export const dynamic = "force-dynamic";

// failures answered by answerErrors (503 when the database is unreachable); every answer gzipped when asked
export async function GET(request: Request): Promise<Response> {
  return inGzipWhenAsked(request, () => exportCsv(request));
}

async function exportCsv(request: Request): Promise<Response> {
  const reader = await readerOf(request);
  if (!reader.ok) return reader.response;
  const parsed = parseExportOptions(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(400, parsed.error, parsed.details);
  const { filter, hxl, revisions } = parsed.data;
  const refused = mayReadStatus(reader.viewer, filter.status);
  if (refused) return refused;
  if (filter.conflict && !(await getConflict({ slug: filter.conflict }))) {
    return problem(404, `There is no conflict "${filter.conflict}". GET /api/v1/conflicts lists them.`, { conflict: ["unknown conflict"] });
  }
  const metric = filter.metric ? await getMetric({ slug: filter.metric }) : null;
  if (filter.metric && !metric) return problem(404, `There is no metric "${filter.metric}".`, { metric: ["unknown metric"] });

  const chunks = await exportCsvFile({ filter, revisions, hxlTag: hxl ? (metric?.hxlTag ?? "#affected+num") : null });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (err) {
        console.error("CSV export failed mid-stream", err);
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFileName(filter)}"`,
      "cache-control": "no-store",
    },
  });
}
