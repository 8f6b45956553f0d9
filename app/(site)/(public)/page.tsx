// Home: every conflict with its latest published figure per metric.
import Link from "next/link";
import { requireReader } from "@/lib/auth/current";
import { listConflicts, listLatestFigures } from "@/lib/conflicts/queries";
import { formatDay } from "@/lib/dates";
import { describeValue } from "@/lib/figures/qualifiers";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

async function HomePage() {
  await requireReader("/");
  const [conflicts, latest] = await Promise.all([listConflicts(), listLatestFigures()]);
  return (
    <>
      <h1>Conflicts</h1>
      <p className="muted">For each conflict, the latest figure per metric and who gave it. Every figure links back to the sentence it came from.</p>
      {conflicts.length === 0 ? (
        <p className="card">No conflicts yet.</p>
      ) : (
        <ul className="conflict-list">
          {conflicts.map((c) => (
            <li key={c.slug} className="card">
              <h2>
                <Link href={`/conflicts/${c.slug}`}>{c.name}</Link>
              </h2>
              <div className="muted">
                {c.region} · since {formatDay(c.startDate)}
              </div>
              <ul className="latest" aria-label={`Latest figures for ${c.name}`}>
                {latest
                  .filter((f) => f.conflictSlug === c.slug)
                  .map((f) => (
                    <li key={f.metricSlug}>
                      <span>{f.metricName}</span>
                      <span>
                        <span className="value">{describeValue(f.value, f.qualifier, f.unit)}</span>{" "}
                        <span className="muted">
                          {f.sourceName}, {formatDay(f.refDate)}
                        </span>
                      </span>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export default whileDatabaseUp(HomePage);
