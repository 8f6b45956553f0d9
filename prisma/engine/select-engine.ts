/**
 * Picks the schema engine the Prisma CLI will use, before it looks for one.
 * Call useOfflineSchemaEngine() at the top of prisma.config.ts (the CLI loads the
 * config before resolving the engine). See the header of schema-engine-wasm.mjs.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** The pair the shim was tested with (npx vitest run prisma/engine). */
export const TESTED_VERSIONS = {
  prisma: '7.10.1',
  '@prisma/schema-engine-wasm': '8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323',
} as const

const ENV_VAR = 'PRISMA_SCHEMA_ENGINE_BINARY'
/** Deprecated alias the CLI still honours. */
const LEGACY_ENV_VAR = 'PRISMA_MIGRATION_ENGINE_BINARY'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

/** Absolute path of the executable wasm-backed stand-in. */
export const OFFLINE_SCHEMA_ENGINE = path.join(here, 'schema-engine-wasm.mjs')

function tryResolve(request: string, from: NodeJS.Require = require): string | undefined {
  try {
    return from.resolve(request)
  } catch {
    return undefined
  }
}

/** Is `name` a schema-engine binary for this OS/CPU (Prisma names them schema-engine-<binaryTarget>)? */
export function isNativeEngineNameForThisPlatform(
  name: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): boolean {
  if (platform === 'win32') return name === 'schema-engine-windows.exe'
  if (platform === 'darwin') return name === (arch === 'arm64' ? 'schema-engine-darwin-arm64' : 'schema-engine-darwin')
  if (platform === 'linux') {
    const m = /^schema-engine-(debian|rhel|linux-musl|linux-musl-arm64|linux-arm64|linux-arm|linux-static-x64|linux-static-arm64)(-openssl-\d+\.\d+\.x)?$/.exec(name)
    const family = m?.[1]
    if (family === undefined) return false
    if (family.includes('arm64')) return arch === 'arm64'
    if (family === 'linux-arm') return arch === 'arm'
    return arch !== 'arm64' && arch !== 'arm'
  }
  return /^schema-engine-[a-z0-9.]+(-[a-z0-9.]+)*$/.test(name) // BSDs etc.: best effort
}

/**
 * Where the CLI looks for the native binary (cli.js, function resolving "schema-engine"):
 * the @prisma/engines package dir, then node_modules/prisma/, node_modules/ and
 * node_modules/prisma/runtime/. Returns the first match or undefined.
 */
export function findNativeSchemaEngine(): string | undefined {
  const prismaPkg = tryResolve('prisma/package.json')
  const dirs: string[] = []
  if (prismaPkg) {
    const prismaDir = path.dirname(prismaPkg)
    const engines = tryResolve('@prisma/engines', createRequire(prismaPkg)) ?? tryResolve('@prisma/engines')
    if (engines) dirs.push(path.resolve(path.dirname(engines), '..')) // .../@prisma/engines/dist/index.js
    dirs.push(prismaDir, path.dirname(prismaDir), path.join(prismaDir, 'runtime'))
  }
  for (const dir of dirs) {
    let names: string[]
    try {
      names = fs.readdirSync(dir)
    } catch {
      continue
    }
    const name = names.find((n) => isNativeEngineNameForThisPlatform(n))
    if (name && fs.statSync(path.join(dir, name)).isFile()) return path.join(dir, name)
  }
  return undefined
}

function installedVersion(pkg: string): string | undefined {
  // @prisma/schema-engine-wasm's exports map hides package.json: go via its entry file.
  const entry = tryResolve(`${pkg}/package.json`) ?? tryResolve(pkg)
  if (!entry) return undefined
  let dir = path.dirname(entry)
  for (let i = 0; i < 3; i++, dir = path.dirname(dir)) {
    try {
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (json.name === pkg) return json.version
    } catch {
      // keep walking up
    }
  }
  return undefined
}

let warned = false

function warnOnce(message: string): void {
  if (warned) return
  warned = true
  process.stderr.write(`prisma/engine: ${message}\n`)
}

/** One-line warning if the installed versions differ from the tested pair. */
export function checkTestedVersions(): void {
  const drift = Object.entries(TESTED_VERSIONS)
    .map(([pkg, tested]) => [pkg, tested, installedVersion(pkg) ?? 'missing'] as const)
    .filter(([, tested, installed]) => installed !== tested)
  if (drift.length > 0) {
    warnOnce(
      `offline schema engine untested with ${drift.map(([p, t, i]) => `${p} ${i} (tested ${t})`).join(', ')}; run \`npx vitest run prisma/engine\`.`,
    )
  }
}

/**
 * Points PRISMA_SCHEMA_ENGINE_BINARY at the wasm-backed shim unless a schema
 * engine was chosen explicitly or the native binary is installed.
 */
export function useOfflineSchemaEngine(): void {
  const chosen = process.env[ENV_VAR] || process.env[LEGACY_ENV_VAR]
  if (chosen) {
    if (path.resolve(chosen) === OFFLINE_SCHEMA_ENGINE) checkTestedVersions()
    return
  }
  if (findNativeSchemaEngine()) return
  try {
    fs.accessSync(OFFLINE_SCHEMA_ENGINE, fs.constants.X_OK)
  } catch {
    try {
      fs.chmodSync(OFFLINE_SCHEMA_ENGINE, 0o755) // e.g. checked out without the exec bit
    } catch {
      // the CLI's spawn will report EACCES
    }
  }
  process.env[ENV_VAR] = OFFLINE_SCHEMA_ENGINE
  checkTestedVersions()
}
