// Accessibility of the chart pages, checked with axe-core in the real browser: no serious or critical
// violation on the Syria page (as loaded, with a data table and a tooltip open, as an editor), the embed and compare.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { chartPoints, metricSection, openDataTable, signInAs, test } from "./fixtures";

test.setTimeout(60_000);

/** Each serious or critical violation, with the elements it was found on, so a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary?.replaceAll("\n", " ")}`).join("\n")}`);
}

const deathsChart = (page: Page) => page.getByRole("figure", { name: "Deaths in Syria" });

test("the Syria conflict page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/conflicts/syria");
  await expect(chartPoints(deathsChart(page))).toHaveCount(15);
  expect(await seriousViolations(page)).toEqual([]);
});

test("nor with a data table and a point's tooltip open", async ({ page }) => {
  await page.goto("/conflicts/syria");
  await openDataTable(metricSection(page, "Deaths"));
  await deathsChart(page).getByRole("link", { name: "United Nations: about 70,000 on 1 Mar 2013" }).hover();
  await expect(page.getByRole("dialog", { name: "United Nations: about 70,000" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("nor for an editor, with the events form open and drafts offered", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/conflicts/syria");
  await page.getByText(/^Events on the charts \(\d+\)$/).click();
  await expect(page.getByRole("button", { name: "Add event" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Chart view" }).getByLabel("Include drafts")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the embed page has no serious accessibility violation, its table open or not", async ({ page }) => {
  await page.goto("/embed/conflicts/syria/deaths");
  await expect(chartPoints(deathsChart(page))).toHaveCount(15);
  expect(await seriousViolations(page)).toEqual([]);
  await openDataTable(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the compare page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/compare?metric=deaths&conflicts=syria");
  await expect(chartPoints(page.getByRole("figure", { name: /^Deaths in Syria/ }))).toHaveCount(15);
  expect(await seriousViolations(page)).toEqual([]);
});
