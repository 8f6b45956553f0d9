// Integration-test helpers for the report and source writes: a real failing audit write, a real lock wait,
// and figures made straight in the database. Test support only: never imported by the app.
import { randomBytes } from "node:crypto";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";

export const uid = () => randomBytes(4).toString("hex");

/** An actor whose audit events PostgreSQL refuses (a trigger raises), so a write fails after its row changed. */
export const FAILING_ACTOR = "audit-fails@example.org"; // also spelled out in the trigger below

export async function installFailingAuditTrigger(): Promise<void> {
  // plain tagged SQL, nothing interpolated: a function body cannot take parameters, so the actor is spelled out
  await db().$executeRaw`
    CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger AS $$
    BEGIN
      IF NEW.actor = 'audit-fails@example.org' THEN RAISE EXCEPTION 'audit write refused by the test'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`;
  await db().$executeRaw`DROP TRIGGER IF EXISTS test_refuse_audit ON "AuditEvent"`;
  await db().$executeRaw`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`;
}

/** Resolves once some session of this database waits for a lock held by another (the losing writer of a race). */
export async function untilSomeoneWaitsForALock(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(row!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("no session waited for a lock");
}

/** A gate: `wait` resolves once `open` is called. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

export async function makeFigure({
  sourceId,
  reportId,
  status = "published",
  quote = `about 1,000 people were killed ${uid()}`,
  deleted = false,
}: { sourceId: number; reportId: number; status?: "draft" | "published"; quote?: string; deleted?: boolean }): Promise<number> {
  const c = await createConflict({ conflict: { slug: `c-${uid()}`, name: `Conflict ${uid()}`, region: "Testland", startDate: "2012-01-01" }, actor: "test" });
  const metric = await db().metric.findUniqueOrThrow({ where: { slug: "deaths" } });
  const f = await db().figure.create({
    data: {
      conflictId: c.id, metricId: metric.id, value: 1000n, qualifier: "about", refDate: new Date("2013-02-01T00:00:00Z"),
      reportId, sourceId, quote, status, createdBy: "test", updatedBy: "test", deletedAt: deleted ? new Date() : null,
    },
  });
  return f.id;
}

export const auditCount = () => db().auditEvent.count();
