// GET /api/v1/figures?conflict=&metric=&source=&status=&from=&to=&cursor=&limit=: figures with their provenance as JSON, a page at a time.
// POST /api/v1/figures {conflict, metric, value, …}: an editor adds one figure, checked and written as the form does.
import { figureToJson } from "@/lib/api/figures";
import { encodeCursor, parsePageQuery } from "@/lib/api/page";
import { answerErrors, crossSite, json, mayReadStatus, problem, readerOf } from "@/lib/api/respond";
import { getViewer } from "@/lib/auth/queries";
import { authorize } from "@/lib/auth/roles";
import { figureValuesFromJson, MAX_FIGURE_BODY_BYTES } from "@/lib/figures/json-input";
import { addFigure } from "@/lib/figures/submit";
import { parseFigureFilter } from "@/lib/figures/filter";
import { listFiguresAfter } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return answerErrors(() => listFigures(request));
}

async function listFigures(request: Request): Promise<Response> {
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

export async function POST(request: Request): Promise<Response> {
  return answerErrors(() => addFigureFromJson(request));
}

// Every page is rendered per request (nothing to revalidate) and the charts' cache follows the data version,
// so a figure added here shows on the next read, on every server.
async function addFigureFromJson(request: Request): Promise<Response> {
  if (crossSite(request)) return problem(403, "Figures are accepted only from this site's own pages or from clients that are not browsers.");
  const allowed = authorize(await getViewer(request.headers), "editor");
  if (!allowed.ok) return problem(allowed.reason === "signed-out" ? 401 : 403, `Adding figures is for editors. ${allowed.message}`);
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return problem(415, "Send the figure as JSON, with the header content-type: application/json.", { "content-type": ["must be application/json"] });
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_FIGURE_BODY_BYTES) return problem(413, `A figure is at most ${MAX_FIGURE_BODY_BYTES / 1024} KB of JSON: send one figure per request.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, "The body is not valid JSON: send one figure as a JSON object.", { body: ["not JSON"] });
  }
  const read = figureValuesFromJson(body);
  if (!read.ok) return problem(400, read.error, read.details);
  const result = await addFigure({ viewer: allowed.viewer, values: read.values });
  if (!result.ok) {
    const { errors, formError } = result.state;
    const fields = Object.keys(errors) as (keyof typeof errors)[];
    const first = fields.length ? `${fields[0]}: ${errors[fields[0]!]![0]}` : undefined;
    const details = Object.fromEntries(fields.map((f) => [f, errors[f]!]));
    return problem(400, formError ?? `The figure was not saved. ${first}${fields.length > 1 ? ` (and ${fields.length - 1} more: see details)` : ""}`, details);
  }
  const { id, conflictSlug, status, duplicates, notice } = result;
  return Response.json(
    { data: { id, conflict: conflictSlug, status, duplicates, ...(notice ? { notice } : {}) } },
    { status: 201, headers: { "cache-control": "no-store", location: `/figures/${id}` } },
  );
}
