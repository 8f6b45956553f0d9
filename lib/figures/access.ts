// Figures: their server actions, routes and pages, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const FIGURE_ACCESS: readonly AccessEntry[] = [
  { id: "createFigureAction", kind: "server action", what: "Add a figure (with its source and report)", needs: "editor", writes: true },
  { id: "GET /api/v1/figures.csv?conflict=…", kind: "route", what: "Export a conflict's published figures as CSV", needs: "reader", writes: false },
  { id: "GET /api/v1/figures.csv?conflict=…&status=draft", kind: "route", what: "Export drafts (also status=all)", needs: "editor", writes: false },
  { id: "POST /api/v1/figures", kind: "route", what: "Add a figure as JSON (the form's schema and rules, with its audit event)", needs: "editor", writes: true },
  { id: "GET /api/v1/figures", kind: "route", what: "List published figures with provenance as JSON (filters, pages)", needs: "reader", writes: false },
  { id: "GET /api/v1/figures?status=draft", kind: "route", what: "List drafts as JSON (also status=all)", needs: "editor", writes: false },
  { id: "GET /api/v1/conflicts", kind: "route", what: "List conflicts with their published figure counts and metrics as JSON", needs: "reader", writes: false },
  { id: "GET /api/v1/conflicts/[slug]/series?metric=…", kind: "route", what: "One metric's chart as JSON (published figures only, for everyone)", needs: "reader", writes: false },
  { id: "/", kind: "page", what: "Conflicts and their latest figures", needs: "reader", writes: false },
  { id: "/conflicts/[slug]", kind: "page", what: "A conflict's charts and published figures", needs: "reader", writes: false },
  { id: "/conflicts/[slug]?drafts=true", kind: "page", what: "A conflict's charts with drafts drawn (others get published figures only)", needs: "editor", writes: false },
  { id: "/embed/conflicts/[slug]/[metric]", kind: "page", what: "One chart alone, for an iframe (published figures only, for everyone)", needs: "reader", writes: false },
  { id: "/compare", kind: "page", what: "One metric across several conflicts", needs: "reader", writes: false },
  { id: "updateFigureAction", kind: "server action", what: "Edit a figure (refused if someone saved meanwhile)", needs: "editor", writes: true },
  { id: "figureLifecycleAction", kind: "server action", what: "Publish, delete or restore a figure", needs: "editor", writes: true },
  { id: "/figures", kind: "page", what: "All figures: filter, search, sort (drafts and deleted for editors)", needs: "reader", writes: false },
  { id: "/figures/[id]", kind: "page", what: "One figure (drafts, deleted figures and history for editors)", needs: "reader", writes: false },
  { id: "/figures/new", kind: "page", what: "The figure form", needs: "editor", writes: false },
  { id: "/figures/[id]/edit", kind: "page", what: "Edit a figure", needs: "editor", writes: false },
];
