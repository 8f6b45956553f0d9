// Compare: one metric across several conflicts on one time axis, one series per conflict and source.
import type { Metadata } from "next";
import { ChartControls } from "@/components/charts/chart-controls";
import { ChartTable } from "@/components/charts/chart-table";
import { ChartFigure } from "@/components/charts/chart-figure";
import { requireReader } from "@/lib/auth/current";
import { compareChart, readCompareParams } from "@/lib/charts/compare";
import { readChartView } from "@/lib/charts/view";
import { listConflicts } from "@/lib/conflicts/queries";
import { listChartFigures } from "@/lib/charts/queries";
import { listMetrics } from "@/lib/metrics/queries";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare conflicts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function ComparePage({ searchParams }: Props) {
  await requireReader("/compare");
  const sp = await searchParams;
  const view = readChartView(sp, { editor: false });
  const asked = readCompareParams(sp);
  const [conflicts, metrics] = await Promise.all([listConflicts(), listMetrics()]);
  const metric = metrics.find((m) => m.slug === asked.metric) ?? metrics[0];
  const chosen = asked.conflicts.filter((c) => conflicts.some((k) => k.slug === c));
  const data = metric && chosen.length ? await listChartFigures({ conflictSlugs: chosen, metricSlugs: [metric.slug] }) : null;
  const shown = data && metric ? compareChart({ metricName: metric.name, rows: data.rows, links: data.links }, view) : null;
  const unknown = asked.conflicts.filter((c) => !chosen.includes(c));

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Compare conflicts</h1>
          <p className="muted">One measure across several conflicts, each source its own series.</p>
        </div>
      </div>
      <form method="get" className="card compare-form" aria-label="What to compare">
        <label>
          Measure
          <select name="metric" defaultValue={metric?.slug}>
            {metrics.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Conflicts</legend>
          {conflicts.map((c) => (
            <label key={c.slug} className="check">
              <input type="checkbox" name="conflicts" value={c.slug} defaultChecked={chosen.includes(c.slug)} /> {c.name}
            </label>
          ))}
        </fieldset>
        <button type="submit">Compare</button>
      </form>
      {unknown.length > 0 && (
        <p className="notice" role="alert">
          No conflict called {unknown.map((u) => `“${u}”`).join(", ")}; pick from the list above.
        </p>
      )}
      {chosen.length === 0 ? (
        <p className="card">Tick one or more conflicts and press Compare.</p>
      ) : !shown ? (
        <p className="card">No published {metric?.name.toLowerCase()} figures for these conflicts in this view.</p>
      ) : (
        <section className="card" aria-labelledby="compare-chart">
          <ChartControls editor={false} />
          <h2 id="compare-chart">{metric?.name}</h2>
          <ul className="series-key" aria-label="Series">
            {shown.legend.map((l) => (
              <li key={l.key}>
                <span className="swatch" style={{ background: l.color, borderColor: l.color }} aria-hidden="true" />
                {l.label}
              </li>
            ))}
          </ul>
          <ChartFigure label={shown.chart.description} chart={shown.chart} scale={view.scale} />
          <ChartTable chart={shown.chart} caption={`${metric?.name}: the figures the chart draws`} />
        </section>
      )}
    </>
  );
}

export default whileDatabaseUp(ComparePage);
