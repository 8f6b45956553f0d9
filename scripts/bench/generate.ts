// The benchmark's figures: about 50 conflicts × 6 metrics × 20 sources over 15 years, with qualifiers, bounds,
// periods for rates, drafts, deletions and revision chains, made deterministically (a seeded generator) and
// written with COPY. Pure row-making here; `loadFigures` does the writing.
import type pg from "pg";
import { copyRows } from "./copy";

export const CONFLICTS = 50;
export const SOURCES = 20;
export const YEARS = 15;
const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAY = 86_400_000;
const SPAN_DAYS = Math.round(YEARS * 365.25);

/** The five metrics the migrations create, plus one more so each conflict has six. */
export const EXTRA_METRIC = { slug: "missing", name: "Missing", kind: "stock", unit: "people", hxlTag: "#affected+missing" } as const;
export const METRIC_SLUGS = ["deaths", "injured", "refugees", "idps", "daily_outflow", "missing"] as const;
const SOURCE_KINDS = ["un_agency", "government", "ngo", "media", "other"] as const;
const QUALIFIER_WEIGHTS: [string, number][] = [
  ["exact", 40], ["about", 15], ["at_least", 15], ["more_than", 10], ["over", 8], ["nearly", 5], ["up_to", 4], ["projected", 3],
];
const SERIES_PER_CONFLICT = METRIC_SLUGS.length * SOURCES;

/** Mulberry32: a small, fast seeded generator, so every run (and every size) builds the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
export const conflictSlug = (c: number) => `bench-${pad(c + 1)}`;
export const sourceName = (s: number) => `Bench source ${pad(s + 1)}`;
export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export type FigureRecord = {
  id: number;
  conflict: number;
  metric: number;
  source: number;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  refDay: number;
  periodStartDay: number | null;
  report: number;
  quote: string;
  status: "published" | "draft";
  deleted: boolean;
  supersedesId: number | null;
};

/** One report per conflict, source and month of publication: its id is its index in that grid. */
export const reportIndex = (conflict: number, source: number, month: number) => (conflict * SOURCES + source) * (YEARS * 12 + 1) + month;
export function reportOf(index: number): { conflict: number; source: number; month: number } {
  const months = YEARS * 12 + 1;
  return { conflict: Math.floor(index / (SOURCES * months)), source: Math.floor(index / months) % SOURCES, month: index % months };
}
export const reportDay = (month: number) => Math.min(Math.floor(month * 30.44) + 31, SPAN_DAYS + 40);

/**
 * Figure number i (0-based) of `total`: series i mod 6,000 (conflict, metric, source), its place along the 15
 * years from i div 6,000. About 3% revise the figure before them in the series (same date, new report).
 */
export function makeFigure(i: number, total: number, rand: () => number): FigureRecord {
  const seriesCount = CONFLICTS * SERIES_PER_CONFLICT;
  const series = i % seriesCount;
  const step = Math.floor(i / seriesCount);
  const steps = Math.max(1, Math.ceil(total / seriesCount));
  const conflict = Math.floor(series / SERIES_PER_CONFLICT);
  const metric = Math.floor(series / SOURCES) % METRIC_SLUGS.length;
  const source = series % SOURCES;
  const revises = step > 0 && rand() < 0.03;
  const refDay = Math.min(SPAN_DAYS - 1, Math.floor(((revises ? step - 1 : step) + rand() * 0.9) * (SPAN_DAYS / steps)));
  const rate = METRIC_SLUGS[metric] === "daily_outflow";
  const scale = 1000 * (1 + (conflict % 7)) * (1 + metric);
  const value = rate ? Math.round(50 + rand() * scale * 0.05) : Math.round(scale * (1 + (refDay / SPAN_DAYS) * 40) * (0.9 + rand() * 0.2));
  const bounded = rand() < 0.2;
  let q = rand() * 100;
  let qualifier = "exact";
  for (const [name, w] of QUALIFIER_WEIGHTS) if ((q -= w) < 0) { qualifier = name; break; }
  const month = Math.min(YEARS * 12, Math.floor((refDay + 1 + rand() * 20) / 30.44) + (revises ? 1 : 0));
  const roll = rand();
  return {
    id: i + 1,
    conflict,
    metric,
    source,
    value,
    low: bounded ? Math.floor(value * 0.8) : null,
    high: bounded ? Math.ceil(value * 1.25) : null,
    qualifier,
    refDay,
    periodStartDay: rate ? Math.max(0, refDay - 30) : null,
    report: reportIndex(conflict, source, month),
    quote: `${qualifier === "exact" ? "" : qualifier.replace("_", " ") + " "}${value.toLocaleString("en-US")} ${rate ? "people a day" : "people"} (${METRIC_SLUGS[metric]}), the source said in its report`,
    status: roll < 0.05 ? "draft" : "published",
    deleted: roll > 0.995,
    supersedesId: revises ? i + 1 - seriesCount : null,
  };
}

