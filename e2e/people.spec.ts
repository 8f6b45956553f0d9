import { expect, type Page } from "@playwright/test";
import { closeDb, makeUser, uid } from "./factories";
import { signInAs, signInWith, submitSignIn, test } from "./fixtures";

test.afterAll(closeDb);
// Several sign-ins and browsers per test: well over the default 30 s when both workers are busy on 2 cores.
test.setTimeout(60_000);

const headerSignIn = (page: Page) => page.getByRole("banner").getByRole("link", { name: "Sign in" });

test("an admin adds a person, who then signs in, and changes their role", async ({ page, newPage }) => {
  const id = uid();
  const person = { email: `e2e-added-${id}@example.org`, name: `E2E Added ${id}`, password: `first-password-${id}` };
  await signInAs(page, "admin");
  await page.getByRole("banner").getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  // one's own password is changed on /account, where the current one is asked for
  const mine = page.getByRole("row", { name: "Demo Admin (admin@demo.conflict-figures.org)" });
  await expect(mine.getByRole("link", { name: "Change yours on Your account" })).toHaveAttribute("href", "/account");
  await expect(mine.getByLabel(/^New password for/)).toHaveCount(0);

  const add = page.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Email").fill(person.email.toUpperCase()); // stored, and signed in with, in lower case
  await add.getByLabel("Role").selectOption("analyst");
  await add.getByLabel("First password").fill(person.password);
  await add.getByRole("button", { name: "Add person" }).click(); // no name yet
  await expect(add.getByLabel("Name")).toHaveAccessibleDescription("Type the person's name.");
  await expect(add.getByLabel("Name")).toBeFocused();
  // nothing typed is lost: the server sent back the other fields, the browser kept the password
  await expect(add.getByLabel("Email")).toHaveValue(person.email.toUpperCase());
  await expect(add.getByLabel("First password")).toHaveValue(person.password);

  await add.getByLabel("Name").fill(person.name);
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByRole("status")).toContainText(`Added ${person.email} as an analyst.`);
  await expect(add.getByLabel("Email")).toHaveValue(""); // ready for the next person
  await expect(add.getByLabel("First password")).toHaveValue("");

  const row = page.getByRole("row", { name: `${person.name} (${person.email})` });
  await expect(row).toContainText("Active");
  const role = row.getByLabel(`Role of ${person.email}`);
  await expect(role).toHaveValue("analyst");

  // they sign in on their own computer with the first password
  const theirs = await newPage();
  await signInWith(theirs, person);
  await expect(theirs.getByRole("banner")).toContainText(`${person.email} (analyst)`);
  await expect(theirs.getByRole("link", { name: "Add a figure" })).toHaveCount(0);

  await role.selectOption("editor");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText(`${person.email} is now an editor.`);
  await page.reload();
  await expect(role).toHaveValue("editor");
  await theirs.reload(); // the new role holds from their next request, without signing in again
  await expect(theirs.getByRole("banner")).toContainText(`${person.email} (editor)`);
  await expect(theirs.getByRole("link", { name: "Add a figure" })).toBeVisible();
});

test("an admin disables a signed-in person: signed out at once and refused until enabled again", async ({ page, newPage }) => {
  const person = await makeUser({ role: "editor" });
  const theirs = await newPage();
  await signInWith(theirs, person);

  await signInAs(page, "admin");
  await page.goto("/admin/people");
  const row = page.getByRole("row", { name: `${person.name} (${person.email})` });
  await expect(row).toContainText("1 open session");
  await row.getByRole("button", { name: `Disable ${person.email}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${person.email} is disabled and signed out everywhere.`);
  await expect(row).toContainText("Disabled");
  await expect(row).not.toContainText("open session");

  await theirs.goto("/account");
  await expect(headerSignIn(theirs)).toBeVisible();
  await expect(theirs.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
  await submitSignIn(theirs, person);
  await expect(theirs.getByRole("main").getByRole("alert")).toHaveText("This account is disabled. Ask an admin to enable it.");
  await expect(headerSignIn(theirs)).toBeVisible();

  await row.getByRole("button", { name: `Enable ${person.email}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${person.email} can sign in again.`);
  await expect(row).toContainText("Active");
  await theirs.goto("/account"); // the session was ended, not hidden while disabled: enabling does not revive it
  await expect(headerSignIn(theirs)).toBeVisible();
  await signInWith(theirs, person);
  await expect(theirs.getByRole("banner")).toContainText(`${person.email} (editor)`);
});

for (const role of ["editor", "analyst"] as const) {
  test(`an ${role} sees no People link, and the People page refuses them`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page.getByRole("banner").getByRole("link", { name: "Conflicts" })).toBeVisible();
    await expect(page.getByRole("link", { name: "People", exact: true })).toHaveCount(0);
    await page.goto("/admin/people");
    await expect(page.getByRole("main")).toContainText(`Your account is an ${role} account; this needs an admin.`);
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add person" })).toHaveCount(0);
    await expect(page.getByText("admin@demo.conflict-figures.org")).toHaveCount(0);
  });
}

test("a visitor who is not signed in sees no People link, and the page asks them to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "People", exact: true })).toHaveCount(0);
  await page.goto("/admin/people");
  await expect(page.getByRole("main")).toContainText("Sign in as an admin to do this.");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in?next=%2Fadmin%2Fpeople");
});
