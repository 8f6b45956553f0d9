// The chart views and panels on conflicts of the tests' own: revisions, "as known on", drafts for editors,
// the headline cards' implied rate, the refugee cross-check, events drawn as lines, and the compare page.
import { expect, type Page } from "@playwright/test";
import { closeDb, makeConflict, makeFigureIn, makeRevision, uid } from "./factories";
import { chartPoints, drawnIds, metricSection, openDataTable, pointNames, signInAs, tableIds, test } from "./fixtures";

test.afterAll(closeDb);
test.setTimeout(60_000);

const controls = (page: Page) => page.getByRole("form", { name: "Chart view" });
const deathsChart = (page: Page, conflictName: string) => page.getByRole("figure", { name: `Deaths in ${conflictName}` });

test("a revised figure gives way to its revision; Show revisions draws both, the old one marked", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E revising source ${uid()}`;
  const old = await makeFigureIn({ conflict: conflict.slug, source, value: 4_000, qualifier: "about", refDate: "2013-03-10", reportDate: "2013-03-12" });
  const revision = await makeRevision(old, { conflict: conflict.slug, source, value: 4_600, qualifier: "about", refDate: "2013-03-10", reportDate: "2013-04-02" });

  await page.goto(`/conflicts/${conflict.slug}`);
  const chart = deathsChart(page, conflict.name);
  await expect(chartPoints(chart)).toHaveCount(1);
  await expect(chart.getByRole("link", { name: `${source}: about 4,600 on 10 Mar 2013` })).toHaveAttribute("href", `/figures/${revision}`);

  await controls(page).getByLabel("Show revisions").check();
  await expect(page).toHaveURL((url) => url.searchParams.get("revisions") === "true");
  await expect(chartPoints(chart)).toHaveCount(2);
  await expect(chart.getByRole("link", { name: `${source}: about 4,000 on 10 Mar 2013 (since revised)` })).toHaveAttribute("href", `/figures/${old}`);
  await expect(chart.getByRole("link", { name: `${source}: about 4,600 on 10 Mar 2013` })).toBeVisible();
  const table = await openDataTable(metricSection(page, "Deaths"));
  expect(await tableIds(table)).toEqual([old, revision].sort((a, b) => a - b));
  await expect(table.getByRole("row").filter({ hasText: "about 4,000" })).toContainText("since revised");
  // the headline is what the source says now
  await expect(metricSection(page, "Deaths").getByRole("list", { name: "Latest figure by source" })).toContainText("about 4,600");

  // as known before the revision's report came out, the old figure was the current one
  await page.goto(`/conflicts/${conflict.slug}?revisions=true&asOf=2013-03-20`);
  await expect(chartPoints(chart)).toHaveCount(1);
  await expect(chart.getByRole("link", { name: `${source}: about 4,000 on 10 Mar 2013` })).toBeVisible();
});

test("as known on a day, only figures from reports published by then are drawn", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E dated source ${uid()}`;
  await makeFigureIn({ conflict: conflict.slug, source, value: 1_111, refDate: "2013-02-28", reportDate: "2013-03-01" });
  await makeFigureIn({ conflict: conflict.slug, source, value: 2_222, refDate: "2013-05-31", reportDate: "2013-06-05" });

  await page.goto(`/conflicts/${conflict.slug}`);
  const chart = deathsChart(page, conflict.name);
  await expect(chartPoints(chart)).toHaveCount(2);
  await controls(page).getByLabel("As known on").fill("2013-04-01");
  await expect(page).toHaveURL((url) => url.searchParams.get("asOf") === "2013-04-01");
  await expect(page.getByRole("status").filter({ hasText: "As known on 1 Apr 2013" })).toContainText("only figures from reports published by then");
  await expect(chartPoints(chart)).toHaveCount(1);
  expect(await pointNames(chart)).toEqual([`${source}: 1,111 on 28 Feb 2013`]);
  await expect(page.getByRole("list", { name: "Latest figure by source" })).not.toContainText("2,222");

  // the day the second report came out, it is known
  await controls(page).getByLabel("As known on").fill("2013-06-05");
  await expect(page).toHaveURL((url) => url.searchParams.get("asOf") === "2013-06-05");
  await expect(chartPoints(chart)).toHaveCount(2);
  await expect(chart.getByRole("link", { name: `${source}: 2,222 on 31 May 2013` })).toBeVisible();
});

