// The audit trail's pages, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const AUDIT_ACCESS: readonly AccessEntry[] = [
  { id: "/admin/activity", kind: "page", what: "Activity feed: every change, by person, record and day", needs: "admin", writes: false },
];
