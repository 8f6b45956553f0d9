#!/usr/bin/env node
/**
 * Offline stand-in for Prisma's native `schema-engine` binary.
 *
 * WHY
 *   Prisma 7's CLI (`migrate *`, `db *`, even `generate`) insists on the native
 *   schema-engine binary, which @prisma/engines' postinstall downloads from
 *   Prisma's CDN. Our machines reach the npm registry only, so that download
 *   fails and the CLI aborts. The CLI keeps one hook: PRISMA_SCHEMA_ENGINE_BINARY,
 *   the path of any executable that behaves like the engine. This file is such an
 *   executable, built on the WebAssembly build of the same engine that ships on
 *   npm as @prisma/schema-engine-wasm, talking to PostgreSQL through
 *   @prisma/adapter-pg (node-postgres). prisma/engine/select-engine.ts points the
 *   variable here (from prisma.config.ts) only when no native binary is installed.
 *
 * HOW (the contract the CLI in node_modules/prisma/build/cli.js relies on)
 *   schema-engine-wasm.mjs --version
 *       prints one line to stdout (shown by `prisma version`; not checked).
 *   schema-engine-wasm.mjs --datasource '{"url":...}' cli <command>
 *       one-shot: can-connect-to-database | create-database | drop-database,
 *       done directly with `pg`. Exit 0 on success; on failure exit 1 and write
 *       JSON log lines to stderr. The CLI drops the first stderr line and looks
 *       for {"level":"ERROR","target":"schema_engine::logger","fields":
 *       {"error_code":"P1003","message":...}}; P1003 ("database does not exist")
 *       makes `migrate dev/deploy` call create-database.
 *   schema-engine-wasm.mjs [--datamodels <file>]... [--datasource <json>]
 *       JSON-RPC 2.0 server: one request per line on stdin, one response per line
 *       on stdout, logs as JSON lines on stderr. Requests run one at a time
 *       against a single wasm SchemaEngine (same method names and params as the
 *       native engine). Errors become {code:4466, data:{is_panic, message,
 *       error_code?, meta?}} like the native engine's; a Rust panic answers the
 *       request in flight and exits 101. `diff` output, which the wasm engine
 *       returns as `stdout`, is sent to the CLI as a `print` request, as native
 *       does. createDatabase is done with `pg`. End of stdin = exit 0.
 *
 *   Wasm loading: Node 20 cannot `import` a .wasm file, so the bytes are read and
 *   instantiated by hand against schema_engine_bg.js (wasm-bindgen glue), then
 *   __wbg_set_wasm + __wbindgen_start, as the package's own entry would do.
 *
 *   Adapter fixes (createAdapterFactory / patchQueryable), found by running it:
 *   - The engine introspects pg_catalog, whose internal types ("char" OID 18,
 *     name[], regclass, ...) adapter-pg rejects (UnsupportedNativeDataType). They
 *     are re-labelled text / text[] (normalizeCatalogTypes); "char" columns are
 *     then reported as Character, because the engine reads e.g.
 *     pg_constraint.contype as a char and panics on text.
 *   - adapter-pg's executeScript splits scripts on every ";" (breaking $$ function
 *     bodies and string literals). Migrations go through it, so it is replaced by
 *     one simple-protocol query: the native engine's behaviour (one implicit
 *     transaction per migration).
 *   - adapter-pg 7.10.1's connectToShadowDb opens the *main* database (pg lets the
 *     connection string override its `database` option). The shim creates and
 *     drops its own prisma_migrate_shadow_db_<uuid>, or, with
 *     datasource.shadowDatabaseUrl, empties that database before use.
 *   - The wasm engine hands that shadow database only to devDiagnostic,
 *     diagnoseMigrationHistory and diff. evaluateDataLoss / createMigration read
 *     the migrations folder's schema from a cache that the first two fill (for the
 *     migrations applied at the time), and otherwise fail with "PostgreSQL shadow DB must be
 *     provided through an external factory" (e.g. `migrate dev` after
 *     `migrate dev --create-only`). The shim then fills the cache with
 *     diagnoseMigrationHistory and retries (withMigrationsSchema).
 *   - `?schema=` in the URL becomes the connections' search_path and the
 *     adapter's schema, as with the native engine.
 *
 * LIMITS: PostgreSQL only. --enabled-preview-features and --extension-types are
 * accepted but ignored; getDatabaseDescription is not supported. The wasm engine
 * connects even for schema-to-schema `migrate diff` (it reads the server
 * version), so that needs a reachable database too. Some errors that native
 * reports with a P-code (e.g. P3018, failed migration) arrive as plain messages.
 * evaluateDataLoss / createMigration need every migration of the folder applied
 * to the database (`migrate dev` applies pending ones before calling them).
 *
 * Tested with prisma 7.10.1 + @prisma/schema-engine-wasm
 * 8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323 (the CLI's own engine hash is
 * d1b3f377...; it never compares hashes). Test: npx vitest run prisma/engine
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

// --------------------------------------------------------------------------
// pg_catalog types that adapter-pg refuses; their text values are fine as text.

/** PostgreSQL's one-byte "char" (pg_constraint.contype, pg_class.relkind, ...). */
export const CHAR_OID = 18

