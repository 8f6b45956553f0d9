// Chart annotations: their server actions, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const ANNOTATION_ACCESS: readonly AccessEntry[] = [
  { id: "addAnnotationAction", kind: "server action", what: "Add an event to a conflict's charts", needs: "editor", writes: true },
  { id: "deleteAnnotationAction", kind: "server action", what: "Remove an event from a conflict's charts", needs: "editor", writes: true },
];
