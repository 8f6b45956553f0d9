// The editors' figure workflow (issue 4), entering figures: from a report's stored text, double entries, the
// keyboard, and the validation rules figure-form.spec.ts leaves out. Each test makes its own rows.
import { expect, type Locator, type Page } from "@playwright/test";
import { closeDb, countFigures, makeConflict, makeFigureIn, makeReport, uid } from "./factories";
import { dayFromToday, field, fillValidFigure, signInAs, test } from "./fixtures";

test.afterAll(closeDb);
// Several people, browsers and pages per test: well over the default 30 s when both workers share 2 cores.
test.setTimeout(60_000);

test("from a report with stored text: a quote not in it gets the closest passage, the exact words are saved, and Add another keeps report and source", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E United Nations ${uid()}`;
  const words = "about 70,000 people have been killed in Syria";
  const report = await makeReport({ fullText: `BEIRUT \u2014 The U.N. says ${words} since March 2011.\nAt least 5,000 Syrians a day are fleeing.` });
  const misquote = "about 70,000 people have died in Syria";

  await signInAs(page, "editor");
  await page.goto(`/figures/new?report=${report.id}&conflict=${conflict.slug}`);
  await expect(page.getByText("From the report")).toBeVisible();
  await expect(page.getByRole("link", { name: report.title })).toHaveAttribute("href", `/reports/${report.id}`);
  await expect(field(page, "Report title")).toHaveCount(0); // the report's own title, URL and date apply
  await field(page, "Metric").selectOption("deaths");
  await field(page, "Qualifier").selectOption("about");
  await field(page, "Value").fill("70,000");
  await field(page, "Refers to (date)").fill("2013-02-28");
  await field(page, "Source").fill(source);
  await field(page, "Quote").fill(misquote);
  await field(page, "Note (optional)").fill("checked twice");
  await page.getByRole("button", { name: "Save and publish" }).click();

  await expect(field(page, "Quote")).toHaveAccessibleDescription(
    /These words are not in the report's text\. The closest passage is \u201cabout 70,000 people have been killed in( Syria)?\u201d/,
  );
  await expect(field(page, "Quote")).toBeFocused();
  // everything typed is kept, the chosen report too
  await expect(field(page, "Quote")).toHaveValue(misquote);
  await expect(field(page, "Value")).toHaveValue("70,000");
  await expect(field(page, "Source")).toHaveValue(source);
  await expect(field(page, "Refers to (date)")).toHaveValue("2013-02-28");
  await expect(field(page, "Qualifier")).toHaveValue("about");
  await expect(field(page, "Metric")).toHaveValue("deaths");
  await expect(field(page, "Note (optional)")).toHaveValue("checked twice");
  await expect(page.getByRole("link", { name: report.title })).toBeVisible();
  expect(await countFigures(conflict.slug)).toBe(0);

  await field(page, "Quote").fill(words);
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure added." })).toBeVisible();
  await expect(page.locator("blockquote")).toContainText(words);
  await expect(page.getByRole("definition").filter({ hasText: report.title })).toContainText("published 1 Mar 2013");

  await page.getByRole("link", { name: "Add another from this report" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/new\\?report=${report.id}&`));
  await expect(page.getByText("From the report")).toBeVisible();
  await expect(page.getByRole("link", { name: report.title })).toBeVisible();
  await expect(field(page, "Source")).toHaveValue(source);
  await expect(field(page, "Conflict")).toHaveValue(conflict.slug);
  await expect(field(page, "Value")).toHaveValue("");
  await expect(field(page, "Quote")).toHaveValue("");
});

