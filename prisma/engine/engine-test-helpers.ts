// Shared by the offline schema engine's integration tests: a throwaway PostgreSQL, temp projects, CLI runs with no network.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'
import { afterAll, beforeAll, expect } from 'vitest'
import { freePort, makeTempClusterDir, startEmbeddedPostgres, withClient } from '../../scripts/lib/embedded-postgres'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const ROOT = path.resolve(HERE, '../..')
export const CLI = path.join(ROOT, 'node_modules/prisma/build/index.js')
export const SHIM = path.join(HERE, 'schema-engine-wasm.mjs')
export const SELECT_ENGINE = path.join(HERE, 'select-engine.ts')

export const SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  kind  Kind   @default(A)
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

enum Kind {
  A
  B
}
`

/** The User model with extra lines before `kind`, e.g. withUserFields('name  String?'). */
export const withUserFields = (...fields: string[]) => SCHEMA.replace('  kind  Kind', [...fields.map((f) => `  ${f}`), '  kind  Kind'].join('\n'))

// The shape recommended for the app's prisma.config.ts, minus useOfflineSchemaEngine: most
// tests set PRISMA_SCHEMA_ENGINE_BINARY themselves (see WIRED_CONFIG for the real wiring).
export const CONFIG = `import { defineConfig } from "prisma/config";
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
`

/** Like the app's prisma.config.ts: the engine is chosen by select-engine.ts. */
export const WIRED_CONFIG = `import { defineConfig } from "prisma/config";
import { useOfflineSchemaEngine } from ${JSON.stringify(SELECT_ENGINE)};

useOfflineSchemaEngine();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
`

/** Nothing listens on the discard port: every download (via proxy or engines mirror) fails at once. */
const DEAD_URL = 'http://127.0.0.1:9'

/** Set for every process the tests start, so that they prove the CLI needs no network. */
export const OFFLINE_ENV: Record<string, string | undefined> = {
  HTTPS_PROXY: DEAD_URL,
  HTTP_PROXY: DEAD_URL,
  https_proxy: DEAD_URL,
  http_proxy: DEAD_URL,
  NO_PROXY: undefined,
  no_proxy: undefined,
  PRISMA_ENGINES_MIRROR: DEAD_URL,
  PRISMA_BINARIES_MIRROR: DEAD_URL, // takes precedence over PRISMA_ENGINES_MIRROR
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  NO_COLOR: '1',
}

export interface TestServer {
  url(db: string): string
  query<T extends pg.QueryResultRow>(db: string, sql: string): Promise<T[]>
  /** Temporary databases the shim created and did not drop. */
  shadowLeftovers(): Promise<unknown[]>
  stop(): Promise<void>
}

/** A fresh embedded PostgreSQL in a temporary folder (removed by stop()). */
export async function startTestServer(): Promise<TestServer> {
  const { root, dataDir } = makeTempClusterDir('prisma-engine-test-pg-')
  try {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() })
    const query = <T extends pg.QueryResultRow>(db: string, sql: string) =>
      withClient(server.url(db), async (c) => (await c.query<T>(sql)).rows)
    return {
      url: server.url,
      query,
      shadowLeftovers: () => query('postgres', `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`),
      stop: async () => {
        await server.stop().catch(() => {})
        fs.rmSync(root, { recursive: true, force: true })
      },
    }
  } catch (e) {
    fs.rmSync(root, { recursive: true, force: true })
    throw e
  }
}

/** A throwaway app folder: node_modules link, package.json, prisma.config.ts, prisma/schema.prisma. */
export function makeProject(prefix: string, config: string = CONFIG): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.mkdirSync(path.join(dir, 'prisma'))
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "engine-test", "private": true, "type": "module" }\n')
  fs.writeFileSync(path.join(dir, 'prisma.config.ts'), config)
  fs.writeFileSync(path.join(dir, 'prisma/schema.prisma'), SCHEMA)
  return dir
}

export const removeDirs = (...dirs: (string | undefined)[]) => {
  for (const dir of dirs) if (dir) fs.rmSync(dir, { recursive: true, force: true })
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `file` offline (OFFLINE_ENV) with PRISMA_SCHEMA_ENGINE_BINARY at the shim, unless `env`
 * says otherwise (a key set to undefined removes the variable).
 */
export function run(file: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, timeout: 30_000, env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: SHIM, ...OFFLINE_ENV, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout: String(stdout), stderr: String(stderr) })
      },
    )
  })
}

/** The Prisma CLI in `cwd`, with DATABASE_URL = `databaseUrl` (unset when undefined). */
export const prisma = (cwd: string, args: string[], databaseUrl: string | undefined, env: Record<string, string | undefined> = {}) =>
  run(process.execPath, [CLI, ...args], cwd, { DATABASE_URL: databaseUrl, ...env })

export const expectOk = (r: RunResult) => expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0)

/** Registers the file's hooks: a PostgreSQL server and a temp project for all its tests, removed after. */
export function useServerAndProject(prefix: string): { readonly server: TestServer; readonly dir: string } {
  let server: TestServer | undefined
  let dir = ''
  beforeAll(async () => {
    server = await startTestServer()
    dir = makeProject(prefix)
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
    removeDirs(dir)
  }, 30_000)
  return {
    get server() {
      if (!server) throw new Error('the test server has not started')
      return server
    },
    get dir() {
      return dir
    },
  }
}
