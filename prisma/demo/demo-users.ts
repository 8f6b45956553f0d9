// Demo accounts for the embedded demo database only (never for a DATABASE_URL database). Their passwords
// are public: they are listed in the README. prisma/seed.ts checks them with PersonInputSchema.
import type { z } from "zod";
import type { PersonInputSchema } from "@/lib/people/schema";

export const DEMO_USERS: z.input<typeof PersonInputSchema>[] = [
  { email: "admin@demo.conflict-figures.org", name: "Demo Admin", role: "admin", password: "demo-admin-password" },
  { email: "editor@demo.conflict-figures.org", name: "Demo Editor", role: "editor", password: "demo-editor-password" },
  { email: "analyst@demo.conflict-figures.org", name: "Demo Analyst", role: "analyst", password: "demo-analyst-password" },
];
