// Managing people against a real database: the rules that keep an admin from locking everyone out, and
// messages for requests that no longer fit the data.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { WRONG_CREDENTIALS, signIn } from "@/lib/auth/sign-in";
import { THROTTLE } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createUser, setDisabled } from "./mutations";
import { getPasswordHash, listPeople } from "./queries";
import { addPerson, changeDisabled, changeRole, resetPassword } from "./submit";

const uid = () => randomBytes(4).toString("hex");

async function admin(): Promise<Viewer> {
  const email = `admin-${uid()}@example.org`;
  const r = await createUser({ user: { email, name: "Admin", role: "admin", password: "a long password" }, actor: "test" });
  if (!("id" in r)) throw new Error(r.error);
  return { id: r.id, email, name: "Admin", role: "admin" };
}

describe("people", () => {
  it("an admin cannot change their own role or disable themselves", async () => {
    const me = await admin();
    expect(await changeRole({ viewer: me, userId: me.id, role: "analyst" })).toEqual({ error: "You cannot change your own role. Ask another admin." });
    expect(await changeDisabled({ viewer: me, userId: me.id, disabled: true })).toEqual({ error: "You cannot disable your own account. Ask another admin." });
    expect((await db().user.findUniqueOrThrow({ where: { id: me.id } })).role).toBe("admin");
  });

  it("an admin sets their own password on /account only, where the current one is asked for", async () => {
    const me = await admin();
    const hash = await getPasswordHash({ userId: me.id });
    const audit = await db().auditEvent.count({ where: { entityId: me.id } });
    expect(await resetPassword({ viewer: me, userId: me.id, password: "a new long password" })).toEqual({ error: "Change your own password on Your account (/account)." });
    expect(await getPasswordHash({ userId: me.id })).toBe(hash);
    expect(await db().auditEvent.count({ where: { entityId: me.id } })).toBe(audit);
  });

  it("says so when the account is gone or the role unknown, and writes nothing", async () => {
    const me = await admin();
    const audit = await db().auditEvent.count();
    expect(await changeRole({ viewer: me, userId: "no-such-id", role: "editor" })).toEqual({ error: "That account no longer exists. Reload the page." });
    expect(await changeRole({ viewer: me, userId: "no-such-id", role: "owner" })).toEqual({ error: "Choose a role: analyst, editor or admin." });
    expect(await resetPassword({ viewer: me, userId: "no-such-id", password: "short" })).toEqual({ error: "New password: Use at least 10 characters." });
    expect(await db().auditEvent.count()).toBe(audit);
  });

  it("keeps what was typed when adding a person fails, and refuses a second account for one email", async () => {
    const me = await admin();
    const values = { email: "not an email", name: "", role: "editor", password: "short" };
    const bad = await addPerson({ viewer: me, values });
    expect(bad.values).toEqual({ email: "not an email", name: "", role: "editor" }); // the password stays in the browser
    expect(JSON.stringify(bad)).not.toContain("short");
    expect(Object.keys(bad.errors).sort()).toEqual(["email", "name", "password"]);
    const email = `dup-${uid()}@example.org`;
    const first = await addPerson({ viewer: me, values: { email, name: "A", role: "analyst", password: "a long password" } });
    expect(JSON.stringify(first)).not.toContain("a long password");
    expect(first.added).toBe(`Added ${email} as an analyst. Give them their password in person or by a separate channel.`);
    const again = await addPerson({ viewer: me, values: { email: email.toUpperCase(), name: "B", role: "editor", password: "a long password" } });
    expect(again.errors.email).toEqual([`There is already an account for ${email}.`]);
    expect(JSON.stringify(again)).not.toContain("a long password");
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("lists people without password hashes, with their state", async () => {
    const me = await admin();
    const row = (await listPeople()).find((p) => p.id === me.id);
    expect(row).toMatchObject({ email: me.email, role: "admin", disabled: false, lastSignInAt: null, openSessions: 0 });
    expect(JSON.stringify(row)).not.toMatch(/scrypt|password/i);
  });

  it("disabling a disabled account, or enabling an enabled one, writes nothing", async () => {
    const me = await admin();
    const other = await admin();
    const { id } = (await createUser({ user: { email: `p-${uid()}@example.org`, name: "P", role: "analyst", password: "a long password" }, actor: "test" })) as { id: string };
    expect(await changeDisabled({ viewer: me, userId: id, disabled: true })).toMatchObject({ ok: expect.stringMatching(/disabled/) });
    const row = await db().user.findUniqueOrThrow({ where: { id } });
    const audit = await db().auditEvent.count({ where: { entityId: id } });
    expect(await changeDisabled({ viewer: other, userId: id, disabled: true })).toMatchObject({ ok: expect.stringMatching(/disabled/) });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toEqual(row); // banReason still names the first admin
    expect(row.banReason).toBe(`disabled by ${me.email}`);
    expect(await setDisabled({ userId: id, disabled: false, actor: "test" })).toMatchObject({ ok: true });
    const enabled = await db().user.findUniqueOrThrow({ where: { id } });
    expect(await setDisabled({ userId: id, disabled: false, actor: "test" })).toMatchObject({ ok: true });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toEqual(enabled);
    expect(await db().auditEvent.count({ where: { entityId: id } })).toBe(audit + 1); // the one real change
  });
});

// Every attempt runs scrypt: give them time.
describe("a throttled person", { timeout: 120_000 }, () => {
  const password = "the right password";
  const from = () => new Headers({ "x-forwarded-for": `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}` });

  /** A person whose account is throttled after five wrong passwords (from five addresses: the account is what counts). */
  async function throttled(): Promise<{ id: string; email: string }> {
    const email = `t-${uid()}@example.org`;
    const r = await createUser({ user: { email, name: "T", role: "analyst", password }, actor: "test" });
    if (!("id" in r)) throw new Error(r.error);
    for (let i = 0; i < THROTTLE.perAccount; i++) expect(await signIn({ email, password: "a wrong password", headers: from() })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    const refused = await signIn({ email, password, headers: from() });
    expect(refused.ok ? "" : refused.error).toMatch(/^Too many sign-in attempts\..*ask an admin to set a new one\.$/);
    return { id: r.id, email };
  }

  it("signs in at once with the new password an admin set", async () => {
    const me = await admin();
    const person = await throttled();
    expect((await resetPassword({ viewer: me, userId: person.id, password: "a brand new password" })).ok).toBeTruthy();
    expect(await signIn({ email: person.email, password: "a brand new password", headers: from() })).toEqual({ ok: true });
  });

  it("signs in at once when an admin enables the account", async () => {
    const me = await admin();
    const person = await throttled();
    expect((await changeDisabled({ viewer: me, userId: person.id, disabled: true })).ok).toBeTruthy();
    expect((await changeDisabled({ viewer: me, userId: person.id, disabled: false })).ok).toBeTruthy();
    expect(await signIn({ email: person.email, password, headers: from() })).toEqual({ ok: true });
  });
});
