// `npm run docs:security`: writes the who-may-do-what table of lib/auth/access.ts into docs/security.md,
// between its access-table markers. lib/auth/access.int.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderAccessTable } from "@/lib/auth/access";

const file = path.join(import.meta.dirname, "../docs/security.md");
const doc = readFileSync(file, "utf8");
const pattern = /(<!-- access-table:start -->)[\s\S]*?(<!-- access-table:end -->)/;
if (!pattern.test(doc)) throw new Error("docs/security.md has no <!-- access-table:start --> … <!-- access-table:end --> block.");
writeFileSync(file, doc.replace(pattern, (_m, start: string, end: string) => `${start}\n${renderAccessTable()}\n${end}`));
console.log("docs/security.md: access table written.");
