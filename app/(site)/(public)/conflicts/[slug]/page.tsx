// A conflict: per metric, headline cards and a chart (one series per source) with its data table; the view
// (range, scale, sources, revisions, drafts, as known on) lives in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationControls } from "@/components/charts/annotation-controls";
import { ChartControls } from "@/components/charts/chart-controls";
import { CrossCheckPanel } from "@/components/charts/cross-check-panel";
import { MetricSection } from "@/components/charts/metric-section";
import { SourceLegend } from "@/components/charts/source-legend";
import { listAnnotations } from "@/lib/annotations/queries";
import { currentViewer, requireReader } from "@/lib/auth/current";
import { authorize, authorizeRead, roleAllows } from "@/lib/auth/roles";
import { conflictView } from "@/lib/charts/conflict-view";
import { readChartView, serializeChartView } from "@/lib/charts/view";
import { getConflict } from "@/lib/conflicts/queries";
import { formatDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { listChartFigures } from "@/lib/charts/queries";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  if (!authorizeRead(await currentViewer(), env().READ_ACCESS).ok) return { title: "Sign in" };
  const conflict = await getConflict({ slug: (await params).slug });
  return { title: conflict?.name ?? "Conflict not found" };
}

async function ConflictPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await requireReader(`/conflicts/${slug}`);
  const editor = roleAllows(viewer?.role, "editor");
  const asked = await searchParams;
  const view = readChartView(asked, { editor });
  const draftsRefused = asked.drafts === "true" && !editor ? authorize(viewer, "editor") : null;
  const [conflict, data, annotations] = await Promise.all([
    getConflict({ slug }),
    listChartFigures({ conflictSlugs: [slug], statuses: view.drafts ? ["draft", "published"] : ["published"] }),
    listAnnotations({ conflictSlugs: [slug] }),
  ]);
  if (!conflict) notFound();
  const shown = conflictView({ conflictName: conflict.name, rows: data.rows, links: data.links, events: annotations }, view);
  const query = serializeChartView(view);
  // the CSV of what the page shows: same dates, drafts and revisions
  const csvQuery = new URLSearchParams({
    conflict: conflict.slug,
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(view.drafts ? { status: "all" } : {}),
    ...(view.revisions ? { revisions: "true" } : {}),
  }).toString();

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{conflict.name}</h1>
          <div className="muted">
            {conflict.region} · since {formatDay(conflict.startDate)} · {shown.total} {view.drafts ? "figures (drafts included)" : "published figures"}
            {view.asOf ? ` as known on ${formatDay(view.asOf)}` : ""}
          </div>
        </div>
        <div className="actions">
          {editor && (
            <Link className="button" href={`/figures/new?conflict=${conflict.slug}`}>
              Add a figure
            </Link>
          )}
          <a className="button secondary" href={`/api/v1/figures.csv?${csvQuery}`} download>
            Download CSV
          </a>
        </div>
      </div>
      <ChartControls editor={editor} />
      {draftsRefused && !draftsRefused.ok && (
        <p className="notice warning" role="status">
          Drafts are left out: {draftsRefused.message}
        </p>
      )}
      <SourceLegend items={shown.legend} label="Sources shown on every chart" />
      {view.asOf && (
        <p className="notice" role="status">
          As known on {formatDay(view.asOf)}: only figures from reports published by then, and revisions made by then.
        </p>
      )}
      {shown.charts.length === 0 && (
        <p className="card">
          {shown.total
            ? "No figures in this view: switch a source back on, or widen the dates."
            : view.asOf || view.from || view.to
              ? "No figures in this view: widen the dates, or reset the view."
              : `No ${view.drafts ? "" : "published "}figures for this conflict yet.`}
        </p>
      )}
      {shown.charts.map((chart) => (
        <MetricSection key={chart.metricSlug} chart={chart} conflict={conflict} view={shown} scale={view.scale} query={query} />
      ))}
      <CrossCheckPanel checks={shown.crossChecks} />
      {editor && <AnnotationControls conflictSlug={conflict.slug} annotations={annotations} />}
    </>
  );
}

export const generateMetadata = whileDatabaseUp(readMetadata);

export default whileDatabaseUp(ConflictPage);
