// Test data for e2e specs: each test makes its own uniquely named rows straight in the e2e database, so
// specs run in parallel and never depend on each other or on order.
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import pg from "pg";
import { assertLocalDatabase } from "../scripts/lib/test-database";

let pool: pg.Pool | undefined;

function db(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e suite through `npm test`.");
  assertLocalDatabase(url);
  pool ??= new pg.Pool({ connectionString: url, max: 2 });
  return pool;
}

export const uid = () => randomBytes(4).toString("hex");

export async function makeConflict({ name }: { name?: string } = {}): Promise<{ slug: string; name: string }> {
  const id = uid();
  const conflict = { slug: `e2e-${id}`, name: name ?? `E2E Conflict ${id}` };
  await db().query(`INSERT INTO "Conflict" (name, slug, region, "startDate") VALUES ($1, $2, 'Testland', '2012-01-01')`, [
    conflict.name,
    conflict.slug,
  ]);
  return conflict;
}

export async function countFigures(conflictSlug: string): Promise<number> {
  const { rows } = await db().query<{ n: string }>(
    `SELECT count(*) AS n FROM "Figure" f JOIN "Conflict" c ON c.id = f."conflictId" WHERE c.slug = $1`,
    [conflictSlug],
  );
  return Number(rows[0]?.n ?? 0);
}

export type TestUser = { email: string; name: string; password: string; role: "admin" | "editor" | "analyst" };

/**
 * A fresh account, for tests that disable it, change its role or password, or fail to sign in as it (the
 * shared demo accounts must keep working for parallel tests). The hash is Better Auth's own scrypt format.
 */
export async function makeUser({ role = "analyst", password = `e2e-password-${uid()}` }: { role?: TestUser["role"]; password?: string } = {}): Promise<TestUser> {
  const id = uid();
  const user = { email: `e2e-${id}@example.org`, name: `E2E Person ${id}`, password, role };
  const userId = randomUUID();
  const hash = await hashPassword(password);
  const client = await db().connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", "createdAt", "updatedAt", role, banned) VALUES ($1, $2, $3, true, now(), now(), $4, false)`,
      [userId, user.name, user.email, role],
    );
    await client.query(
      `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now(), now())`,
      [randomUUID(), userId, hash],
    );
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  return user;
}

/** Audit entries written by one person: the other workers write theirs at the same time, so never a global count. */
export async function countAuditEvents({ actor }: { actor: string }): Promise<number> {
  const { rows } = await db().query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE actor = $1`, [actor]);
  return Number(rows[0]?.n ?? 0);
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

// --- reports, sources and their figures (reports.spec.ts, sources.spec.ts) ---------------------------------

export async function makeReport(over: { title?: string; publisher?: string; fullText?: string; url?: string; publishedOn?: string } = {}): Promise<{ id: number; title: string }> {
  const title = over.title ?? `E2E report ${uid()}`;
  const { rows } = await db().query<{ id: number }>(
    `INSERT INTO "Report" (title, publisher, url, "publishedOn", "fullText", "createdBy", "updatedBy") VALUES ($1, $2, $3, $4, $5, 'e2e', 'e2e') RETURNING id`,
    [title, over.publisher ?? "E2E Times", over.url ?? `https://example.org/e2e/${uid()}`, over.publishedOn ?? "2013-03-01", over.fullText ?? null],
  );
  return { id: rows[0]!.id, title };
}

export async function makeSource(over: { name?: string; kind?: string; reliability?: string } = {}): Promise<{ id: number; name: string }> {
  const name = over.name ?? `E2E source ${uid()}`;
  const { rows } = await db().query<{ id: number }>(
    `INSERT INTO "Source" (name, kind, reliability, "createdBy", "updatedBy") VALUES ($1, $2::"SourceKind", $3, 'e2e', 'e2e') RETURNING id`,
    [name, over.kind ?? "ngo", over.reliability ?? null],
  );
  return { id: rows[0]!.id, name };
}

/** A figure of a fresh conflict, on the given report and source. */
export async function makeFigure({ reportId, sourceId, quote, value = 1000, status = "published" }: { reportId: number; sourceId: number; quote: string; value?: number; status?: "draft" | "published" }): Promise<number> {
  const conflict = await makeConflict();
  const { rows } = await db().query<{ id: number }>(
    `INSERT INTO "Figure" ("conflictId", "metricId", value, qualifier, "refDate", "reportId", "sourceId", quote, status, "createdBy", "updatedBy", "updatedAt")
     SELECT c.id, m.id, $2, 'about', '2013-02-28', $3, $4, $5, $6::"FigureStatus", 'e2e', 'e2e', now()
     FROM "Conflict" c, "Metric" m WHERE c.slug = $1 AND m.slug = 'deaths' RETURNING id`,
    [conflict.slug, value, reportId, sourceId, quote, status],
  );
  return rows[0]!.id;
}

