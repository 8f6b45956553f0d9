// Integration tests' PostgreSQL: the server `npm test` started (TEST_DATABASE_URL), or, when vitest runs on
// its own, an embedded one in a temporary folder, stopped afterwards. Either way a migrated template.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres";
import { connectTestServer } from "../lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: RunningPostgres | undefined;
  let tmp: string | undefined;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    tmp = mkdtempSync(path.join(os.tmpdir(), "conflict-figures-vitest-"));
    server = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), log: console.error });
    url = server.url("postgres");
    await (await connectTestServer(url)).createTemplate();
  }
  project.provide("testServerUrl", url);
  return async () => {
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}
