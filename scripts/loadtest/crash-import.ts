// The crash half of --faults: an editor uploads a large CSV with commit=1, the server is killed (SIGKILL) while
// the import's one transaction is writing, and afterwards nothing of that import may be stored: no figure, no
// source or report it named, no import audit event, the figure count unchanged.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { CSV_COLUMNS } from "@/lib/export/csv";
import type { App } from "./servers";

export type CrashResult = {
  rows: number;
  csvMb: number;
  /** ms from sending the upload to the kill */
  killedAfterMs: number;
  /** rows the killed transaction had inserted into "Figure" before it was rolled back (PostgreSQL's statistics) */
  insertedThenRolledBack: number;
  figuresBefore: number;
  figuresAfter: number;
  storedFromImport: { figures: number; sources: number; reports: number; auditEvents: number };
  nothingStored: boolean;
};

function crashCsv(rows: number, tag: string): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (let i = 0; i < rows; i++) {
    const value = 1000 + ((i * 7919) % 900_000);
    const day = new Date(Date.UTC(2013, 0, 1) + (i % 1400) * 86_400_000).toISOString().slice(0, 10);
    const cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
      conflict: "syria", metric: "deaths", value: String(value), qualifier: "about", unit: "people", reference_date: day,
      source: `Crash import source ${tag}`, source_kind: "ngo", report_title: `Crash import report ${tag} ${i % 50}`,
      report_url: `https://crash.invalid/${tag}/${i % 50}`, report_date: "2016-12-31",
      quote: `about ${value} people have been killed (crash import row ${i + 1})`, status: "published",
    };
    lines.push(CSV_COLUMNS.map((c) => cells[c] ?? "").join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

const count = async (client: pg.Client, sql: string, params: unknown[] = []) => Number((await client.query<{ n: string }>(sql, params)).rows[0]!.n);
const insertedIntoFigure = (client: pg.Client) => count(client, `SELECT n_tup_ins AS n FROM pg_stat_user_tables WHERE relname = 'Figure'`);
/** Sessions other than ours inside a transaction that has written something (holds a transaction id); `figures`: one writing figures. */
const writers = (client: pg.Client, figures = false) =>
  count(
    client,
    `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL${figures ? ` AND query LIKE '%INSERT INTO "Figure"%'` : ""}`,
  );

export async function crashDuringImport({ app, cookie, client, rows, say }: { app: App; cookie: string; client: pg.Client; rows: number; say: (s: string) => void }): Promise<CrashResult> {
  const tag = randomBytes(4).toString("hex");
  const fileName = `crash-${tag}.csv`;
  const csv = crashCsv(rows, tag);
  const figuresBefore = await count(client, `SELECT count(*) AS n FROM "Figure"`);
  await client.query("SELECT pg_stat_clear_snapshot()");
  const insertsBefore = await insertedIntoFigure(client);
  say(`  uploading ${rows.toLocaleString("en-US")} rows (${(csv.length / 1e6).toFixed(1)} MB) to ${app.base} with commit=1…`);
  const started = performance.now();
  const upload = fetch(`${app.base}/api/v1/imports?commit=1&name=${fileName}`, { method: "POST", body: csv, headers: { cookie, "content-type": "text/csv", origin: app.base } })
    .then((r) => r.text())
    .then((t) => ({ answered: t.trim().split("\n").at(-1) ?? "" }), (err: Error) => ({ failed: err.message }));
  // wait for the import's transaction to be inserting figures (its sources and reports are written by then),
  // then a moment more to be in the middle of its batches
  for (;;) {
    if (performance.now() - started > 300_000) throw new Error("The import's transaction did not start writing within 5 minutes.");
    const settled = await Promise.race([upload, new Promise((r) => setTimeout(() => r(null), 25))]);
    if (settled) throw new Error(`The import ended before it could be killed: ${JSON.stringify(settled).slice(0, 300)}`);
    if ((await writers(client, true)) > 0) break;
  }
  await new Promise((r) => setTimeout(r, 250));
  const killedAfterMs = performance.now() - started;
  process.kill(app.pid, "SIGKILL");
  say(`  killed the server (SIGKILL) ${(killedAfterMs / 1000).toFixed(1)} s after the upload began, while the import's transaction was writing`);
  await upload; // the connection drops with the server
  // PostgreSQL rolls the transaction back when the dead client's connection closes
  for (let i = 0; (await writers(client)) > 0; i++) {
    if (i > 600) throw new Error("The killed server's transaction was still open after 60 s.");
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 600)); // statistics reach the view a moment after a backend ends
  await client.query("SELECT pg_stat_clear_snapshot()");
  const insertedThenRolledBack = (await insertedIntoFigure(client)) - insertsBefore;
  const storedFromImport = {
    figures: await count(client, `SELECT count(*) AS n FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId" WHERE s.name = $1`, [`Crash import source ${tag}`]),
    sources: await count(client, `SELECT count(*) AS n FROM "Source" WHERE name = $1`, [`Crash import source ${tag}`]),
    reports: await count(client, `SELECT count(*) AS n FROM "Report" WHERE url LIKE $1`, [`https://crash.invalid/${tag}/%`]),
    auditEvents: await count(client, `SELECT count(*) AS n FROM "AuditEvent" WHERE entity = 'Import' AND after->>'file' = $1`, [fileName]),
  };
  const figuresAfter = await count(client, `SELECT count(*) AS n FROM "Figure"`);
  const nothingStored = Object.values(storedFromImport).every((n) => n === 0) && figuresAfter === figuresBefore;
  return { rows, csvMb: Math.round(csv.length / 1e5) / 10, killedAfterMs: Math.round(killedAfterMs), insertedThenRolledBack, figuresBefore, figuresAfter, storedFromImport, nothingStored };
}
