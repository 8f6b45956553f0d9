// Child processes for the start and test scripts: run to completion, or start and keep a handle.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export const ROOT = process.cwd();
export const NODE = process.execPath;
export const bin = {
  next: "node_modules/next/dist/bin/next",
  prisma: "node_modules/prisma/build/index.js",
  tsx: "node_modules/tsx/dist/cli.mjs",
  vitest: "node_modules/vitest/vitest.mjs",
  playwright: "node_modules/@playwright/test/cli.js",
} as const;

/** Runs `node <script> ...args`, inheriting the terminal; resolves with the exit code. */
export function runNode(script: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [script, ...args], { stdio: "inherit", cwd: ROOT, ...options });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function startNode(script: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(NODE, [script, ...args], { stdio: "inherit", cwd: ROOT, ...options });
}

export async function mustRun(what: string, script: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const code = await runNode(script, args, options);
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}); its output is above.`);
}