test("drafts: offered to editors only, drawn only for an editor who asks", async ({ page, newPage }) => {
  const conflict = await makeConflict();
  const source = `E2E drafting source ${uid()}`;
  await makeFigureIn({ conflict: conflict.slug, source, value: 3_000, refDate: "2013-02-28" });
  const draft = await makeFigureIn({ conflict: conflict.slug, source, value: 3_500, refDate: "2013-03-20", status: "draft" });
  const draftName = `${source}: 3,500 on 20 Mar 2013 (draft)`;

  const analyst = await newPage();
  await signInAs(analyst, "analyst");
  await analyst.goto(`/conflicts/${conflict.slug}`);
  await expect(controls(analyst).getByLabel("Show revisions")).toBeVisible();
  await expect(controls(analyst).getByLabel("Include drafts")).toHaveCount(0);
  await analyst.goto(`/conflicts/${conflict.slug}?drafts=true`);
  await expect(analyst.getByRole("status").filter({ hasText: "Drafts are left out" })).toBeVisible();
  await expect(chartPoints(deathsChart(analyst, conflict.name))).toHaveCount(1);
  await expect(analyst.getByRole("link", { name: draftName })).toHaveCount(0);
  await expect(analyst.getByText("3,500")).toHaveCount(0);

  await signInAs(page, "editor");
  await page.goto(`/conflicts/${conflict.slug}`);
  const chart = deathsChart(page, conflict.name);
  await expect(chartPoints(chart)).toHaveCount(1);
  const include = controls(page).getByLabel("Include drafts");
  await expect(include).not.toBeChecked();
  await include.check();
  await expect(page).toHaveURL((url) => url.searchParams.get("drafts") === "true");
  await expect(chart.getByRole("link", { name: draftName })).toHaveAttribute("href", `/figures/${draft}`);
  await expect(chartPoints(chart)).toHaveCount(2);
  await expect(chart.getByRole("list", { name: "What the markers mean" })).toContainText("draft (not yet published)");
  const table = await openDataTable(metricSection(page, "Deaths"));
  expect(await tableIds(table)).toEqual(await drawnIds(chart));
  await expect(table.getByRole("row").filter({ hasText: "3,500" })).toContainText("draft");
});

test("a headline card gives a source's latest figure, the change and the daily rate the two imply", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E counting source ${uid()}`;
  // 1 Dec 2012 to 15 Jan 2013 is 45 days; 13,665 − 12,000 = 1,665 = 45 × 37
  await makeFigureIn({ conflict: conflict.slug, source, value: 12_000, qualifier: "exact", refDate: "2012-12-01" });
  const latest = await makeFigureIn({ conflict: conflict.slug, source, value: 13_665, qualifier: "exact", refDate: "2013-01-15" });

  await page.goto(`/conflicts/${conflict.slug}`);
  const card = metricSection(page, "Deaths").getByRole("list", { name: "Latest figure by source" }).getByRole("listitem").filter({ hasText: source });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: "13,665" })).toHaveAttribute("href", `/figures/${latest}`);
  await expect(card).toContainText("as of 15 Jan 2013");
  await expect(card).toContainText("+1,665 since 1 Dec 2012 (12,000)");
  await expect(card).toContainText("≈ 37 deaths a day between 1 Dec 2012 and 15 Jan 2013");
});

test("the cross-check sets a refugee count's growth against the reported daily outflow", async ({ page }) => {
  const conflict = await makeConflict();
  const stockSource = `E2E refugee agency ${uid()}`;
  const flowSource = `E2E border monitor ${uid()}`;
  await makeFigureIn({ conflict: conflict.slug, metric: "refugees", source: stockSource, value: 100_000, refDate: "2013-01-01" });
  await makeFigureIn({ conflict: conflict.slug, metric: "refugees", source: stockSource, value: 160_000, refDate: "2013-01-31" });
  const heading = page.getByRole("heading", { name: "Cross-check: refugee count against the daily outflow" });

  await page.goto(`/conflicts/${conflict.slug}`);
  await expect(page.getByRole("figure", { name: `Refugees in ${conflict.name}` })).toBeVisible();
  await expect(heading).toHaveCount(0); // nothing to check the count against yet

  await makeFigureIn({ conflict: conflict.slug, metric: "daily_outflow", source: flowSource, value: 1_500, qualifier: "at_least", refDate: "2013-01-01" });
  await page.reload();
  const panel = page.getByRole("region", { name: "Cross-check: refugee count against the daily outflow" });
  await expect(panel).toBeVisible();
  // 30 days: the count grew by 60,000; 1,500 a day × 30 days = 45,000; 15,000 unaccounted for
  await expect(panel).toContainText(
    `Between 1 Jan and 31 Jan 2013 (30 days) ${stockSource}'s count grew by 60,000; the reported outflow over those days comes to ≈ 45,000. ` +
      "Gap: 15,000 more in the count than the outflow accounts for.",
  );
  await expect(panel).toContainText(`Outflow figures used: at least 1,500 a day (${flowSource}, 30 days at 1,500 a day).`);
});

