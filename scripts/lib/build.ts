// `next build` only when the sources changed since the last build, so a second `npm start` is quick.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, mustRun, ROOT } from "./run";

const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(ROOT, ".next", "source-hash");

function addTree(hash: ReturnType<typeof createHash>, p: string): void {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) {
      if (!SKIP.has(name) && !name.endsWith(".test.ts")) addTree(hash, path.join(p, name));
    }
  } else {
    hash.update(path.relative(ROOT, p)).update("\0").update(readFileSync(p)).update("\0");
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) addTree(hash, path.join(ROOT, input));
  return hash.digest("hex");
}

const LOCK = path.join(ROOT, ".next-build.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One build at a time in this folder: `npm start` and `npm test` started together would otherwise both write
 * .next. A lock folder holds the builder's pid; a lock left by a process that died is taken over.
 */
async function withBuildLock<T>(log: (s: string) => void, fn: () => Promise<T>): Promise<T> {
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, "pid"), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(existsSync(path.join(LOCK, "pid")) ? readFileSync(path.join(LOCK, "pid"), "utf8") : NaN);
      if (Number.isInteger(pid) && !alive(pid)) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (!told) log("Another build of this folder is running; waiting for it…");
      told = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const isBuilt = (want: string) =>
  existsSync(STAMP) && readFileSync(STAMP, "utf8") === want && existsSync(path.join(ROOT, ".next", "BUILD_ID"));

export async function ensureBuild(log: (s: string) => void = console.log): Promise<void> {
  if (isBuilt(sourceHash())) return;
  await withBuildLock(log, async () => {
    const want = sourceHash(); // again: the build we waited for may be this one
    if (isBuilt(want)) return;
    log("Building the app (next build); later starts skip this until the code changes…");
    await mustRun("next build", bin.next, ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    writeFileSync(STAMP, want);
  });
}
