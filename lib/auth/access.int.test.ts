// Who may do what, proved against a real database: every server action, route handler and page in
// lib/auth/access.ts is driven as anonymous, analyst, editor and admin, and the outcome must match the
// table. A denied call must write nothing: every table's rows and the audit log are compared before and after.
// The actions run for real (Better Auth sessions, Prisma, PostgreSQL); only Next's request plumbing
// (`headers()`, `revalidatePath`) is stood in for, since there is no Next server around a test.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { GET as exportCsv } from "@/app/api/v1/figures.csv/route";
import HomePage from "@/app/(public)/page";
import ConflictPage from "@/app/(public)/conflicts/[slug]/page";
import SignInPage from "@/app/(auth)/sign-in/page";
import AccountPage from "@/app/(account)/account/page";
import NewFigurePage from "@/app/(editor)/figures/new/page";
import PeoplePage from "@/app/(admin)/admin/people/page";
import { AccessDenied } from "@/components/ui/access-denied";
import { signInAction, signOutAction } from "@/lib/auth/actions";
import { auth } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/queries";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { createFigureAction } from "@/lib/figures/actions";
import { createFigure } from "@/lib/figures/mutations";
import { parseFigureInput } from "@/lib/figures/schema";
import { addPersonAction, changePasswordAction, changeRoleAction, resetPasswordAction, setDisabledAction } from "@/lib/people/actions";
import { createUser } from "@/lib/people/mutations";
import { ACCESS, REQUESTERS, expectedAllowed, renderAccessTable, type AccessEntry, type Requester } from "./access";
import type { Role } from "./roles";

const uid = () => randomBytes(4).toString("hex");
const root = path.resolve(import.meta.dirname, "../..");

// --- people and their sessions ---------------------------------------------------------------------------

type Person = { id: string; email: string; password: string };
const people = {} as Record<Role | "target", Person>;
let conflictSlug = "";
let draftQuote = "";

async function newPerson(role: Role): Promise<Person> {
  const person = { email: `${role}-${uid()}@example.org`, password: `pw-${uid()}-${uid()}` };
  const r = await createUser({ user: { ...person, name: role, role }, actor: "test" });
  if (!("id" in r)) throw new Error(r.error);
  return { id: r.id, ...person };
}

/** A real session: Better Auth checks the password and returns the cookie a browser would keep. */
async function sessionHeaders(p: Person): Promise<Headers> {
  const res = await auth().api.signInEmail({ body: { email: p.email, password: p.password }, asResponse: true });
  if (!res.ok) throw new Error(`sign-in refused for ${p.email} (${res.status})`);
  return new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") });
}

const sessions = new Map<Requester, Headers>();
const as = (who: Requester) => {
  request.headers = who === "anonymous" ? new Headers() : sessions.get(who)!;
  return request.headers;
};

// --- observing the database ------------------------------------------------------------------------------

/** Every table that a write could touch, as counts and content digests. */
async function snapshot(): Promise<string> {
  const [row] = await db().$queryRaw<{ s: string }[]>`
    SELECT concat_ws(' | ',
      (SELECT count(*) FROM "Conflict"), (SELECT count(*) FROM "Source"), (SELECT count(*) FROM "Report"),
      (SELECT md5(coalesce(string_agg(id::text || status::text || value::text || coalesce("deletedAt"::text, ''), ',' ORDER BY id), '')) FROM "Figure"),
      (SELECT count(*) FROM "Annotation"), (SELECT count(*) FROM "AuditEvent"),
      (SELECT md5(coalesce(string_agg(id || email || coalesce(role, '') || coalesce(banned::text, ''), ',' ORDER BY id), '')) FROM "User"),
      (SELECT md5(coalesce(string_agg(id || coalesce(password, ''), ',' ORDER BY id), '')) FROM "Account"),
      (SELECT md5(coalesce(string_agg(id, ',' ORDER BY id), '')) FROM "Session")
    ) AS s`;
  return row!.s;
}

