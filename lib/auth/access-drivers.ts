// Access-matrix drivers for signing in and out (see lib/auth/access-kit.ts). Test support only.
import SignInPage from "@/app/(site)/(auth)/sign-in/page";
import { db } from "@/lib/db";
import { expect } from "vitest";
import { signInAction, signOutAction } from "./actions";
import { as, form, newPerson, page, people, request, run, sessionHeaders, type Driver } from "./access-kit";
import { getViewer } from "./queries";

export const authDrivers: Record<string, Driver> = {
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

  "/sign-in": (who) => page(who, () => SignInPage({ searchParams: Promise.resolve({}) })),
};
