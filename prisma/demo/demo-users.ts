// Demo accounts for the embedded demo database only (never for a DATABASE_URL database). Their passwords
// are public: they are listed in the README.
import type { NewUser } from "@/lib/people/mutations";

export const DEMO_USERS: NewUser[] = [
  { email: "admin@demo.conflict-figures.org", name: "Demo Admin", role: "admin", password: "demo-admin-password" },
  { email: "editor@demo.conflict-figures.org", name: "Demo Editor", role: "editor", password: "demo-editor-password" },
  { email: "analyst@demo.conflict-figures.org", name: "Demo Analyst", role: "analyst", password: "demo-analyst-password" },
];
