// Add a source: who gives figures, what kind of body it is, how far it can be trusted.
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { SourceForm } from "../_components/source-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a source" };

async function NewSourcePage() {
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Add a source" denial={allowed} back="/sources/new" />;
  return (
    <>
      <h1>Add a source</h1>
      <p className="muted">A body that gives figures: a UN agency, a ministry, an observatory, a newspaper.</p>
      <div className="card narrow">
        <SourceForm initial={{}} cancelHref="/sources" />
      </div>
    </>
  );
}

export default whileDatabaseUp(NewSourcePage);
