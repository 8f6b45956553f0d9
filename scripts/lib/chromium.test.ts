import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "./chromium";

const dir = mkdtempSync(path.join(tmpdir(), "chromium-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("findChromium", () => {
  it("returns CHROMIUM_PATH when it points to an existing file", async () => {
    const exe = path.join(dir, "my-chromium");
    writeFileSync(exe, "");
    expect(await findChromium({ ...process.env, CHROMIUM_PATH: exe })).toEqual({ path: exe });
  });

  it("names the path when CHROMIUM_PATH points to a missing file", async () => {
    const missing = path.join(dir, "no-such-chromium");
    const r = await findChromium({ ...process.env, CHROMIUM_PATH: missing });
    expect(r).not.toHaveProperty("path");
    expect(r).toHaveProperty("error");
    if ("error" in r) {
      expect(r.error).toContain(missing);
      expect(r.error).toMatch(/does not exist/);
    }
  });
});