test("an editor adds an event, sees it drawn as a labelled line, and removes it", async ({ page, newPage }) => {
  const conflict = await makeConflict();
  await makeFigureIn({ conflict: conflict.slug, value: 500, refDate: "2013-02-28" });
  const label = `E2E ceasefire ${uid()}`;

  await signInAs(page, "editor");
  await page.goto(`/conflicts/${conflict.slug}`);
  const chart = deathsChart(page, conflict.name);
  await page.getByText("Events on the charts (0)").click();
  await page.getByLabel("Date", { exact: true }).fill("2013-03-05");
  await page.getByLabel("Label", { exact: true }).fill(label);
  await page.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added \u201c${label}\u201d on 5 Mar 2013.` })).toBeVisible();
  await expect(chart.getByText(label, { exact: true })).toBeVisible();
  await expect(page.getByText("Events on the charts (1)")).toBeVisible();

  // anyone reading the page sees the line, but not the editor's controls
  const visitor = await newPage();
  await visitor.goto(`/conflicts/${conflict.slug}`);
  await expect(deathsChart(visitor, conflict.name).getByText(label, { exact: true })).toBeVisible();
  await expect(visitor.getByText(/^Events on the charts/)).toHaveCount(0);

  await page.getByRole("button", { name: `Remove \u201c${label}\u201d` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Removed \u201c${label}\u201d (5 Mar 2013) from the charts.` })).toBeVisible();
  await expect(chart.getByText(label, { exact: true })).toHaveCount(0);
  await expect(page.getByText("Events on the charts (0)")).toBeVisible();
  await visitor.reload();
  await expect(chartPoints(deathsChart(visitor, conflict.name))).toHaveCount(1);
  await expect(visitor.getByText(label)).toHaveCount(0);
});

test("compare draws a series for each conflict and source on one chart", async ({ page }) => {
  const [a, b] = [await makeConflict(), await makeConflict()];
  const [sourceA, sourceB] = [`E2E source A ${uid()}`, `E2E source B ${uid()}`];
  await makeFigureIn({ conflict: a.slug, source: sourceA, value: 7_000, qualifier: "about", refDate: "2013-02-28" });
  await makeFigureIn({ conflict: b.slug, source: sourceB, value: 9_000, qualifier: "at_least", refDate: "2014-06-30" });

  await page.goto(`/conflicts/${a.slug}`);
  await metricSection(page, "Deaths").getByRole("link", { name: "Compare with other conflicts" }).click();
  const form = page.getByRole("form", { name: "What to compare" });
  await expect(form.getByLabel("Measure")).toHaveValue("deaths");
  await expect(form.getByRole("checkbox", { name: a.name, exact: true })).toBeChecked();
  await form.getByRole("checkbox", { name: b.name, exact: true }).check();
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.getAll("conflicts").includes(b.slug));

  const series = page.getByRole("list", { name: "Series" });
  // series in alphabetical order, so the order never depends on the order figures were entered
  await expect(series.getByRole("listitem")).toHaveText([`${a.name} · ${sourceA}`, `${b.name} · ${sourceB}`].sort((x, y) => x.localeCompare(y)));
  const chart = page.getByRole("figure", { name: /^Deaths in / });
  await expect(chartPoints(chart)).toHaveCount(2);
  await expect(chart.getByRole("link", { name: `${a.name} · ${sourceA}: about 7,000 on 28 Feb 2013` })).toBeVisible();
  await expect(chart.getByRole("link", { name: `${b.name} · ${sourceB}: at least 9,000 on 30 Jun 2014` })).toBeVisible();
  await expect(chart.locator("[data-series]")).toHaveCount(2);
  expect(await tableIds(await openDataTable(page))).toEqual(await drawnIds(chart));
});
