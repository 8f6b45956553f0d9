// `npm run db:backup [-- file]`: the whole database (DATABASE_URL, else the embedded one in .data/pg) to one
// file, by default .data/backups/<time>.dump; `npm run db:restore -- <file>` brings it back. See scripts/lib/backup.ts.
import path from "node:path";
import { backupDatabase, describeDatabase } from "./lib/backup";
import { backupFileName } from "./lib/backup-format";
import { openTarget } from "./lib/database-target";
import { ROOT, UserFacingError } from "./lib/run";

/** A path inside the project as a relative one (what to type next), anything else in full. */
const shown = (file: string) => (file.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, file) : file);
const say = (s: string) => console.log(`[db:backup] ${s}`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.some((a) => a.startsWith("-"))) throw new UserFacingError("Usage: npm run db:backup [-- path/to/file.dump]");
  const file = path.resolve(ROOT, args[0] ?? path.join(".data/backups", backupFileName(new Date())));
  const target = await openTarget({ create: false, log: say });
  try {
    say(`Backing up ${target.label} (${describeDatabase(target.url)})…`);
    const result = await backupDatabase({ url: target.url, file });
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    say(`Wrote ${shown(file)}: ${total.toLocaleString("en-US")} rows in ${Object.keys(result.rows).length} tables (${result.rows.Figure ?? 0} figures), ${(result.bytes / 1024).toFixed(0)} KB.`);
    say(`It holds password hashes and sessions: keep it where only you can read it. Restore: npm run db:restore -- ${shown(file)}`);
  } finally {
    await target.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof UserFacingError ? `\n${err.message}\n` : err);
  process.exit(1);
});
