// The sentences a person gets when the embedded PostgreSQL cannot start for a reason they can fix.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataDirProblem, freePort, portIsFree, startEmbeddedPostgres, UserFacingError } from "./embedded-postgres";

const tmp = mkdtempSync(path.join(os.tmpdir(), "cf-embedded-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("dataDirProblem", () => {
  it("accepts a folder that does not exist yet, or an empty one", () => {
    expect(dataDirProblem(path.join(tmp, "absent"))).toBeNull();
    mkdirSync(path.join(tmp, "empty"));
    expect(dataDirProblem(path.join(tmp, "empty"))).toBeNull();
  });

  it("refuses a folder of other files, a file, and another PostgreSQL version, saying what to do", () => {
    const junk = path.join(tmp, "junk");
    mkdirSync(junk);
    writeFileSync(path.join(junk, "notes.txt"), "mine");
    expect(dataDirProblem(junk)).toMatch(/is not a PostgreSQL data folder: move it away/);

    const file = path.join(tmp, "a-file");
    writeFileSync(file, "");
    expect(dataDirProblem(file)).toMatch(/is a file, not a folder/);

    const old = path.join(tmp, "pg15");
    mkdirSync(old);
    writeFileSync(path.join(old, "PG_VERSION"), "15\n");
    expect(dataDirProblem(old)).toMatch(/holds PostgreSQL 15 data but this app runs PostgreSQL 18/);
  });
});

describe("startEmbeddedPostgres", () => {
  it("says which port is busy and how to choose another", async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    try {
      expect(await portIsFree(port)).toBe(false);
      const start = startEmbeddedPostgres({ dataDir: path.join(tmp, "busy"), port });
      await expect(start).rejects.toBeInstanceOf(UserFacingError);
      await expect(start).rejects.toThrow(`Port ${port} is already in use`);
      await expect(start).rejects.toThrow(/EMBEDDED_PG_PORT/);
    } finally {
      blocker.close();
    }
  });

  it("refuses an unusable data folder before touching it", async () => {
    const junk = path.join(tmp, "junk2");
    mkdirSync(junk);
    writeFileSync(path.join(junk, "keep-me.txt"), "precious");
    await expect(startEmbeddedPostgres({ dataDir: junk, port: await freePort() })).rejects.toThrow(/not a PostgreSQL data folder/);
    expect(readFileSync(path.join(junk, "keep-me.txt"), "utf8")).toBe("precious");
  });
});
