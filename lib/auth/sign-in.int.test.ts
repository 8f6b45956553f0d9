// Signing in against a real database: the throttle per account and per address, and messages that never say
// whether an email has an account.
import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/people/mutations";
import { ACCOUNT_DISABLED, auth } from "./auth";
import { claimSignInAttempt } from "./mutations";
import { SIGN_IN_BROKEN, WRONG_CREDENTIALS, signIn } from "./sign-in";
import { THROTTLE, clientAddress, throttleKeys } from "./throttle";

const uid = () => randomBytes(4).toString("hex");
const password = "correct horse battery";
const THROTTLED = /^Too many sign-in attempts\. Wait (15 minutes|a minute|\d+ minutes), then try again\./;

async function person(): Promise<string> {
  const email = `p-${uid()}@example.org`;
  const r = await createUser({ user: { email, name: "P", role: "analyst", password }, actor: "test" });
  if (!("id" in r)) throw new Error(r.error);
  return email;
}

/** Each test its own address, so per-address counts never leak between tests. */
const from = (address = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}`) =>
  new Headers({ "x-forwarded-for": address });

// Every attempt runs scrypt (Better Auth hashes even for unknown emails, to keep timing equal): give them time.
describe("sign-in throttle", { timeout: 120_000 }, () => {
  it("refuses the sixth attempt after five wrong passwords, even with the right one", async () => {
    const email = await person();
    const headers = from();
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect(await signIn({ email, password: `wrong ${i}`, headers })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    const sixth = await signIn({ email, password: "wrong again", headers });
    expect(sixth.ok ? "" : sixth.error).toMatch(THROTTLED);
    const right = await signIn({ email, password, headers: from() }); // another address does not help either
    expect(right.ok ? "" : right.error).toMatch(THROTTLED);
    expect(await db().session.count({ where: { user: { email } } })).toBe(0);
  });

  it("treats an email without an account exactly like one with an account", async () => {
    const known = await person();
    const unknown = `nobody-${uid()}@example.org`;
    const results: Record<string, string[]> = { [known]: [], [unknown]: [] };
    for (const email of [known, unknown]) {
      const headers = from();
      for (let i = 0; i <= THROTTLE.perAccount; i++) {
        const r = await signIn({ email, password: "wrong password", headers });
        results[email]!.push(r.ok ? "signed in" : r.error.replace(/Wait .*? then/, "Wait … then"));
      }
    }
    expect(results[unknown]).toEqual(results[known]);
  });

  it("a successful sign-in ends the run of failures", async () => {
    const email = await person();
    const headers = from();
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signIn({ email, password: "wrong password", headers });
    expect(await signIn({ email, password, headers })).toEqual({ ok: true });
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) {
      expect(await signIn({ email, password: "wrong password", headers })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    expect(await signIn({ email, password, headers })).toEqual({ ok: true });
  });

  it("limits one address across many accounts", async () => {
    const headers = from();
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await signIn({ email: `spray-${i}-${uid()}@example.org`, password: "wrong password", headers });
    }
    const email = await person();
    const r = await signIn({ email, password, headers });
    expect(r.ok ? "" : r.error).toMatch(THROTTLED);
    expect(await signIn({ email, password, headers: from() })).toEqual({ ok: true }); // the account itself is fine
  });

  it("lets no burst of parallel guesses past the limit", async () => {
    const email = await person();
    const results = await Promise.all(Array.from({ length: 12 }, () => signIn({ email, password: "wrong password", headers: from() })));
    const wrong = results.filter((r) => !r.ok && r.error === WRONG_CREDENTIALS).length;
    expect(wrong).toBe(THROTTLE.perAccount);
    expect(results.filter((r) => !r.ok && THROTTLED.test(r.error))).toHaveLength(12 - THROTTLE.perAccount);
  });

  it("forgets failures once they are older than the window", async () => {
    const keys = throttleKeys(`old-${uid()}@example.org`, null);
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE.perAccount; i++) expect((await claimSignInAttempt(keys, start)).ok).toBe(true);
    const soon = await claimSignInAttempt(keys, new Date(start.getTime() + THROTTLE.windowMs - 60_000));
    expect(soon).toMatchObject({ ok: false, retryAfterMs: 60_000 });
    expect((await claimSignInAttempt(keys, new Date(start.getTime() + THROTTLE.windowMs + 1))).ok).toBe(true);
  });

  it("tells a disabled account so only when the password is right", async () => {
    const email = await person();
    await db().user.update({ where: { email }, data: { banned: true } });
    expect(await signIn({ email, password: "wrong password", headers: from() })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(await signIn({ email, password, headers: from() })).toEqual({ ok: false, error: ACCOUNT_DISABLED });
  });

  it.each([
    ["an error that is not Better Auth's", new Error("Connection terminated unexpectedly")],
    ["a Better Auth error other than a wrong password", new APIError("INTERNAL_SERVER_ERROR", { code: "FAILED_TO_CREATE_SESSION", message: "Failed to create session" })],
  ])("answers %s with a sentence, logs the cause, and does not count the attempt", async (_what, failure) => {
    const email = await person();
    const headers = from();
    const keys = throttleKeys(email, clientAddress(headers)).map((k) => k.key);
    for (let i = 0; i < 2; i++) await signIn({ email, password: "wrong password", headers });
    const attempts = await db().signInAttempt.count({ where: { key: { in: keys } } });
    const broken = vi.spyOn(auth().api, "signInEmail").mockRejectedValueOnce(failure);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await signIn({ email, password, headers })).toEqual({ ok: false, error: SIGN_IN_BROKEN });
      expect(log).toHaveBeenCalledWith("signIn failed", failure);
      expect(await db().signInAttempt.count({ where: { key: { in: keys } } })).toBe(attempts); // this one gone, earlier ones kept
    } finally {
      broken.mockRestore();
      log.mockRestore();
    }
    expect(await signIn({ email, password, headers })).toEqual({ ok: true });
  });

  it("asks for both fields when one is missing, without counting an attempt", async () => {
    const email = await person();
    expect(await signIn({ email, password: "", headers: from() })).toEqual({ ok: false, error: "Enter your email address and your password." });
    expect(await db().signInAttempt.count({ where: { key: `account:${email}` } })).toBe(0);
  });
});
