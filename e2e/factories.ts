// Test data for e2e specs: each test makes its own uniquely named rows straight in the e2e database, so
// specs run in parallel and never depend on each other or on order.
import { randomBytes } from "node:crypto";
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

export async function makeConflict(): Promise<{ slug: string; name: string }> {
  const id = uid();
  const conflict = { slug: `e2e-${id}`, name: `E2E Conflict ${id}` };
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

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
