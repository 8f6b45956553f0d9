// When PostgreSQL goes away: the API answers 503 with a sentence within the pool's connection timeout (no stack
// trace, no hang), and once the server is back (or its connections were cut) the next request succeeds on a
// fresh connection. Against a real PostgreSQL, and a port nothing listens on.
import { afterEach, describe, expect, it } from "vitest";
import { GET as conflictsGET } from "@/app/api/v1/conflicts/route";
import { POST as figuresPOST } from "@/app/api/v1/figures/route";
import { POST as importsPOST } from "@/app/api/v1/imports/route";
import { as } from "@/lib/api/test-kit";
import { db, disconnectDb } from "@/lib/db";
import { DATABASE_UNAVAILABLE } from "@/lib/db-errors";
import { resetEnv } from "@/lib/env";
import { freePort } from "@/scripts/lib/embedded-postgres";

const realUrl = process.env.DATABASE_URL!;

/** The app's database from now on: its Prisma client and Better Auth (which holds one) are made anew on first use. */
async function pointAt(url: string): Promise<void> {
  await disconnectDb();
  (globalThis as { conflictFiguresAuth?: unknown }).conflictFiguresAuth = undefined;
  process.env.DATABASE_URL = url;
  resetEnv();
}

afterEach(() => pointAt(realUrl));

const expect503 = async (res: Response) => {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(res.headers.get("cache-control")).toBe("no-store");
  const text = await res.text();
  expect(JSON.parse(text)).toEqual({ error: DATABASE_UNAVAILABLE, details: {} });
  expect(text).not.toMatch(/\bat |prisma|ECONNREFUSED/i);
};

describe("the API while the database is unreachable", () => {
  it("answers 503 with a sentence, reads and writes alike", async () => {
    const editor = await as("editor"); // a real session, made while the database is up
    const dead = new URL(realUrl);
    dead.port = String(await freePort());
    await pointAt(dead.toString());
    await expect503(await conflictsGET(new Request("http://localhost/api/v1/conflicts")));
    const headers = new Headers(editor);
    headers.set("content-type", "application/json");
    await expect503(await figuresPOST(new Request("http://localhost/api/v1/figures", { method: "POST", headers, body: "{}" })));
    headers.set("content-type", "text/csv");
    await expect503(await importsPOST(new Request("http://localhost/api/v1/imports", { method: "POST", headers, body: "a,b\r\n" })));
  });

  it("recovers by itself when its connections are cut (admin_shutdown, as a restart does)", async () => {
    expect((await conflictsGET(new Request("http://localhost/api/v1/conflicts"))).status).toBe(200);
    // cut every other connection to this database: the pool's idle ones included
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: realUrl });
    await admin.connect();
    const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100)); // the pool hears of it and drops them
    const res = await conflictsGET(new Request("http://localhost/api/v1/conflicts"));
    expect(res.status).toBe(200);
    expect(await db().conflict.count()).toBeGreaterThanOrEqual(0);
  });
});
