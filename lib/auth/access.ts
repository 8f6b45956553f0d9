// Who may do what: every server action, route handler and page that writes or shows something beyond
// published figures, with the least role it needs. lib/auth/access.int.test.ts drives each entry as every
// role against a real database and fails if the app disagrees with this table, or if an action, route or
// page exists that the table does not list. docs/security.md is generated from it (`npm run docs:security`).
import { ROLES, type Role } from "./roles";

/** anyone: no account needed · reader: anyone with READ_ACCESS=public, else signed in · a role: it or above */
export type Needs = "anyone" | "reader" | Role;

export type AccessEntry = {
  /** server action: the exported function's name · route: "GET /path?query" · page: "/path" */
  id: string;
  kind: "server action" | "route" | "page";
  what: string;
  needs: Needs;
  /** true when a call writes rows (so a denied call must leave every table and the audit log unchanged) */
  writes: boolean;
};

export const ACCESS: readonly AccessEntry[] = [
  { id: "signInAction", kind: "server action", what: "Sign in (throttled per account and per address)", needs: "anyone", writes: true },
  { id: "signOutAction", kind: "server action", what: "Sign out", needs: "anyone", writes: true },
  { id: "changePasswordAction", kind: "server action", what: "Change one's own password", needs: "analyst", writes: true },
  { id: "createFigureAction", kind: "server action", what: "Add a figure (with its source and report)", needs: "editor", writes: true },
  { id: "addPersonAction", kind: "server action", what: "Add a person", needs: "admin", writes: true },
  { id: "changeRoleAction", kind: "server action", what: "Change someone's role", needs: "admin", writes: true },
  { id: "setDisabledAction", kind: "server action", what: "Disable or enable an account (ends its sessions)", needs: "admin", writes: true },
  { id: "resetPasswordAction", kind: "server action", what: "Set a new password for someone", needs: "admin", writes: true },
  { id: "GET /api/v1/figures.csv?conflict=…", kind: "route", what: "Export a conflict's published figures as CSV", needs: "reader", writes: false },
  { id: "GET /api/v1/figures.csv?conflict=…&status=draft", kind: "route", what: "Export drafts (also status=all)", needs: "editor", writes: false },
  { id: "/", kind: "page", what: "Conflicts and their latest figures", needs: "reader", writes: false },
  { id: "/conflicts/[slug]", kind: "page", what: "A conflict's charts and published figures", needs: "reader", writes: false },
  { id: "/sign-in", kind: "page", what: "Sign-in form", needs: "anyone", writes: false },
  { id: "/account", kind: "page", what: "Your account, change password", needs: "analyst", writes: false },
  { id: "/figures/new", kind: "page", what: "The figure form", needs: "editor", writes: false },
  { id: "/admin/people", kind: "page", what: "People: add, change role, disable, set password", needs: "admin", writes: false },
];

export type Requester = "anonymous" | Role;
export const REQUESTERS: readonly Requester[] = ["anonymous", ...ROLES];

/** What the table promises for one requester; "reader" depends on READ_ACCESS. */
export function expectedAllowed(needs: Needs, who: Requester, readAccess: "public" | "signed-in"): boolean {
  if (needs === "anyone") return true;
  if (needs === "reader") return readAccess === "public" || who !== "anonymous";
  if (who === "anonymous") return false;
  return ROLES.indexOf(who) >= ROLES.indexOf(needs);
}

function cell(needs: Needs, who: Requester): string {
  if (needs === "reader" && who === "anonymous") return "yes, unless `READ_ACCESS=signed-in`";
  return expectedAllowed(needs, who, "public") ? "yes" : "no";
}

/** The markdown table in docs/security.md. */
export function renderAccessTable(): string {
  const head = `| ${["What", "Entry point", ...REQUESTERS].join(" | ")} |`;
  const rule = `|${" --- |".repeat(REQUESTERS.length + 2)}`;
  const rows = ACCESS.map((e) => `| ${e.what} | ${e.kind} \`${e.id}\` | ${REQUESTERS.map((who) => cell(e.needs, who)).join(" | ")} |`);
  return [head, rule, ...rows].join("\n");
}
