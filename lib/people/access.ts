// People and accounts: their server actions and pages, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const PEOPLE_ACCESS: readonly AccessEntry[] = [
  { id: "changePasswordAction", kind: "server action", what: "Change one's own password", needs: "analyst", writes: true },
  { id: "addPersonAction", kind: "server action", what: "Add a person", needs: "admin", writes: true },
  { id: "changeRoleAction", kind: "server action", what: "Change someone's role", needs: "admin", writes: true },
  { id: "setDisabledAction", kind: "server action", what: "Disable or enable an account (ends its sessions)", needs: "admin", writes: true },
  { id: "resetPasswordAction", kind: "server action", what: "Set a new password for someone", needs: "admin", writes: true },
  { id: "/account", kind: "page", what: "Your account, change password", needs: "analyst", writes: false },
  { id: "/admin/people", kind: "page", what: "People: add, change role, disable, set password", needs: "admin", writes: false },
];