/** Scalar catalog types -> text (OID 25). Values arrive as strings (no pg parser). */
export const CATALOG_TEXT_OIDS = new Set([
  CHAR_OID, // re-labelled text for adapter-pg, then reported as Character (see patchQueryable)
  19, // name
  22, // int2vector
  24, // regproc
  27, // tid
  28, // xid
  29, // cid
  30, // oidvector
  194, // pg_node_tree
  1033, // aclitem
  2202, 2203, 2204, 2205, 2206, // regprocedure, regoper, regoperator, regclass, regtype
  3220, // pg_lsn
  3361, 3402, 5017, // pg_ndistinct, pg_dependencies, pg_mcv_list
  3734, 3769, // regconfig, regdictionary
  4089, 4096, 4191, // regnamespace, regrole, regcollation
  5069, // xid8
])

/** Array catalog types -> text[] (OID 1009); string values are parsed as arrays. */
export const CATALOG_TEXT_ARRAY_OIDS = new Set([
  1003, // name[]
  1006, // int2vector[]
  1008, // regproc[]
  1010, // tid[]
  1011, // xid[]
  1012, // cid[]
  1013, // oidvector[]
  1034, // aclitem[]
  2207, 2208, 2209, 2210, 2211, // reg*[]
  4090, 4097, // regnamespace[], regrole[]
])

/** @returns {typeof import('@prisma/driver-adapter-utils').ColumnTypeEnum} */
const ColumnTypeEnum = () => require('@prisma/driver-adapter-utils').ColumnTypeEnum
const TEXT_OID = 25
const TEXT_ARRAY_OID = 1009

/**
 * Indexes of the "char" columns of a result, keyed by its rows array (adapter-pg's
 * queryRaw passes that array through unchanged).
 * @type {WeakMap<object, number[]>}
 */
const characterColumns = new WeakMap()

/**
 * Which columns of a result were PostgreSQL "char" before normalizeCatalogTypes.
 * @param {unknown} rows
 * @returns {number[]}
 */
export function characterColumnsOf(rows) {
  return (rows !== null && typeof rows === 'object' ? characterColumns.get(rows) : undefined) ?? []
}

/**
 * Re-labels pg_catalog column types that @prisma/adapter-pg does not know so that
 * it maps them to Text / TextArray instead of throwing UnsupportedNativeDataType.
 * "char" columns are remembered (characterColumnsOf) because the engine reads them
 * as Character, like the native engine's driver delivers them.
 * Mutates and returns the node-postgres result (rowMode "array").
 * @template {{ fields?: { dataTypeID: number }[], rows?: unknown[][] } | undefined} R
 * @param {R} result
 * @returns {R}
 */
export function normalizeCatalogTypes(result) {
  if (!result || !Array.isArray(result.fields)) return result
  /** @type {((s: string) => unknown) | undefined} */
  let parseTextArray
  /** @type {number[]} */
  const chars = []
  result.fields.forEach((field, i) => {
    if (field.dataTypeID === CHAR_OID) chars.push(i)
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) {
      field.dataTypeID = TEXT_OID
    } else if (CATALOG_TEXT_ARRAY_OIDS.has(field.dataTypeID)) {
      field.dataTypeID = TEXT_ARRAY_OID
      parseTextArray ??= require('pg').types.getTypeParser(TEXT_ARRAY_OID, 'text')
      for (const row of result.rows ?? []) {
        if (typeof row[i] === 'string') row[i] = /** @type {(s: string) => unknown} */ (parseTextArray)(row[i])
      }
    }
  })
  if (chars.length > 0 && result.rows) characterColumns.set(result.rows, chars)
  return result
}

