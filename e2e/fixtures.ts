// Signing in as a person would, with the demo accounts the e2e database is seeded with.
import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../prisma/demo/demo-users";

export type DemoRole = "admin" | "editor" | "analyst";

export async function signInAs(page: Page, role: DemoRole, baseURL = ""): Promise<void> {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
