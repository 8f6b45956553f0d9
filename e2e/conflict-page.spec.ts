import { expect, test } from "@playwright/test";
import { chartPoints, docsScreenshot, metricSection, openDataTable } from "./fixtures";

test.describe("the Syria conflict page on the demo data", () => {
  test("charts the death-toll estimates, one series per source, with headline cards and the figures in a data table", async ({ page }) => {
    const viewport = { width: 1280, height: 1180 }; // tall enough for the deaths chart with its key, for the README
    await page.setViewportSize(viewport);
    await page.goto("/conflicts/syria");
    await expect(page.getByRole("heading", { level: 1, name: "Syria" })).toBeVisible();

    const deaths = page.getByRole("figure", { name: "Deaths in Syria" });
    await expect(deaths).toBeVisible();
    // 13 published estimates plus the two death tolls in the Naharnet report, each point a link to its figure
    await expect(chartPoints(deaths)).toHaveCount(15);
    await expect(deaths.getByRole("link", { name: "United Nations: about 70,000 on 1 Mar 2013" })).toBeVisible();
    await expect(deaths.getByRole("link", { name: "UN OHCHR: at least 191,369 on 30 Apr 2014" })).toBeVisible();
    await expect(deaths.getByRole("link", { name: "UN Special Envoy for Syria: about 400,000 on 22 Apr 2016" })).toBeVisible();
    await expect(deaths).toContainText("Deaths in Syria: 15 figures from 6 sources, 30 Nov 2012 to 22 Apr 2016.");
    await expect(deaths.getByText("Ghouta chemical attack", { exact: true })).toBeVisible(); // a demo event
    // each source is its own series, switched on in the legend
    const legend = page.getByRole("group", { name: "Sources shown on every chart" });
    for (const source of ["UN OHCHR", "UN Secretary-General", "United Nations", "Naharnet"]) {
      await expect(legend.getByRole("button", { name: source, exact: true })).toHaveAttribute("aria-pressed", "true");
    }
    const section = metricSection(page, "Deaths");
    const envoy = section.getByRole("list", { name: "Latest figure by source" }).getByRole("listitem").filter({ hasText: "UN Special Envoy for Syria" });
    await expect(envoy.getByRole("link", { name: "about 400,000" })).toBeVisible();

    await expect(page.getByRole("figure", { name: "Daily outflow in Syria" }).getByRole("link", { name: "United Nations: at least 5,000 a day on 1 Mar 2013" })).toBeVisible();

    // the README's picture: the top of the page, the deaths chart with a point's provenance open
    await page.evaluate(() => window.scrollTo(0, 0));
    await deaths.getByRole("link", { name: "United Nations: about 70,000 on 1 Mar 2013" }).hover();
    const tooltip = page.getByRole("dialog", { name: "United Nations: about 70,000" });
    await expect(tooltip).toContainText("The United Nations says about 70,000 people have been killed");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = (await deaths.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await docsScreenshot(page, "conflict-page.png");

    const table = await openDataTable(section);
    await expect(table.getByRole("row")).toHaveCount(16); // header + 15
    const row = table.getByRole("row", { name: /The United Nations says about 70,000 people have been killed/ });
    await expect(row).toContainText("about 70,000");
    await expect(row.getByRole("link", { name: /Putin, Obama Discuss Syria/ })).toHaveAttribute("href", /^\/reports\/\d+$/);
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