/**
 * Applies the adapter fixes to a PrismaPg adapter or transaction (adapter-pg
 * internals: performIO, executeScript, client, onError). Returns it.
 * @template T
 * @param {T} queryable
 * @returns {T}
 */
export function patchQueryable(queryable) {
  const q = /** @type {any} */ (queryable)
  if (!q || q.__offlineEnginePatched) return queryable
  q.__offlineEnginePatched = true
  if (typeof q.performIO === 'function') {
    const performIO = q.performIO.bind(q)
    q.performIO = async (/** @type {unknown} */ query) => normalizeCatalogTypes(await performIO(query))
  } else {
    log('WARN', 'adapter-pg has no performIO(); pg_catalog "char"/name columns may fail')
  }
  if (typeof q.queryRaw === 'function') {
    const queryRaw = q.queryRaw.bind(q)
    q.queryRaw = async (/** @type {unknown} */ query) => {
      const res = await queryRaw(query)
      for (const i of characterColumnsOf(res?.rows)) res.columnTypes[i] = ColumnTypeEnum().Character
      return res
    }
  }
  if (typeof q.executeScript === 'function' && q.client && typeof q.onError === 'function') {
    q.executeScript = async (/** @type {string} */ script) => {
      try {
        await q.client.query(script) // simple protocol: many statements, one implicit transaction
      } catch (error) {
        q.onError(error)
      }
    }
  }
  if (typeof q.startTransaction === 'function') {
    const startTransaction = q.startTransaction.bind(q)
    q.startTransaction = async (/** @type {unknown[]} */ ...args) => patchQueryable(await startTransaction(...args))
  }
  return queryable
}

/**
 * Splits Prisma's `?schema=` URL parameter (not a libpq one) off a connection string.
 * @param {string} url
 * @returns {{ url: string, schema: string | undefined }}
 */
export function splitSchemaParam(url) {
  try {
    const u = new URL(url)
    const schema = u.searchParams.get('schema') ?? undefined
    u.searchParams.delete('schema')
    return { url: u.toString(), schema }
  } catch {
    return { url, schema: undefined }
  }
}

/**
 * Driver adapter factory for the wasm engine: PrismaPg + the fixes above, bound
 * with bindMigrationAwareSqlAdapterFactory (which is what SchemaEngine.new expects).
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource
 */
export async function createAdapterFactory(datasource) {
  const { PrismaPg } = await import('@prisma/adapter-pg')
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils')
  /** @param {string} raw */
  const pgFactory = (raw) => {
    const { url, schema } = splitSchemaParam(raw)
    if (!schema) return new PrismaPg({ connectionString: url })
    // Like the native engine: `?schema=` becomes the search_path of every connection.
    const options = `-c search_path=${quoteIdent(schema).replace(/[\\ ]/g, '\\$&')}`
    return new PrismaPg({ connectionString: url, options }, { schema })
  }
  // Without a URL (e.g. `migrate diff` between two schema files) nothing connects.
  const mainUrl = datasource.url ?? 'postgresql://localhost/postgres'
  const main = pgFactory(mainUrl)
  const factory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => patchQueryable(await main.connect()),
    connectToShadowDb: async () => {
      if (datasource.shadowDatabaseUrl) {
        const adapter = patchQueryable(await pgFactory(datasource.shadowDatabaseUrl).connect())
        await adapter.executeScript(EMPTY_DATABASE_SQL)
        return adapter
      }
      // Not PrismaPg#connectToShadowDb: in adapter-pg 7.10.1 it builds the shadow pool as
      // { connectionString, database }, and pg lets the connection string win, so the
      // "shadow" pool is the main database. Create, use and drop a temporary one here.
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`
      await withPg(pgConnectionString(mainUrl), (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`).then(() => {}))
      const u = new URL(mainUrl)
      u.pathname = '/' + encodeURIComponent(name)
      const adapter = patchQueryable(await pgFactory(u.toString()).connect())
      const dispose = adapter.dispose.bind(adapter)
      adapter.dispose = async () => {
        await dispose()
        await withPg(pgConnectionString(mainUrl), (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).then(() => {}))
      }
      return adapter
    },
  }
  return bindMigrationAwareSqlAdapterFactory(/** @type {any} */ (factory))
}

