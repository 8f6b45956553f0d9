// Metrics: their server actions and pages, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const METRIC_ACCESS: readonly AccessEntry[] = [
  { id: "addMetricAction", kind: "server action", what: "Add a metric", needs: "admin", writes: true },
  { id: "/admin/metrics", kind: "page", what: "Metrics: list and add", needs: "admin", writes: false },
];
