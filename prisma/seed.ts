// Loads the demo data once: skipped when the Syria conflict already exists, all-or-nothing otherwise.
// Run by `npm start` on the embedded database, or by hand: `npm run db:seed` (needs DATABASE_URL).
// With --demo-users (the embedded database only) it also creates the demo accounts and prints them once.
import { pathToFileURL } from "node:url";
import { db, disconnectDb, inTransaction } from "@/lib/db";
import { createConflict } from "@/lib/conflicts/mutations";
import { getConflict } from "@/lib/conflicts/queries";
import { createFigure } from "@/lib/figures/mutations";
import { createReport } from "@/lib/reports/mutations";
import { createUser } from "@/lib/people/mutations";
import { loadDemoData } from "./demo/demo-data";
import { DEMO_USERS } from "./demo/demo-users";

const ACTOR = "demo-seed";

export async function seedDemo(): Promise<{ loaded: boolean; figures: number }> {
  const demo = loadDemoData();
  if (await getConflict({ slug: demo.conflict.slug })) return { loaded: false, figures: 0 };
  await inTransaction(
    db(),
    async (tx) => {
      await createConflict({ conflict: demo.conflict, actor: ACTOR }, tx);
      const seen = new Set<string>();
      for (const report of demo.reports) {
        if (seen.has(report.url)) continue;
        seen.add(report.url);
        await createReport({ report, actor: ACTOR }, tx);
      }
      for (const input of demo.figures) {
        const r = await createFigure({ input, actor: ACTOR }, tx);
        if (!r.ok) throw new Error(`Demo figure rejected: ${JSON.stringify(r.errors)}`);
      }
    },
    { timeout: 60_000 },
  );
  return { loaded: true, figures: demo.figures.length };
}

/** Creates the demo accounts that do not exist yet; returns the ones created. */
export async function seedDemoUsers(): Promise<typeof DEMO_USERS> {
  const created: typeof DEMO_USERS = [];
  for (const user of DEMO_USERS) {
    if ("id" in (await createUser({ user, actor: ACTOR }))) created.push(user);
  }
  return created;
}

async function main(): Promise<void> {
  const r = await seedDemo();
  console.log(r.loaded ? `Loaded ${r.figures} demo figures.` : "Demo data already present; nothing to do.");
  if (!process.argv.includes("--demo-users")) return;
  const created = await seedDemoUsers();
  if (created.length) {
    console.log("\nDemo accounts (shown once; also in the README):");
    for (const u of created) console.log(`  ${u.role.padEnd(8)} ${u.email}  password: ${u.password}`);
    console.log("");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main()
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(() => disconnectDb());
}