export async function getReportRow(id: number): Promise<{ title: string; publisher: string | null; version: number; updatedBy: string } | undefined> {
  const { rows } = await db().query(`SELECT title, publisher, version, "updatedBy" FROM "Report" WHERE id = $1`, [id]);
  return rows[0];
}

export async function getSourceRow(id: number): Promise<{ name: string; version: number } | undefined> {
  const { rows } = await db().query(`SELECT name, version FROM "Source" WHERE id = $1`, [id]);
  return rows[0];
}

export async function figureSourceIds(figureIds: number[]): Promise<number[]> {
  const { rows } = await db().query<{ sourceId: number }>(`SELECT "sourceId" FROM "Figure" WHERE id = ANY($1) ORDER BY id`, [figureIds]);
  return rows.map((r) => r.sourceId);
}

// --- figures on a conflict of the test's own (figures.spec.ts) -------------------------------------------

export type FigureSeed = {
  /** the conflict's slug */
  conflict: string;
  value?: number;
  qualifier?: string;
  metric?: string;
  status?: "draft" | "published";
  quote?: string | null;
  note?: string | null;
  refDate?: string;
  /** the source's name, created when new */
  source?: string;
  /** the report it comes from; a fresh one when absent */
  reportId?: number;
  /** the fresh report's publication day, when no reportId is given ("as known on" reads it) */
  reportDate?: string;
  /** the figure this one revises (its source's newer number for the same thing) */
  supersedes?: number;
};

/** One figure on the given conflict, written straight to the database (no audit event: nobody entered it). */
export async function makeFigureIn(seed: FigureSeed): Promise<number> {
  const { rows: sources } = await db().query<{ id: number }>(
    `INSERT INTO "Source" (name, kind) VALUES ($1, 'ngo') ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [seed.source ?? `E2E source ${uid()}`],
  );
  const reportId = seed.reportId ?? (await makeReport({ publishedOn: seed.reportDate })).id;
  const status = seed.status ?? "published";
  const { rows } = await db().query<{ id: number }>(
    `INSERT INTO "Figure" ("conflictId", "metricId", value, qualifier, "refDate", "reportId", "sourceId", quote, note, status, "supersedesId",
                           "createdBy", "updatedBy", "updatedAt", "publishedBy", "publishedAt")
     SELECT c.id, m.id, $3, $4::"Qualifier", $5, $6, $7, $8, $9, $10::"FigureStatus", $11, 'e2e', 'e2e', now(),
            CASE WHEN $10 = 'published' THEN 'e2e' END, CASE WHEN $10 = 'published' THEN now() END
     FROM "Conflict" c, "Metric" m WHERE c.slug = $1 AND m.slug = $2 RETURNING id`,
    [seed.conflict, seed.metric ?? "deaths", seed.value ?? 1000, seed.qualifier ?? "exact", seed.refDate ?? "2013-02-28", reportId, sources[0]!.id,
      seed.quote === undefined ? `E2E quote ${uid()}` : seed.quote, seed.note ?? null, status, seed.supersedes ?? null],
  );
  if (!rows[0]) throw new Error(`no conflict ${seed.conflict} or metric ${seed.metric}`);
  return rows[0].id;
}

export async function getFigureRow(
  id: number,
): Promise<{ value: string; note: string | null; status: string; version: number; createdBy: string; updatedBy: string; publishedBy: string | null; deleted: boolean } | undefined> {
  const { rows } = await db().query(
    `SELECT value::text AS value, note, status::text AS status, version, "createdBy", "updatedBy", "publishedBy", "deletedAt" IS NOT NULL AS deleted FROM "Figure" WHERE id = $1`,
    [id],
  );
  return rows[0];
}

/** A source's revision of one of its figures: a newer figure on the same conflict pointing back to it. */
export async function makeRevision(of: number, seed: FigureSeed): Promise<number> {
  return makeFigureIn({ ...seed, supersedes: of });
}

// --- annotations and lookups (attacks.spec.ts) ---------------------------------------------------------------

/** An event drawn on the conflict's charts. */
export async function makeAnnotation({ conflict, date, label }: { conflict: string; date: string; label: string }): Promise<void> {
  await db().query(`INSERT INTO "Annotation" ("conflictId", date, label) SELECT id, $2, $3 FROM "Conflict" WHERE slug = $1`, [conflict, date, label]);
}

export async function sourceNamed(name: string): Promise<{ id: number } | undefined> {
  const { rows } = await db().query<{ id: number }>(`SELECT id FROM "Source" WHERE name = $1`, [name]);
  return rows[0];
}
