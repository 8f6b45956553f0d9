// Writing people: accounts, roles, disabling, passwords. Passwords are hashed by Better Auth (scrypt); every
// change and its audit entry commit together. Ending someone's sessions is deleting them: each request looks
// its session up in the database, so the next one is signed out.
import "server-only";
import { auth } from "@/lib/auth/auth";
import { clearAccountAttempts } from "@/lib/auth/mutations";
import type { Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PersonInput } from "./schema";

export type NewUser = PersonInput;

export async function createUser({ user, actor }: { user: NewUser; actor: string }): Promise<{ id: string } | { error: string }> {
  const ctx = await auth().$context;
  const email = user.email.trim().toLowerCase();
  const taken = { error: `There is already an account for ${email}.` };
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) return taken;
  const hash = await ctx.password.hash(user.password);
  return db().$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await tx.user.create({ data: { id, email, name: user.name, role: user.role, emailVerified: true } });
    await tx.account.create({ data: { id: crypto.randomUUID(), userId: id, providerId: "credential", accountId: id, password: hash } });
    await recordAudit(tx, { entity: "User", entityId: id, action: "create", after: { email, name: user.name, role: user.role }, actor });
    return { id };
  }).catch((err: unknown) => {
    // two admins adding the same person at once: the unique email decides
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return taken;
    throw err;
  });
}

type Change = { ok: true; email: string } | { ok: false; error: string };

export const LAST_ADMIN = "This would leave no admin who can sign in: make someone else an admin first.";

/**
 * Serialises every change that could take away an admin: two admins demoting or disabling each other at once
 * would each still see the other as an admin and both succeed, leaving nobody to manage people.
 */
async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('admins'))`;
}

/** True when someone other than `userId` is an enabled admin (read after lockAdmins, so it stays true). */
async function anotherAdmin(tx: Tx, userId: string): Promise<boolean> {
  const count = await tx.user.count({ where: { role: "admin", id: { not: userId }, OR: [{ banned: false }, { banned: null }] } });
  return count > 0;
}

export async function setRole({ userId, role, actor }: { userId: string; role: Role; actor: string }): Promise<Change> {
  return db().$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, banned: true } });
    if (!before) return { ok: false, error: "That account no longer exists. Reload the page." };
    if (before.role === role) return { ok: true, email: before.email };
    if (before.role === "admin" && !before.banned && !(await anotherAdmin(tx, userId))) return { ok: false, error: LAST_ADMIN };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { entity: "User", entityId: userId, action: "update", before: { role: before.role }, after: { role }, actor });
    return { ok: true, email: before.email };
  });
}

/**
 * Disables (and signs out everywhere) or enables an account; enabling also forgets its failed sign-ins.
 * Asking for the state it already has writes nothing (the first disabler stays on record).
 */
export async function setDisabled({ userId, disabled, actor }: { userId: string; disabled: boolean; actor: string }): Promise<Change> {
  return db().$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, banned: true } });
    if (!before) return { ok: false, error: "That account no longer exists. Reload the page." };
    if (Boolean(before.banned) === disabled) return { ok: true, email: before.email };
    if (disabled && before.role === "admin" && !(await anotherAdmin(tx, userId))) return { ok: false, error: LAST_ADMIN };
    if (disabled) {
      await tx.user.update({ where: { id: userId }, data: { banned: true, banReason: `disabled by ${actor}` } });
      await tx.session.deleteMany({ where: { userId } });
    } else {
      await tx.user.update({ where: { id: userId }, data: { banned: false, banReason: null, banExpires: null } });
      await clearAccountAttempts({ email: before.email }, tx);
    }
    await recordAudit(tx, { entity: "User", entityId: userId, action: "update", before: { disabled: !disabled }, after: { disabled }, actor });
    return { ok: true, email: before.email };
  });
}

/**
 * Sets a password (an admin's reset, or the person's own change); ends the account's other sessions and its
 * run of failed sign-ins.
 */
export async function setPassword({
  userId,
  password,
  actor,
  keepSessionId,
}: {
  userId: string;
  password: string;
  actor: string;
  /** the session to keep signed in: the person's own, when they change their password */
  keepSessionId?: string;
}): Promise<Change> {
  const hash = await (await auth().$context).password.hash(password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return { ok: false, error: "That account no longer exists. Reload the page." };
    const updated = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { id: crypto.randomUUID(), userId, providerId: "credential", accountId: userId, password: hash } });
    }
    await tx.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
    await clearAccountAttempts({ email: user.email }, tx); // a new password starts afresh: no wait left from old guesses
    await recordAudit(tx, { entity: "User", entityId: userId, action: "update", after: { password: "changed" }, actor });
    return { ok: true, email: user.email };
  });
}
