// Reports: their server actions and pages, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const REPORT_ACCESS: readonly AccessEntry[] = [
  { id: "createReportAction", kind: "server action", what: "Add a report", needs: "editor", writes: true },
  { id: "updateReportAction", kind: "server action", what: "Edit a report (refused if someone saved meanwhile)", needs: "editor", writes: true },
  { id: "/reports", kind: "page", what: "Reports: search by title or publisher", needs: "reader", writes: false },
  { id: "/reports/[id]", kind: "page", what: "One report: its text with quotes highlighted, its published figures (drafts and history for editors)", needs: "reader", writes: false },
  { id: "/reports/new", kind: "page", what: "The report form", needs: "editor", writes: false },
  { id: "/reports/[id]/edit", kind: "page", what: "Edit a report", needs: "editor", writes: false },
];
