// Edit a figure. The form carries the version it was opened at, so a save never overwrites someone else's.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureForm } from "@/components/figures/figure-form";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { dateToDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { figureFormOptions } from "@/lib/figures/form-options";
import { storedToFormValues } from "@/lib/figures/form-values";
import { getFigure } from "@/lib/figures/queries";
import { parseId } from "@/lib/ids";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit figure #${(await params).id}` };
}

async function EditFigurePage({ params }: Props) {
  const id = parseId((await params).id) ?? 0;
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Edit a figure" denial={allowed} back={`/figures/${id}/edit`} />;
  const figure = id ? await getFigure({ id }) : null;
  if (!figure) notFound();
  if (figure.deletedAt) {
    return (
      <>
        <h1>Edit figure #{id}</h1>
        <p className="card">
          This figure is deleted. <Link href={`/figures/${id}`}>Restore it from its page</Link> to edit it.
        </p>
      </>
    );
  }
  const options = await figureFormOptions();
  const r = figure.report;
  return (
    <>
      <h1>Edit figure #{id}</h1>
      <p className="muted">
        <Link href={`/figures/${id}`}>Back to the figure</Link> · version {figure.version}, last saved by {figure.updatedBy}
      </p>
      <div className="card narrow">
        <FigureForm
          {...options}
          initial={storedToFormValues(figure)}
          report={{ id: r.id, title: r.title, url: r.url, date: dateToDay(r.publishedOn), publisher: r.publisher }}
          edit={{ id, version: figure.version, status: figure.status }}
          twoPerson={env().REVIEW === "two-person"}
        />
      </div>
    </>
  );
}

export const generateMetadata = whileDatabaseUp(readMetadata);

export default whileDatabaseUp(EditFigurePage);