/** Drops every user schema and recreates `public` (for an explicit shadow database). */
const EMPTY_DATABASE_SQL = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`

// --------------------------------------------------------------------------
// Wasm engine

const WASM_PKG = '@prisma/schema-engine-wasm'

/** @returns {string} directory of the installed @prisma/schema-engine-wasm */
function wasmPackageDir() {
  return path.dirname(require.resolve(WASM_PKG)) // its exports map hides package.json
}

/** The wasm panic hook reports the Rust panic message here (the CLI installs the same global). */
const panicRegistry = {
  message: '',
  get() {
    return this.message
  },
  /** @param {string} message */
  set_message(message) {
    this.message = message
  },
}

/** Loads the engine glue and instantiates the .wasm by hand (Node 20 cannot import .wasm). */
export async function loadWasmEngine() {
  /** @type {any} */ const g = globalThis
  g.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry
  const dir = wasmPackageDir()
  const glue = await import(`${WASM_PKG}/schema_engine_bg`)
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue })
  const exports = /** @type {any} */ (instance.exports)
  glue.__wbg_set_wasm(exports)
  exports.__wbindgen_start()
  return glue
}

// --------------------------------------------------------------------------
// Logging in the native engine's JSON format (stderr).

/**
 * @param {'INFO' | 'WARN' | 'ERROR'} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 * @param {string} [target]
 */
function log(level, message, fields = {}, target = 'schema_engine_wasm_shim') {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target }) + '\n',
  )
}

/** @param {unknown} e */
function isPanic(e) {
  return e instanceof WebAssembly.RuntimeError || (e instanceof Error && e.name === 'RuntimeError')
}

/**
 * Strips the span trace ("   0: crate::fn ...") that wasm errors append.
 * @param {string} message
 */
function userMessage(message) {
  const i = message.search(/\n\s+0: \S+::/)
  return (i === -1 ? message : message.slice(0, i)).trim()
}

/**
 * Turns a wasm engine exception into a native-style JSON-RPC error object.
 * @param {unknown} e
 */
export function toRpcError(e) {
  const err = /** @type {any} */ (e)
  const panic = isPanic(e)
  const panicMessage = panic ? /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY?.get?.() : ''
  const message = panicMessage ? `${panicMessage} (${err?.message})` : String(err?.message ?? err)
  /** @type {Record<string, unknown>} */
  const data = { is_panic: panic, message: err?.code ? userMessage(message) : message.trim() }
  if (err?.code) data.error_code = err.code
  if (err?.meta !== undefined) data.meta = err.meta
  return { code: 4466, message: 'An error happened. Check the data field for details.', data }
}

// --------------------------------------------------------------------------
// Command line

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ datamodels: string[], datasource: any, version: boolean, help: boolean, cli: string | undefined }} */
  const out = { datamodels: [], datasource: {}, version: false, help: false, cli: undefined }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--version' || a === '-V') out.version = true
    else if (a === '--help' || a === '-h') out.help = true
    else if (a === '--datamodels' || a === '-d') out.datamodels.push(argv[++i])
    else if (a === '--datasource') out.datasource = JSON.parse(argv[++i] ?? '{}') ?? {}
    else if (a === '--enabled-preview-features' || a === '--extension-types') i++ // ignored
    else if (a === 'cli') {
      out.cli = argv[++i]
      break
    }
  }
  return out
}

function wasmVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(wasmPackageDir(), 'package.json'), 'utf8')).version
  } catch {
    return 'unknown'
  }
}

// --------------------------------------------------------------------------
// One-shot `cli` commands, done with pg.

/**
 * Maps a pg / socket error to a Prisma P-code and message like the native engine's.
 * @param {any} e
 * @param {URL} u
 */
export function pgErrorToUserError(e, u) {
  const host = `${u.hostname || 'localhost'}:${u.port || 5432}`
  const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres'
  const user = decodeURIComponent(u.username)
  switch (e?.code) {
    case '3D000':
      return { error_code: 'P1003', message: `Database \`${db}\` does not exist on the database server at \`${host}\`.` }
    case '28P01':
    case '28000':
      return {
        error_code: 'P1000',
        message: `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}\`.`,
      }
    case '42P04':
      return { error_code: 'P1009', message: `Database \`${db}\` already exists on the database server at \`${host}\`` }
    case '42501':
      return { error_code: 'P1010', message: `User \`${user}\` was denied access on the database \`${db}\`` }
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return {
        error_code: 'P1001',
        message: `Can't reach database server at \`${host}\`\n\nPlease make sure your database server is running at \`${host}\`.`,
      }
    default:
      return { error_code: undefined, message: String(e?.message ?? e) }
  }
}