const N = "\\N";
const ACTOR = "bench";

/** Conflicts, the sixth metric, sources, the reports the figures cite, the figures, some events; then ANALYZE. */
export async function loadFigures(client: pg.Client, total: number, log: (s: string) => void): Promise<{ reports: number }> {
  await client.query(`INSERT INTO "Metric" (slug, name, kind, unit, "hxlTag") VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING`, Object.values(EXTRA_METRIC));
  const metricIds = new Map<string, number>((await client.query(`SELECT id, slug FROM "Metric"`)).rows.map((r: { id: number; slug: string }) => [r.slug, r.id]));
  await copyRows(client, `"Conflict" (id, name, slug, region, "startDate")`, function* () {
    for (let c = 0; c < CONFLICTS; c++) yield [c + 1, `Bench conflict ${pad(c + 1)}`, conflictSlug(c), `Region ${(c % 8) + 1}`, day(FIRST_DAY)];
  });
  await copyRows(client, `"Source" (id, name, kind, "updatedAt")`, function* () {
    for (let s = 0; s < SOURCES; s++) yield [s + 1, sourceName(s), SOURCE_KINDS[s % SOURCE_KINDS.length]!, "2010-01-01"];
  });

  // the figures first (remembering which reports they cite), with foreign keys checked afterwards by the
  // reports' COPY standing in: session_replication_role skips the per-row FK triggers, as a bulk load would
  const cited = new Set<number>();
  const rand = random(8);
  await client.query("SET session_replication_role = replica");
  const started = Date.now();
  await copyRows(
    client,
    `"Figure" (id, "conflictId", "metricId", value, low, high, qualifier, "refDate", "periodStart", "reportId", "sourceId", quote, status, "supersedesId", "createdBy", "updatedBy", "updatedAt", "publishedBy", "publishedAt", "deletedAt", "deletedBy")`,
    function* () {
      for (let i = 0; i < total; i++) {
        const f = makeFigure(i, total, rand);
        cited.add(f.report);
        const ref = day(FIRST_DAY + f.refDay * DAY);
        const published = f.status === "published";
        yield [
          f.id, f.conflict + 1, metricIds.get(METRIC_SLUGS[f.metric]!)!, f.value, f.low ?? N, f.high ?? N, f.qualifier, ref,
          f.periodStartDay === null ? N : day(FIRST_DAY + f.periodStartDay * DAY), f.report + 1, f.source + 1, f.quote, f.status,
          f.supersedesId ?? N, ACTOR, ACTOR, ref, published ? ACTOR : N, published ? ref : N, f.deleted ? ref : N, f.deleted ? ACTOR : N,
        ];
        if (i > 0 && i % 250_000 === 0) log(`  ${i.toLocaleString("en-US")} figures (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    },
  );
  await copyRows(client, `"Report" (id, title, publisher, url, "publishedOn", "updatedAt")`, function* () {
    for (const index of cited) {
      const { conflict, source, month } = reportOf(index);
      const published = day(FIRST_DAY + reportDay(month) * DAY);
      yield [index + 1, `${sourceName(source)} update on conflict ${conflict + 1}, ${published.slice(0, 7)}`, sourceName(source), `https://bench.example.org/r/${index + 1}`, published, published];
    }
  });
  await client.query("SET session_replication_role = DEFAULT");
  await copyRows(client, `"Annotation" ("conflictId", date, label)`, function* () {
    for (let c = 0; c < CONFLICTS; c++) for (let y = 0; y < 5; y++) yield [c + 1, day(FIRST_DAY + Math.floor((y * 3 + 1) * 365.25) * DAY), `Event ${y + 1}`];
  });
  for (const table of ["Conflict", "Source", "Report", "Figure"]) {
    await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
  await client.query("VACUUM ANALYZE");
  return { reports: cited.size };
}
