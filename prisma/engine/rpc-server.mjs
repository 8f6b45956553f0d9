// The engine's JSON-RPC 2.0 server over stdio, backed by one wasm SchemaEngine.
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { errorFields, isPanic, log, toRpcError } from './engine-log.mjs'
import { withMigrationsSchema } from './migrations-schema.mjs'
import { createAdapterFactory } from './pg-adapter-fixes.mjs'
import { pgErrorToUserError, quoteIdent, withMaintenanceDb } from './pg-admin.mjs'
import { loadWasmEngine } from './wasm-loader.mjs'

/** @typedef {import('@prisma/schema-engine-wasm').SchemaEngine} SchemaEngine */
/** @typedef {import('./pg-adapter-fixes.mjs').Datasource} Datasource */
/** @typedef {{ id?: string | number | null, method?: string, params?: unknown }} JsonRpcMessage a line from the CLI */
/** @typedef {(engine: SchemaEngine, params: unknown) => Promise<unknown>} Method */

/** Engine methods passed through as they are. */
const PASS_THROUGH = /** @type {const} */ ([
  'applyMigrations', 'dbExecute', 'devDiagnostic', 'diagnoseMigrationHistory', 'ensureConnectionValidity',
  'introspect', 'introspectSql', 'markMigrationApplied', 'markMigrationRolledBack', 'reset', 'schemaPush',
])

/**
 * @param {{ datamodels: string[], datasource: Datasource }} opts
 */
export async function runRpcServer(opts) {
  /** @type {Promise<SchemaEngine> | undefined} */
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

  /** @type {Record<string, Method>} */
  const methods = {
    createDatabase: async (_engine, params) => {
      const p = /** @type {{ datasource?: { tag?: string, url?: string } } | null | undefined} */ (params)
      const url = p?.datasource?.tag === 'ConnectionString' ? p.datasource.url : opts.datasource.url
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
    getDatabaseVersion: (engine, params) =>
      engine.version(/** @type {import('@prisma/schema-engine-wasm').GetDatabaseVersionInput | null} */ (params) ?? undefined),
    // The native engine prints the diff through a `print` request to the CLI;
    // the wasm engine returns it as `stdout` instead.
    diff: async (engine, params) => {
      const result = await engine.diff(/** @type {import('@prisma/schema-engine-wasm').DiffParams} */ (params))
      if (typeof result?.stdout === 'string' && result.stdout !== '') {
        await printViaCli(result.stdout.replace(/\n$/, ''))
      }
      return result
    },
    debugPanic: async (engine) => engine.debugPanic(),
    evaluateDataLoss: (engine, params) => withMigrationsSchema(engine, 'evaluateDataLoss', params),
    createMigration: (engine, params) => withMigrationsSchema(engine, 'createMigration', params),
  }
  for (const m of PASS_THROUGH) {
    methods[m] = (engine, params) => /** @type {(params: unknown) => Promise<unknown>} */ (engine[m]).call(engine, params)
  }

  /** @param {unknown} msg */
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n')

  // Requests *we* send to the CLI (only `print`), awaiting its responses.
  let nextOwnId = 1_000_000_000
  /** @type {Map<unknown, () => void>} */
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
    /** @type {JsonRpcMessage} */
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
      log('ERROR', String(errorFields(e).message ?? e), { is_panic: isPanic(e) }, 'schema_engine::logger')
      send({ jsonrpc: '2.0', id: req.id, error: toRpcError(e) })
    }
  }

  // A Rust panic inside a wasm callback surfaces as an uncaught RuntimeError, not as
  // a rejected promise: answer the request in flight, then exit 101 like the native
  // engine does after a panic (the CLI then reports a RustPanic).
  /** @type {JsonRpcMessage | undefined} */
  let inFlight
  const onFatal = (/** @type {unknown} */ e) => {
    const error = toRpcError(e)
    log('ERROR', error.data.message, { is_panic: error.data.is_panic }, 'schema_engine::logger')
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
        /** @type {JsonRpcMessage} */
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
