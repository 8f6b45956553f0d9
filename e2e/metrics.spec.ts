import { expect, test } from "@playwright/test";
import { closeDb, uid } from "./factories";
import { signInAs } from "./fixtures";

test.afterAll(closeDb);

test("an admin adds a rate metric, which needs a per-period unit, and editors can then choose it", async ({ page }) => {
  const slug = `arrivals_${uid()}`;
  const name = `Weekly arrivals ${slug.slice(-8)}`;
  await signInAs(page, "admin");
  await page.getByRole("link", { name: "Metrics" }).click();
  await expect(page.getByRole("heading", { name: "Metrics", level: 1 })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Id").fill(slug);
  await page.getByLabel("Kind").selectOption("rate");
  await page.getByLabel("HXL hashtag").fill("#affected+arrivals");
  await page.getByRole("button", { name: "Add metric" }).click();
  // the unit was left at "people": a rate needs people per period
  await expect(page.getByLabel("Unit")).toHaveAccessibleDescription("A rate needs a per-period unit: people per day, per week or per month.");
  await expect(page.getByLabel("Unit")).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await expect(page.getByLabel("Id")).toHaveValue(slug);

  await page.getByLabel("Unit").selectOption("people_per_week");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByRole("status")).toContainText(`Added the metric \u201c${name}\u201d`);
  await expect(page.getByRole("row", { name: new RegExp(slug) })).toContainText("people per week");

  await page.goto("/figures/new");
  await expect(page.getByLabel("Metric").locator("option", { hasText: name })).toHaveText(`${name} (people per week)`);
});

test("the metrics page is for admins only", async ({ page }) => {
  await signInAs(page, "editor");
  await expect(page.getByRole("link", { name: "Metrics" })).toHaveCount(0);
  await page.goto("/admin/metrics");
  await expect(page.getByText("this needs an admin")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add metric" })).toHaveCount(0);
});
