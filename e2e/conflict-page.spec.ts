import { expect, test } from "@playwright/test";

test.describe("the Syria conflict page on the demo data", () => {
  test("charts the death-toll estimates, one series per source, with the figures under it", async ({ page }) => {
    await page.goto("/conflicts/syria");
    await expect(page.getByRole("heading", { level: 1, name: "Syria" })).toBeVisible();

    const deaths = page.getByRole("figure", { name: "Deaths in Syria" });
    await expect(deaths).toBeVisible();
    // 13 published estimates plus the two death tolls in the Naharnet report
    await expect(deaths.getByRole("img", { name: / on \d+ \w+ \d{4}$/ })).toHaveCount(15);
    await expect(deaths.getByRole("img", { name: "United Nations: about 70,000 on 1 Mar 2013" })).toBeVisible();
    await expect(deaths.getByRole("img", { name: "UN OHCHR: at least 191,369 on 30 Apr 2014" })).toBeVisible();
    await expect(deaths.getByRole("img", { name: "UN Special Envoy for Syria: about 400,000 on 22 Apr 2016" })).toBeVisible();
    // each source is its own series in the legend
    for (const source of ["UN OHCHR", "UN Secretary-General", "United Nations", "Naharnet"]) {
      await expect(deaths.locator(".recharts-legend-item-text", { hasText: new RegExp(`^${source}$`) })).toBeVisible();
    }

    const table = page.getByRole("table", { name: /Deaths: the figures behind the chart/ });
    await expect(table.getByRole("row")).toHaveCount(16); // header + 15
    const row = table.getByRole("row", { name: /The United Nations says about 70,000 people have been killed/ });
    await expect(row).toContainText("about 70,000");
    await expect(row.getByRole("link", { name: /Putin, Obama Discuss Syria/ })).toHaveAttribute("href", /naharnet\.com/);

    await expect(page.getByRole("figure", { name: "Daily outflow in Syria" }).getByRole("img", { name: "United Nations: at least 5,000 a day on 1 Mar 2013" })).toBeVisible();

    await page.screenshot({ path: "docs/screenshots/conflict-page.png", fullPage: false });
  });

  test("the home page lists Syria with its latest figure per metric", async ({ page }) => {
    await page.goto("/");
    const latest = page.getByRole("list", { name: "Latest figures for Syria" });
    await expect(latest.getByRole("listitem").filter({ hasText: "Deaths" })).toContainText("about 400,000");
    await page.getByRole("link", { name: "Syria" }).click();
    await expect(page).toHaveURL(/\/conflicts\/syria$/);
  });

  test("an unknown conflict is a 404 page", async ({ page }) => {
    const response = await page.goto("/conflicts/no-such-war");
    expect(response?.status()).toBe(404);
  });
});
