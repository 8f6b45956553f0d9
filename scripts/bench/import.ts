// import_ratio: 100,000 rows of a CSV in the export's layout through the app's importer (runImport, as the
// upload route and `npm run import` run it: analyse, duplicate check, one transaction with its audit entry)
// ÷ the same figures, already resolved to ids, through COPY … FROM STDIN. Each repetition is undone after.
import { stringify } from "csv-stringify/sync";
import type pg from "pg";
import { CSV_COLUMNS } from "@/lib/export/csv";
import { runImport } from "@/lib/import/run";
import { copyText } from "./copy";
import { conflictSlug, CONFLICTS, day, METRIC_SLUGS, random, sourceName, SOURCES } from "./generate";
import { median, repeat } from "./timing";

const ACTOR = "bench-import";
const REPORTS = 500;

type Row = { conflict: number; metric: number; source: number; value: number; qualifier: string; ref: string; periodStart: string; report: number; quote: string };

function importRows(count: number): Row[] {
  const rand = random(11);
  const qualifiers = ["exact", "about", "at_least", "more_than", "nearly"];
  return Array.from({ length: count }, (_, i) => {
    const metric = i % METRIC_SLUGS.length;
    const value = 1000 + Math.floor(rand() * 900_000);
    const ref = day(Date.UTC(2025, 0, 1) + Math.floor(rand() * 300) * 86_400_000);
    return {
      conflict: Math.floor(rand() * CONFLICTS),
      metric,
      source: Math.floor(rand() * SOURCES),
      value,
      qualifier: qualifiers[i % qualifiers.length]!,
      ref,
      periodStart: METRIC_SLUGS[metric] === "daily_outflow" ? ref.slice(0, 8) + "01" : "",
      report: i % REPORTS,
      quote: `${value.toLocaleString("en-US")} people, said the imported report (row ${i + 1})`,
    };
  });
}

const reportTitle = (k: number) => `Bench import report ${k + 1}`;
const reportUrl = (k: number) => `https://bench.example.org/import/${k + 1}`;
const REPORT_DATE = "2025-12-01";

function csvOf(rows: readonly Row[], units: Map<string, string>): string {
  const records = rows.map((r) => {
    const metric = METRIC_SLUGS[r.metric]!;
    const cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
      conflict: conflictSlug(r.conflict), metric, value: String(r.value), qualifier: r.qualifier, unit: units.get(metric)!, reference_date: r.ref,
      period_start: r.periodStart, source: sourceName(r.source), report_title: reportTitle(r.report), report_url: reportUrl(r.report),
      report_date: REPORT_DATE, quote: r.quote, status: "published",
    };
    return CSV_COLUMNS.map((c) => cells[c] ?? "");
  });
  return stringify([[...CSV_COLUMNS], ...records], { record_delimiter: "windows" });
}

/** The same figures as COPY's text rows, citing reports `reportIds` (made beforehand, like the importer makes its own). */
function copyTextOf(rows: readonly Row[], ids: { metric: Map<string, number>; source: Map<string, number>; conflict: Map<string, number>; report: number[] }): string {
  return rows
    .map((r) =>
      [ids.conflict.get(conflictSlug(r.conflict)), ids.metric.get(METRIC_SLUGS[r.metric]!), r.value, r.qualifier, r.ref, r.periodStart || "\\N",
        ids.report[r.report], ids.source.get(sourceName(r.source)), r.quote, "published", ACTOR, ACTOR, "2025-12-01", ACTOR, "2025-12-01"].join("\t"),
    )
    .join("\n") + "\n";
}

async function idMap(client: pg.Client, sql: string): Promise<Map<string, number>> {
  return new Map((await client.query<{ k: string; id: number }>(sql)).rows.map((r) => [r.k, r.id]));
}

export async function measureImport(client: pg.Client, { rows: count, reps }: { rows: number; reps: number }) {
  const rows = importRows(count);
  const units = new Map((await client.query<{ slug: string; unit: string }>(`SELECT slug, unit FROM "Metric"`)).rows.map((r) => [r.slug, r.unit]));
  const csv = Buffer.from(csvOf(rows, units));
  const before = (await client.query<{ max: number }>(`SELECT max(id) AS max FROM "Figure"`)).rows[0]!.max;
  const undo = async () => {
    await client.query(`DELETE FROM "Figure" WHERE id > $1`, [before]);
    await client.query(`DELETE FROM "Report" WHERE "createdBy" = $1`, [ACTOR]);
    await client.query(`DELETE FROM "AuditEvent" WHERE actor = $1`, [ACTOR]);
    await client.query(`VACUUM "Figure"`); // each repetition starts from the same table
  };

  const importing = async (file: Buffer) => {
    const report = await runImport(
      (async function* () {
        for (let i = 0; i < file.length; i += 64 * 1024) yield file.subarray(i, i + 64 * 1024);
      })(),
      { options: { commit: true, partial: false, skipDuplicates: false, mapping: {}, fileName: "bench.csv" }, actor: ACTOR, review: "none" },
    );
    if (!report.ok || !report.committed) throw new Error(`The bench import wrote nothing: ${report.ok ? (report.refused ?? JSON.stringify(report.errors.slice(0, 3))) : report.fileError}`);
    return report.committed.created;
  };
  // the warm-up imports a tenth of the rows: the same code paths, a minute less per run at 100,000 rows
  const small = Buffer.from(csvOf(rows.slice(0, Math.ceil(count / 10)), units));
  const app = await repeat(reps, () => importing(csv), { after: undo, warmup: () => importing(small) });

  // COPY's reports are made outside the timing, as a loader would have them already
  const ids = {
    conflict: await idMap(client, `SELECT slug AS k, id FROM "Conflict"`),
    metric: await idMap(client, `SELECT slug AS k, id FROM "Metric"`),
    source: await idMap(client, `SELECT name AS k, id FROM "Source"`),
    report: (await client.query<{ id: number }>(`SELECT id FROM "Report" ORDER BY id LIMIT ${REPORTS}`)).rows.map((r) => r.id),
  };
  const text = copyTextOf(rows, ids);
  const copy = await repeat(reps, async () => {
    await copyText(client, `COPY "Figure" ("conflictId", "metricId", value, qualifier, "refDate", "periodStart", "reportId", "sourceId", quote, status, "createdBy", "updatedBy", "updatedAt", "publishedBy", "publishedAt") FROM STDIN`, text);
  }, {
    after: async () => {
      await client.query(`DELETE FROM "Figure" WHERE id > $1`, [before]);
      await client.query(`VACUUM "Figure"`);
    },
  });
  await client.query("VACUUM ANALYZE \"Figure\"");
  const appMs = median(app.ms);
  const copyMs = median(copy.ms);
  return {
    import_ratio: copyMs / appMs,
    import_rows: app.results[0]!,
    import_app_rows_per_s: Math.round(count / (appMs / 1000)),
    import_copy_rows_per_s: Math.round(count / (copyMs / 1000)),
    import_csv_mb: Math.round((csv.length / 1024 / 1024) * 10) / 10,
  };
}
