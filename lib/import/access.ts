// Importing figures: its route, with the least role it needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const IMPORT_ACCESS: readonly AccessEntry[] = [
  { id: "POST /api/v1/imports", kind: "route", what: "Upload a CSV of figures: preview, then write all valid rows in one transaction", needs: "editor", writes: true },
];
