// `npm start` as a person runs it: start on an embedded PostgreSQL, add a figure, Ctrl-C, start again, stop
// with SIGTERM. Uses its own ports and data folder, and the build the e2e run already made (no rebuild:
// the sources are unchanged).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, makeTempClusterDir } from "../scripts/lib/embedded-postgres";
import { signInAs } from "./fixtures";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

/** Processes whose command line mentions `needle` (Linux /proc). */
function processesMentioning(needle: string): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function start(env: NodeJS.ProcessEnv, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = "";
  const child = spawn("npm", ["start"], {
    env: { ...env, DATABASE_URL: "" },
    detached: true, // its own process group, so a Ctrl-C can be sent to the whole group as a terminal does
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += String(d)));
  child.stderr?.on("data", (d) => (output += String(d)));
  const exitedEarly = new Promise<number>((r) => child.once("exit", () => r(-1)));
  let status = 0;
  for (const deadline = Date.now() + 120_000; status !== 200 && Date.now() < deadline; ) {
    status = await Promise.race([fetch(`http://localhost:${port}/`).then((r) => r.status, () => 0), exitedEarly]);
    if (status === -1) break;
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  if (status !== 200) throw new Error(`npm start did not serve the app (status ${status}); its output:\n${output}`);
  return { child, output: () => output };
}

/** Ctrl-C in a terminal: SIGINT to the whole process group. SIGTERM: to `npm` alone, as a service manager does. */
async function stop(child: ChildProcess, how: "ctrl-c" | "sigterm"): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  if (how === "ctrl-c") process.kill(-child.pid!, "SIGINT");
  else child.kill("SIGTERM");
  await exited;
}

test("npm start keeps its data across Ctrl-C and leaves no postgres behind", async ({ page }) => {
  const { root: dir, dataDir } = makeTempClusterDir("cf-lifecycle-");
  const [appPort, pgPort] = [await freePort(), await freePort()];
  const env = { ...process.env, PORT: String(appPort), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DATA: dataDir };
  try {
    const first = await start(env, appPort);
    expect(first.output()).not.toContain("next build");
    await page.goto(`http://localhost:${appPort}/conflicts/syria`);
    await expect(page.getByRole("figure", { name: "Deaths in Syria" })).toBeVisible();

    const quote = `at least 123,456 people displaced, says the lifecycle test ${Date.now()}`;
    expect(first.output()).toContain("editor@demo.conflict-figures.org"); // demo accounts, printed once
    await signInAs(page, "editor", `http://localhost:${appPort}`);
    await page.goto(`http://localhost:${appPort}/figures/new?conflict=syria`);
    await page.getByLabel("Metric").selectOption("idps");
    await page.getByLabel("Qualifier").selectOption("at_least");
    await page.getByLabel("Value", { exact: true }).fill("123,456");
    await page.getByLabel("Refers to (date)").fill("2014-01-01");
    await page.getByLabel("Source", { exact: true }).fill("Lifecycle Test Agency");
    await page.getByLabel("Report title").fill("Lifecycle report");
    await page.getByLabel("Report date").fill("2014-01-02");
    await page.getByLabel("Quote", { exact: true }).fill(quote);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByRole("status").first()).toContainText("Figure added");

    await stop(first.child, "ctrl-c");
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // removed only by a clean shutdown

    const second = await start(env, appPort);
    await page.goto(`http://localhost:${appPort}/conflicts/syria`);
    await expect(page.getByRole("figure", { name: "Deaths in Syria" }).getByRole("link", { name: / on / })).toHaveCount(15);
    await page.getByRole("region", { name: /Internally displaced/ }).getByText(/^Data table/).click();
    await expect(page.getByRole("row", { name: new RegExp(quote) })).toContainText("at least 123,456");
    expect(second.output()).toContain("Demo data already present");
    expect(second.output()).not.toContain("demo-editor-password");
    await stop(second.child, "sigterm");
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  } finally {
    for (const pid of processesMentioning(dataDir)) process.kill(pid, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
