// Who may do what, proved against a real database: every server action, route handler and page in
// lib/auth/access.ts is driven as anonymous, analyst, editor and admin, and the outcome must match the
// table. A denied call must write nothing: every table's rows and the audit log are compared before and after.
// The actions run for real (Better Auth sessions, Prisma, PostgreSQL); only Next's request plumbing
// (`headers()`, `revalidatePath`) is stood in for, since there is no Next server around a test.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => {
  const { request } = await import("./access-kit");
  return {
    headers: async () => request.headers,
    cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { resetEnv } from "@/lib/env";
import { annotationDrivers } from "@/lib/annotations/access-drivers";
import { importDrivers } from "@/lib/import/access-drivers";
import { extractionDrivers } from "@/lib/extraction/access-drivers";
import { proposalDrivers } from "@/lib/proposals/access-drivers";
import { auditDrivers } from "@/lib/audit/access-drivers";
import { figureDrivers } from "@/lib/figures/access-drivers";
import { metricDrivers } from "@/lib/metrics/access-drivers";
import { peopleDrivers } from "@/lib/people/access-drivers";
import { reportDrivers } from "@/lib/reports/access-drivers";
import { sourceDrivers } from "@/lib/sources/access-drivers";
import { ACCESS, REQUESTERS, expectedAllowed, renderAccessTable, type AccessEntry, type Requester } from "./access";
import { authDrivers } from "./access-drivers";
import { SOURCE_FILE, authHandlerUses, entryPoints } from "./entry-points";
import { setUpAccessFixtures, snapshot, type Driver } from "./access-kit";

const root = path.resolve(import.meta.dirname, "../..");
const DENIED = /Sign in|this needs an|redirected to \/sign-in\?next=/;

/** One driver per entry of the table, each in its domain's access-drivers.ts. */
const drivers: Record<string, Driver> = { ...authDrivers, ...peopleDrivers, ...figureDrivers, ...reportDrivers, ...sourceDrivers, ...metricDrivers, ...annotationDrivers, ...importDrivers, ...extractionDrivers, ...proposalDrivers, ...auditDrivers };

// --- the matrix ------------------------------------------------------------------------------------------

beforeAll(setUpAccessFixtures);

async function check(entry: AccessEntry, who: Requester, readAccess: "public" | "signed-in"): Promise<void> {
  const expected = expectedAllowed(entry.needs, who, readAccess);
  const call = await drivers[entry.id]!(who);
  const before = await snapshot();
  const outcome = await call();
  expect(outcome.allowed, `${entry.id} as ${who} (READ_ACCESS=${readAccess}): ${outcome.message ?? ""}`).toBe(expected);
  if (!expected) {
    expect(outcome.message, "a refusal says why, in a sentence").toMatch(DENIED);
    expect(await snapshot(), `${entry.id} as ${who} was refused, so it must write nothing`).toBe(before);
  }
}

describe.each(ACCESS.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
  it.each(REQUESTERS.map((who) => [who]))("as %s, with READ_ACCESS=public", async (who) => {
    await check(entry, who, "public");
  });

  if (entry.needs === "reader") {
    it.each(REQUESTERS.map((who) => [who]))("as %s, with READ_ACCESS=signed-in", async (who) => {
      process.env.READ_ACCESS = "signed-in";
      resetEnv();
      try {
        await check(entry, who, "signed-in");
      } finally {
        delete process.env.READ_ACCESS;
        resetEnv();
      }
    });
  }
});

// --- the table is complete, and docs/security.md is the table ----------------------------------------------

/** Every file under app/, lib/ and components/, relative to the root with "/" separators. */
function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return d.name === "node_modules" || rel === "lib/generated" ? [] : walk(rel);
    return [rel];
  });
}
const sourceFiles = () => ["app", "lib", "components"].flatMap(walk);

describe("the access table", () => {
  it("lists every server action, route handler and page in the app", () => {
    const found = sourceFiles().flatMap((file) => entryPoints(file, readFileSync(path.join(root, file), "utf8")));
    const listed = new Set(ACCESS.map((e) => e.id.split("?")[0]!)); // "…?drafts=true" is a variant of its page or route
    expect(found.filter((f) => !listed.has(f)), "add these to lib/auth/access.ts").toEqual([]);
    expect([...listed].filter((l) => !found.includes(l)), "these are in lib/auth/access.ts but not in the app").toEqual([]);
    expect(Object.keys(drivers).sort()).toEqual(ACCESS.map((e) => e.id).sort());
  });

  // Better Auth's own endpoints would let sign-in skip the throttle, and the rest skip the audit log and the
  // self-guards in lib/people: the app signs people in through its own server action only.
  it("mounts none of Better Auth's HTTP endpoints", () => {
    const files = [...sourceFiles(), ...readdirSync(root).filter((f) => SOURCE_FILE.test(f))]; // proxy.ts, middleware.ts…
    expect(files.flatMap((file) => authHandlerUses(file, readFileSync(path.join(root, file), "utf8")))).toEqual([]);
  });

  it("is what docs/security.md shows (regenerate with `npm run docs:security`)", () => {
    const doc = readFileSync(path.join(root, "docs/security.md"), "utf8");
    const block = doc.match(/<!-- access-table:start -->\n([\s\S]*?)\n<!-- access-table:end -->/)?.[1];
    expect(block).toBe(renderAccessTable());
  });
});
