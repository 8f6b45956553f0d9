// GET /api/v1/conflicts/<slug>/series?metric=<slug>[&from&to&scale&hide&revisions&asOf]: one metric's chart as the conflict page draws it, as JSON.
import { listAnnotations } from "@/lib/annotations/queries";
import { metricSeries, metricsOf } from "@/lib/api/series";
import { echo, json, problem, readerOf } from "@/lib/api/respond";
import { readChartView } from "@/lib/charts/view";
import { getConflict } from "@/lib/conflicts/queries";
import { CONFLICT_SLUG } from "@/lib/figures/filter";
import { listChartFigures } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const reader = await readerOf(request);
  if (!reader.ok) return reader.response;
  const { slug } = await params;
  // a name no conflict can have is not looked up (a NUL in it would fail in the database)
  if (!CONFLICT_SLUG.test(slug)) return problem(404, `There is no conflict "${echo(slug)}". GET /api/v1/conflicts lists them.`);
  const search = new URL(request.url).searchParams;
  // published figures only, for everyone: like an embed, what this returns may be shown on anyone's page
  const view = readChartView(Object.fromEntries(search), { editor: false });
  const [conflict, data, annotations] = await Promise.all([getConflict({ slug }), listChartFigures({ conflictSlugs: [slug] }), listAnnotations({ conflictSlugs: [slug] })]);
  if (!conflict) return problem(404, `There is no conflict "${slug}". GET /api/v1/conflicts lists them.`);
  const metrics = metricsOf(data.rows);
  const asked = search.get("metric");
  const metric = metrics.find((m) => m.slug === asked);
  if (!metric) {
    const has = metrics.length ? `${conflict.name} has published figures for ${metrics.map((m) => m.slug).join(", ")}.` : `${conflict.name} has no published figures yet.`;
    const what = asked ? `There is no ${echo(asked)} series for ${conflict.name}.` : "Add ?metric=<slug> to say which series.";
    return problem(400, `${what} ${has}`, { metric: [`metric is one of: ${metrics.map((m) => m.slug).join(", ") || "(none yet)"}.`] });
  }
  return json({ data: metricSeries({ conflict, metric, rows: data.rows, links: data.links, events: annotations }, view) });
}
