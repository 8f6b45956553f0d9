import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../prisma/demo/demo-users";
import { closeDb, countAuditEvents, countFigures, makeConflict, makeUser, uid } from "./factories";
import { fillValidFigure, signInAs, signInWith, submitSignIn, test } from "./fixtures";

test.afterAll(closeDb);
// Several sign-ins and browsers per test: well over the default 30 s when both workers are busy on 2 cores.
test.setTimeout(60_000);

// Every failed sign-in here also counts against 127.0.0.1, which all e2e tests share (20 per 15 minutes):
// keep them few, and never against the demo accounts the other tests sign in with.

const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");
const headerSignIn = (page: Page) => page.getByRole("banner").getByRole("link", { name: "Sign in" });

test("six wrong passwords in a row are throttled, and then even the right one waits", async ({ page }) => {
  const user = await makeUser();
  for (let i = 1; i <= 5; i++) {
    await submitSignIn(page, { email: user.email, password: `wrong password ${i}` });
    await expect(formAlert(page)).toContainText("do not match an account");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  }
  const wrongCredentials = await formAlert(page).textContent();

  await submitSignIn(page, { email: user.email, password: "wrong password 6" });
  await expect(formAlert(page)).toContainText(/^Too many sign-in attempts\. Wait 1[45] minutes, then try again\./); // the 15-minute window
  await submitSignIn(page, user);
  await expect(formAlert(page)).toContainText(/^Too many sign-in attempts/);
  await expect(headerSignIn(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // an email with no account gets word for word the same answer
  await submitSignIn(page, { email: `nobody-${uid()}@example.org`, password: "wrong password 1" });
  await expect(formAlert(page)).toHaveText(wrongCredentials!);
});

test("a figure form posted straight to the server by an analyst is refused and writes nothing", async ({ newPage, baseURL }) => {
  const conflict = await makeConflict();
  const editorPage = await newPage();
  await signInAs(editorPage, "editor");
  await editorPage.goto(`/figures/new?conflict=${conflict.slug}`);
  await fillValidFigure(editorPage, { source: `E2E Forged ${uid()}`, quote: `about 777 killed ${uid()}`, value: "777", reportUrl: `https://example.org/e2e/${uid()}` });
  // what the browser would send without JavaScript, React's hidden $ACTION_ fields included, not sent yet
  const form = editorPage.locator("form").filter({ has: editorPage.getByRole("button", { name: "Save and publish" }) });
  const fields = await form.evaluate((f: HTMLFormElement) => [...new FormData(f)].map(([k, v]) => [k, String(v)] as const));
  expect(fields.map(([k]) => k)).toEqual(expect.arrayContaining(["conflict", "value", "quote"]));
  expect(fields.some(([k]) => k.startsWith("$ACTION_"))).toBe(true);
  const post = { multipart: Object.fromEntries(fields), headers: { Origin: baseURL! } };

  const analystPage = await newPage();
  await signInAs(analystPage, "analyst");
  const analyst = DEMO_USERS.find((u) => u.role === "analyst")!.email;
  const auditBefore = await countAuditEvents({ actor: analyst });
  const refused = await analystPage.context().request.post("/figures/new", post);
  expect(refused.status()).toBeLessThan(500);
  expect(await refused.text()).toContain("needs an editor");
  expect(await countFigures(conflict.slug)).toBe(0);
  expect(await countAuditEvents({ actor: analyst })).toBe(auditBefore);

  // the control: the very same post with an editor's cookies is saved, so the refusal above is the role's doing
  const saved = await editorPage.context().request.post("/figures/new", post);
  expect(saved.url()).toMatch(/\/figures\/\d+\?added=1$/);
  expect(await countFigures(conflict.slug)).toBe(1);
});

test("changing your password keeps you signed in here, signs out your other sessions, and retires the old one", async ({ newPage, page }) => {
  const user = await makeUser();
  const newPassword = `new-password-${uid()}`;
  await signInWith(page, user);
  const otherPage = await newPage();
  await signInWith(otherPage, user);

  await page.getByRole("link", { name: `${user.email} (analyst)` }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  const current = page.getByLabel("Current password");
  const fresh = page.getByLabel("New password", { exact: true });
  const again = page.getByLabel("New password again");
  const change = page.getByRole("button", { name: "Change password" });

  await current.fill("not my current password");
  await fresh.fill(newPassword);
  await again.fill(newPassword);
  await change.click();
  await expect(current).toHaveAccessibleDescription("That is not your current password.");
  await expect(current).toBeFocused();
  await expect(fresh).not.toHaveAttribute("aria-invalid", "true");
  // nothing typed is lost (the browser keeps it; the server never sends a password back)
  await expect(current).toHaveValue("not my current password");
  await expect(fresh).toHaveValue(newPassword);
  await expect(again).toHaveValue(newPassword);

  await current.fill(user.password);
  await fresh.fill(newPassword);
  await again.fill(`${newPassword}-typo`);
  await change.click();
  await expect(again).toHaveAccessibleDescription(/two new passwords differ/);
  await expect(again).toBeFocused();
  await expect(current).toHaveValue(user.password);
  await expect(again).toHaveValue(`${newPassword}-typo`);
  await expect(current).not.toHaveAttribute("aria-invalid", "true");

  await current.fill(user.password);
  await fresh.fill(newPassword);
  await again.fill(newPassword);
  await change.click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password is changed.");
  for (const field of [current, fresh, again]) await expect(field).toHaveValue(""); // done: nothing left to retype

  await page.reload();
  await expect(page.getByRole("main")).toContainText(`Signed in as ${user.name} (${user.email})`);
  await otherPage.goto("/account");
  await expect(headerSignIn(otherPage)).toBeVisible();
  await expect(otherPage.getByRole("main")).toContainText("Sign in to do this.");

  await submitSignIn(otherPage, user);
  await expect(formAlert(otherPage)).toContainText("do not match an account");
  await signInWith(otherPage, { email: user.email, password: newPassword });
});

test("signing out ends the session on the server, not only in this browser", async ({ newPage, context, page }) => {
  const user = await makeUser();
  await signInWith(page, user);
  // a copy of the session cookie, as a thief or a shared computer's cache would keep it
  const copy = await newPage();
  await copy.context().addCookies(await context.cookies());
  await copy.goto("/account");
  await expect(copy.getByRole("main")).toContainText(`Signed in as ${user.name}`);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(headerSignIn(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText("Sign in to do this.");

  await copy.reload();
  await expect(headerSignIn(copy)).toBeVisible();
  await expect(copy.getByRole("main")).toContainText("Sign in to do this.");
});
