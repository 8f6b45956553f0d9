// Extraction: its route, with the least role it needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const EXTRACTION_ACCESS: readonly AccessEntry[] = [
  { id: "POST /api/v1/extract", kind: "route", what: "Propose the figures in a report's text (reads and writes nothing)", needs: "reader", writes: false },
];
