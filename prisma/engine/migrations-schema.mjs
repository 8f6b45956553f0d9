// evaluateDataLoss / createMigration retried after filling the wasm engine's migrations-schema cache.
import { errorFields, log } from './engine-log.mjs'

/** @typedef {import('@prisma/schema-engine-wasm').SchemaEngine} SchemaEngine */
/** @typedef {import('@prisma/schema-engine-wasm').MigrationList} MigrationList */
/** @typedef {import('@prisma/schema-engine-wasm').SchemaFilter} SchemaFilter */

/** What the wasm engine says when it needs a shadow database outside the adapter factory. */
const NO_EXTERNAL_SHADOW_DB = /shadow DB must be provided through an external factory/

/** @param {unknown} e */
const needsExternalShadowDb = (e) => NO_EXTERNAL_SHADOW_DB.test(String(errorFields(e).message ?? e))

/**
 * Calls an engine method with the params the CLI sent, unchecked (the bindings validate them).
 * @param {SchemaEngine} engine
 * @param {'evaluateDataLoss' | 'createMigration'} method
 * @param {unknown} params
 * @returns {Promise<unknown>}
 */
const call = (engine, method, params) => /** @type {(params: unknown) => Promise<unknown>} */ (engine[method]).call(engine, params)

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
 * @param {SchemaEngine} engine
 * @param {'evaluateDataLoss' | 'createMigration'} method
 * @param {unknown} params the request's params: { migrationsList, filters, ... }
 */
export async function withMigrationsSchema(engine, method, params) {
  const p = /** @type {{ migrationsList?: MigrationList, filters: SchemaFilter } | null | undefined} */ (params)
  try {
    return await call(engine, method, params)
  } catch (e) {
    if (!needsExternalShadowDb(e) || !p?.migrationsList) throw e
    log('INFO', `${method}: replaying the migrations folder in a temporary database, then retrying`)
  }
  const { migrationsList, filters } = p
  await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters })
  try {
    return await call(engine, method, params)
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
