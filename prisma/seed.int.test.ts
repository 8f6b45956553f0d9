// The demo data loads once, completely, into a fresh database; the demo accounts only where allowed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { listAnnotations } from "@/lib/annotations/queries";
import { db } from "@/lib/db";
import { listConflictFigures } from "@/lib/figures/queries";
import { DEMO_USERS } from "./demo/demo-users";
import { demoUsersRefusal, seedDemo, seedDemoUsers } from "./seed";

it("loads the Syria demo once: 17 figures from 13 reports, idempotent on a second run", async () => {
  expect(await seedDemo()).toEqual({ loaded: true, figures: 17 });
  expect(await seedDemo()).toEqual({ loaded: false, figures: 0 });

  const rows = await listConflictFigures({ conflictSlug: "syria" });
  expect(rows).toHaveLength(17);
  expect(await db().report.count()).toBe(13); // two estimates cite the same Jerusalem Post article
  const naharnet = await db().report.findFirstOrThrow({ where: { publisher: "Naharnet" } });
  expect(naharnet.fullText).toContain("The United Nations says about 70,000 people have been killed");
  const deathSources = new Set(rows.filter((r) => r.metricSlug === "deaths").map((r) => r.sourceName));
  expect(deathSources.size).toBeGreaterThanOrEqual(3);
  expect(rows.find((r) => r.metricSlug === "daily_outflow")).toMatchObject({ value: 5000, qualifier: "at_least", unit: "people_per_day" });
  const events = await listAnnotations({ conflictSlugs: ["syria"] });
  expect(events.map((e) => [e.date, e.label])).toEqual([
    ["2013-08-21", "Ghouta chemical attack"],
    ["2015-09-30", "Russian air strikes begin"],
  ]);
});

it("makes demo accounts only on the database npm start named, never by guessing from the URL", () => {
  const url = "postgresql://postgres:postgres@localhost:54329/conflict_figures"; // the embedded URL, yet not named
  expect(demoUsersRefusal({ DATABASE_URL: url })).toMatch(/^--demo-users makes accounts whose passwords are published/);
  expect(demoUsersRefusal({ DATABASE_URL: url, DEMO_ACCOUNTS_DATABASE_URL: `${url}_other` })).not.toBeNull();
  expect(demoUsersRefusal({ DATABASE_URL: url, DEMO_ACCOUNTS_DATABASE_URL: url })).toBeNull();
});

it("`prisma/seed.ts --demo-users` on a database it was not given for refuses before writing anything", { timeout: 60_000 }, async () => {
  const [users, conflicts] = [await db().user.count(), await db().conflict.count()];
  const env = { ...process.env, DEMO_ACCOUNTS_DATABASE_URL: undefined };
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts", "--demo-users"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env,
    encoding: "utf8",
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("only `npm start` uses it, on its embedded database");
  expect([await db().user.count(), await db().conflict.count()]).toEqual([users, conflicts]);
});

it("creates the demo accounts by the same rules as any account, once", async () => {
  const created = await seedDemoUsers();
  expect(created.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email.trim().toLowerCase()));
  expect(await seedDemoUsers()).toEqual([]);
  expect(await db().user.count({ where: { email: { in: created.map((u) => u.email) } } })).toBe(DEMO_USERS.length);
});
