// Admins manage metrics: what is counted, as a stock (a count at a date) or a rate (people per period).
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { formatCount } from "@/lib/figures/qualifiers";
import { listMetricRows } from "@/lib/metrics/queries";
import { AddMetricForm } from "./_components/add-metric-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Metrics" };

async function MetricsPage() {
  const allowed = authorize(await currentViewer(), "admin");
  if (!allowed.ok) return <AccessDenied title="Metrics" denial={allowed} back="/admin/metrics" />;
  const metrics = await listMetricRows();
  return (
    <>
      <h1>Metrics</h1>
      <p className="muted">What figures count. A stock is a count at a date (deaths so far); a rate is people per day, week or month (refugees fleeing a day).</p>
      <section className="card table-wrap" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">Metrics in use</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Id</th>
              <th scope="col">Kind</th>
              <th scope="col">Unit</th>
              <th scope="col">HXL</th>
              <th scope="col">Figures</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>
                  <code>{m.slug}</code>
                </td>
                <td>{m.kind}</td>
                <td>{m.unit.replaceAll("_", " ")}</td>
                <td>
                  <code>{m.hxlTag}</code>
                </td>
                <td className="num">{formatCount(m.figures)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card narrow" aria-labelledby="add-metric-heading">
        <h2 id="add-metric-heading">Add a metric</h2>
        <AddMetricForm />
      </section>
    </>
  );
}

export default whileDatabaseUp(MetricsPage);
