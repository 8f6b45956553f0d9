// Access-matrix drivers for the audit trail's pages (see lib/auth/access-kit.ts). Test support only.
import ActivityPage from "@/app/(site)/(admin)/admin/activity/page";
import { page, type Driver } from "@/lib/auth/access-kit";

export const auditDrivers: Record<string, Driver> = {
  "/admin/activity": (who) => page(who, () => ActivityPage({ searchParams: Promise.resolve({}) })),
};
