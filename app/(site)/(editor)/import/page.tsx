// Import a CSV of figures: check it, see each problem by row and column, then write the valid rows in one step.
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { REQUIRED_FIELDS, IMPORT_FIELDS } from "@/lib/import/columns";
import { ImportForm } from "./_components/import-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a CSV" };

async function ImportPage() {
  const allowed = authorize(await currentViewer(), "editor");
  if (!allowed.ok) return <AccessDenied title="Import a CSV" denial={allowed} back="/import" />;
  return (
    <>
      <h1>Import a CSV</h1>
      <p className="muted">
        Add many figures at once from a spreadsheet. Nothing is written until you have seen what the file holds: each row is checked as the
        figure form checks it, and each problem is named by its row and column.
      </p>
      <details className="card narrow import-help">
        <summary>What the file should look like</summary>
        <p>
          The layout of the CSV export, one figure a row: download{" "}
          <a href="/api/v1/figures.csv?conflict=syria">the Syria figures</a> for an example, fill in your rows and upload it. The columns are
          described in the project&apos;s <code>docs/api.md</code>, under <code>GET /api/v1/figures.csv</code> and <code>POST /api/v1/imports</code>. The export&apos;s HXL hashtag row, if there, is skipped.
        </p>
        <p>
          Required: {REQUIRED_FIELDS.map((f) => IMPORT_FIELDS[f]).map((c, i) => <span key={c}>{i > 0 && ", "}<code>{c}</code></span>)}; a{" "}
          <code>quote</code> too, unless <code>status</code> is <code>draft</code>. The conflict and metric are slugs already on record
          (e.g. <code>syria</code>, <code>deaths</code>); dates are <code>YYYY-MM-DD</code>. Sources and reports the file names are found, or
          added. A file with other column names can be mapped after the first check.
        </p>
      </details>
      <ImportForm />
    </>
  );
}

export default whileDatabaseUp(ImportPage);
