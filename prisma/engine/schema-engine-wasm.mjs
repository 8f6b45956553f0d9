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
 *
 * FILES (all in prisma/engine/; this one is the executable the CLI spawns)
 *   wasm-loader.mjs        loads the wasm engine, reports its version
 *   pg-adapter-fixes.mjs   adapter-pg fixes: catalog types, executeScript, shadow DB, ?schema=
 *   pg-admin.mjs           direct pg connections, pg errors -> P-codes
 *   one-shot-cli.mjs       --version and `cli <command>`
 *   rpc-server.mjs         the JSON-RPC server
 *   migrations-schema.mjs  evaluateDataLoss / createMigration retry (withMigrationsSchema)
 *   engine-log.mjs         JSON log lines and JSON-RPC errors in the native format
 */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { errorFields, log } from './engine-log.mjs'
import { printVersion, runCliCommand } from './one-shot-cli.mjs'
import { runRpcServer } from './rpc-server.mjs'

export { toRpcError } from './engine-log.mjs'
export { pgErrorToUserError } from './pg-admin.mjs'
export { loadWasmEngine } from './wasm-loader.mjs'
export {
  CATALOG_TEXT_ARRAY_OIDS,
  CATALOG_TEXT_OIDS,
  CHAR_OID,
  characterColumnsOf,
  createAdapterFactory,
  normalizeCatalogTypes,
  patchQueryable,
  splitSchemaParam,
} from './pg-adapter-fixes.mjs'

/**
 * @typedef {object} Args
 * @property {string[]} datamodels
 * @property {import('./pg-adapter-fixes.mjs').Datasource} datasource
 * @property {boolean} version
 * @property {boolean} help
 * @property {string | undefined} cli
 */

/**
 * @param {string[]} argv
 * @returns {Args}
 */
function parseArgs(argv) {
  /** @type {Args} */
  const out = { datamodels: [], datasource: {}, version: false, help: false, cli: undefined }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--version' || a === '-V') out.version = true
    else if (a === '--help' || a === '-h') out.help = true
    else if (a === '--datamodels' || a === '-d') out.datamodels.push(/** @type {string} */ (argv[++i]))
    else if (a === '--datasource') out.datasource = JSON.parse(argv[++i] ?? '{}') ?? {}
    else if (a === '--enabled-preview-features' || a === '--extension-types') i++ // ignored
    else if (a === 'cli') {
      out.cli = argv[++i]
      break
    }
  }
  return out
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.version) {
    printVersion()
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
    log('ERROR', String(errorFields(e).stack ?? e), { is_panic: false }, 'schema_engine::logger')
    process.exit(1)
  })
}
