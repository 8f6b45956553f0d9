// Finding the figures in a report (/extract, /reports/[id]/review): paste the shared report, accept every
// proposal and find them on the Syria charts with their quotes; correct a proposal before accepting it; a
// rejected proposal stays rejected when the page is opened again, until restored; Accept all leaves the cards
// that need a look, and the keyboard goes on to the next card to decide; a report already on record leads to
// its own review, where the figures already taken from it show as taken.
// Depends on the demo data the e2e database is seeded with (prisma/demo): the Syria conflict (slug "syria",
// guessed from the text and charted) and the Naharnet report of 1 March 2013 with its four figures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { closeDb, makeConflict, uid } from "./factories";
import { metricSection, openDataTable, signInAs, test } from "./fixtures";

test.afterAll(closeDb);

const [TITLE = "", DATE = "", URL = "", , ...BODY] = readFileSync(path.join(import.meta.dirname, "../prisma/demo/naharnet-2013-03-01-syria.txt"), "utf8").split("\n");
const TEXT = BODY.join("\n").trim();
const EXPECTED = JSON.parse(readFileSync(path.join(import.meta.dirname, "../prisma/demo/naharnet-2013-03-01-syria.expected.json"), "utf8")) as { metric: string; quote: string }[];

const cards = (page: Page) => page.getByRole("region", { name: "Proposed figures" }).getByRole("article");

async function paste(page: Page, report: { title: string; url: string; text: string; publisher?: string; date?: string }): Promise<void> {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "From a report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find the figures in a report" })).toBeVisible();
  await page.getByLabel("Title").fill(report.title);
  await page.getByLabel("Publisher (optional)").fill(report.publisher ?? "Naharnet");
  await page.getByLabel("URL (optional)").fill(report.url);
  await page.getByLabel("Publication date").fill(report.date ?? DATE);
  await page.getByLabel("Text", { exact: true }).fill(report.text);
  await page.getByRole("button", { name: "Save and find the figures" }).click();
}

