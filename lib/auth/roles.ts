// Who may do what. Analysts read and export; editors also write figures, reports, sources and annotations;
// admins also manage people, roles and metrics. Pure: the single table the server checks against.

export const ROLES = ["analyst", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { analyst: 1, editor: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when a person with `role` may do what needs `needed` (roles include the ones below them). */
export function roleAllows(role: Role | null | undefined, needed: Role): boolean {
  return role ? RANK[role] >= RANK[needed] : false;
}

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** the session's row id (not its secret token): kept signed in when its owner changes their password */
  sessionId?: string;
};

export type Authorization = { ok: true; viewer: Viewer } | { ok: false; reason: "signed-out" | "forbidden"; message: string };

/** The decision for one request: who is asking, and the role the operation needs. */
export function authorize(viewer: Viewer | null, needed: Role): Authorization {
  if (!viewer) {
    return { ok: false, reason: "signed-out", message: needed === "analyst" ? "Sign in to do this." : `Sign in as an ${needed} to do this.` };
  }
  if (!roleAllows(viewer.role, needed)) {
    return { ok: false, reason: "forbidden", message: `Your account is an ${viewer.role} account; this needs an ${needed}. Ask an admin if you need more access.` };
  }
  return { ok: true, viewer };
}

export type ReadAccess = "public" | "signed-in";

/** Reading and exporting published figures: anyone when READ_ACCESS is public, else any signed-in person. */
export type ReadAuthorization = { ok: true; viewer: Viewer | null } | Extract<Authorization, { ok: false }>;

export function authorizeRead(viewer: Viewer | null, readAccess: ReadAccess): ReadAuthorization {
  if (readAccess === "public") return { ok: true, viewer };
  if (!viewer) return { ok: false, reason: "signed-out", message: "Sign in to read the figures: this site is open to signed-in people only." };
  return { ok: true, viewer };
}