/**
 * Connection string for pg: drops Prisma-only query parameters and optionally
 * swaps the database name.
 * @param {string} raw
 * @param {string} [database]
 */
function pgConnectionString(raw, database) {
  const u = new URL(raw)
  for (const p of ['schema', 'connection_limit', 'pool_timeout', 'pgbouncer', 'statement_cache_size', 'socket_timeout']) {
    u.searchParams.delete(p)
  }
  if (database !== undefined) u.pathname = '/' + encodeURIComponent(database)
  return u.toString()
}

/**
 * @param {string} connectionString
 * @param {(client: import('pg').Client) => Promise<void>} fn
 */
async function withPg(connectionString, fn) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 })
  client.on('error', () => {})
  await client.connect()
  try {
    await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** @param {string} name */
const quoteIdent = (name) => '"' + name.replace(/"/g, '""') + '"'

/**
 * Runs against a maintenance database ("postgres", then "template1") like the native engine.
 * @param {string} url
 * @param {(client: import('pg').Client) => Promise<void>} fn
 */
async function withMaintenanceDb(url, fn) {
  try {
    await withPg(pgConnectionString(url, 'postgres'), fn)
  } catch (e) {
    if (/** @type {any} */ (e)?.code !== '3D000') throw e
    await withPg(pgConnectionString(url, 'template1'), fn)
  }
}

/**
 * @param {string} command
 * @param {string | undefined} url
 * @returns {Promise<number>} exit code
 */
async function runCliCommand(command, url) {
  log('INFO', `Starting schema engine CLI (wasm shim) ${wasmVersion()}`, {}, 'schema_engine_cli')
  try {
    if (!url) throw new Error('The `--datasource` argument with a `url` is required for `cli` commands.')
    const u = new URL(url)
    const dbName = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres'
    switch (command) {
      case 'can-connect-to-database':
        await withPg(pgConnectionString(url), async (c) => {
          await c.query('SELECT 1')
        })
        process.stdout.write('Connection successful\n')
        return 0
      case 'create-database':
        await withMaintenanceDb(url, async (c) => {
          await c.query(`CREATE DATABASE ${quoteIdent(dbName)}`)
        })
        process.stdout.write(`Database '${dbName}' was successfully created.\n`)
        return 0
      case 'drop-database':
        await withMaintenanceDb(url, async (c) => {
          await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)}`)
        })
        process.stdout.write(`The database was successfully dropped.\n`)
        return 0
      default:
        throw new Error(`Unknown cli command: ${command}`)
    }
  } catch (e) {
    let u
    try {
      u = new URL(url ?? '')
    } catch {
      u = new URL('postgresql://localhost')
    }
    const { error_code, message } = pgErrorToUserError(e, u)
    log('ERROR', message, { is_panic: false, ...(error_code ? { error_code } : {}) }, 'schema_engine::logger')
    return 1
  }
}

// --------------------------------------------------------------------------
// Shadow database for evaluateDataLoss / createMigration

/** What the wasm engine says when it needs a shadow database outside the adapter factory. */
const NO_EXTERNAL_SHADOW_DB = /shadow DB must be provided through an external factory/

/** @param {unknown} e */
const needsExternalShadowDb = (e) => NO_EXTERNAL_SHADOW_DB.test(String(/** @type {any} */ (e)?.message ?? e))

/**
 * Runs evaluateDataLoss / createMigration, giving them the schema of the migrations folder.
 *
 * Both diff the schema the migrations folder produces against the Prisma schema. The wasm
 * engine takes that schema from its per-process MigrationSchemaCache (keyed by the list of
 * migration directories), which only devDiagnostic / diagnoseMigrationHistory fill, and only
 * for the migrations already applied to the database (replayed in a shadow database from the
 * adapter factory). On a miss it falls back to a shadow database of its own, which the wasm
 * build cannot create ("PostgreSQL shadow DB must be provided through an external factory").
 * That miss is what `migrate dev` hits whenever a migration was pending when it called
 * devDiagnostic (after `migrate dev --create-only`, for instance): it applies the pending
 * migrations, then calls evaluateDataLoss with the whole folder.
 *
 * So on that error: diagnoseMigrationHistory with optInToShadowDatabase, which replays the
 * applied migrations (by then all of them, as `migrate dev` applies first) in a temporary
 * database from connectToShadowDb (created and dropped by the shim) and caches the result
 * under the folder's key; then the call is retried. Same engine, same cache, so the second
 * call also gets the main database for its data-loss checks, as with the native engine.
 * @param {any} engine
 * @param {'evaluateDataLoss' | 'createMigration'} method
 * @param {any} params
 */
async function withMigrationsSchema(engine, method, params) {
  try {
    return await engine[method](params)
  } catch (e) {
    if (!needsExternalShadowDb(e) || !params?.migrationsList) throw e
    log('INFO', `${method}: replaying the migrations folder in a temporary database, then retrying`)
  }
  const { migrationsList, filters } = params
  await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters })
  try {
    return await engine[method](params)
  } catch (e) {
    if (!needsExternalShadowDb(e)) throw e
  }
  // Still not cached: a migration that is not applied to the database, or one that does not
  // replay in an empty database. `diff` replays the whole folder and reports which one fails.
  await engine.diff({ from: { tag: 'migrations', ...migrationsList }, to: { tag: 'empty' }, script: true, exitCode: null, filters })
  throw new Error(
    `${method} needs the schema of the migrations folder, and this offline schema engine (wasm) can only ` +
      'compute it once every migration in the folder is applied to the database: apply them first ' +
      '(`prisma migrate dev` does so before creating a migration; or `prisma migrate deploy`).',
  )
}

// --------------------------------------------------------------------------
// JSON-RPC server

/**
 * @param {{ datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string } }} opts
 */
async function runRpcServer(opts) {
  /** @type {Promise<any> | undefined} */
  let enginePromise
  let dead = false
  const getEngine = () =>
    (enginePromise ??= (async () => {
      const glue = await loadWasmEngine()
      const datamodels = opts.datamodels.map((p) => /** @type {[string, string]} */ ([p, fs.readFileSync(path.resolve(p), 'utf8')]))
      const adapterFactory = await createAdapterFactory(opts.datasource)
      return glue.SchemaEngine.new(
        { datamodels: datamodels.length ? datamodels : undefined },
        (/** @type {string} */ line) => process.stderr.write(line.endsWith('\n') ? line : line + '\n'),
        adapterFactory,
      )
    })())

  /** @type {Record<string, (engine: any, params: any) => Promise<unknown>>} */
  const methods = {
    createDatabase: async (_engine, params) => {
      const url = params?.datasource?.tag === 'ConnectionString' ? params.datasource.url : opts.datasource.url
      if (!url) throw new Error('createDatabase: no connection string')
      const databaseName = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres'
      try {
        await withMaintenanceDb(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(databaseName)}`).then(() => {}))
      } catch (e) {
        const { error_code, message } = pgErrorToUserError(e, new URL(url))
        throw Object.assign(new Error(message), error_code ? { code: error_code } : {})
      }
      return { databaseName }
    },
    getDatabaseVersion: (engine, params) => engine.version(params ?? undefined),
    // The native engine prints the diff through a `print` request to the CLI;
    // the wasm engine returns it as `stdout` instead.
    diff: async (engine, params) => {
      const result = await engine.diff(params)
      if (typeof result?.stdout === 'string' && result.stdout !== '') {
        await printViaCli(result.stdout.replace(/\n$/, ''))
      }
      return result
    },
    debugPanic: async (engine) => engine.debugPanic(),
    evaluateDataLoss: (engine, params) => withMigrationsSchema(engine, 'evaluateDataLoss', params),
    createMigration: (engine, params) => withMigrationsSchema(engine, 'createMigration', params),
  }
  for (const m of [
    'applyMigrations', 'dbExecute', 'devDiagnostic', 'diagnoseMigrationHistory', 'ensureConnectionValidity',
    'introspect', 'introspectSql', 'markMigrationApplied', 'markMigrationRolledBack', 'reset', 'schemaPush',
  ]) {
    methods[m] = (engine, params) => engine[m](params)
  }

  /** @param {unknown} msg */
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n')

  // Requests *we* send to the CLI (only `print`), awaiting its responses.
  let nextOwnId = 1_000_000_000
  /** @type {Map<number, () => void>} */
  const pendingOwn = new Map()
  /** @param {string} content */
  const printViaCli = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++
      pendingOwn.set(id, () => resolve(undefined))
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } })
    })

  /** @param {string} line */
  const handle = async (line) => {
    if (!line.trim()) return
    /** @type {any} */
    let req
    try {
      req = JSON.parse(line)
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } })
      return
    }
    if (req.id === undefined || req.id === null || req.method === undefined) return // notification or stray response
    const fn = methods[req.method]
    if (!fn) {
      send({ jsonrpc: '2.0', id: req.id, error: { code: -32601, message: `Method not found: ${req.method} (not supported by the wasm schema engine shim)` } })
      return
    }
    if (dead) {
      send({ jsonrpc: '2.0', id: req.id, error: toRpcError(new Error('The wasm schema engine panicked earlier in this process.')) })
      return
    }
    inFlight = req
    try {
      const result = await fn(await getEngine(), req.params)
      send({ jsonrpc: '2.0', id: req.id, result: result === undefined ? null : result })
    } catch (e) {
      if (isPanic(e)) dead = true
      log('ERROR', String(/** @type {any} */ (e)?.message ?? e), { is_panic: isPanic(e) }, 'schema_engine::logger')
      send({ jsonrpc: '2.0', id: req.id, error: toRpcError(e) })
    }
  }

  // A Rust panic inside a wasm callback surfaces as an uncaught RuntimeError, not as
  // a rejected promise: answer the request in flight, then exit 101 like the native
  // engine does after a panic (the CLI then reports a RustPanic).
  /** @type {any} */
  let inFlight
  const onFatal = (/** @type {unknown} */ e) => {
    const error = toRpcError(e)
    log('ERROR', /** @type {string} */ (error.data.message), { is_panic: error.data.is_panic }, 'schema_engine::logger')
    if (inFlight?.id !== undefined) send({ jsonrpc: '2.0', id: inFlight.id, error })
    process.exitCode = isPanic(e) ? 101 : 1
    process.stdout.write('', () => process.exit())
  }
  process.on('uncaughtException', onFatal)
  process.on('unhandledRejection', onFatal)

  // One request at a time, in order.
  let queue = Promise.resolve()
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  rl.on('line', (line) => {
    // Responses to our own requests bypass the queue (the request waiting for them holds it).
    if (pendingOwn.size > 0 && !line.includes('"method"')) {
      try {
        const msg = JSON.parse(line)
        const done = pendingOwn.get(msg?.id)
        if (done && !msg.method) {
          pendingOwn.delete(msg.id)
          done()
          return
        }
      } catch {
        // fall through: handle() reports the parse error
      }
    }
    queue = queue.then(() => handle(line))
  })
  await new Promise((resolve) => rl.on('close', () => resolve(undefined)))
  await queue
  // Pools are owned by the engine; nothing worth waiting for once stdin is closed.
  process.exit(0)
}

// --------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.version) {
    process.stdout.write(`schema-engine-wasm ${wasmVersion()} (offline shim)\n`)
    return
  }
  if (args.help) {
    process.stdout.write('Prisma schema-engine stand-in backed by @prisma/schema-engine-wasm. See the header of this file.\n')
    return
  }
  if (args.cli !== undefined) {
    process.exitCode = await runCliCommand(args.cli, args.datasource?.url)
    return
  }
  await runRpcServer(args)
}

const isMain = (() => {
  try {
    return fs.realpathSync(process.argv[1] ?? '') === fs.realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
})()

if (isMain) {
  main().catch((e) => {
    log('ERROR', String(e?.stack ?? e), { is_panic: false }, 'schema_engine::logger')
    process.exit(1)
  })
}
