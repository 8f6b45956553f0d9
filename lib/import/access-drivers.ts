// Access-matrix drivers for the import page and route (see lib/auth/access-kit.ts). Test support only.
import { expect } from "vitest";
import ImportPage from "@/app/(site)/(editor)/import/page";
import { POST as importCsv } from "@/app/api/v1/imports/route";
import { as, fixtures, page, people, uid, type Driver } from "@/lib/auth/access-kit";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { CSV_COLUMNS } from "@/lib/export/csv";

export const importDrivers: Record<string, Driver> = {
  "/import": (who) => page(who, () => ImportPage()),
  async "POST /api/v1/imports"(who) {
    return async () => {
      const quote = `about 2,222 people were killed, says import test ${uid()}`;
      const row = [ "", fixtures.conflictSlug, "", "deaths", "2222", "", "", "about", "people", "2013-02-01", "", `Import ${uid()}`, "ngo", "An imported report", "", "2013-02-02", "", quote, "", "published", ""];
      const body = `${CSV_COLUMNS.join(",")}\r\n${row.map((c) => `"${c}"`).join(",")}\r\n`;
      const res = await importCsv(new Request("http://localhost/api/v1/imports?commit=1&name=access.csv", { method: "POST", body, headers: as(who) }));
      const text = await res.text();
      if (!res.ok) return { allowed: false, message: (JSON.parse(text) as { error: string }).error };
      const result = (JSON.parse(text.trim().split("\n").at(-1)!) as { result: { committed: { created: number } | null } }).result;
      expect(result.committed?.created).toBe(1);
      const figure = await db().figure.findFirstOrThrow({ where: { quote } });
      expect(figure.createdBy).toBe(people[who as Role].email);
      expect(await db().auditEvent.count({ where: { entity: "Import", actor: people[who as Role].email, after: { path: ["file"], equals: "access.csv" } } })).toBeGreaterThan(0);
      return { allowed: true };
    };
  },
};
