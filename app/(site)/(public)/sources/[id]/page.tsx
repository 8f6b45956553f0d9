// One source: its kind and grade, the figures it has given, and (for editors) its drafts and history.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { History } from "@/components/audit/history";
import { LinkedFigures } from "@/components/reports/linked-figures";
import { listHistory } from "@/lib/audit/queries";
import { currentViewer, requireReader } from "@/lib/auth/current";
import { authorizeRead, roleAllows } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { listLinkedFigures } from "@/lib/reports/queries";
import { forSourceHistory, mergeSummary, SOURCE_HISTORY_LABELS } from "@/lib/sources/history";
import { getSource } from "@/lib/sources/queries";
import { describeReliability, parsePositiveInt, SOURCE_KIND_LABELS } from "@/lib/sources/schema";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; merged?: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  if (!authorizeRead(await currentViewer(), env().READ_ACCESS).ok) return { title: "Sign in" };
  const id = parsePositiveInt((await params).id);
  const source = id && (await getSource({ id }));
  return { title: source ? source.name : "Source not found" };
}

async function SourcePage({ params, searchParams }: Props) {
  const { id: idParam } = await params;
  const { saved, merged } = await searchParams;
  const viewer = await requireReader(`/sources/${idParam}`);
  const id = parsePositiveInt(idParam);
  if (!id) notFound();
  const editor = roleAllows(viewer?.role, "editor");
  const [source, figures, history] = await Promise.all([
    getSource({ id }),
    listLinkedFigures({ sourceId: id, includeDrafts: editor }),
    editor ? listHistory({ entity: "Source", entityId: id }) : Promise.resolve([]),
  ]);
  if (!source) notFound();
  const drafts = figures.filter((f) => f.status === "draft").length;
  // After a merge, say what it did, from the audit event itself (not from the URL, which anyone can write).
  const lastMerge = merged ? mergeSummary(history.find((e) => e.action === "merge" && e.actor === viewer?.email)) : null;

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted kicker">
            <Link href="/sources">Sources</Link> ›
          </p>
          <h1>{source.name}</h1>
          <p className="muted">
            {SOURCE_KIND_LABELS[source.kind]} · reliability {describeReliability(source.reliability)}
          </p>
        </div>
        {editor && (
          <div className="actions">
            <Link className="button secondary" href={`/sources/${source.id}/edit`}>
              Edit or merge source
            </Link>
          </div>
        )}
      </div>
      {saved && (
        <p className="notice" role="status">
          {saved === "created" ? "Source added." : "Source saved."}
        </p>
      )}
      {lastMerge && (
        <p className="notice" role="status">
          {`Merged \u201c${lastMerge.name}\u201d into \u201c${source.name}\u201d: ${lastMerge.moved === 1 ? "1 figure" : `${lastMerge.moved} figures`} moved here, and \u201c${lastMerge.name}\u201d is deleted.`}
        </p>
      )}
      <section className="card" aria-labelledby="figures-heading">
        <h2 id="figures-heading">
          Figures given by this source{" "}
          <span className="muted">
            ({figures.length}
            {drafts ? `, ${drafts} of them draft${drafts === 1 ? "" : "s"}` : ""})
          </span>
        </h2>
        {figures.length === 0 ? <p className="muted">No figures from this source yet.</p> : <LinkedFigures figures={figures} caption="Figures given by this source" show="report" />}
      </section>
      {editor && (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <History events={forSourceHistory(history)} labels={SOURCE_HISTORY_LABELS} />
        </section>
      )}
    </>
  );
}

export const generateMetadata = whileDatabaseUp(readMetadata);

export default whileDatabaseUp(SourcePage);
