// GET /api/v1/conflicts/<slug>/series?metric=<slug>[&from&to&scale&hide&revisions&asOf]: one metric's chart as the conflict page draws it, as JSON.
import { echo, inGzipWhenAsked, jsonText, problem, readerOf } from "@/lib/api/respond";
import { cachedByDataVersion, isKept, type Kept } from "@/lib/cache/cache";
import { toWire } from "@/lib/api/series";
import { loadMetricSeries, type LoadedSeries } from "@/lib/charts/load";
import { readChartView } from "@/lib/charts/view";
import { CONFLICT_SLUG } from "@/lib/figures/filter";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

// failures answered by answerErrors (503 when the database is unreachable), gzipped like every answer here
export function GET(request: Request, context: Context): Promise<Response> {
  return inGzipWhenAsked(request, () => answer(request, context));
}

async function answer(request: Request, { params }: Context): Promise<Response> {
  const reader = await readerOf(request);
  if (!reader.ok) return reader.response;
  const { slug } = await params;
  // a name no conflict can have is not looked up (a NUL in it would fail in the database)
  if (!CONFLICT_SLUG.test(slug)) return problem(404, `There is no conflict "${echo(slug)}". GET /api/v1/conflicts lists them.`);
  const search = new URL(request.url).searchParams;
  // published figures only, for everyone: like an embed, what this returns may be shown on anyone's page
  const view = readChartView(Object.fromEntries(search), { editor: false });
  const asked = search.get("metric");
  // the same answer for everyone (published only), so kept while the data stands; a refusal is not kept
  const answer = await cachedByDataVersion(`series ${JSON.stringify([slug, asked, view])}`, async (): Promise<Kept | Exclude<LoadedSeries, { found: "series" }>> => {
    const loaded = await loadMetricSeries({ slug, metric: asked, view });
    return loaded.found === "series" ? { body: JSON.stringify({ data: toWire(loaded.series) }) } : loaded;
  });
  if (isKept(answer)) return jsonText(answer, request);
  if (answer.found === "no-conflict") return problem(404, `There is no conflict "${slug}". GET /api/v1/conflicts lists them.`);
  const { conflict, metrics } = answer;
  const has = metrics.length ? `${conflict.name} has published figures for ${metrics.map((m) => m.slug).join(", ")}.` : `${conflict.name} has no published figures yet.`;
  const what = asked ? `There is no ${echo(asked)} series for ${conflict.name}.` : "Add ?metric=<slug> to say which series.";
  return problem(400, `${what} ${has}`, { metric: [`metric is one of: ${metrics.map((m) => m.slug).join(", ") || "(none yet)"}.`] });
}
