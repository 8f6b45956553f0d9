// Sources: who gives figures, with their kind, reliability grade and how many figures each has given.
import type { Metadata } from "next";
import Link from "next/link";
import { ReliabilityGrades } from "@/components/sources/reliability-grades";
import { requireReader } from "@/lib/auth/current";
import { roleAllows } from "@/lib/auth/roles";
import { listSources } from "@/lib/sources/queries";
import { describeReliability, SOURCE_KIND_LABELS } from "@/lib/sources/schema";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

async function SourcesPage() {
  const viewer = await requireReader("/sources");
  const editor = roleAllows(viewer?.role, "editor");
  const sources = await listSources({ includeDrafts: editor });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Sources</h1>
          <p className="muted">Who gives the figures: UN agencies, governments, observatories, news media. {sources.length} on record.</p>
        </div>
        {editor && (
          <div className="actions">
            <Link className="button" href="/sources/new">
              Add a source
            </Link>
          </div>
        )}
      </div>
      <section className="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="visually-hidden">
          Sources
        </h2>
        {sources.length === 0 ? (
          <p className="muted">No sources yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Reliability</th>
                  <th scope="col" className="num">
                    Figures
                  </th>
                  {editor && (
                    <th scope="col" className="num">
                      Drafts
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {sources.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link href={`/sources/${s.id}`}>{s.name}</Link>
                    </td>
                    <td>{SOURCE_KIND_LABELS[s.kind]}</td>
                    <td>{s.reliability ? describeReliability(s.reliability) : <span className="muted">not graded</span>}</td>
                    <td className="num">{s.published}</td>
                    {editor && <td className="num">{s.drafts}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <details className="card grades-help">
        <summary>What the reliability grades mean</summary>
        <ReliabilityGrades />
      </details>
    </>
  );
}

export default whileDatabaseUp(SourcesPage);
