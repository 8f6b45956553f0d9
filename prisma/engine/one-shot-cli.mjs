// One-shot commands: --version, and `cli can-connect-to-database | create-database | drop-database` (with pg).
import { log } from './engine-log.mjs'
import { pgConnectionString, pgErrorToUserError, quoteIdent, withMaintenanceDb, withPg } from './pg-admin.mjs'
import { wasmVersion } from './wasm-loader.mjs'

/** `--version`: one line on stdout (shown by `prisma version`; not checked). */
export function printVersion() {
  process.stdout.write(`schema-engine-wasm ${wasmVersion()} (offline shim)\n`)
}

/**
 * `cli <command>`: exit 0 on success; on failure exit 1 with JSON log lines on stderr,
 * the last one carrying the P-code the CLI looks for (P1003 makes `migrate` create the database).
 * @param {string} command
 * @param {string | undefined} url
 * @returns {Promise<number>} exit code
 */
export async function runCliCommand(command, url) {
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
