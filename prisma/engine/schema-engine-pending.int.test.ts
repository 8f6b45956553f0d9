/**
 * `migrate dev` with pending (--create-only) migrations on the offline schema engine. `migrate dev`
 * applies pending migrations, then asks evaluateDataLoss / createMigration about the whole
 * migrations folder. The wasm engine only reaches a shadow database through the adapter factory in
 * devDiagnostic / diagnoseMigrationHistory / diff; the other two reuse what those cached, which
 * misses whenever a migration was still pending when devDiagnostic ran (see migrations-schema.mjs).
 * Run: npx vitest run prisma/engine
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectOk, prisma, withUserFields, useServerAndProject } from './engine-test-helpers'

const DB = 'app_draft'
const ctx = useServerAndProject('prisma-engine-test-draft-')

const cli = (args: string[]) => prisma(ctx.dir, args, ctx.server.url(DB))
const schemaFile = () => path.join(ctx.dir, 'prisma/schema.prisma')
const migrationSql = (suffix: string) => {
  const dir = fs.readdirSync(path.join(ctx.dir, 'prisma/migrations')).find((d) => d.endsWith(suffix))
  expect(dir, `no *${suffix} migration`).toBeDefined()
  return fs.readFileSync(path.join(ctx.dir, 'prisma/migrations', dir!, 'migration.sql'), 'utf8')
}
const columns = async (table: string) =>
  (
    await ctx.server.query<{ column_name: string }>(
      DB,
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY column_name`,
    )
  ).map((c) => c.column_name)

describe('migrate dev with pending (--create-only) migrations', () => {
  it('migrate dev --create-only, then migrate dev applies the pending migration', async () => {
    expectOk(await cli(['migrate', 'dev', '--name', 'init', '--create-only']))
    expect(migrationSql('_init')).toContain('CREATE TABLE "User"')
    expect(await columns('User')).toEqual([])

    const r = await cli(['migrate', 'dev'])
    expectOk(r)
    expect(r.stdout).toContain('Your database is now in sync with your schema.')
    expect(await columns('User')).toEqual(['email', 'id', 'kind'])
    expect(await ctx.server.shadowLeftovers()).toEqual([])
  })

  it('a schema change with a pending --create-only migration: migrate dev --name creates and applies both', async () => {
    fs.writeFileSync(schemaFile(), withUserFields('name  String?'))
    expectOk(await cli(['migrate', 'dev', '--name', 'add_name', '--create-only']))
    expect(migrationSql('_add_name')).toMatch(/ADD COLUMN\s+"name" TEXT/)
    expect(await columns('User')).not.toContain('name')

    fs.writeFileSync(schemaFile(), withUserFields('name  String?', 'age   Int?'))
    expectOk(await cli(['migrate', 'dev', '--name', 'add_age']))
    expect(migrationSql('_add_age')).toMatch(/ADD COLUMN\s+"age" INTEGER/)
    expect(await columns('User')).toEqual(['age', 'email', 'id', 'kind', 'name'])
    const applied = await ctx.server.query<{ migration_name: string }>(
      DB,
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    )
    expect(applied.map((m) => m.migration_name.replace(/^\d+_/, ''))).toEqual(['init', 'add_name', 'add_age'])
    expect(await ctx.server.shadowLeftovers()).toEqual([])
  })

  it('migrate diff --from-migrations replays the folder in a temporary database', async () => {
    fs.writeFileSync(schemaFile(), withUserFields('name  String?', 'age   Int?', 'bio   String?'))
    const r = await cli(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script'])
    expectOk(r)
    expect(r.stdout).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"bio" TEXT;/)
    expect(r.stdout).not.toContain('"age"')
    expect(await ctx.server.shadowLeftovers()).toEqual([])
  })
})
