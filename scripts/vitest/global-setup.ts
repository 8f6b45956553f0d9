// Integration tests' PostgreSQL: the server `npm test` started (TEST_DATABASE_URL), or, when vitest runs on
// its own, an embedded one in a temporary folder, stopped afterwards. Either way a migrated template.
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { freePort, makeTempClusterDir, startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres";
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
    const dirs = makeTempClusterDir("conflict-figures-vitest-");
    tmp = dirs.root;
    server = await startEmbeddedPostgres({ dataDir: dirs.dataDir, port: await freePort(), log: console.error });
    url = server.url("postgres");
    await (await connectTestServer(url)).createTemplate();
  }
  project.provide("testServerUrl", url);
  return async () => {
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}
