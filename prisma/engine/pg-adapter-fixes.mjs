// @prisma/adapter-pg made fit for the wasm engine: pg_catalog types, executeScript, shadow DB, ?schema=.
import crypto from 'node:crypto'
import { createRequire } from 'node:module'
import { log } from './engine-log.mjs'
import { pgConnectionString, quoteIdent, withPg } from './pg-admin.mjs'

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
 * @typedef {{ fields?: { dataTypeID: number }[], rows?: unknown[][] } | undefined} PgArrayResult
 *   a node-postgres result in rowMode "array" (the parts read here)
 */

/**
 * Re-labels pg_catalog column types that @prisma/adapter-pg does not know so that
 * it maps them to Text / TextArray instead of throwing UnsupportedNativeDataType.
 * "char" columns are remembered (characterColumnsOf) because the engine reads them
 * as Character, like the native engine's driver delivers them.
 * Mutates and returns the node-postgres result (rowMode "array").
 * @template {PgArrayResult} R
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

// --------------------------------------------------------------------------
// The adapter

/**
 * The adapter-pg internals patchQueryable relies on (PrismaPgAdapter and its transactions);
 * each is checked before it is replaced.
 * @typedef {object} PatchableQueryable
 * @property {boolean} [__offlineEnginePatched]
 * @property {(query: unknown) => Promise<PgArrayResult>} [performIO]
 * @property {(query: unknown) => Promise<{ rows: unknown, columnTypes: number[] }>} [queryRaw]
 * @property {(script: string) => Promise<void>} [executeScript]
 * @property {{ query(sql: string): Promise<unknown> }} [client]
 * @property {(error: unknown) => never} [onError] throws the error as a DriverAdapterError
 * @property {(...args: unknown[]) => Promise<unknown>} [startTransaction]
 */

/**
 * Applies the adapter fixes to a PrismaPg adapter or transaction (adapter-pg
 * internals: performIO, executeScript, client, onError). Returns it.
 * @template T
 * @param {T} queryable
 * @returns {T}
 */
export function patchQueryable(queryable) {
  const q = /** @type {PatchableQueryable | null | undefined} */ (queryable)
  if (!q || q.__offlineEnginePatched) return queryable
  q.__offlineEnginePatched = true
  if (typeof q.performIO === 'function') {
    const performIO = q.performIO.bind(q)
    q.performIO = async (query) => normalizeCatalogTypes(await performIO(query))
  } else {
    log('WARN', 'adapter-pg has no performIO(); pg_catalog "char"/name columns may fail')
  }
  if (typeof q.queryRaw === 'function') {
    const queryRaw = q.queryRaw.bind(q)
    q.queryRaw = async (query) => {
      const res = await queryRaw(query)
      for (const i of characterColumnsOf(res?.rows)) res.columnTypes[i] = ColumnTypeEnum().Character
      return res
    }
  }
  if (typeof q.executeScript === 'function' && q.client && typeof q.onError === 'function') {
    const self = /** @type {Required<PatchableQueryable>} */ (q)
    self.executeScript = async (script) => {
      try {
        await self.client.query(script) // simple protocol: many statements, one implicit transaction
      } catch (error) {
        self.onError(error)
      }
    }
  }
  if (typeof q.startTransaction === 'function') {
    const startTransaction = q.startTransaction.bind(q)
    q.startTransaction = async (...args) => patchQueryable(await startTransaction(...args))
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

/** @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource the CLI's --datasource */

/**
 * Driver adapter factory for the wasm engine: PrismaPg + the fixes above, bound
 * with bindMigrationAwareSqlAdapterFactory (which is what SchemaEngine.new expects).
 * @param {Datasource} datasource
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
  /** @type {import('@prisma/driver-adapter-utils').SqlMigrationAwareDriverAdapterFactory} */
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
  return bindMigrationAwareSqlAdapterFactory(factory)
}

/** Drops every user schema and recreates `public` (for an explicit shadow database). */
const EMPTY_DATABASE_SQL = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`
