// Child processes for the start and test scripts: each is tracked, so a Ctrl-C or SIGTERM can stop every
// one of them (a build or a migration too) before this process exits.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/** A failure the person can fix: shown as its message alone, without a stack trace. */
export class UserFacingError extends Error {}

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

const running = new Set<ChildProcess>();

/** Starts `node [flags] <script> ...args` with the terminal's output; tracked until it exits. */
export function startNode(script: string, args: string[], options: SpawnOptions = {}, nodeFlags: string[] = []): ChildProcess {
  const child = spawn(NODE, [...nodeFlags, script, ...args], { stdio: "inherit", cwd: ROOT, ...options });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Runs a script to its end; resolves with its exit code. */
export function runNode(script: string, args: string[], options: SpawnOptions = {}, nodeFlags: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = startNode(script, args, options, nodeFlags);
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function mustRun(
  what: string,
  script: string,
  args: string[],
  options: SpawnOptions = {},
  nodeFlags: string[] = [],
): Promise<void> {
  const code = await runNode(script, args, options, nodeFlags);
  if (code !== 0) throw new UserFacingError(`${what} failed (exit code ${code}): its output above says why.`);
}

/** SIGTERM to every child still running; resolves when all have exited (or after 10 s). */
export async function stopChildren(): Promise<void> {
  const exits = [...running].map((child) => new Promise((r) => child.once("exit", r)));
  for (const child of running) child.kill("SIGTERM");
  await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 10_000))]);
}
