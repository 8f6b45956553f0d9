// Who may do what: every server action, route handler and page that writes or shows something beyond
// published figures, with the least role it needs. lib/auth/access.int.test.ts drives each entry as every
// role against a real database and fails if the app disagrees with this table, or if an action, route or
// page exists that the table does not list. docs/security.md is generated from it (`npm run docs:security`).
// Each domain lists its entry points in lib/<domain>/access.ts and drives them in access-drivers.ts.
import { ANNOTATION_ACCESS } from "@/lib/annotations/access";
import { IMPORT_ACCESS } from "@/lib/import/access";
import { EXTRACTION_ACCESS } from "@/lib/extraction/access";
import { PROPOSAL_ACCESS } from "@/lib/proposals/access";
import { AUDIT_ACCESS } from "@/lib/audit/access";
import { FIGURE_ACCESS } from "@/lib/figures/access";
import { METRIC_ACCESS } from "@/lib/metrics/access";
import { PEOPLE_ACCESS } from "@/lib/people/access";
import { REPORT_ACCESS } from "@/lib/reports/access";
import { SOURCE_ACCESS } from "@/lib/sources/access";
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

/** Signing in and out. Each domain lists its own entry points in its access.ts. */
const AUTH_ACCESS: readonly AccessEntry[] = [
  { id: "signInAction", kind: "server action", what: "Sign in (throttled per account and per address)", needs: "anyone", writes: true },
  { id: "signOutAction", kind: "server action", what: "Sign out", needs: "anyone", writes: true },
  { id: "/sign-in", kind: "page", what: "Sign-in form", needs: "anyone", writes: false },
];

export const ACCESS: readonly AccessEntry[] = [...AUTH_ACCESS, ...PEOPLE_ACCESS, ...FIGURE_ACCESS, ...REPORT_ACCESS, ...SOURCE_ACCESS, ...METRIC_ACCESS, ...ANNOTATION_ACCESS, ...IMPORT_ACCESS, ...EXTRACTION_ACCESS, ...PROPOSAL_ACCESS, ...AUDIT_ACCESS];

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
