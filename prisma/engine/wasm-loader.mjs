// Loads @prisma/schema-engine-wasm by hand (Node 20 cannot `import` a .wasm file) and reports its version.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const WASM_PKG = '@prisma/schema-engine-wasm'

/** @typedef {typeof import('@prisma/schema-engine-wasm/schema_engine_bg')} WasmGlue */
/** @typedef {import('@prisma/schema-engine-wasm').SchemaEngine} SchemaEngine */

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

/**
 * Loads the engine glue and instantiates the .wasm by hand: the bytes against
 * schema_engine_bg.js (wasm-bindgen glue), then __wbg_set_wasm + __wbindgen_start,
 * as the package's own entry would do.
 * @returns {Promise<WasmGlue>}
 */
export async function loadWasmEngine() {
  const g = /** @type {{ PRISMA_WASM_PANIC_REGISTRY?: unknown }} */ (/** @type {unknown} */ (globalThis))
  g.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry
  const dir = wasmPackageDir()
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg')
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'))
  const imports = /** @type {WebAssembly.Imports} */ ({ './schema_engine_bg.js': glue })
  const { instance } = await WebAssembly.instantiate(bytes, imports)
  const exports = /** @type {WebAssembly.Exports & { __wbindgen_start(): void }} */ (instance.exports)
  glue.__wbg_set_wasm(exports)
  exports.__wbindgen_start()
  return glue
}

/** @returns {string} the installed @prisma/schema-engine-wasm version, or 'unknown' */
export function wasmVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(wasmPackageDir(), 'package.json'), 'utf8')).version
  } catch {
    return 'unknown'
  }
}
