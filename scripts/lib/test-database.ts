// Test databases: a migrated template, copied for each test file and for the e2e run. Refuses any server
// that is not on this machine, so no test can ever write to a shared or production database.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { parse } from "pg-connection-string";
import { withClient } from "./embedded-postgres";
import { bin, mustRun } from "./run";

export const TEMPLATE_DB = "cf_template";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1"]);

/**
 * Tests write and drop databases: refuse any server not on this machine. The host is read the way pg reads
 * it, so `?host=elsewhere` cannot slip past a "localhost" in the URL; a Unix socket path is local.
 */
export function assertLocalDatabase(url: string): void {
  const host = parse(url).host ?? "localhost";
  if (!LOCAL_HOSTS.has(host) && !host.startsWith("/")) {
    throw new Error(`Refusing to run tests against ${host}: test databases must be on localhost.`);
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function connectTestServer(serverUrl: string) {
  assertLocalDatabase(serverUrl);
  const admin = <T>(fn: (c: pg.Client) => Promise<T>) => withClient(withDatabase(serverUrl, "postgres"), fn);
  return {
    /** (Re)creates the template database and applies every migration to it with the real Prisma CLI. */
    async createTemplate(): Promise<void> {
      await admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
      });
      await mustRun("prisma migrate deploy (test template)", bin.prisma, ["migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DB) },
        stdio: ["ignore", "ignore", "inherit"],
      });
    },
    /** A fresh, migrated database with a unique name; returns its URL. */
    async createFromTemplate(prefix: string): Promise<string> {
      const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
      await admin((c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE ${TEMPLATE_DB}`));
      return withDatabase(serverUrl, name);
    },
    async drop(url: string): Promise<void> {
      const name = new URL(url).pathname.slice(1);
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}
