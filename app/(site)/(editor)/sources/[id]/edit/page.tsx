// Edit a source, or merge it into another. The form carries the version it started from, so a save never
// overwrites someone else's; the merge is confirmed on its own page first.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { sourceFormValues } from "@/lib/sources/form-values";
import { getSource, listSources } from "@/lib/sources/queries";
import { parsePositiveInt } from "@/lib/sources/schema";
import { SourceForm } from "../../_components/source-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit source" };

async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Edit source" denial={allowed} back={`/sources/${id}/edit`} />;
  const sourceId = parsePositiveInt(id);
  const [source, all] = await Promise.all([sourceId ? getSource({ id: sourceId }) : null, listSources({ includeDrafts: true })]);
  if (!source) notFound();
  const others = all.filter((s) => s.id !== source.id);
  return (
    <>
      <p className="muted kicker">
        <Link href="/sources">Sources</Link> › <Link href={`/sources/${source.id}`}>{source.name}</Link> ›
      </p>
      <h1>Edit source</h1>
      <p className="muted">
        As you opened it: version {source.version}, last saved by {source.updatedBy} on {source.updatedAt.slice(0, 16).replace("T", " ")} UTC.
      </p>
      <div className="card narrow">
        <SourceForm sourceId={source.id} initial={sourceFormValues(source)} cancelHref={`/sources/${source.id}`} />
      </div>
      <section className="card narrow" aria-labelledby="merge-heading">
        <h2 id="merge-heading">Merge into another source</h2>
        <p className="muted">
          When this is the same body as another source under a different name, merge it: its figures move to the source you keep, and this one
          is deleted. You confirm on the next page.
        </p>
        {others.length === 0 ? (
          <p className="muted">There is no other source to merge into.</p>
        ) : (
          <form action={`/sources/${source.id}/merge`} className="stack">
            <input type="hidden" name="version" value={source.version} />
            <div className="field">
              <label htmlFor="merge-into">Merge into…</label>
              <select id="merge-into" name="into" required defaultValue="">
                <option value="" disabled>
                  Choose the source to keep
                </option>
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.published + s.drafts === 1 ? "1 figure" : `${s.published + s.drafts} figures`})
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" className="secondary">
                Review the merge
              </button>
            </div>
          </form>
        )}
      </section>
    </>
  );
}

export default whileDatabaseUp(EditSourcePage);
