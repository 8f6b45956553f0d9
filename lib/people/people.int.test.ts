// Managing people against a real database: the rules that keep an admin from locking everyone out, and
// messages for requests that no longer fit the data.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createUser } from "./mutations";
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
    expect(bad.values).toEqual(values);
    expect(Object.keys(bad.errors).sort()).toEqual(["email", "name", "password"]);
    const email = `dup-${uid()}@example.org`;
    const first = await addPerson({ viewer: me, values: { email, name: "A", role: "analyst", password: "a long password" } });
    expect(first.added).toBe(`Added ${email} as an analyst. Give them their password in person or by a separate channel.`);
    const again = await addPerson({ viewer: me, values: { email: email.toUpperCase(), name: "B", role: "editor", password: "a long password" } });
    expect(again.errors.email).toEqual([`There is already an account for ${email}.`]);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("lists people without password hashes, with their state", async () => {
    const me = await admin();
    const row = (await listPeople()).find((p) => p.id === me.id);
    expect(row).toMatchObject({ email: me.email, role: "admin", disabled: false, lastSignInAt: null, openSessions: 0 });
    expect(JSON.stringify(row)).not.toMatch(/scrypt|password/i);
  });
});
