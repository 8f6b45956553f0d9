// Access-matrix drivers for metrics (see lib/auth/access-kit.ts). Test support only.
import MetricsPage from "@/app/(site)/(admin)/admin/metrics/page";
import { as, form, page, people, run, uid, type Driver } from "@/lib/auth/access-kit";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { expect } from "vitest";
import { addMetricAction } from "./actions";

export const metricDrivers: Record<string, Driver> = {
  async addMetricAction(who) {
    return async () => {
      as(who);
      const slug = `m_${uid()}`;
      const r = await run(() => addMetricAction({ values: {}, errors: {} }, form({ name: "Weekly arrivals", slug, kind: "rate", unit: "people_per_week", hxlTag: "#affected+arrivals" })));
      if (r.value?.added) {
        const metric = await db().metric.findUniqueOrThrow({ where: { slug } });
        expect(await db().auditEvent.count({ where: { entity: "Metric", entityId: String(metric.id), actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(r.value?.added), message: r.value?.formError };
    };
  },
  "/admin/metrics": (who) => page(who, () => MetricsPage()),
};
