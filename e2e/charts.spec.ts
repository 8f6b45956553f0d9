// The conflict page's charts on the demo data (Syria): series per source, provenance tooltips, points as links,
// the data-table view, the legend and the view in the URL, the embed. Demo data is only read here, never changed.
import { expect, type Locator, type Page } from "@playwright/test";
import { chartPoints, drawnIds, metricSection, openDataTable, pointNames, tableIds, test } from "./fixtures";

test.setTimeout(60_000);

const ABOUT_70K = "United Nations: about 70,000 on 1 Mar 2013";
const QUOTE_70K = "The United Nations says about 70,000 people have been killed";

const deathsChart = (page: Page) => page.getByRole("figure", { name: "Deaths in Syria" });
const legend = (page: Page) => page.getByRole("group", { name: "Sources shown on every chart" });
const controls = (page: Page) => page.getByRole("form", { name: "Chart view" });
/** An axis tick, as the chart writes it (70K, 1M). */
const tick = (chart: Locator, text: string) => chart.getByText(text, { exact: true });

/** The chart and the data table under it list the same figures: same count, same ids. */
async function expectTableMatchesChart(section: Locator, count: number): Promise<void> {
  const chart = section.getByRole("figure");
  await expect(chartPoints(chart)).toHaveCount(count);
  await expect(section.getByText(/^Data table: \d+ figures?$/)).toHaveText(`Data table: ${count} ${count === 1 ? "figure" : "figures"}`);
  const table = section.getByRole("table", { name: /the figures the chart draws/ });
  if (!(await table.isVisible())) await openDataTable(section);
  await expect(table.getByRole("row")).toHaveCount(count + 1); // the header row too
  const drawn = await drawnIds(chart);
  expect(drawn).toHaveLength(count);
  expect(await tableIds(table)).toEqual(drawn);
}

