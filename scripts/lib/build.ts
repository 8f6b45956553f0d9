// `next build` only when the sources changed since the last build, so a second `npm start` is quick.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, mustRun, ROOT } from "./run";

const INPUTS = ["app", "components", "lib", "public", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
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

export async function ensureBuild(log: (s: string) => void = console.log): Promise<void> {
  const want = sourceHash();
  const have = existsSync(STAMP) ? readFileSync(STAMP, "utf8") : "";
  if (have === want && existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  log("Building the app (next build); later starts skip this until the code changes…");
  await mustRun("next build", bin.next, ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(STAMP, want);
}
