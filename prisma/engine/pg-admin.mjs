// Direct `pg` connections (create / drop / probe databases) and pg errors mapped to native Prisma P-codes.
import { errorFields } from './engine-log.mjs'

/** @param {string} name */
export const quoteIdent = (name) => '"' + name.replace(/"/g, '""') + '"'

/**
 * Maps a pg / socket error to a Prisma P-code and message like the native engine's.
 * @param {unknown} e
 * @param {URL} u
 * @returns {{ error_code: string | undefined, message: string }}
 */
export function pgErrorToUserError(e, u) {
  const host = `${u.hostname || 'localhost'}:${u.port || 5432}`
  const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres'
  const user = decodeURIComponent(u.username)
  const { code, message } = errorFields(e)
  switch (code) {
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
      return { error_code: undefined, message: String(message ?? e) }
  }
}

/**
 * Connection string for pg: drops Prisma-only query parameters and optionally
 * swaps the database name.
 * @param {string} raw
 * @param {string} [database]
 */
export function pgConnectionString(raw, database) {
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
export async function withPg(connectionString, fn) {
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

/**
 * Runs against a maintenance database ("postgres", then "template1") like the native engine.
 * @param {string} url
 * @param {(client: import('pg').Client) => Promise<void>} fn
 */
export async function withMaintenanceDb(url, fn) {
  try {
    await withPg(pgConnectionString(url, 'postgres'), fn)
  } catch (e) {
    if (errorFields(e).code !== '3D000') throw e
    await withPg(pgConnectionString(url, 'template1'), fn)
  }
}
