// Sources: their server actions and pages, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const SOURCE_ACCESS: readonly AccessEntry[] = [
  { id: "createSourceAction", kind: "server action", what: "Add a source", needs: "editor", writes: true },
  { id: "updateSourceAction", kind: "server action", what: "Edit a source (refused if someone saved meanwhile)", needs: "editor", writes: true },
  { id: "mergeSourcesAction", kind: "server action", what: "Merge a source into another (its figures move; refused if either changed meanwhile)", needs: "editor", writes: true },
  { id: "/sources", kind: "page", what: "Sources with their kind, grade and figure counts", needs: "reader", writes: false },
  { id: "/sources/[id]", kind: "page", what: "One source and its published figures (drafts and history for editors)", needs: "reader", writes: false },
  { id: "/sources/new", kind: "page", what: "The source form", needs: "editor", writes: false },
  { id: "/sources/[id]/edit", kind: "page", what: "Edit a source, choose one to merge into", needs: "editor", writes: false },
  { id: "/sources/[id]/merge", kind: "page", what: "Confirm a merge", needs: "editor", writes: false },
];
