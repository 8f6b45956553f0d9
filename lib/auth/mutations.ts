// Creating people. Passwords are hashed by Better Auth (scrypt); the account and its audit entry are written
// by the server, never by a sign-up form.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { auth } from "./auth";
import type { Role } from "./roles";

export type NewUser = { email: string; name: string; role: Role; password: string };

export async function createUser({ user, actor }: { user: NewUser; actor: string }): Promise<{ id: string } | { error: string }> {
  const ctx = await auth().$context;
  const email = user.email.trim().toLowerCase();
  if (await ctx.internalAdapter.findUserByEmail(email)) return { error: `There is already an account for ${email}.` };
  const hash = await ctx.password.hash(user.password);
  const created = await ctx.internalAdapter.createUser(
    { email, name: user.name, role: user.role, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({ userId: created.id, providerId: "credential", accountId: created.id, password: hash });
  await recordAudit(db(), { entity: "User", entityId: created.id, action: "create", after: { email, name: user.name, role: user.role }, actor });
  return { id: created.id };
}
