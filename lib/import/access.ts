// Importing figures: its page and route, with the least role it needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const IMPORT_ACCESS: readonly AccessEntry[] = [
  { id: "/import", kind: "page", what: "Import a CSV of figures: the upload, preview and column-mapping form", needs: "editor", writes: false },
  { id: "POST /api/v1/imports", kind: "route", what: "Upload a CSV of figures: preview, then write all valid rows in one transaction", needs: "editor", writes: true },
];