test.describe("the Syria death-toll chart", () => {
  test("draws each source as its own series, in the legend and on the chart", async ({ page }) => {
    await page.goto("/conflicts/syria");
    const chart = deathsChart(page);
    await expect(chartPoints(chart)).toHaveCount(15);
    const sources = new Set((await pointNames(chart)).map((name) => name.split(":")[0]));
    expect(sources.size).toBeGreaterThanOrEqual(3);
    for (const source of ["UN OHCHR", "UN Secretary-General", "United Nations"]) {
      expect(sources).toContain(source);
      await expect(legend(page).getByRole("button", { name: source, exact: true })).toHaveAttribute("aria-pressed", "true");
    }
    // one drawn series (line, markers) per source, each in its own colour
    const series = chart.locator("[data-series]");
    await expect(series).toHaveCount(sources.size);
    const colours = await series.evaluateAll((gs) => gs.map((g) => g.querySelector("a [stroke]")?.getAttribute("stroke")));
    expect(new Set(colours).size).toBe(sources.size);
    await expect(metricSection(page, "Deaths").getByRole("list", { name: "Latest figure by source" }).getByRole("listitem")).toHaveCount(sources.size);
  });

  test("hovering or focusing the about-70,000 point shows who said it, in their words", async ({ page }) => {
    await page.goto("/conflicts/syria");
    const point = deathsChart(page).getByRole("link", { name: ABOUT_70K });
    await point.hover();
    const tooltip = page.getByRole("dialog", { name: "United Nations: about 70,000" });
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(`\u201c${QUOTE_70K}\u201d`);
    await expect(tooltip).toContainText("Refers to 1 Mar 2013 · reported 1 Mar 2013");
    await expect(tooltip.getByRole("link", { name: /Putin, Obama Discuss Syria/ })).toHaveAttribute("href", /^\/reports\/\d+$/);
    await expect(tooltip.getByRole("link", { name: "original" })).toHaveAttribute("href", /naharnet\.com/);
    await expect(tooltip.getByRole("link", { name: "Open this figure →" })).toHaveAttribute("href", (await point.getAttribute("href"))!);

    // the mouse leaves the chart: the card goes; the keyboard reaches the point: it comes back
    await page.getByRole("heading", { level: 1, name: "Syria" }).hover();
    await expect(tooltip).toBeHidden();
    await point.focus();
    await expect(tooltip).toContainText(QUOTE_70K);
  });

  test("a tooltip opened from the keyboard can be dismissed with Escape without moving focus", async ({ page }) => {
    // WCAG 1.4.13: content shown on hover or focus can be dismissed without moving the pointer or the focus
    await page.goto("/conflicts/syria");
    const point = deathsChart(page).getByRole("link", { name: ABOUT_70K });
    await point.focus();
    const tooltip = page.getByRole("dialog", { name: "United Nations: about 70,000" });
    await expect(tooltip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
    await expect(point).toBeFocused();
  });

  test("clicking a point opens that figure's page", async ({ page }) => {
    await page.goto("/conflicts/syria");
    await deathsChart(page).getByRole("link", { name: ABOUT_70K }).click();
    await expect(page).toHaveURL(/\/figures\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 70,000");
    await expect(page.getByText(QUOTE_70K)).toBeVisible();
  });

  test("the data table lists exactly the points the chart draws, also after a date range and a hidden source", async ({ page }) => {
    await page.goto("/conflicts/syria");
    const deaths = metricSection(page, "Deaths");
    await expectTableMatchesChart(deaths, 15);
    await expect(deaths.getByRole("table").getByRole("row", { name: new RegExp(QUOTE_70K) })).toContainText("about 70,000");

    await controls(page).getByLabel("From").fill("2013-01-01");
    await controls(page).getByLabel("To").fill("2014-12-31");
    await expect(page).toHaveURL(/from=2013-01-01/);
    await expect(page).toHaveURL(/to=2014-12-31/);
    // 30 Nov 2012 and everything from 2015 on fall outside
    await expectTableMatchesChart(deaths, 9);
    await expect(deaths.getByRole("link", { name: "UN OHCHR: 59,648 on 30 Nov 2012" })).toHaveCount(0);

    await legend(page).getByRole("button", { name: "UN OHCHR", exact: true }).click();
    await expect(legend(page).getByRole("button", { name: "UN OHCHR", exact: true })).toHaveAttribute("aria-pressed", "false");
    await expectTableMatchesChart(deaths, 4); // UN OHCHR had 5 of the 9
    expect((await pointNames(deaths.getByRole("figure"))).filter((n) => n.startsWith("UN OHCHR:"))).toEqual([]);
    await expect(deaths.getByRole("table").getByRole("cell", { name: "UN OHCHR", exact: true })).toHaveCount(0);
  });

  test("a source switched off in the legend leaves every chart, and the URL carries it", async ({ page, newPage }) => {
    await page.goto("/conflicts/syria");
    const un = legend(page).getByRole("button", { name: "United Nations", exact: true });
    await un.click();
    await expect(un).toHaveAttribute("aria-pressed", "false");
    await expect(page).toHaveURL((url) => url.searchParams.get("hide") === "United Nations");
    await expect(deathsChart(page).getByRole("link", { name: ABOUT_70K })).toHaveCount(0);
    await expect(chartPoints(deathsChart(page))).toHaveCount(13);
    // United Nations is the only source of the refugee and outflow figures: those charts go
    await expect(page.getByRole("figure", { name: "Daily outflow in Syria" })).toHaveCount(0);
    await expect(page.getByRole("figure", { name: "Refugees in Syria" })).toHaveCount(0);

    const other = await newPage();
    await other.goto(page.url());
    await expect(legend(other).getByRole("button", { name: "United Nations", exact: true })).toHaveAttribute("aria-pressed", "false");
    await expect(legend(other).getByRole("button", { name: "Naharnet", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(chartPoints(deathsChart(other))).toHaveCount(13);

    await un.click();
    await expect(un).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL((url) => !url.searchParams.has("hide"));
    await expect(deathsChart(page).getByRole("link", { name: ABOUT_70K })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Daily outflow in Syria" })).toBeVisible();
  });
});

test.describe("the view in the URL", () => {
  test("a link with a log scale and a date range opens the same view in another browser", async ({ page, context, newPage }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/conflicts/syria");
    await controls(page).getByLabel("Scale").selectOption("Logarithmic");
    await controls(page).getByLabel("From").fill("2013-01-01");
    await controls(page).getByLabel("To").fill("2014-12-31");
    await expect(page).toHaveURL((url) => url.searchParams.get("scale") === "log" && url.searchParams.get("from") === "2013-01-01" && url.searchParams.get("to") === "2014-12-31");
    const chart = deathsChart(page);
    await expect(chartPoints(chart)).toHaveCount(9);
    for (const t of ["10K", "100K", "1M"]) await expect(tick(chart, t)).toBeVisible(); // decades: a log axis
    await expect(tick(chart, "150K")).toHaveCount(0); // a linear axis would step by 50K

    await controls(page).getByRole("button", { name: "Copy link to this view" }).click();
    await expect(controls(page).getByRole("button", { name: "Link copied" })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const other = await newPage();
    await other.goto(link);
    const otherChart = deathsChart(other);
    await expect(chartPoints(otherChart)).toHaveCount(9);
    expect(await pointNames(otherChart)).toEqual(await pointNames(chart));
    for (const t of ["10K", "100K", "1M"]) await expect(tick(otherChart, t)).toBeVisible();
    // ticks, events, markers key and description: the whole figure reads the same
    await expect(async () => expect(await otherChart.ariaSnapshot()).toBe(await chart.ariaSnapshot())).toPass();
    await expect(controls(other).getByLabel("From")).toHaveValue("2013-01-01");
    await expect(controls(other).getByLabel("To")).toHaveValue("2014-12-31");
    await expect(controls(other).getByLabel("Scale")).toHaveValue("log");
    await expect(controls(other).getByLabel("As known on")).toHaveValue("");
    await expect(controls(other).getByLabel("Show revisions")).not.toBeChecked();
    expect(await tableIds(await openDataTable(metricSection(other, "Deaths")))).toEqual(await drawnIds(chart));

    await controls(other).getByRole("button", { name: "Reset view" }).click();
    await expect(other).toHaveURL(/\/conflicts\/syria$/);
    await expect(chartPoints(otherChart)).toHaveCount(15);
    await expect(controls(other).getByLabel("Scale")).toHaveValue("linear");
    await expect(controls(other).getByRole("button", { name: "Reset view" })).toHaveCount(0);
  });

  test("Embed this chart carries the view; the embed has no site header, the chart and its table", async ({ page }) => {
    await page.goto("/conflicts/syria?scale=log&from=2013-01-01&to=2014-12-31");
    await expect(chartPoints(deathsChart(page))).toHaveCount(9);
    const pageIds = await drawnIds(deathsChart(page));
    await metricSection(page, "Deaths").getByRole("link", { name: "Embed this chart" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/embed/conflicts/syria/deaths" && url.searchParams.get("scale") === "log" && url.searchParams.get("from") === "2013-01-01");

    await expect(page.getByRole("heading", { level: 1, name: "Deaths in Syria" })).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    const chart = deathsChart(page);
    await expect(chartPoints(chart)).toHaveCount(9);
    expect(await drawnIds(chart)).toEqual(pageIds);
    await expect(tick(chart, "1M")).toBeVisible();
    // links leave the iframe for a window of their own
    await expect(chart.getByRole("link", { name: ABOUT_70K })).toHaveAttribute("target", "_blank");
    const table = await openDataTable(page);
    expect(await tableIds(table)).toEqual(pageIds);
    await expect(table.getByRole("row", { name: new RegExp(QUOTE_70K) })).toContainText("about 70,000");
    await expect(page.getByRole("link", { name: /every figure with its source/ })).toHaveAttribute("href", /^\/conflicts\/syria\?/);
  });

  test("the embed without a view draws every published death toll", async ({ page }) => {
    await page.goto("/embed/conflicts/syria/deaths");
    await expect(page.getByRole("banner")).toHaveCount(0);
    const chart = deathsChart(page);
    await expect(chartPoints(chart)).toHaveCount(15);
    await expect(tick(chart, "400K")).toBeVisible();
    expect(await tableIds(await openDataTable(page))).toEqual(await drawnIds(chart));
  });
});
