// The backup file of `npm run db:backup`: gzip-compressed text. A first line names the format; a JSON line
// carries the schema (the SQL of every applied Prisma migration, and the migrations table's own DDL); then each
// table's rows exactly as PostgreSQL's COPY writes them (text format, ended by `\.`) with their count; last, the
// sequences and a closing line, so a cut-off file is told from a whole one. Pure: no database, no files.

export const MAGIC = "CONFLICT-FIGURES-BACKUP 1";
/** The first bytes of a pg_dump custom-format archive, to say so when one is given to db:restore. */
export const PG_DUMP_MAGIC = "PGDMP";
/** COPY's text format ends its data with this line; inside the data a backslash is always escaped, so no row is ever this. */
export const END_OF_COPY = "\\.";

export type Migration = { name: string; checksum: string; sql: string };
export type TableHeader = { name: string; columns: string[] };

export type BackupHeader = {
  app: "conflict-figures";
  createdAt: string;
  database: string;
  serverVersion: string;
  /** applied in this order, they make the schema the rows were copied from */
  migrations: Migration[];
  /** CREATE TABLE of Prisma's own `_prisma_migrations`, which no migration creates */
  migrationsTableDdl: string;
  /** in an order where every table comes after the tables it references */
  tables: TableHeader[];
};

export type Sequence = { name: string; lastValue: string | null };
export type BackupTrailer = { sequences: Sequence[]; rows: Record<string, number> };

export const tableLine = (t: TableHeader) => `TABLE ${JSON.stringify(t)}`;
export const rowsLine = (n: number) => `ROWS ${n}`;
export const endLine = (t: BackupTrailer) => `END ${JSON.stringify(t)}`;

/** A line's keyword and its JSON (or number) payload; null for a line that is not one of ours. */
export function readFrame(line: string): { kind: "TABLE" | "ROWS" | "END"; value: unknown } | null {
  const m = /^(TABLE|ROWS|END) (.*)$/.exec(line);
  if (!m) return null;
  try {
    return { kind: m[1] as "TABLE" | "ROWS" | "END", value: JSON.parse(m[2]!) };
  } catch {
    return null;
  }
}

export function parseHeader(line: string | undefined): BackupHeader | null {
  if (!line) return null;
  try {
    const h = JSON.parse(line) as Partial<BackupHeader>;
    if (h.app !== "conflict-figures" || !Array.isArray(h.migrations) || !Array.isArray(h.tables) || typeof h.migrationsTableDdl !== "string") return null;
    return h as BackupHeader;
  } catch {
    return null;
  }
}

/** Tables ordered so each comes after those it references (a table referencing itself is fine: COPY checks at the end). */
export function dependencyOrder(tables: readonly string[], references: readonly { from: string; to: string }[]): string[] {
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string, path: string[]) => {
    if (state.get(t) === "done") return;
    if (state.get(t) === "visiting") throw new Error(`Tables reference each other in a cycle (${[...path, t].join(" → ")}): this backup cannot order them.`);
    state.set(t, "visiting");
    for (const r of references) if (r.from === t && r.to !== t && tables.includes(r.to)) visit(r.to, [...path, t]);
    state.set(t, "done");
    ordered.push(t);
  };
  for (const t of [...tables].sort()) visit(t, []);
  return ordered;
}

/** `.data/backups/2026-11-28T11-20-05Z.dump`: sortable, and safe in any file system. */
export function backupFileName(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, "-")}Z.dump`;
}
