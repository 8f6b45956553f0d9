// Child processes for the start and test scripts: run to completion, or start and keep a handle.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export const ROOT = process.cwd();
export const NODE = process.execPath;
export const bin = {
  next: "node_modules/next/dist/bin/next",
  prisma: "node_modules/prisma/build/index.js",
  vitest: "node_modules/vitest/vitest.mjs",
  playwright: "node_modules/@playwright/test/cli.js",
} as const;

/**
 * Node flags that run a TypeScript file in this process (no tsx CLI wrapper: it SIGKILLs a child that is
 * slow to acknowledge a signal, which would orphan the database) with server-only modules allowed.
 */
export const TS_SERVER_SCRIPT = ["--conditions=react-server", "--import", "tsx"];

/** Runs `node <script> ...args`, inheriting the terminal; resolves with the exit code. */
export function runNode(script: string, args: string[], options: SpawnOptions = {}, nodeFlags: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [...nodeFlags, script, ...args], { stdio: "inherit", cwd: ROOT, ...options });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function startNode(script: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(NODE, [script, ...args], { stdio: "inherit", cwd: ROOT, ...options });
}

export async function mustRun(
  what: string,
  script: string,
  args: string[],
  options: SpawnOptions = {},
  nodeFlags: string[] = [],
): Promise<void> {
  const code = await runNode(script, args, options, nodeFlags);
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}); its output is above.`);
}
