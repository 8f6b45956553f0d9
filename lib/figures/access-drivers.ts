// Access-matrix drivers for figures, their pages and the CSV export (see lib/auth/access-kit.ts). Test support only.
import { GET as exportCsv } from "@/app/api/v1/figures.csv/route";
import HomePage from "@/app/(public)/page";
import ConflictPage from "@/app/(public)/conflicts/[slug]/page";
import NewFigurePage from "@/app/(editor)/figures/new/page";
import { as, fixtures, form, page, people, run, uid, type Driver } from "@/lib/auth/access-kit";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { expect } from "vitest";
import { createFigureAction } from "./actions";

export const figureDrivers: Record<string, Driver> = {
  async createFigureAction(who) {
    return async () => {
      as(who);
      const quote = `about 1,234 people were killed, says test ${uid()}`;
      const r = await run(() =>
        createFigureAction(
          { values: {}, errors: {} },
          form({
            conflict: fixtures.conflictSlug,
            metric: "deaths",
            value: "1,234",
            qualifier: "about",
            refDate: "2013-02-28",
            source: `Source ${uid()}`,
            reportTitle: "A report",
            reportUrl: `https://example.org/${uid()}`,
            reportDate: "2013-03-01",
            quote,
          }),
        ),
      );
      if (r.redirect) {
        const figure = await db().figure.findFirstOrThrow({ where: { quote } });
        expect(figure.createdBy).toBe(people[who as Role].email); // the actor is recorded
        expect(await db().auditEvent.count({ where: { entity: "Figure", entityId: String(figure.id), actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.formError };
    };
  },

  async "GET /api/v1/figures.csv?conflict=…"(who) {
    return async () => {
      const res = await exportCsv(new Request(`http://localhost/api/v1/figures.csv?conflict=${fixtures.conflictSlug}`, { headers: as(who) }));
      const body = await res.text();
      if (res.ok) expect(body).not.toContain(fixtures.draftQuote);
      return { allowed: res.status === 200, message: res.ok ? undefined : (JSON.parse(body) as { error: string }).error };
    };
  },

  async "GET /api/v1/figures.csv?conflict=…&status=draft"(who) {
    return async () => {
      const res = await exportCsv(new Request(`http://localhost/api/v1/figures.csv?conflict=${fixtures.conflictSlug}&status=draft`, { headers: as(who) }));
      const body = await res.text();
      if (res.ok) expect(body).toContain(fixtures.draftQuote);
      else expect(body).not.toContain(fixtures.draftQuote);
      return { allowed: res.status === 200, message: res.ok ? undefined : (JSON.parse(body) as { error: string }).error };
    };
  },

  "/": (who) => page(who, () => HomePage()),

  "/conflicts/[slug]": (who) => page(who, () => ConflictPage({ params: Promise.resolve({ slug: fixtures.conflictSlug }), searchParams: Promise.resolve({}) })),

  "/figures/new": (who) => page(who, () => NewFigurePage({ searchParams: Promise.resolve({}) })),
};
