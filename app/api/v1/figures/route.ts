// GET /api/v1/figures?conflict=&metric=&source=&status=&from=&to=&cursor=&limit=: figures with their provenance as JSON, a page at a time.
import { figureToJson } from "@/lib/api/figures";
import { encodeCursor, parsePageQuery } from "@/lib/api/page";
import { json, mayReadStatus, problem, readerOf } from "@/lib/api/respond";
import { parseFigureFilter } from "@/lib/figures/filter";
import { listFiguresAfter } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const reader = await readerOf(request);
  if (!reader.ok) return reader.response;
  const params = new URL(request.url).searchParams;
  const filter = parseFigureFilter(params);
  const page = parsePageQuery(params);
  if (!filter.ok || !page.ok) {
    const failed = [filter, page].flatMap((p) => (p.ok ? [] : [p]));
    return problem(400, failed[0]!.error, Object.assign({}, ...failed.map((p) => p.details)));
  }
  const refused = mayReadStatus(reader.viewer, filter.data.status);
  if (refused) return refused;
  const { rows, nextAfter } = await listFiguresAfter({ filter: filter.data, after: page.data.after, limit: page.data.limit });
  return json({ data: rows.map(figureToJson), next: nextAfter === null ? null : encodeCursor(nextAfter) });
}
