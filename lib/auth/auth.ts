// The Better Auth instance: email and password, database sessions in httpOnly SameSite cookies, roles and
// disabled accounts from its admin plugin. Built on first use, like the Prisma client, so `next build`
// needs neither a database nor a secret.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const ac = createAccessControl(defaultStatements);

/** What a disabled account hears, and only with the right password (lib/auth/sign-in.ts). */
export const ACCOUNT_DISABLED = "This account is disabled. Ask an admin to enable it.";

function createAuth() {
  const { BETTER_AUTH_SECRET, BETTER_AUTH_URL } = env();
  // The library sends telemetry when this variable is on, whatever `telemetry.enabled` says (it ORs the two):
  // force it off, so no setting in the environment can turn it on.
  process.env.BETTER_AUTH_TELEMETRY = "0";
  return betterAuth({
    secret: BETTER_AUTH_SECRET,
    baseURL: BETTER_AUTH_URL,
    database: prismaAdapter(db(), { provider: "postgresql" }),
    telemetry: { enabled: false },
    // People are created by admins (or `npm run user:create`), never by signing themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: "lax" } },
    plugins: [
      admin({
        ac,
        roles: { analyst: ac.newRole({}), editor: ac.newRole({}), admin: adminAc },
        defaultRole: "analyst",
        adminRoles: ["admin"],
        bannedUserMessage: ACCOUNT_DISABLED,
      }),
      nextCookies(), // last: lets server actions set the session cookie
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { conflictFiguresAuth?: Auth };

export function auth(): Auth {
  globalForAuth.conflictFiguresAuth ??= createAuth();
  return globalForAuth.conflictFiguresAuth;
}
