// The demo data loads once, completely, into a fresh database.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { listConflictFigures } from "@/lib/figures/queries";
import { seedDemo } from "./seed";

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
});