function isRedirect(err: unknown): err is Error & { digest: string } {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

/** Runs an action or page; a redirect (what Next does after a successful action) is an outcome, not an error. */
async function run<T>(fn: () => Promise<T>): Promise<{ value?: T; redirect?: string }> {
  try {
    return { value: await fn() };
  } catch (err) {
    if (isRedirect(err)) return { redirect: err.digest.split(";")[2] };
    throw err;
  }
}

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

const DENIED = /Sign in|this needs an|redirected to \/sign-in\?next=/;

// --- one driver per entry: performs the call as `who`, returns whether it was allowed, and checks the effect

type Outcome = { allowed: boolean; message?: string };
/** Sets up what the call needs (people, sessions), then returns the call itself: only the call is watched. */
type Driver = (who: Requester) => Promise<() => Promise<Outcome>>;

const drivers: Record<string, Driver> = {
  async signInAction(who) {
    const p = await newPerson("analyst");
    return async () => {
      as(who);
      const r = await run(() => signInAction({ email: "" }, form({ email: p.email, password: p.password, next: "/account" })));
      if (r.redirect) {
        expect(r.redirect).toBe("/account");
        expect(await db().session.count({ where: { userId: p.id } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.error };
    };
  },

  async signOutAction(who) {
    const own = who === "anonymous" ? null : await sessionHeaders(people[who]);
    return async () => {
      request.headers = own ?? new Headers();
      const r = await run(() => signOutAction());
      if (own) expect(await getViewer(own)).toBeNull(); // that session is over
      return { allowed: r.redirect === "/" };
    };
  },

  async changePasswordAction(who) {
    return async () => {
      as(who);
      const me = who === "anonymous" ? null : people[who];
      const next = `new-${uid()}-${uid()}`;
      const r = await run(() =>
        changePasswordAction({ errors: {} }, form({ currentPassword: me?.password ?? "whatever-it-is", newPassword: next, repeatPassword: next })),
      );
      const state = r.value!;
      if (state.changed && me) {
        me.password = next;
        expect(await getViewer(sessions.get(who as Role)!)).toMatchObject({ email: me.email }); // still signed in here
        await sessionHeaders(me); // and the new password works
      }
      return { allowed: Boolean(state.changed), message: state.formError };
    };
  },

  async createFigureAction(who) {
    return async () => {
      as(who);
      const quote = `about 1,234 people were killed, says test ${uid()}`;
      const r = await run(() =>
        createFigureAction(
          { values: {}, errors: {} },
          form({
            conflict: conflictSlug,
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

  async addPersonAction(who) {
    return async () => {
      as(who);
      const email = `added-${uid()}@example.org`;
      const r = await run(() => addPersonAction({ values: {}, errors: {} }, form({ email, name: "Added", role: "editor", password: "a good long password" })));
      const state = r.value!;
      if (state.added) {
        const user = await db().user.findUniqueOrThrow({ where: { email } });
        expect(user.role).toBe("editor");
        expect(await db().auditEvent.count({ where: { entity: "User", entityId: user.id, action: "create", actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(state.added), message: state.formError };
    };
  },

  async changeRoleAction(who) {
    return async () => {
      as(who);
      const target = await db().user.findUniqueOrThrow({ where: { id: people.target.id } });
      const role = target.role === "analyst" ? "editor" : "analyst";
      const r = await run(() => changeRoleAction({}, form({ userId: target.id, role })));
      const state = r.value!;
      if (state.ok) expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe(role);
      return { allowed: Boolean(state.ok), message: state.error };
    };
  },

  async setDisabledAction(who) {
    const targetSession = await sessionHeaders(people.target);
    return async () => {
      as(who);
      const r = await run(() => setDisabledAction({}, form({ userId: people.target.id, disabled: "true" })));
      const state = r.value!;
      if (state.ok) {
        expect(await getViewer(targetSession)).toBeNull(); // signed out at once
        expect(await db().session.count({ where: { userId: people.target.id } })).toBe(0);
        await expect(sessionHeaders(people.target)).rejects.toThrow(/refused/); // and cannot sign in
        const enabled = await run(() => setDisabledAction({}, form({ userId: people.target.id, disabled: "false" })));
        expect(enabled.value?.ok).toMatch(/can sign in again/);
        await sessionHeaders(people.target);
      } else {
        expect(await getViewer(targetSession)).toMatchObject({ email: people.target.email });
      }
      return { allowed: Boolean(state.ok), message: state.error };
    };
  },

  async resetPasswordAction(who) {
    return async () => {
      as(who);
      const password = `reset-${uid()}-${uid()}`;
      const r = await run(() => resetPasswordAction({}, form({ userId: people.target.id, password })));
      const state = r.value!;
      if (state.ok) {
        people.target.password = password;
        await sessionHeaders(people.target);
      }
      return { allowed: Boolean(state.ok), message: state.error };
    };
  },

  async "GET /api/v1/figures.csv?conflict=…"(who) {
    return async () => {
      const res = await exportCsv(new Request(`http://localhost/api/v1/figures.csv?conflict=${conflictSlug}`, { headers: as(who) }));
      const body = await res.text();
      if (res.ok) expect(body).not.toContain(draftQuote);
      return { allowed: res.status === 200, message: res.ok ? undefined : (JSON.parse(body) as { error: string }).error };
    };
  },

  async "GET /api/v1/figures.csv?conflict=…&status=draft"(who) {
    return async () => {
      const res = await exportCsv(new Request(`http://localhost/api/v1/figures.csv?conflict=${conflictSlug}&status=draft`, { headers: as(who) }));
      const body = await res.text();
      if (res.ok) expect(body).toContain(draftQuote);
      else expect(body).not.toContain(draftQuote);
      return { allowed: res.status === 200, message: res.ok ? undefined : (JSON.parse(body) as { error: string }).error };
    };
  },

  "/": (who) => page(who, () => HomePage()),
  "/conflicts/[slug]": (who) => page(who, () => ConflictPage({ params: Promise.resolve({ slug: conflictSlug }), searchParams: Promise.resolve({}) })),
  "/sign-in": (who) => page(who, () => SignInPage({ searchParams: Promise.resolve({}) })),
  "/account": (who) => page(who, () => AccountPage()),
  "/figures/new": (who) => page(who, () => NewFigurePage({ searchParams: Promise.resolve({}) })),
  "/admin/people": (who) => page(who, () => PeoplePage()),
};

/** A page refuses by sending the visitor to sign in, or by rendering AccessDenied instead of itself. */
async function page(who: Requester, render: () => Promise<unknown>): Promise<() => Promise<Outcome>> {
  return async () => {
    as(who);
    const r = await run(render);
    if (r.redirect) return { allowed: false, message: `redirected to ${r.redirect}` };
    const element = r.value as { type?: unknown; props?: { denial?: { message: string } } };
    if (element?.type === AccessDenied) return { allowed: false, message: element.props?.denial?.message };
    return { allowed: true };
  };
}

// --- the matrix ------------------------------------------------------------------------------------------

beforeAll(async () => {
  for (const role of ["analyst", "editor", "admin"] as const) {
    people[role] = await newPerson(role);
    sessions.set(role, await sessionHeaders(people[role]));
  }
  people.target = await newPerson("analyst");
  conflictSlug = (await createConflict({ conflict: { slug: `c-${uid()}`, name: "Testland war", region: "Testland", startDate: "2012-01-01" }, actor: "test" })).slug;
  draftQuote = `a draft figure not yet checked ${uid()}`;
  const input = parseFigureInput({
    conflict: conflictSlug,
    metric: "deaths",
    value: "99",
    qualifier: "exact",
    refDate: "2013-01-01",
    source: "Draft source",
    reportTitle: "Draft report",
    reportDate: "2013-01-02",
    quote: draftQuote,
  });
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  await createFigure({ input: input.data, actor: "test", status: "draft" });
});

async function check(entry: AccessEntry, who: Requester, readAccess: "public" | "signed-in"): Promise<void> {
  const expected = expectedAllowed(entry.needs, who, readAccess);
  const call = await drivers[entry.id]!(who);
  const before = await snapshot();
  const outcome = await call();
  expect(outcome.allowed, `${entry.id} as ${who} (READ_ACCESS=${readAccess}): ${outcome.message ?? ""}`).toBe(expected);
  if (!expected) {
    expect(outcome.message, "a refusal says why, in a sentence").toMatch(DENIED);
    expect(await snapshot(), `${entry.id} as ${who} was refused, so it must write nothing`).toBe(before);
  }
}

describe.each(ACCESS.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
  it.each(REQUESTERS.map((who) => [who]))("as %s, with READ_ACCESS=public", async (who) => {
    await check(entry, who, "public");
  });

  if (entry.needs === "reader") {
    it.each(REQUESTERS.map((who) => [who]))("as %s, with READ_ACCESS=signed-in", async (who) => {
      process.env.READ_ACCESS = "signed-in";
      resetEnv();
      try {
        await check(entry, who, "signed-in");
      } finally {
        delete process.env.READ_ACCESS;
        resetEnv();
      }
    });
  }
});

// --- the table is complete, and docs/security.md is the table ----------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" || d.name === "generated" ? [] : walk(full);
    return [full];
  });
}

/** The URL path of an app/ file: route groups like (public) and the file name dropped. */
const urlPath = (file: string) =>
  "/" + path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s)).join("/");

describe("the access table", () => {
  it("lists every server action, route handler and page in the app", () => {
    const found: string[] = [];
    for (const file of [...walk(path.join(root, "app")), ...walk(path.join(root, "lib"))].filter((f) => /\.tsx?$/.test(f))) {
      const text = readFileSync(file, "utf8");
      if (/^\s*["']use server["']/.test(text)) {
        for (const m of text.matchAll(/^export async function (\w+)/gm)) found.push(m[1]!);
      }
      if (path.basename(file) === "route.ts") {
        for (const m of text.matchAll(/^export async function (GET|POST|PUT|PATCH|DELETE)\b/gm)) found.push(`${m[1]} ${urlPath(file)}`);
      }
      if (path.basename(file) === "page.tsx") found.push(urlPath(file));
    }
    const listed = new Set(ACCESS.map((e) => (e.kind === "route" ? e.id.split("?")[0]! : e.id)));
    expect(found.filter((f) => !listed.has(f)), "add these to lib/auth/access.ts").toEqual([]);
    expect([...listed].filter((l) => !found.includes(l)), "these are in lib/auth/access.ts but not in the app").toEqual([]);
    expect(Object.keys(drivers).sort()).toEqual(ACCESS.map((e) => e.id).sort());
  });

  it("is what docs/security.md shows (regenerate with `npm run docs:security`)", () => {
    const doc = readFileSync(path.join(root, "docs/security.md"), "utf8");
    const block = doc.match(/<!-- access-table:start -->\n([\s\S]*?)\n<!-- access-table:end -->/)?.[1];
    expect(block).toBe(renderAccessTable());
  });
});
