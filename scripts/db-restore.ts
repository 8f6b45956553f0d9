// `npm run db:restore -- <file> [--replace]`: a backup made by `npm run db:backup` into the database
// (DATABASE_URL, else the embedded one in .data/pg), in one transaction. The database must hold no rows, unless
// --replace. See scripts/lib/backup.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describeDatabase, fileProblem, restoreDatabase } from "./lib/backup";
import { openTarget } from "./lib/database-target";
import { ROOT, UserFacingError } from "./lib/run";

/** A path inside the project as a relative one (what to type next), anything else in full. */
const shown = (file: string) => (file.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, file) : file);
const say = (s: string) => console.log(`[db:restore] ${s}`);
const BACKUPS = path.join(ROOT, ".data/backups");

function latestBackup(): string | undefined {
  try {
    return readdirSync(BACKUPS).filter((n) => n.endsWith(".dump")).sort().at(-1);
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const files = args.filter((a) => a !== "--replace");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    const latest = latestBackup();
    throw new UserFacingError(
      `Say which backup to restore: npm run db:restore -- <file> [--replace]${latest ? `\nThe latest is .data/backups/${latest}` : ""}`,
    );
  }
  const file = path.resolve(ROOT, files[0]!);
  // before any database is started: a mistyped path is told at once
  const problem = fileProblem(file);
  if (problem) throw new UserFacingError(problem);
  const target = await openTarget({ create: true, log: say });
  try {
    say(`Restoring ${shown(file)} into ${target.label} (${describeDatabase(target.url)})…`);
    const result = await restoreDatabase({ url: target.url, file, replace });
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    say(`Restored ${total.toLocaleString("en-US")} rows in ${Object.keys(result.rows).length} tables (${result.rows.Figure ?? 0} figures), as backed up on ${result.header.createdAt}.`);
    if (result.newerMigrations.length) say(`${result.newerMigrations.length} newer migration(s) will be applied by npm start (prisma migrate deploy).`);
    say("People signed in before the backup stay signed in only where the same BETTER_AUTH_SECRET is used.");
  } finally {
    await target.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof UserFacingError ? `\n${err.message}\n` : err);
  process.exit(1);
});
