// What must hold in the database after the load, asked of PostgreSQL directly: every acknowledged write is
// there, every figure has its audit event and every figure audit event its figure.
import type pg from "pg";

/** Of the acknowledged figure ids, how many are stored, and which are not. */
export async function findAcknowledged(client: pg.Client, ids: readonly number[]): Promise<{ found: number; missing: number[] }> {
  const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Figure" WHERE id = ANY($1::int[])`, [ids]);
  const stored = new Set(rows.map((r) => r.id));
  return { found: stored.size, missing: ids.filter((id) => !stored.has(id)) };
}

// An imported figure's audit event is its import's (entity Import, one row per figure in `after.rows`).
const IMPORTED = `SELECT (r->>'figure')::int AS id FROM "AuditEvent" a, jsonb_array_elements(a.after->'rows') r WHERE a.entity = 'Import'`;

export type AuditCheck = { figures: number; figuresWithoutAudit: number; auditWithoutFigure: number };

export async function checkAudit(client: pg.Client): Promise<AuditCheck> {
  const { rows } = await client.query<{ figures: string; without_audit: string; orphans: string }>(`
    WITH imported AS (${IMPORTED}),
    created AS (SELECT "entityId" FROM "AuditEvent" WHERE entity = 'Figure' AND action = 'create')
    SELECT
      (SELECT count(*) FROM "Figure") AS figures,
      (SELECT count(*) FROM "Figure" f
        WHERE NOT EXISTS (SELECT 1 FROM created c WHERE c."entityId" = f.id::text)
          AND NOT EXISTS (SELECT 1 FROM imported i WHERE i.id = f.id)) AS without_audit,
      (SELECT count(*) FROM "AuditEvent" a WHERE a.entity = 'Figure' AND NOT EXISTS (SELECT 1 FROM "Figure" f WHERE f.id::text = a."entityId"))
      + (SELECT count(*) FROM imported i WHERE NOT EXISTS (SELECT 1 FROM "Figure" f WHERE f.id = i.id)) AS orphans`);
  const r = rows[0]!;
  return { figures: Number(r.figures), figuresWithoutAudit: Number(r.without_audit), auditWithoutFigure: Number(r.orphans) };
}
