// The figures list (filters, quote search, sort, server-side pages; drafts for editors only) and the admins'
// activity feed (issue 4). Each test makes its own conflicts, figures and people.
import { expect, type Page } from "@playwright/test";
import { closeDb, makeConflict, makeFigureIn, makeReport, makeUser, uid } from "./factories";
import { dayFromToday, signInAs, signInWith, test } from "./fixtures";

test.afterAll(closeDb);
test.setTimeout(60_000);

const filters = (page: Page) => page.getByRole("form", { name: /^Filter/ });
const summary = (page: Page) => page.getByRole("main").getByRole("status");
/** The list's body rows (the header row has no cells). */
const bodyRows = (page: Page) => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });

test("a visitor filters by conflict and metric and pages through 50 at a time, without drafts or a status filter", async ({ page }) => {
  const [conflict, other] = [await makeConflict(), await makeConflict()];
  const tag = uid();
  const report = await makeReport();
  const source = `E2E Pager Agency ${tag}`;
  for (let i = 1; i <= 53; i++) {
    await makeFigureIn({ conflict: conflict.slug, source, reportId: report.id, value: i * 100, quote: `${tag} deaths no. ${String(i).padStart(3, "0")}` });
  }
  const idps = `${tag} displaced`;
  const draft = `${tag} a draft`;
  const elsewhere = `${tag} another conflict`;
  await makeFigureIn({ conflict: conflict.slug, metric: "idps", source, reportId: report.id, quote: idps });
  await makeFigureIn({ conflict: conflict.slug, source, reportId: report.id, quote: draft, status: "draft" });
  await makeFigureIn({ conflict: other.slug, source, reportId: report.id, quote: elsewhere });

  await page.goto("/figures");
  await expect(filters(page).getByLabel("Status")).toHaveCount(0);
  await filters(page).getByLabel("Conflict").selectOption(conflict.slug);
  await filters(page).getByLabel("Metric").selectOption("deaths");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures\\?conflict=${conflict.slug}&metric=deaths&`));
  await expect(summary(page)).toHaveText("Showing 1–50 of 53 figures.");
  await expect(bodyRows(page)).toHaveCount(50);
  // newest reference date first, then the latest entered: all share a date here, so no. 053 down to no. 004
  await expect(bodyRows(page).first()).toContainText(`${tag} deaths no. 053`);
  await expect(bodyRows(page).last()).toContainText(`${tag} deaths no. 004`);
  for (const absent of [idps, draft, elsewhere]) await expect(page.getByText(absent)).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Status" })).toHaveCount(0);
  // the filters stay chosen
  await expect(filters(page).getByLabel("Conflict")).toHaveValue(conflict.slug);

  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/[?&]page=2$/);
  await expect(summary(page)).toHaveText("Showing 51–53 of 53 figures.");
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(3);
  await expect(bodyRows(page).first()).toContainText(`${tag} deaths no. 003`);
  await expect(bodyRows(page).last()).toContainText(`${tag} deaths no. 001`);
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(summary(page)).toHaveText("Showing 1–50 of 53 figures.");

  // asking for drafts by hand-editing the link gets a visitor the published figures, never the drafts
  for (const status of ["draft", "all", "deleted"]) {
    await page.goto(`/figures?conflict=${conflict.slug}&status=${status}`);
    await expect(summary(page)).toHaveText("Showing 1–50 of 54 figures.");
    await expect(page.getByText(draft)).toHaveCount(0);
  }
  await page.goto(`/figures?q=${encodeURIComponent(draft)}&status=all`);
  await expect(summary(page)).toHaveText("No figures match these filters.");
});

test("an editor searches the quotes, sorts by value and filters by status", async ({ page }) => {
  const conflict = await makeConflict();
  const tag = uid();
  const report = await makeReport();
  const source = `E2E Sorting Agency ${tag}`;
  const values = [300, 10_000, 2_000_000, 45];
  for (const value of values) await makeFigureIn({ conflict: conflict.slug, source, reportId: report.id, value, quote: `${tag} counted ${value}` });
  const needle = `found by the E2E abacus ${tag}`;
  await makeFigureIn({ conflict: conflict.slug, source, reportId: report.id, value: 7, quote: `Officials say 7 people were ${needle} on Monday` });
  const draft = `${tag} drafted`;
  await makeFigureIn({ conflict: conflict.slug, source, reportId: report.id, value: 5_000_000, quote: draft, status: "draft" });

  await signInAs(page, "editor");
  await page.goto(`/figures?conflict=${conflict.slug}`);
  await filters(page).getByLabel("Sort by").selectOption("value-desc");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(summary(page)).toHaveText("Showing 1–5 of 5 figures.");
  const valueColumn = async () => (await bodyRows(page).locator("td.num").allTextContents());
  await expect.poll(valueColumn).toEqual(["2,000,000", "10,000", "300", "45", "7"]);
  await filters(page).getByLabel("Sort by").selectOption("value-asc");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/sort=value-asc/);
  await expect.poll(valueColumn).toEqual(["7", "45", "300", "10,000", "2,000,000"]);

  // the quote search ignores case and finds words in the middle of a quote
  await filters(page).getByLabel("Quote contains").fill(needle.toUpperCase());
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(summary(page)).toHaveText(/^Showing 1–1 of 1 figures?\.$/);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText(needle);

  // editors choose the status; the draft shows as one
  await filters(page).getByLabel("Quote contains").fill("");
  await filters(page).getByLabel("Status").selectOption("draft");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText(draft);
  await expect(bodyRows(page).first()).toContainText("draft");
  await filters(page).getByLabel("Status").selectOption("all");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(summary(page)).toHaveText(/^Showing 1–6 of 6 figures\.$/);
  await expect.poll(valueColumn).toEqual(["7", "45", "300", "10,000", "2,000,000", "5,000,000"]);
});

test("the activity feed: an admin sees one person's changes, by kind of record and day; an editor is refused", async ({ page, newPage }) => {
  const editor = await makeUser({ role: "editor" });
  const conflict = await makeConflict();
  const id = await makeFigureIn({ conflict: conflict.slug, quote: `E2E activity ${uid()}` });
  await signInWith(page, editor);
  await page.goto(`/figures/${id}`);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure deleted." })).toBeVisible();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure restored." })).toBeVisible();

  // the feed is for admins only
  await page.goto("/admin/activity");
  await expect(page.getByRole("main")).toContainText("Your account is an editor account; this needs an admin.");
  await expect(page.getByRole("button", { name: "Show activity" })).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);

  const admin = await newPage();
  await signInAs(admin, "admin");
  await admin.goto("/admin/activity");
  await filters(admin).getByLabel("Person").selectOption(editor.email);
  await admin.getByRole("button", { name: "Show activity" }).click();
  await expect(admin).toHaveURL(new RegExp(`actor=${encodeURIComponent(editor.email)}`));
  await expect(summary(admin)).toHaveText(/^2 changes?\.$/);
  const rows = bodyRows(admin);
  await expect(rows).toHaveCount(2);
  // newest first, each with its author and what changed
  await expect(rows.nth(0)).toContainText(`${editor.email}restore figure #${id}`);
  await expect(rows.nth(0)).toContainText(`deletedBy: ${editor.email} → —`);
  await expect(rows.nth(1)).toContainText(`${editor.email}delete figure #${id}`);
  await rows.nth(1).getByRole("link", { name: `#${id}` }).click();
  await expect(admin).toHaveURL(new RegExp(`/figures/${id}$`));
  await admin.goBack();

  await filters(admin).getByLabel("Record").selectOption("Report");
  await admin.getByRole("button", { name: "Show activity" }).click();
  await expect(summary(admin)).toHaveText("No activity matches these filters.");
  await filters(admin).getByLabel("Record").selectOption("Figure");
  await filters(admin).getByLabel("From").fill(dayFromToday(-1));
  await filters(admin).getByLabel("To", { exact: true }).fill(dayFromToday(1));
  await admin.getByRole("button", { name: "Show activity" }).click();
  await expect(bodyRows(admin)).toHaveCount(2);
  await filters(admin).getByLabel("From").fill(dayFromToday(2));
  await filters(admin).getByLabel("To", { exact: true }).fill("");
  await admin.getByRole("button", { name: "Show activity" }).click();
  await expect(summary(admin)).toHaveText("No activity matches these filters.");
});
