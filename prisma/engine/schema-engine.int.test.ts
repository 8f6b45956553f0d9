/**
 * Integration test of the offline schema engine (schema-engine-wasm.mjs): engine selection, the
 * adapter's pg_catalog fixes, the one-shot commands, and the real wiring through prisma.config.ts.
 * The CLI flows are in schema-engine-migrate / schema-engine-pending. Run: npx vitest run prisma/engine
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, SHIM, WIRED_CONFIG, expectOk, makeProject, prisma, removeDirs, run, startTestServer, type TestServer } from './engine-test-helpers'
import {
  OFFLINE_SCHEMA_ENGINE,
  TESTED_VERSIONS,
  findNativeSchemaEngine,
  isNativeEngineNameForThisPlatform,
  useOfflineSchemaEngine,
} from './select-engine'

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

let server: TestServer
let shim: ShimModule
/** An app whose prisma.config.ts calls useOfflineSchemaEngine(), like the real one. */
let wiredDir = ''
/** The same without that call. */
let plainDir = ''

beforeAll(async () => {
  shim = (await import(/* @vite-ignore */ pathToFileURL(SHIM).href)) as ShimModule
  server = await startTestServer()
  wiredDir = makeProject('prisma-engine-test-wired-', WIRED_CONFIG)
  plainDir = makeProject('prisma-engine-test-plain-')
}, 60_000)

afterAll(async () => {
  await server?.stop()
  removeDirs(wiredDir, plainDir)
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
    const factory = await shim.createAdapterFactory({ url: server.url('postgres') })
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
    const r = await run(SHIM, ['--version'], ROOT)
    expectOk(r)
    expect(r.stdout).toMatch(/^schema-engine-wasm \S+/)
  })

  it('reports a missing database as P1003 in the native log format', async () => {
    const r = await run(SHIM, ['--datasource', JSON.stringify({ url: server.url('does_not_exist') }), 'cli', 'can-connect-to-database'], ROOT)
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split('\n').slice(1).map((l) => JSON.parse(l) as { level: string; target: string; fields: Record<string, string> })
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'ERROR', target: 'schema_engine::logger', fields: expect.objectContaining({ error_code: 'P1003' }) }),
    )
  })
})

// No PRISMA_SCHEMA_ENGINE_BINARY from the test: the project's prisma.config.ts must choose the shim.
describe.skipIf(findNativeSchemaEngine() !== undefined)('prisma.config.ts calling useOfflineSchemaEngine()', () => {
  const noEngineChosen = { PRISMA_SCHEMA_ENGINE_BINARY: undefined, PRISMA_MIGRATION_ENGINE_BINARY: undefined }
  const cli = (args: string[], db?: string) => prisma(wiredDir, args, db === undefined ? undefined : server.url(db), noEngineChosen)

  it('without it, the CLI tries to download the native engine, which fails offline', async () => {
    const r = await prisma(plainDir, ['version'], undefined, noEngineChosen)
    expect(r.code).not.toBe(0)
    expect(r.stdout + r.stderr).toMatch(/request to http:\/\/127\.0\.0\.1:9\/\S*schema-engine/)
  })

  it('selects the shim, and generate / migrate work offline', async () => {
    const version = await cli(['version'])
    expectOk(version)
    expect(version.stdout).toMatch(/^Schema Engine\s*: schema-engine-wasm \S+ \(offline shim\) \(at .*schema-engine-wasm\.mjs, resolved by PRISMA_SCHEMA_ENGINE_BINARY\)$/m)

    expectOk(await cli(['generate']))
    expect(fs.existsSync(path.join(wiredDir, 'generated/prisma'))).toBe(true)

    expectOk(await cli(['migrate', 'dev', '--name', 'init'], 'wired'))
    const status = await cli(['migrate', 'status'], 'wired')
    expectOk(status)
    expect(status.stdout).toContain('Database schema is up to date!')
    expect(await server.shadowLeftovers()).toEqual([])
  }, 60_000)
})
