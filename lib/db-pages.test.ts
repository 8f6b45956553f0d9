// Where a page render cut off by the database going away sends the browser: its own address, never elsewhere.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { retryAddress } from "./db-pages";

describe("retryAddress", () => {
  it("is the page's own path and query, marked as the retry", () => {
    expect(retryAddress("/conflicts/syria?scale=log&from=2013-01-01")).toBe("/conflicts/syria?scale=log&from=2013-01-01&db-retry=1");
    expect(retryAddress("/")).toBe("/?db-retry=1");
  });

  it("is none for the retry itself, so a failure the health probe misses cannot loop", () => {
    expect(retryAddress("/conflicts/syria?db-retry=1")).toBeNull();
    expect(retryAddress("/figures?page=2&db-retry=1")).toBeNull();
  });

  it("never sends to another site, and is none without the header (a prefetch)", () => {
    for (const other of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "evil", "", null]) expect(retryAddress(other)).toBeNull();
  });
});

describe("every page", () => {
  // a page added without the wrapper would answer Next.js's 500 screen when the database goes away mid-render
  it("is wrapped in whileDatabaseUp, and so is its generateMetadata", async () => {
    const pages = readdirSync("app", { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("page.tsx"))
      .map((f) => path.join("app", f));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const text = readFileSync(page, "utf8");
      expect(text, page).toMatch(/^export default whileDatabaseUp\(\w+\);$/m);
      expect(text, page).not.toMatch(/export (async )?function generateMetadata/);
      if (text.includes("generateMetadata")) expect(text, page).toMatch(/^export const generateMetadata = whileDatabaseUp\(\w+\);$/m);
    }
  });
});
