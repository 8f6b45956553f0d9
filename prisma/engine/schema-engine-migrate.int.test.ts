/**
 * The Prisma CLI's schema-engine commands (generate, migrate dev / status / deploy / reset / diff)
 * on the offline schema engine, against a real PostgreSQL. Run: npx vitest run prisma/engine
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectOk, prisma, withUserFields, useServerAndProject } from './engine-test-helpers'

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

const ctx = useServerAndProject('prisma-engine-test-app-')

const cli = (args: string[], db: string | undefined) => prisma(ctx.dir, args, db === undefined ? undefined : ctx.server.url(db))
const migrationsDir = () => path.join(ctx.dir, 'prisma/migrations')

describe('prisma CLI with the wasm schema engine', () => {
  it('generate works offline without DATABASE_URL', async () => {
    const r = await cli(['generate'], undefined)
    expectOk(r)
    expect(fs.existsSync(path.join(ctx.dir, 'generated/prisma'))).toBe(true)
  })

  it('migrate dev --name init creates the database and a migration', async () => {
    const r = await cli(['migrate', 'dev', '--name', 'init'], 'app')
    expectOk(r)
    const dirs = fs.readdirSync(migrationsDir()).filter((d) => d.endsWith('_init'))
    expect(dirs).toHaveLength(1)
    expect(fs.readFileSync(path.join(migrationsDir(), dirs[0]!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "User"')
    const tables = await ctx.server.query<{ table_name: string }>('app', `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)
    expect(tables.map((t) => t.table_name).sort()).toEqual(['Post', 'User', '_prisma_migrations'])
  })

  it('migrate status reports the database up to date', async () => {
    const r = await cli(['migrate', 'status'], 'app')
    expectOk(r)
    expect(r.stdout).toContain('Database schema is up to date!')
  })

  it('migrate dev creates a second migration (shadow database replay, catalog introspection)', async () => {
    fs.writeFileSync(path.join(ctx.dir, 'prisma/schema.prisma'), withUserFields('name  String?'))
    const r = await cli(['migrate', 'dev', '--name', 'add_name'], 'app')
    expectOk(r)
    const dir = fs.readdirSync(migrationsDir()).find((d) => d.endsWith('_add_name'))
    expect(dir).toBeDefined()
    expect(fs.readFileSync(path.join(migrationsDir(), dir!, 'migration.sql'), 'utf8')).toMatch(/ADD COLUMN\s+"name" TEXT/)
    expect(await ctx.server.shadowLeftovers()).toEqual([])
  })

  it('migrate deploy applies everything to a second, fresh database', async () => {
    const dir = path.join(migrationsDir(), '20990101000000_user_count')
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(dir, 'migration.sql'), FUNCTION_MIGRATION)
    const r = await cli(['migrate', 'deploy'], 'app_deploy')
    expectOk(r)
    const applied = await ctx.server.query<{ migration_name: string; finished_at: Date | null }>(
      'app_deploy',
      `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    )
    expect(applied).toHaveLength(3)
    expect(applied.every((m) => m.finished_at !== null)).toBe(true)
    expect(await ctx.server.query('app_deploy', `SELECT user_count() AS n, obj_description('"User"'::regclass) AS d`)).toEqual([
      { n: 0, d: 'people; and more' },
    ])
  })

  it('migrate reset --force empties and re-migrates the database', async () => {
    await ctx.server.query('app', `INSERT INTO "User" (email) VALUES ('a@example.com')`)
    const r = await cli(['migrate', 'reset', '--force'], 'app')
    expectOk(r)
    expect(await ctx.server.query('app', `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }])
    expect(await ctx.server.query('app', `SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`)).toEqual([{ n: 3 }])
    expect(await ctx.server.query('app', `SELECT user_count() AS n`)).toEqual([{ n: 0 }])
  })

  it('migrate diff works against the datasource and prints scripts', async () => {
    const same = await cli(['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema.prisma', '--exit-code'], 'app')
    expectOk(same)
    // Unlike the native engine, the wasm one connects (to read the server version) even
    // for a schema-to-schema diff, so a reachable database is needed here too.
    const script = await cli(['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma', '--script'], 'app')
    expectOk(script)
    expect(script.stdout).toContain('CREATE TABLE "Post"')
  })
})
