// Confirm a merge: the two sources side by side, what will happen to their figures, and the one button that
// does it. The form carries both sources' versions as shown here, so a change made meanwhile refuses the merge.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { countSourceFigures, getSource } from "@/lib/sources/queries";
import { describeReliability, parsePositiveInt, SOURCE_KIND_LABELS } from "@/lib/sources/schema";
import type { SourceRecord } from "@/lib/sources/types";
import { MergeForm } from "../../_components/merge-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Merge sources" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ into?: string; version?: string }> };

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

async function MergeSourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { into, version } = await searchParams;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Merge sources" denial={allowed} back={`/sources/${id}/edit`} />;
  const mergedId = parsePositiveInt(id);
  const merged = mergedId ? await getSource({ id: mergedId }) : null;
  if (!merged) notFound();
  const keptId = parsePositiveInt(into);
  const kept = keptId && keptId !== merged.id ? await getSource({ id: keptId }) : null;
  const back = `/sources/${merged.id}/edit`;
  if (!kept) {
    return (
      <>
        <h1>Merge sources</h1>
        <p className="error-summary" role="alert">
          {keptId === merged.id ? "A source cannot be merged into itself." : "The source to keep is not on record (perhaps it was merged meanwhile)."}{" "}
          <Link href={back}>Choose the source to keep</Link>
        </p>
      </>
    );
  }
  const [mergedFigures, keptFigures] = await Promise.all([countSourceFigures({ id: merged.id }), countSourceFigures({ id: kept.id })]);
  const changedSinceEdit = parsePositiveInt(version) !== null && parsePositiveInt(version) !== merged.version;
  const row = (label: string, show: (s: SourceRecord) => string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{show(merged)}</td>
      <td>{show(kept)}</td>
    </tr>
  );

  return (
    <>
      <p className="muted kicker">
        <Link href="/sources">Sources</Link> › <Link href={`/sources/${merged.id}`}>{merged.name}</Link> ›
      </p>
      <h1>
        Merge “{merged.name}” into “{kept.name}”?
      </h1>
      {changedSinceEdit && (
        <p className="notice warning" role="status">
          {merged.name} was changed by {merged.updatedBy} at {when(merged.updatedAt)}, after you opened its edit page. Below is the source as it is
          now.
        </p>
      )}
      <section className="card narrow" aria-labelledby="merge-heading">
        <h2 id="merge-heading">What will happen</h2>
        <ul>
          <li>
            {mergedFigures === 0 ? "No figures are" : mergedFigures === 1 ? "Its 1 figure is" : `All ${mergedFigures} of its figures are`} moved to
            “{kept.name}” (which has {keptFigures} now), drafts and deleted ones included.
          </li>
          <li>“{merged.name}” is deleted. Its details stay in the audit log, in one merge event on “{kept.name}”.</li>
          <li>“{kept.name}” keeps its own name, kind and grade.</li>
        </ul>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Field</span>
                </th>
                <th scope="col">Merged and deleted</th>
                <th scope="col">Kept</th>
              </tr>
            </thead>
            <tbody>
              {row("Name", (s) => s.name)}
              {row("Kind", (s) => SOURCE_KIND_LABELS[s.kind])}
              {row("Reliability", (s) => describeReliability(s.reliability))}
              {row("Figures", (s) => String(s.id === merged.id ? mergedFigures : keptFigures))}
              {row("Last saved", (s) => `${s.updatedBy}, ${when(s.updatedAt)}`)}
            </tbody>
          </table>
        </div>
        {/* keyed by the versions shown: reviewing again after a refusal starts a fresh form */}
        <MergeForm
          key={`${merged.version}-${kept.version}`}
          merged={{ id: merged.id, name: merged.name, version: merged.version }}
          kept={{ id: kept.id, name: kept.name, version: kept.version }}
          retryHref={`/sources/${merged.id}/merge?into=${kept.id}`}
        />
      </section>
    </>
  );
}

export default whileDatabaseUp(MergeSourcePage);
