// Access-matrix drivers for figures, their pages, the CSV export and the JSON API (see lib/auth/access-kit.ts). Test support only.
import { GET as exportCsv } from "@/app/api/v1/figures.csv/route";
import { GET as listFiguresJson, POST as addFigureJson } from "@/app/api/v1/figures/route";
import { GET as listConflictsJson } from "@/app/api/v1/conflicts/route";
import { GET as seriesJson } from "@/app/api/v1/conflicts/[slug]/series/route";
import HomePage from "@/app/(site)/(public)/page";
import ConflictPage from "@/app/(site)/(public)/conflicts/[slug]/page";
import NewFigurePage from "@/app/(site)/(editor)/figures/new/page";
import EditFigurePage from "@/app/(site)/(editor)/figures/[id]/edit/page";
import FiguresPage from "@/app/(site)/(public)/figures/page";
import FigurePage from "@/app/(site)/(public)/figures/[id]/page";
import ComparePage from "@/app/(site)/(public)/compare/page";
import EmbedPage from "@/app/embed/conflicts/[slug]/[metric]/page";
import { as, fixtures, form, page, people, readerPage, run, shown, uid, type Driver } from "@/lib/auth/access-kit";
import type { Requester } from "@/lib/auth/access";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { expect } from "vitest";
import { createFigureAction, figureLifecycleAction, updateFigureAction } from "./actions";
import { createFigure } from "./mutations";
import { parseFigureInput } from "./schema";

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

  async "POST /api/v1/figures"(who) {
    return async () => {
      const quote = `about 4,321 people were killed, says API test ${uid()}`;
      const headers = new Headers(as(who));
      headers.set("content-type", "application/json");
      const body = JSON.stringify({ conflict: fixtures.conflictSlug, metric: "deaths", value: 4321, qualifier: "about", refDate: "2013-02-28", source: `Source ${uid()}`, reportTitle: "An API report", reportDate: "2013-03-01", quote });
      const res = await addFigureJson(new Request("http://localhost/api/v1/figures", { method: "POST", body, headers }));
      const answer = (await res.json()) as { data?: { id: number }; error?: string };
      if (res.status === 201) {
        const figure = await db().figure.findUniqueOrThrow({ where: { id: answer.data!.id } });
        expect(figure.quote).toBe(quote);
        expect(figure.createdBy).toBe(people[who as Role].email);
        expect(await db().auditEvent.count({ where: { entity: "Figure", entityId: String(figure.id), action: "create", actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: res.status === 201, message: answer.error };
    };
  },

  // the JSON API: readers never see the draft, editors do when they ask for it
  "GET /api/v1/figures": (who) => getJson(who, listFiguresJson, `/api/v1/figures?conflict=${fixtures.conflictSlug}`, (body) => expect(body).toContain(fixtures.publishedQuote)),
  "GET /api/v1/figures?status=draft": (who) =>
    getJson(who, listFiguresJson, `/api/v1/figures?conflict=${fixtures.conflictSlug}&status=draft`, (body) => expect(body).toContain(fixtures.draftQuote), true),
  "GET /api/v1/conflicts": (who) =>
    getJson(who, listConflictsJson, "/api/v1/conflicts", async (body) => {
      const published = await db().figure.count({ where: { conflict: { slug: fixtures.conflictSlug }, status: "published", deletedAt: null } });
      expect((JSON.parse(body) as { data: { slug: string }[] }).data.find((c) => c.slug === fixtures.conflictSlug)).toMatchObject({ figures: published }); // the draft is not counted
    }),
  "GET /api/v1/conflicts/[slug]/series?metric=…": (who) =>
    getJson(
      who,
      (r) => seriesJson(r, { params: Promise.resolve({ slug: fixtures.conflictSlug }) }),
      `/api/v1/conflicts/${fixtures.conflictSlug}/series?metric=refugees&drafts=true`,
      (body) => expect(body).toContain(fixtures.publishedQuote),
    ),

  // reader pages: the draft is absent for everyone, the published figure present for whoever may read
  "/": (who) => readerPage(who, () => HomePage(), fixtures.publishedSource), // the home page shows sources, not quotes

  "/conflicts/[slug]": (who) =>
    readerPage(who, () => ConflictPage({ params: Promise.resolve({ slug: fixtures.conflictSlug }), searchParams: Promise.resolve({}) }), fixtures.publishedQuote),

  // drafts in the URL: drawn for editors, silently left out for everyone else
  async "/conflicts/[slug]?drafts=true"(who) {
    return async () => {
      as(who);
      const r = await run(() => ConflictPage({ params: Promise.resolve({ slug: fixtures.conflictSlug }), searchParams: Promise.resolve({ drafts: "true" }) }));
      const text = shown(r.value);
      const said = /Sign in[^"]*|Your account is an [^"]*/.exec(text)?.[0] ?? "drafts left out without a word";
      return { allowed: text.includes(fixtures.draftQuote), message: r.redirect ? `redirected to ${r.redirect}` : said };
    };
  },

  // an embed is for anyone's page: drafts never, even asked for by an editor
  "/embed/conflicts/[slug]/[metric]": (who) =>
    readerPage(
      who,
      () => EmbedPage({ params: Promise.resolve({ slug: fixtures.conflictSlug, metric: "refugees" }), searchParams: Promise.resolve({ drafts: "true" }) }),
      fixtures.publishedQuote,
    ),

  "/compare": (who) =>
    readerPage(who, () => ComparePage({ searchParams: Promise.resolve({ metric: "refugees", conflicts: fixtures.conflictSlug }) }), fixtures.publishedQuote),

  "/figures/new": (who) => page(who, () => NewFigurePage({ searchParams: Promise.resolve({}) })),

  async updateFigureAction(who) {
    const figure = await makeFigure("published");
    return async () => {
      as(who);
      const values = { ...figureForm(figure.quote), value: "4,321", id: String(figure.id), version: "1" };
      const r = await run(() => updateFigureAction({ values: {}, errors: {} }, form(values)));
      if (r.redirect) {
        const after = await db().figure.findUniqueOrThrow({ where: { id: figure.id } });
        expect([after.value, after.version, after.updatedBy]).toEqual([4321n, 2, people[who as Role].email]);
        expect(await db().auditEvent.count({ where: { entity: "Figure", entityId: String(figure.id), action: "update" } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.formError };
    };
  },

  async figureLifecycleAction(who) {
    const figure = await makeFigure("draft");
    return async () => {
      as(who);
      const r = await run(() => figureLifecycleAction({}, form({ id: String(figure.id), version: "1", action: "publish" })));
      if (r.value?.ok) {
        const after = await db().figure.findUniqueOrThrow({ where: { id: figure.id } });
        expect([after.status, after.publishedBy]).toEqual(["published", people[who as Role].email]);
      }
      return { allowed: Boolean(r.value?.ok), message: r.value?.error };
    };
  },

  "/figures": (who) => page(who, () => FiguresPage({ searchParams: Promise.resolve({}) })),
  async "/figures/[id]"(who) {
    const figure = await makeFigure("published");
    return page(who, () => FigurePage({ params: Promise.resolve({ id: String(figure.id) }), searchParams: Promise.resolve({}) }));
  },
  async "/figures/[id]/edit"(who) {
    const figure = await makeFigure("published");
    return page(who, () => EditFigurePage({ params: Promise.resolve({ id: String(figure.id) }) }));
  },
};

/** A JSON route as `who`: the draft shows only where `drafts` says, and `look` checks an allowed answer. */
async function getJson(who: Requester, handler: (r: Request) => Promise<Response>, url: string, look: (body: string) => unknown, drafts = false) {
  return async () => {
    const res = await handler(new Request(`http://localhost${url}`, { headers: as(who) }));
    const body = await res.text();
    if (res.ok) await look(body);
    if (!(res.ok && drafts)) expect(body).not.toContain(fixtures.draftQuote);
    return { allowed: res.status === 200, message: res.ok ? undefined : (JSON.parse(body) as { error: string }).error };
  };
}

/** The figure form's fields for a valid figure in the fixtures' conflict. */
function figureForm(quote: string): Record<string, string> {
  return {
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
  };
}

/** A figure made directly (not through an action under test), as a driver's starting point. */
async function makeFigure(status: "draft" | "published"): Promise<{ id: number; quote: string }> {
  const quote = `about 1,234 people were killed, says test ${uid()}`;
  const input = parseFigureInput(figureForm(quote));
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const r = await createFigure({ input: input.data, actor: "test", status });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { id: r.id, quote };
}
