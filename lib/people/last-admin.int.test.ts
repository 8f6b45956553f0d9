// There is always an admin who can sign in: no demotion or disabling may take away the last one, not even two
// admins demoting each other at the same moment. Its own file (and so its own database): these tests need to
// know every admin there is.
import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { LAST_ADMIN, createUser, setDisabled, setRole } from "./mutations";
import { changeDisabled, changeRole } from "./submit";

const uid = () => randomBytes(4).toString("hex");

async function admin(): Promise<Viewer> {
  const email = `admin-${uid()}@example.org`;
  const r = await createUser({ user: { email, name: "Admin", role: "admin", password: "a long password" }, actor: "test" });
  if (!("id" in r)) throw new Error(r.error);
  return { id: r.id, email, name: "Admin", role: "admin" };
}

const enabledAdmins = () => db().user.count({ where: { role: "admin", OR: [{ banned: false }, { banned: null }] } });

describe("the last admin", () => {
  beforeEach(async () => {
    await db().user.updateMany({ where: { role: "admin" }, data: { role: "editor" } }); // each test starts with no admin
  });

  it("cannot be demoted or disabled; a disabled admin does not count as another", async () => {
    const only = await admin();
    const off = await admin();
    expect(await setDisabled({ userId: off.id, disabled: true, actor: "test" })).toMatchObject({ ok: true });
    const audit = await db().auditEvent.count();
    expect(await setRole({ userId: only.id, role: "editor", actor: "test" })).toEqual({ ok: false, error: LAST_ADMIN });
    expect(await setDisabled({ userId: only.id, disabled: true, actor: "test" })).toEqual({ ok: false, error: LAST_ADMIN });
    expect(await db().user.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ role: "admin", banned: false });
    expect(await db().auditEvent.count()).toBe(audit);
    // the disabled admin may still be demoted: that takes away no one who can sign in
    expect(await setRole({ userId: off.id, role: "analyst", actor: "test" })).toMatchObject({ ok: true });
    // once another admin can sign in, the first may go
    const next = await admin();
    expect(await changeRole({ viewer: next, userId: only.id, role: "editor" })).toEqual({ ok: `${only.email} is now an editor.` });
  });

  it("survives two admins demoting each other at the same moment: at most one succeeds", async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = [await admin(), await admin()];
      const results = await Promise.all([changeRole({ viewer: a, userId: b.id, role: "editor" }), changeRole({ viewer: b, userId: a.id, role: "editor" })]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => r.error === LAST_ADMIN)).toHaveLength(1);
      expect(await enabledAdmins()).toBe(1);
      await db().user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    }
  });

  it("survives two admins disabling each other at the same moment", async () => {
    const [a, b] = [await admin(), await admin()];
    const results = await Promise.all([changeDisabled({ viewer: a, userId: b.id, disabled: true }), changeDisabled({ viewer: b, userId: a.id, disabled: true })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => r.error === LAST_ADMIN)).toHaveLength(1);
    expect(await enabledAdmins()).toBe(1);
  });
});