test("the same source, metric, value and date twice: saved, with a warning that links to the first", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E Twice Agency ${uid()}`;
  const firstId = await makeFigureIn({ conflict: conflict.slug, source, value: 4321, refDate: "2013-02-28" });
  // the same number from the same source on another day, and another source's same number: not double entries
  await makeFigureIn({ conflict: conflict.slug, source, value: 4321, refDate: "2013-02-27" });
  await makeFigureIn({ conflict: conflict.slug, value: 4321, refDate: "2013-02-28" });

  await signInAs(page, "editor");
  await page.goto(`/figures/new?conflict=${conflict.slug}`);
  await fillValidFigure(page, { source, quote: `about 4,321 killed ${uid()}`, value: "4,321", reportUrl: `https://example.org/e2e/${uid()}` });
  await page.getByRole("button", { name: "Save and publish" }).click();

  await expect(page).toHaveURL(new RegExp(`/figures/\\d+\\?added=1&duplicates=${firstId}$`));
  await expect(page.getByRole("status").filter({ hasText: "Figure added." })).toBeVisible();
  const warning = page.getByRole("status").filter({ hasText: "Possible double entry" });
  await expect(warning).toHaveText(
    `Possible double entry: ${source} already gives the same deaths value for the same date in figure #${firstId}. If it is the same figure, delete one.`,
  );
  expect(await countFigures(conflict.slug)).toBe(4); // not blocked
  await warning.getByRole("link", { name: `figure #${firstId}` }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/${firstId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: 4,321");
});

/** Presses Tab until `target` has the focus, as a person moving through the form would. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("the whole add flow works from the keyboard, and Add another is reached the same way", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E Keyboard Agency ${uid()}`;
  const quote = `about 2,500 people have been killed, keyboard ${uid()}`;
  const reportUrl = `https://example.org/e2e/${uid()}`;
  await signInAs(page, "editor");
  await page.goto(`/figures/new?conflict=${conflict.slug}`);

  const type = async (label: string, text: string) => {
    await tabTo(page, field(page, label));
    await page.keyboard.type(text);
  };
  await type("Metric", "Deaths"); // a closed select picks the option whose label is typed
  await type("Qualifier", "about");
  await type("Value", "2,500");
  await type("Refers to (date)", "02282013"); // month, day, year: the date field moves on by itself
  await type("Source", source);
  await type("Report title", "E2E keyboard report");
  await type("Report URL", reportUrl);
  await type("Report date", "03012013");
  await type("Quote", quote);
  // what the keys produced, before sending
  await expect(field(page, "Metric")).toHaveValue("deaths");
  await expect(field(page, "Qualifier")).toHaveValue("about");
  await expect(field(page, "Refers to (date)")).toHaveValue("2013-02-28");
  await expect(field(page, "Report date")).toHaveValue("2013-03-01");
  await tabTo(page, page.getByRole("button", { name: "Save and publish" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/figures\/\d+\?added=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Figure added." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 2,500");
  await expect(page.locator("blockquote")).toContainText(quote);

  await tabTo(page, page.getByRole("link", { name: "Add another from this report" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/figures\/new\?report=\d+&/);
  await expect(page.getByRole("link", { name: "E2E keyboard report" })).toBeVisible();
  await expect(field(page, "Source")).toHaveValue(source);
  await expect(field(page, "Conflict")).toHaveValue(conflict.slug);
});

test("the other rules of a figure each have their message under their field, and the limits themselves are accepted", async ({ page }) => {
  const conflict = await makeConflict();
  await signInAs(page, "editor");
  await page.goto(`/figures/new?conflict=${conflict.slug}`);
  await fillValidFigure(page, { source: `E2E Rules Office ${uid()}`, quote: `about 1,000 killed ${uid()}`, value: "3.5", reportUrl: `https://example.org/e2e/${uid()}` });
  const save = () => page.getByRole("button", { name: "Save and publish" }).click();
  const [value, low, high, refDate, periodStart, reportDate] = ["Value", "Low bound (optional)", "High bound (optional)", "Refers to (date)", "Period start (optional)", "Report date"].map(
    (label) => field(page, label),
  ) as [Locator, Locator, Locator, Locator, Locator, Locator];

  // a fraction of a person; a report from the future
  await reportDate.fill(dayFromToday(30));
  await save();
  await expect(value).toHaveAccessibleDescription(/Enter a whole number of people, without decimals\./);
  await expect(reportDate).toHaveAccessibleDescription(/The report date is in the future: check the year\./);
  await expect(page.getByRole("alert").filter({ hasText: "need" })).toContainText("2 fields need fixing");
  await expect(value).toHaveValue("3.5");
  await expect(reportDate).toHaveValue(dayFromToday(30));

  // more than ten billion; a slip in the digit grouping
  await reportDate.fill("2013-03-01");
  for (const [typed, message] of [
    ["10,000,000,001", /That is more than 10,000,000,000: check the number of zeros\./],
    ["70,00", /Check the digit grouping/],
  ] as const) {
    await value.fill(typed);
    await save();
    await expect(value).toHaveAccessibleDescription(message);
    await expect(value).toHaveValue(typed);
    await expect(reportDate).not.toHaveAttribute("aria-invalid", "true");
  }

  // bounds on the wrong side of the value
  await value.fill("1,000");
  await low.fill("1,500");
  await high.fill("900");
  await save();
  await expect(low).toHaveAccessibleDescription(/The low bound must not be above the value\./);
  await expect(high).toHaveAccessibleDescription(/The high bound must not be below the value\./);
  await expect(value).not.toHaveAttribute("aria-invalid", "true");
  await expect(low).toHaveValue("1,500");
  await expect(high).toHaveValue("900");

  // a count as of a day after the report came out
  await low.fill("900");
  await high.fill("1,500");
  await refDate.fill("2013-03-05");
  await save();
  await expect(refDate).toHaveAccessibleDescription(/A report cannot count what happens after it was published/);
  await expect(low).not.toHaveAttribute("aria-invalid", "true");
  await expect(high).not.toHaveAttribute("aria-invalid", "true");
  await expect(refDate).toHaveValue("2013-03-05");

  // a projection may; but its period must start before it ends
  await field(page, "Qualifier").selectOption("projected");
  await periodStart.fill("2013-03-06");
  await save();
  await expect(refDate).not.toHaveAttribute("aria-invalid", "true");
  await expect(periodStart).toHaveAccessibleDescription(/The period must start on or before the date the figure refers to\./);
  expect(await countFigures(conflict.slug)).toBe(0);

  // ten billion itself, equal bounds, a period of one day: all allowed
  await value.fill("10,000,000,000");
  await low.fill("10,000,000,000");
  await high.fill("10000000000");
  await periodStart.fill("2013-03-05");
  await save();
  await expect(page.getByRole("status").filter({ hasText: "Figure added." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: projected 10,000,000,000");
  await expect(page.getByRole("definition").filter({ hasText: "range" })).toContainText("range 10,000,000,000–10,000,000,000");
  expect(await countFigures(conflict.slug)).toBe(1);
});
