// `npm test`: unit, integration (real PostgreSQL) and e2e (Playwright in a real Chromium), in that order.
// One embedded PostgreSQL in a temporary folder serves the whole run (or TEST_DATABASE_URL's server), with
// a migrated template database that each suite copies. Ends with one line: "N passed, N failed".
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import exitHook from "async-exit-hook";
import path from "node:path";
import { ensureBuild } from "./lib/build";
import { findChromium } from "./lib/chromium";
import { freePort, makeTempClusterDir, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { bin, mustRun, ROOT, runNode, stopChildren, TS_SERVER_SCRIPT, UserFacingError } from "./lib/run";
import { connectTestServer } from "./lib/test-database";

type Suite = "unit" | "integration" | "e2e";
const only = process.argv.includes("--only") ? (process.argv[process.argv.indexOf("--only") + 1] as Suite) : undefined;
/** `npm run test:e2e -- e2e/auth.spec.ts`: arguments after the suite go to `playwright test` (one spec, a -g filter). */
const playwrightArgs = only === "e2e" ? process.argv.slice(process.argv.indexOf("--only") + 2) : [];
const wants = (s: Suite) => !only || only === s;
const say = (s: string) => console.log(`\n[test] ${s}`);
const RESULTS = path.join(ROOT, "test-results");

let server: RunningPostgres | undefined;
let tmp: string | undefined;

async function cleanup(): Promise<void> {
  await server?.stop().catch(() => {});
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  server = undefined;
  tmp = undefined;
}

type Counts = { passed: number; failed: number };

/** The counts a runner's JSON report gives; zero when the runner never wrote one (it crashed: failed). */
function readCounts(file: string, pick: (json: Record<string, unknown>) => Counts): Counts {
  try {
    return pick(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
  } catch {
    return { passed: 0, failed: 0 };
  }
}
const vitestCounts = (j: Record<string, unknown>): Counts => ({
  passed: Number(j.numPassedTests ?? 0),
  failed: Number(j.numFailedTests ?? 0),
});
const playwrightCounts = (j: Record<string, unknown>): Counts => {
  const stats = (j.stats ?? {}) as Record<string, number>;
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
};

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  let chromiumPath: string | undefined;
  if (wants("e2e")) {
    const found = await findChromium();
    if ("error" in found) {
      console.error(found.error);
      return 1;
    }
    chromiumPath = found.path;
  }

  rmSync(RESULTS, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || randomBytes(32).toString("hex") };
  if (wants("integration") || wants("e2e")) {
    if (!process.env.TEST_DATABASE_URL) {
      const dirs = makeTempClusterDir("conflict-figures-test-");
      tmp = dirs.root;
      server = await startEmbeddedPostgres({ dataDir: dirs.dataDir, port: await freePort(), log: console.error });
      env.TEST_DATABASE_URL = server.url("postgres");
    }
    say("Preparing the migrated template database…");
    await connectTestServer(env.TEST_DATABASE_URL!).then((s) => s.createTemplate());
  }

  let failedSuites = 0;
  if (wants("unit") || wants("integration")) {
    const projects = (["unit", "integration"] as const).filter(wants).flatMap((p) => ["--project", p]);
    say(`vitest: ${projects.filter((p) => p !== "--project").join(" + ")}`);
    const code = await runNode(bin.vitest, ["run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/vitest.json`], { env });
    if (code !== 0) failedSuites++;
  }

  if (wants("e2e")) {
    const s = await connectTestServer(env.TEST_DATABASE_URL!);
    const e2eDb = await s.createFromTemplate("cf_e2e");
    env.DATABASE_URL = e2eDb;
    await mustRun("Loading demo data for e2e", "prisma/seed.ts", ["--demo-users"], { env: { ...env, DEMO_ACCOUNTS_DATABASE_URL: e2eDb } }, TS_SERVER_SCRIPT);
    await ensureBuild((m) => say(m));
    env.CHROMIUM_PATH = chromiumPath;
    env.E2E_PORT = String(await freePort());
    let reviewPort = await freePort(); // a second server with REVIEW=two-person (playwright.config.ts)
    while (String(reviewPort) === env.E2E_PORT) reviewPort = await freePort();
    env.E2E_REVIEW_PORT = String(reviewPort);
    say(`Playwright in ${chromiumPath}`);
    const code = await runNode(bin.playwright, ["test", ...playwrightArgs], { env });
    if (code !== 0) failedSuites++;
  }

  const v = wants("unit") || wants("integration") ? readCounts(`${RESULTS}/vitest.json`, vitestCounts) : undefined;
  const p = wants("e2e") ? readCounts(`${RESULTS}/playwright.json`, playwrightCounts) : undefined;
  const passed = (v?.passed ?? 0) + (p?.passed ?? 0);
  const failed = (v?.failed ?? 0) + (p?.failed ?? 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failedSuites > 0 || failed > 0 ? 1 : 0;
}

// Ctrl-C or SIGTERM: embedded-postgres's hook stops the server; this one removes its temporary folder.
exitHook((done) => void stopChildren().then(cleanup).then(done));

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    console.error(err instanceof UserFacingError ? `\n${err.message}` : err);
    console.log("\n0 passed, 1 failed (the test setup failed before the suites could finish)");
    await cleanup();
    process.exit(1);
  });
