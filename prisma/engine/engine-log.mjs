// Logs and errors in the native schema engine's formats: JSON log lines on stderr, JSON-RPC error objects.

/**
 * The fields of a thrown value that the native formats carry (anything can be thrown).
 * @param {unknown} e
 * @returns {{ message?: unknown, code?: unknown, meta?: unknown, stack?: unknown }}
 */
export function errorFields(e) {
  return e !== null && typeof e === 'object' ? e : {}
}

/**
 * @param {'INFO' | 'WARN' | 'ERROR'} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 * @param {string} [target]
 */
export function log(level, message, fields = {}, target = 'schema_engine_wasm_shim') {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target }) + '\n',
  )
}

/** @param {unknown} e */
export function isPanic(e) {
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
 * The Rust panic message, from the registry the wasm panic hook writes to (see wasm-loader.mjs;
 * the CLI may have installed its own, hence the optional calls).
 * @returns {unknown}
 */
function panicMessage() {
  const g = /** @type {{ PRISMA_WASM_PANIC_REGISTRY?: { get?: () => unknown } }} */ (/** @type {unknown} */ (globalThis))
  return g.PRISMA_WASM_PANIC_REGISTRY?.get?.()
}

/**
 * @typedef {object} RpcError native-style JSON-RPC error object
 * @property {4466} code
 * @property {string} message
 * @property {{ is_panic: boolean, message: string, error_code?: unknown, meta?: unknown }} data
 */

/**
 * Turns a wasm engine exception into a native-style JSON-RPC error object.
 * @param {unknown} e
 * @returns {RpcError}
 */
export function toRpcError(e) {
  const err = errorFields(e)
  const panic = isPanic(e)
  const fromPanic = panic ? panicMessage() : ''
  const message = fromPanic ? `${fromPanic} (${err.message})` : String(err.message ?? e)
  /** @type {RpcError['data']} */
  const data = { is_panic: panic, message: err.code ? userMessage(message) : message.trim() }
  if (err.code) data.error_code = err.code
  if (err.meta !== undefined) data.meta = err.meta
  return { code: 4466, message: 'An error happened. Check the data field for details.', data }
}
