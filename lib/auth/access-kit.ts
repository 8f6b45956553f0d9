// The shared kit of the access matrix (lib/auth/access.int.test.ts): people with real sessions, a stand-in
// for Next's request headers, a database snapshot, and helpers to run actions and pages as one requester.
// Each domain's access-drivers.ts uses it to drive its own entries. Test support only: never imported by the app.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { AccessDenied } from "@/components/ui/access-denied";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";
import { createFigure } from "@/lib/figures/mutations";
import { parseFigureInput } from "@/lib/figures/schema";
import { createUser } from "@/lib/people/mutations";
import { auth } from "./auth";
import type { Requester } from "./access";
import type { Role } from "./roles";

export const uid = () => randomBytes(4).toString("hex");

/** What `headers()` from next/headers returns in the test: the access test mocks that module to read this. */
export const request = { headers: new Headers() };

// --- people and their sessions ---------------------------------------------------------------------------

export type Person = { id: string; email: string; password: string };
/** One person per role, plus a `target` for admins to act on; set up by setUpAccessFixtures(). */
export const people = {} as Record<Role | "target", Person>;
/**
 * Rows every driver may use, made once by setUpAccessFixtures(): in one conflict, a published refugees figure
 * and a later draft one (so a page that forgot to leave drafts out would show the draft as the latest).
 */
export const fixtures = { conflictSlug: "", draftQuote: "", draftSource: "", draftFigureId: 0, publishedQuote: "", publishedSource: "" };

export async function newPerson(role: Role): Promise<Person> {
  const person = { email: `${role}-${uid()}@example.org`, password: `pw-${uid()}-${uid()}` };
  const r = await createUser({ user: { ...person, name: role, role }, actor: "test" });
  if (!("id" in r)) throw new Error(r.error);
  return { id: r.id, ...person };
}

/** A real session: Better Auth checks the password and returns the cookie a browser would keep. */
export async function sessionHeaders(p: Person): Promise<Headers> {
  const res = await auth().api.signInEmail({ body: { email: p.email, password: p.password }, asResponse: true });
  if (!res.ok) throw new Error(`sign-in refused for ${p.email} (${res.status})`);
  return new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") });
}

export const sessions = new Map<Requester, Headers>();
export const as = (who: Requester) => {
  request.headers = who === "anonymous" ? new Headers() : sessions.get(who)!;
  return request.headers;
};

// --- observing the database ------------------------------------------------------------------------------

/** Every row of every table a write could touch (Conflict, Metric, Source, Report, Figure, Annotation,
 * AuditEvent, User, Account, Session, ProposalDecision), as one digest per table. */
export async function snapshot(): Promise<string> {
  const [row] = await db().$queryRaw<{ s: string }[]>`
    SELECT concat_ws(' | ',
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Conflict" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Metric" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Source" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Report" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Figure" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Annotation" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "ProposalDecision" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "AuditEvent" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "User" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Account" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "Session" t)
    ) AS s`;
  return row!.s;
}

function isRedirect(err: unknown): err is Error & { digest: string } {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

/** Runs an action or page; a redirect (what Next does after a successful action) is an outcome, not an error. */
export async function run<T>(fn: () => Promise<T>): Promise<{ value?: T; redirect?: string }> {
  try {
    return { value: await fn() };
  } catch (err) {
    if (isRedirect(err)) return { redirect: err.digest.split(";")[2] };
    throw err;
  }
}

export function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

// --- drivers --------------------------------------------------------------------------------------------

export type Outcome = { allowed: boolean; message?: string };
/** Sets up what the call needs (people, sessions), then returns the call itself: only the call is watched. */
export type Driver = (who: Requester) => Promise<() => Promise<Outcome>>;

/**
 * What a page returned, as text: its element tree with every prop and child, before React renders it. Bigints
 * become digits; functions, symbols and components (an element's non-string `type`) are left out, and an
 * object met again is not repeated (its text is already there), which also breaks cycles.
 */
export function shown(tree: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(tree, function (this: Record<string, unknown>, key, v: unknown) {
      if (typeof v === "bigint") return v.toString();
      if (typeof v === "function" || (key === "type" && typeof v !== "string" && "props" in this)) return undefined;
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return undefined;
        seen.add(v);
      }
      return v;
    }) ?? ""
  );
}

/**
 * A page refuses by sending the visitor to sign in, or by rendering AccessDenied instead of itself.
 * `look`, when given, checks what the page returned (as text from shown()), allowed or not.
 */
export async function page(who: Requester, render: () => Promise<unknown>, look?: (text: string, allowed: boolean) => void): Promise<() => Promise<Outcome>> {
  return async () => {
    as(who);
    const r = await run(render);
    const element = r.value as { type?: unknown; props?: { denial?: { message: string } } } | undefined;
    const outcome = r.redirect
      ? { allowed: false, message: `redirected to ${r.redirect}` }
      : element?.type === AccessDenied
        ? { allowed: false, message: element.props?.denial?.message }
        : { allowed: true };
    look?.(shown(r.value), outcome.allowed);
    return outcome;
  };
}

/** A page for readers: the draft figure is not in it for anyone, and the published one (`published`: what of it the page shows) is there for whoever may read. */
export function readerPage(who: Requester, render: () => Promise<unknown>, published: string): Promise<() => Promise<Outcome>> {
  return page(who, render, (text, allowed) => {
    expect(text, "drafts are for editors' pages only").not.toContain(fixtures.draftQuote);
    expect(text, "drafts are for editors' pages only").not.toContain(fixtures.draftSource);
    expect(text.includes(published), `the published figure is ${allowed ? "" : "not "}shown`).toBe(allowed);
  });
}

// --- fixtures -------------------------------------------------------------------------------------------

export async function setUpAccessFixtures(): Promise<void> {
  for (const role of ["analyst", "editor", "admin"] as const) {
    people[role] = await newPerson(role);
    sessions.set(role, await sessionHeaders(people[role]));
  }
  people.target = await newPerson("analyst");
  fixtures.conflictSlug = (await createConflict({ conflict: { slug: `c-${uid()}`, name: "Testland war", region: "Testland", startDate: "2012-01-01" }, actor: "test" })).slug;
  fixtures.publishedQuote = `a published figure, checked ${uid()}`;
  fixtures.publishedSource = `Published source ${uid()}`;
  await fixtureFigure({ status: "published", refDate: "2013-01-01", source: fixtures.publishedSource, quote: fixtures.publishedQuote });
  fixtures.draftQuote = `a draft figure not yet checked ${uid()}`;
  fixtures.draftSource = `Draft source ${uid()}`;
  fixtures.draftFigureId = await fixtureFigure({ status: "draft", refDate: "2013-06-01", source: fixtures.draftSource, quote: fixtures.draftQuote });
}

async function fixtureFigure({ status, refDate, source, quote }: { status: "draft" | "published"; refDate: string; source: string; quote: string }): Promise<number> {
  const input = parseFigureInput({
    conflict: fixtures.conflictSlug,
    metric: "refugees",
    value: status === "draft" ? "99,000" : "42,000",
    qualifier: "exact",
    refDate,
    source,
    reportTitle: `${source}'s report`,
    reportDate: refDate,
    quote,
  });
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const r = await createFigure({ input: input.data, actor: "test", status });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}
