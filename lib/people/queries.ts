// Reads about people for the admin page: never password hashes.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { isRole, type Role } from "@/lib/auth/roles";

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  /** when their latest session began: roughly, their last sign-in */
  lastSignInAt: Date | null;
  openSessions: number;
};

export async function listPeople(client: DbOrTx = db()): Promise<PersonRow[]> {
  const users = await client.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      banned: true,
      createdAt: true,
      sessions: { select: { createdAt: true, expiresAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  const now = Date.now();
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: isRole(u.role) ? u.role : "analyst",
    disabled: Boolean(u.banned),
    createdAt: u.createdAt,
    lastSignInAt: u.sessions[0]?.createdAt ?? null,
    openSessions: u.sessions.filter((s) => s.expiresAt.getTime() > now).length,
  }));
}

/** The stored password hash of an account, for checking a password someone types; never leaves the server. */
export async function getPasswordHash({ userId }: { userId: string }, client: DbOrTx = db()): Promise<string | null> {
  const account = await client.account.findFirst({ where: { userId, providerId: "credential" }, select: { password: true } });
  return account?.password ?? null;
}
