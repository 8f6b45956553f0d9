// `npm start` on a database of one's own refuses to guess the settings a deployment needs, before it starts
// or touches anything.
import { spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const SECRET = /Set BETTER_AUTH_SECRET to a random string/;
const URL_NEEDED = "Set BETTER_AUTH_URL to the app's public address, e.g. https://figures.example.org (cookies are Secure when it is https).";

function start(env: Record<string, string>): { status: number | null; output: string } {
  // a database nobody listens on: the run must stop before it would try to reach it (undefined: not passed on)
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none", BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: undefined, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("npm start with DATABASE_URL", { timeout: 60_000 }, () => {
  it("requires BETTER_AUTH_URL instead of defaulting to http://localhost", () => {
    const r = start({ BETTER_AUTH_SECRET: "x".repeat(32) });
    expect(r.status).toBe(1);
    expect(r.output).toContain(URL_NEEDED);
    expect(r.output).not.toMatch(SECRET);
    expect(r.output).not.toMatch(/migrations|Port 1/);
  });

  it("names every missing setting at once", () => {
    const r = start({});
    expect(r.status).toBe(1);
    expect(r.output).toMatch(SECRET);
    expect(r.output).toContain(URL_NEEDED);
  });

  it("goes on once both are set (here, as far as the port check: the port is taken)", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "0.0.0.0", resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const r = start({ BETTER_AUTH_SECRET: "x".repeat(32), BETTER_AUTH_URL: "https://figures.example.org", PORT: String(port) });
      expect(r.output).not.toContain("Set BETTER_AUTH_");
      expect(r.output).toContain(`Port ${port} is already in use`);
    } finally {
      taken.close();
    }
  });
});
