// Signing in as a person would, with the demo accounts the e2e database is seeded with or a fresh account.
import { test as base, expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { DEMO_USERS } from "../prisma/demo/demo-users";

/** Playwright's `test`, plus `newPage()`: a page in a browser of its own (another person, another device). */
export const test = base.extend<{ newPage: () => Promise<Page> }>({
  newPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

/**
 * A screenshot for the docs: kept with the test's output, and written over the one in docs/screenshots/ only when
 * UPDATE_SCREENSHOTS=1 (a test run leaves the working tree as it found it).
 */
export async function docsScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = process.env.UPDATE_SCREENSHOTS === "1" ? `docs/screenshots/${name}` : base.info().outputPath(name);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

export type DemoRole = "admin" | "editor" | "analyst";

export async function signInAs(page: Page, role: DemoRole, baseURL = ""): Promise<void> {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  await signInWith(page, user, baseURL);
}

/** Fills in and sends the sign-in form; the caller checks what came of it. */
export async function submitSignIn(page: Page, { email, password }: { email: string; password: string }, baseURL = ""): Promise<void> {
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInWith(page: Page, user: { email: string; password: string }, baseURL = ""): Promise<void> {
  await submitSignIn(page, user, baseURL);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** A figure the form accepts (the same as figure-form.spec.ts fills in), on the conflict already chosen. */
export async function fillValidFigure(page: Page, f: { source: string; quote: string; value: string; reportUrl: string }): Promise<void> {
  await page.getByLabel("Metric").selectOption("deaths");
  await page.getByLabel("Qualifier").selectOption("about");
  await page.getByLabel("Value", { exact: true }).fill(f.value);
  await page.getByLabel("Refers to (date)").fill("2013-02-28");
  await page.getByLabel("Source", { exact: true }).fill(f.source);
  await page.getByLabel("Report title").fill("E2E report");
  await page.getByLabel("Report URL").fill(f.reportUrl);
  await page.getByLabel("Report date").fill("2013-03-01");
  await page.getByLabel("Quote", { exact: true }).fill(f.quote);
}

// Reading the figure pages as a person would.
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
export const history = (page: Page) => page.getByRole("region", { name: "History" });
export const historyEntry = (page: Page, text: string) => history(page).getByRole("listitem").filter({ hasText: text });
export const idFromUrl = (page: Page) => Number(new URL(page.url()).pathname.split("/")[2]);

// Reading the charts as a person would: a chart is a figure named "Deaths in Syria", each point a link named
// "United Nations: about 70,000 on 1 Mar 2013", and the data table sits in a "Data table: N figures" disclosure.
export const chartPoints = (chart: Locator) => chart.getByRole("link", { name: / on \d{1,2} [A-Z][a-z]{2} \d{4}( \(|$)/ });
/** A metric's section of a conflict page; its heading reads "Deaths (people, cumulative)". */
export const metricSection = (page: Page, metric: string) => page.getByRole("region", { name: new RegExp(`^${metric} \\(`) });
export const pointNames = (chart: Locator) => chartPoints(chart).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));

/** Opens the data-table view under a chart (`within`: its section, or the embed page) and returns the table. */
export async function openDataTable(within: Locator | Page): Promise<Locator> {
  await within.getByText(/^Data table: \d+ figures?$/).click();
  const table = within.getByRole("table", { name: /the figures the chart draws/ });
  await expect(table).toBeVisible();
  return table;
}

const sortedIds = (ids: (string | null)[]) => ids.filter((id): id is string => id !== null).map(Number).sort((a, b) => a - b);
/** The figure ids the chart draws, and the ones its data table lists (each point and row carries data-figure-id). */
export const drawnIds = async (chart: Locator) => sortedIds(await chartPoints(chart).evaluateAll((els) => els.map((e) => e.getAttribute("data-figure-id"))));
export const tableIds = async (table: Locator) => sortedIds(await table.getByRole("row").evaluateAll((els) => els.map((e) => e.getAttribute("data-figure-id"))));