test("an editor pastes the shared report, accepts all four proposals, and finds them on the Syria charts with their quotes", async ({ page }) => {
  await signInAs(page, "editor");
  // its own URL: the demo data already files the original; and a week later, or every card would say its figure
  // is already on record (the demo's four) and Accept all would leave them for a look
  await paste(page, { title: `${TITLE} (${uid()})`, url: `${URL}?copy=${uid()}`, text: TEXT, date: "2013-03-08" });
  await expect(page).toHaveURL(/\/reports\/\d+\/review\?from=paste$/);
  await expect(page.getByRole("status").filter({ hasText: "Report saved" })).toBeVisible();
  await expect(cards(page)).toHaveCount(4);
  await expect(page.locator(".review-text mark")).toHaveCount(4);
  await expect(page.getByLabel("Conflict")).toHaveValue("syria");
  await expect(page.getByLabel("Drafts")).toBeChecked();
  for (const e of EXPECTED) await expect(page.getByRole("region", { name: "Proposed figures" }).getByText(e.quote, { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: "Accept all 4" }).click();
  await expect(page.getByRole("status").filter({ hasText: "4 figures added to the report, as drafts." })).toBeVisible();
  await expect(page.getByText("0 to decide, 4 accepted, 0 rejected")).toBeVisible();
  // each card's own figure (a card may also name a stored figure it possibly repeats)
  const links = cards(page).locator("p").filter({ hasText: /^\s*draft\s*Accepted as figure #\d+/ }).getByRole("link");
  await expect(links).toHaveCount(4);
  const ids = (await links.allTextContents()).map((t) => Number(t.replace("figure #", "")));

  // drafts show on the charts to editors who ask for them
  await page.goto("/conflicts/syria?drafts=true");
  for (const [i, id] of ids.entries()) {
    const point = page.locator(`figure a[data-figure-id="${id}"]`);
    await expect(point, `figure #${id} is drawn`).toHaveCount(1);
    const section = metricSection(page, EXPECTED[i]!.metric === "daily_outflow" ? "Daily outflow" : EXPECTED[i]!.metric === "deaths" ? "Deaths" : "Refugees");
    const table = section.getByRole("table", { name: /the figures the chart draws/ });
    if (!(await table.isVisible())) await openDataTable(section);
    await expect(table.locator(`tr[data-figure-id="${id}"]`)).toContainText(EXPECTED[i]!.quote);
  }
  // and the review, opened again, shows each as taken
  await page.goBack();
  await page.reload();
  await expect(page.getByText("0 to decide, 4 accepted, 0 rejected")).toBeVisible();
});

test("a corrected proposal is saved as corrected; a rejected one stays rejected on the next visit until restored", async ({ page }) => {
  const conflict = await makeConflict();
  const text = [
    `Fighting in ${conflict.name} went on. The agency says about 4,321 people have been killed since January.`,
    "At least 1,234 people a day are fleeing across the border, aid workers said.",
    "Officials held three meetings in 2013.",
  ].join("\n\n");
  await signInAs(page, "editor");
  await paste(page, { title: `Agency update ${uid()}`, url: `https://example.org/update/${uid()}`, text, publisher: "Testland Times", date: "2013-06-01" });
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByLabel("Conflict")).toHaveValue(conflict.slug);

  const deaths = cards(page).filter({ hasText: "about 4,321" });
  await deaths.getByLabel("Value").fill("4,322");
  await deaths.getByLabel("Refers to (date)").fill("2013-05-31");
  await deaths.getByLabel("Source (who said it)").fill("");
  await deaths.getByRole("button", { name: "Accept" }).click();
  // the source is needed: the card keeps the corrections and says what to fix
  await expect(deaths.getByText("Enter the source (who said it).")).toBeVisible();
  await expect(deaths.getByLabel("Value")).toHaveValue("4,322");
  await deaths.getByLabel("Source (who said it)").fill("The agency");
  await page.getByLabel("Published").check();
  await deaths.getByRole("button", { name: "Accept" }).click();
  await expect(deaths.getByText(/Accepted as figure #\d+/)).toBeVisible();
  // the keyboard goes on to the next card to decide
  await expect(cards(page).filter({ hasText: "at least 1,234 a day" }).getByRole("heading", { level: 3 })).toBeFocused();
  await deaths.getByRole("link", { name: /^figure #\d+$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 4,322");
  await expect(page.getByText("The agency says about 4,321 people have been killed")).toBeVisible();
  await page.goBack();

  const outflow = cards(page).filter({ hasText: "at least 1,234 a day" });
  await outflow.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("status").filter({ hasText: "it will not be proposed again" })).toBeVisible();
  await expect(outflow).toHaveCount(0);
  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByText("0 to decide, 1 accepted, 1 rejected")).toBeVisible();
  await page.getByText("Rejected (1)").click();
  await page.getByRole("button", { name: /Restore the proposal/ }).click();
  await expect(cards(page)).toHaveCount(2);
  await page.reload();
  await expect(page.getByText("1 to decide, 1 accepted, 0 rejected")).toBeVisible();
});

test("Accept all leaves the cards that need a look, says so, and the keyboard goes on to the next card to decide", async ({ page }) => {
  const conflict = await makeConflict();
  const n = (2000 + Math.floor(Math.random() * 7000)).toLocaleString("en-GB");
  const text = [
    `Fighting in ${conflict.name} went on. About ${n} people have been killed since January, the agency said.`,
    "At least 1,234 people a day are fleeing across the border, aid workers said.",
    "About 120 people are killed a day in the fighting.",
    `In all, about ${n} people have been killed since January.`,
  ].join("\n\n");
  await signInAs(page, "editor");
  await paste(page, { title: `Held back ${uid()}`, url: `https://example.org/held/${uid()}`, text, publisher: "Testland Times", date: "2013-06-01" });
  await expect(cards(page)).toHaveCount(4);
  const card = (words: string) => cards(page).filter({ hasText: words });
  const [perDay, again] = [card("120 people are killed a day"), card("In all, about")];
  await expect(perDay.getByText(/per day, but \u201cDeaths\u201d counts a total/)).toBeVisible();
  await expect(again.getByText("Said twice in the report?")).toBeVisible();
  await expect(again.getByRole("button", { name: "Reject" })).toHaveAccessibleDescription(/Said twice in the report\?/);
  await expect(page.getByText(/^2 need a look first/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("review.png"), fullPage: true });

  await page.getByRole("button", { name: "Accept all 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 figures added to the report, as drafts. 2 need a look first" })).toBeVisible();
  await expect(page.getByText("2 to decide, 2 accepted, 0 rejected")).toBeVisible();
  await expect(cards(page).filter({ hasText: /Accepted as figure #\d+/ })).toHaveCount(2);
  await expect(page.getByRole("button", { name: /^Accept all/ })).toBeDisabled();
  await expect(page.locator(".review-text mark.accepted").first()).toContainText("(accepted: now a figure)");
  // the first card left to decide has the keyboard
  await expect(perDay.getByRole("heading", { level: 3 })).toBeFocused();

  // accepted as it is, a per-day number would go into a total: refused, with the reason under Metric
  await perDay.getByRole("button", { name: "Accept" }).click();
  await expect(perDay.getByLabel("Metric")).toHaveAccessibleDescription(/per day, but \u201cDeaths\u201d counts a total/);
  await expect(perDay.getByLabel("Metric")).toBeFocused();
  await perDay.getByRole("button", { name: "Reject" }).click();
  await expect(again.getByRole("heading", { level: 3 })).toBeFocused();
  await again.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Proposed figures" })).toBeFocused();
  await expect(page.getByText("0 to decide, 2 accepted, 2 rejected")).toBeVisible();

  await page.getByText("Rejected (2)").click();
  await page.getByRole("button", { name: "Restore the proposal \u201cabout 120 a day\u201d" }).click();
  await expect(perDay.getByRole("heading", { level: 3 })).toBeFocused();
});

test("pasting a report already on record leads to its review, where the figures taken from it show as taken", async ({ page }) => {
  await signInAs(page, "editor");
  await paste(page, { title: TITLE, url: URL, text: TEXT });
  await expect(page.getByText(/This URL is already on record as/)).toBeVisible();
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue(TEXT);
  await page.getByRole("link", { name: /find the figures in/ }).click();
  await expect(page).toHaveURL(/\/reports\/\d+\/review$/);
  await expect(cards(page).getByText(/Accepted as figure #\d+/)).toHaveCount(4);
  await expect(page.getByRole("button", { name: /^Accept all/ })).toBeDisabled();
});

test("a report needs its text to find figures in it; what was typed stays", async ({ page }) => {
  await signInAs(page, "editor");
  await paste(page, { title: `No text ${uid()}`, url: "", text: "" });
  await expect(page.getByText("Paste the report's text: the figures are read from it.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(/^No text /);
});
