// npm run db:backup and db:restore against a real PostgreSQL: a database with figures, people and revisions is
// backed up and restored into a fresh database with the same schema, rows and sequences; restores that would
// lose or mix data are refused with a sentence and write nothing; a damaged file restores nothing.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync, gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fig, newConflict } from "@/lib/api/test-kit";
import { newPerson, uid } from "@/lib/auth/access-kit";
import { createAnnotation } from "@/lib/annotations/mutations";
import { backupDatabase, restoreDatabase } from "./backup";
import { withClient } from "./embedded-postgres";

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(os.tmpdir(), "cf-backup-test-"));
const server = inject("testServerUrl");
const created: string[] = [];

/** A new database on the test server: empty (no tables at all) unless `from` names a template. */
async function freshDatabase(): Promise<string> {
  const name = `cf_restore_${uid()}`;
  await withClient(server, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
  created.push(name);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

const q = async <T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> => withClient(url, async (c) => (await c.query<T>(sql)).rows);

/** Every table's row count, every sequence, the schema's columns, constraints and indexes. */
async function snapshot(url: string) {
  const tables = await q<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await q<{ n: string }>(url, `SELECT count(*) AS n FROM "${name}"`))[0]!.n);
  return {
    counts,
    sequences: await q(url, `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`),
    columns: await q(url, `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    constraints: await q(url, `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    indexes: await q(url, `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
  };
}

const figures = (url: string) => q(url, `SELECT f.*, s.name AS source, r.title FROM "Figure" f JOIN "Source" s ON s.id = f."sourceId" JOIN "Report" r ON r.id = f."reportId" ORDER BY f.id`);

let source: string;
let file: string;

beforeAll(async () => {
  source = process.env.DATABASE_URL!;
  const conflict = await newConflict(`War ${uid()}`);
  const first = await fig(conflict, { source: "UN", value: "70,000", quote: "about 70,000 people, says \"the UN\"\ttab\\backslash\nnew line" });
  await fig(conflict, { value: "93,000", supersedesId: String(first), source: "UN" });
  await fig(conflict, { metric: "refugees", value: "1,200", low: "1,000", high: "1,500", qualifier: "about" }, "draft");
  await fig(conflict, { value: "5", quote: "Ünïcødé «quotes» — 你好" });
  await newPerson("editor");
  await createAnnotation({ input: { conflict, date: "2013-08-21", label: "Ghouta attack" }, actor: "test" });
  file = path.join(tmp, "a.dump");
});

afterAll(async () => {
  for (const name of created) await withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
  rmSync(tmp, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("round-trips a database into a fresh one: schema, every row, sequences; the restored database takes new rows", async () => {
    const backup = await backupDatabase({ url: source, file });
    expect(backup.rows.Figure).toBe(4);
    expect(backup.rows.User).toBeGreaterThanOrEqual(1);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const target = await freshDatabase();
    const restored = await restoreDatabase({ url: target, file });
    expect(restored.rows).toEqual(backup.rows);
    expect(restored.newerMigrations).toEqual([]);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await figures(target)).toEqual(await figures(source));
    // the sequences were carried: a new row gets the next id, not 1
    const [inserted] = await q<{ id: number }>(target, `INSERT INTO "Source" (name, kind) VALUES ('after restore', 'ngo') RETURNING id`);
    const [before] = await q<{ max: number }>(source, `SELECT max(id) AS max FROM "Source"`);
    expect(inserted!.id).toBeGreaterThan(before!.max);
  });

  it("refuses a database that already holds rows, and with --replace swaps them for the backup's", async () => {
    await backupDatabase({ url: source, file });
    const target = await freshDatabase();
    await restoreDatabase({ url: target, file });
    await q(target, `INSERT INTO "Source" (name, kind) VALUES ('only in target', 'ngo')`);
    const before = await snapshot(target);
    await expect(restoreDatabase({ url: target, file })).rejects.toThrow(/already holds data \(.*in Source.*\): restore into an empty database, or add --replace .* Nothing was restored\./);
    expect(await snapshot(target)).toEqual(before);

    const version = async () => BigInt((await q<{ v: string }>(target, `SELECT version::text AS v FROM "DataVersion"`))[0]!.v);
    const versionBefore = await version();
    await restoreDatabase({ url: target, file, replace: true });
    expect((await snapshot(target)).counts).toEqual((await snapshot(source)).counts);
    expect(await q(target, `SELECT 1 FROM "Source" WHERE name = 'only in target'`)).toEqual([]);
    // the data version only moves forward, so no server keeps a chart of the replaced data
    expect(await version()).toBeGreaterThan(versionBefore);
  });

  it("restores into a freshly migrated, empty database (a new server after prisma migrate deploy)", async () => {
    await backupDatabase({ url: source, file });
    const { connectTestServer } = await import("./test-database");
    const target = await (await connectTestServer(server)).createFromTemplate("cf_restore");
    created.push(new URL(target).pathname.slice(1));
    await restoreDatabase({ url: target, file });
    expect((await snapshot(target)).counts).toEqual((await snapshot(source)).counts);
  });

  it("refuses a database with tables that are not the app's, even with --replace", async () => {
    await backupDatabase({ url: source, file });
    const target = await freshDatabase();
    await q(target, `CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)`);
    await expect(restoreDatabase({ url: target, file, replace: true })).rejects.toThrow(/has tables that are not Conflict Figures' \(invoices\): is this the right database\?/);
    expect(await q(target, `SELECT id FROM invoices`)).toEqual([{ id: 1 }]);
  });

  it("says what is wrong with a missing file, a pg_dump archive, another file, a cut-off or damaged backup, and restores nothing", async () => {
    const target = await freshDatabase();
    await expect(restoreDatabase({ url: target, file: path.join(tmp, "nope.dump") })).rejects.toThrow(/^There is no file .*nope\.dump: give the path of a backup made by npm run db:backup/);
    const pgDump = path.join(tmp, "pg.dump");
    writeFileSync(pgDump, "PGDMP\x01\x0e\x00");
    await expect(restoreDatabase({ url: target, file: pgDump })).rejects.toThrow(/is a pg_dump archive.*restore it with pg_restore/);
    const text = path.join(tmp, "notes.txt");
    writeFileSync(text, "hello");
    await expect(restoreDatabase({ url: target, file: text })).rejects.toThrow(/is not a backup made by npm run db:backup/);

    await backupDatabase({ url: source, file });
    const whole = gunzipSync(readFileSync(file)).toString("utf8");
    const cut = path.join(tmp, "cut.dump");
    writeFileSync(cut, gzipSync(whole.slice(0, whole.indexOf("TABLE {\"name\":\"Figure\"") + 200)));
    await expect(restoreDatabase({ url: target, file: cut })).rejects.toThrow(/is incomplete or damaged .*nothing was restored/);
    const truncatedGzip = path.join(tmp, "truncated.dump");
    writeFileSync(truncatedGzip, readFileSync(file).subarray(0, 300));
    await expect(restoreDatabase({ url: target, file: truncatedGzip })).rejects.toThrow(/is incomplete or damaged|is not a backup/);
    expect(await q(target, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  });

  it("refuses a database that is not the app's for a backup, and a backup from an app with migrations this one lacks", async () => {
    const other = await freshDatabase();
    await expect(backupDatabase({ url: other, file: path.join(tmp, "other.dump") })).rejects.toThrow(/is not a Conflict Figures database .*check DATABASE_URL/);
    const newer = path.join(tmp, "newer.dump");
    const lines = gunzipSync((await backupDatabase({ url: source, file }), readFileSync(file))).toString("utf8").split("\n");
    const header = JSON.parse(lines[1]!) as { migrations: { name: string; checksum: string; sql: string }[] };
    header.migrations.push({ name: "29990101000000_future", checksum: "0".repeat(64), sql: "SELECT 1" });
    lines[1] = JSON.stringify(header);
    writeFileSync(newer, gzipSync(lines.join("\n")));
    await expect(restoreDatabase({ url: await freshDatabase(), file: newer })).rejects.toThrow(/migrations this one lacks .*29990101000000_future.*restore it with that version/);
  });

  it("runs as npm run db:backup and db:restore, saying what it did", async () => {
    const out = path.join(tmp, "cli.dump");
    const env = { ...process.env, DATABASE_URL: source };
    const node = (script: string, args: string[], e = env) => run(process.execPath, ["--import", "tsx", script, ...args], { env: e, cwd: process.cwd() });
    const backup = await node("scripts/db-backup.ts", [out]);
    expect(backup.stdout).toMatch(/Wrote .*cli\.dump: [\d,]+ rows in \d+ tables \(4 figures\)/);
    const target = await freshDatabase();
    const restore = await node("scripts/db-restore.ts", [out], { ...env, DATABASE_URL: target });
    expect(restore.stdout).toMatch(/Restored [\d,]+ rows in \d+ tables \(4 figures\)/);
    expect((await snapshot(target)).counts).toEqual((await snapshot(source)).counts);
    const refused = await node("scripts/db-restore.ts", [out], { ...env, DATABASE_URL: target }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/already holds data/) });
    expect((refused as { stderr: string }).stderr).not.toMatch(/\bat .*\.ts:\d+/); // a sentence, no stack trace
  }, 60_000);
});
