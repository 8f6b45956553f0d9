// Loads the demo data once: skipped when the Syria conflict already exists, all-or-nothing otherwise.
// Run by `npm start` on the embedded database, or by hand: `npm run db:seed` (needs DATABASE_URL).
// With --demo-users it also creates the demo accounts and prints them once: only on the database `npm start`
// names in DEMO_ACCOUNTS_DATABASE_URL (its embedded one; `npm test` names its throwaway e2e database).
import { pathToFileURL } from "node:url";
import { db, disconnectDb, inTransaction } from "@/lib/db";
import { createAnnotation } from "@/lib/annotations/mutations";
import { parseAnnotationInput } from "@/lib/annotations/schema";
import { createConflict } from "@/lib/conflicts/mutations";
import { getConflict } from "@/lib/conflicts/queries";
import { createFigure } from "@/lib/figures/mutations";
import { createReport } from "@/lib/reports/mutations";
import { createUser } from "@/lib/people/mutations";
import { PersonInputSchema, type PersonInput } from "@/lib/people/schema";
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
      for (const event of demo.events) {
        const input = parseAnnotationInput({ conflict: demo.conflict.slug, ...event });
        if (!input.ok) throw new Error(`Demo event rejected: ${JSON.stringify(input.errors)}`);
        const r = await createAnnotation({ input: input.data, actor: ACTOR }, tx);
        if (!r.ok) throw new Error(`Demo event rejected: ${JSON.stringify(r.errors)}`);
      }
    },
    { timeout: 60_000 },
  );
  return { loaded: true, figures: demo.figures.length };
}

/**
 * Why demo accounts may not be made on this database, or null when they may: their passwords are public, so
 * only the database a trusted script named (never a guess from the URL) gets them.
 */
export function demoUsersRefusal(env: Record<string, string | undefined> = process.env): string | null {
  if (env.DEMO_ACCOUNTS_DATABASE_URL && env.DEMO_ACCOUNTS_DATABASE_URL === env.DATABASE_URL) return null;
  return "--demo-users makes accounts whose passwords are published in the README, so only `npm start` uses it, on its embedded database. On a DATABASE_URL database, add people with `npm run user:create`.";
}

/** Creates the demo accounts that do not exist yet, checked by the same rules as any account; returns the ones created. */
export async function seedDemoUsers(): Promise<PersonInput[]> {
  const created: PersonInput[] = [];
  for (const raw of DEMO_USERS) {
    const parsed = PersonInputSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`Demo account ${raw.email} breaks the account rules: ${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
    if ("id" in (await createUser({ user: parsed.data, actor: ACTOR }))) created.push(parsed.data);
  }
  return created;
}

async function main(): Promise<void> {
  const demoUsers = process.argv.includes("--demo-users");
  const refusal = demoUsers ? demoUsersRefusal() : null;
  if (refusal) {
    console.error(refusal);
    process.exitCode = 1;
    return; // before writing anything
  }
  const r = await seedDemo();
  console.log(r.loaded ? `Loaded ${r.figures} demo figures.` : "Demo data already present; nothing to do.");
  if (!demoUsers) return;
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
