// Test support for the JSON API's integration tests (lib/figures/api.int.test.ts): calling the route handlers
// as a client would, walking pages, and making uniquely named conflicts and figures. Never imported by the app.
import { expect } from "vitest";
import { GET as figuresGET } from "@/app/api/v1/figures/route";
import { GET as conflictsGET } from "@/app/api/v1/conflicts/route";
import { GET as seriesGET } from "@/app/api/v1/conflicts/[slug]/series/route";
import type { FigureJson } from "@/lib/api/figures";
import { newPerson, sessionHeaders, uid } from "@/lib/auth/access-kit";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";
import { changeFigureLifecycle, createFigure } from "@/lib/figures/mutations";
import { parseFigureInput } from "@/lib/figures/schema";

export type Page = { data: FigureJson[]; next: string | null };
export type Problem = { error: string; details: Record<string, string[]> };
export type ConflictJson = { slug: string; name: string; region: string; startDate: string; figures: number; metrics: string[] };

/** A GET to the API by path, as the route handlers answer it; every answer must be no-store. */
export async function get<T>(path: string, headers = new Headers()): Promise<{ status: number; body: T }> {
  const request = new Request(`http://localhost${path}`, { headers });
  const series = /^\/api\/v1\/conflicts\/([^/]+)\/series$/.exec(new URL(request.url).pathname);
  const res = series
    ? await seriesGET(request, { params: Promise.resolve({ slug: decodeURIComponent(series[1]!) }) })
    : path.startsWith("/api/v1/conflicts")
      ? await conflictsGET(request)
      : await figuresGET(request);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return { status: res.status, body: (await res.json()) as T };
}

/** Follows `next` from the first page to the last. */
export async function walk(query: string, headers?: Headers): Promise<{ ids: number[]; items: FigureJson[]; pages: number }> {
  const items: FigureJson[] = [];
  let next: string | null = null;
  let pages = 0;
  do {
    const r: { status: number; body: Page } = await get<Page>(`/api/v1/figures?${query}${next ? `&cursor=${next}` : ""}`, headers);
    expect(r.status).toBe(200);
    items.push(...r.body.data);
    next = r.body.next;
    pages++;
  } while (next && pages < 1000);
  return { ids: items.map((f) => f.id), items, pages };
}

export const newConflict = async (name = `War ${uid()}`) =>
  (await createConflict({ conflict: { slug: `c-${uid()}`, name, region: "Testland", startDate: "2011-03-15" }, actor: "test" })).slug;

/** A figure made through createFigure (deaths, 1,000, a new source and report unless `over` says otherwise). */
export async function fig(conflict: string, over: Record<string, string> = {}, status: "published" | "draft" = "published"): Promise<number> {
  const input = parseFigureInput({
    conflict,
    metric: "deaths",
    value: "1,000",
    qualifier: "exact",
    refDate: "2013-03-01",
    source: `Source ${uid()}`,
    reportTitle: `Report ${uid()}`,
    reportDate: over.refDate && over.qualifier !== "projected" ? over.refDate : "2016-01-01",
    quote: `a figure ${uid()}`,
    ...over,
  });
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const r = await createFigure({ input: input.data, actor: "test", status });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}
export const remove = async (id: number) => expect((await changeFigureLifecycle({ id, version: 1, action: "delete", actor: "test" })).ok).toBe(true);
export const publishedLiveIds = async () =>
  (await db().figure.findMany({ where: { status: "published", deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((f) => f.id);
export const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
export const as = async (role: "analyst" | "editor") => sessionHeaders(await newPerson(role));
