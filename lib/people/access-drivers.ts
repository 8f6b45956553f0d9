// Access-matrix drivers for people and accounts (see lib/auth/access-kit.ts). Test support only.
import AccountPage from "@/app/(site)/(account)/account/page";
import PeoplePage from "@/app/(site)/(admin)/admin/people/page";
import { as, form, page, people, run, sessionHeaders, sessions, uid, type Driver } from "@/lib/auth/access-kit";
import { getViewer } from "@/lib/auth/queries";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { expect } from "vitest";
import { addPersonAction, changePasswordAction, changeRoleAction, resetPasswordAction, setDisabledAction } from "./actions";

export const peopleDrivers: Record<string, Driver> = {
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

  "/account": (who) => page(who, () => AccountPage()),

  "/admin/people": (who) => page(who, () => PeoplePage()),
};
