import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { closeDb, countFigures, makeConflict, uid } from "./factories";
import { dayFromToday, fillValidFigure, signInAs } from "./fixtures";

test.afterAll(closeDb);

test("a figure added through the form shows in the chart, the table and the CSV", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E Observatory ${uid()}`;
  const quote = `about 12,345 people have been killed, "says" the e2e observatory ${uid()}`;

  await signInAs(page, "editor");
  await page.goto(`/figures/new?conflict=${conflict.slug}`);
  await expect(page.getByLabel("Conflict")).toHaveValue(conflict.slug);
  await fillValidFigure(page, { source, quote, value: "12,345", reportUrl: `https://example.org/e2e/${uid()}` });
  await page.getByRole("button", { name: "Save and publish" }).click();

  // the figure's own page says it was added and offers the next steps
  await expect(page).toHaveURL(/\/figures\/\d+\?added=1$/);
  await expect(page.getByRole("status").first()).toContainText("Figure added");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 12,345");
  await expect(page.getByText(quote)).toBeVisible();
  await page.getByRole("link", { name: "See it on the conflict page" }).click();
  await expect(page).toHaveURL(new RegExp(`/conflicts/${conflict.slug}#figure-\\d+$`));
  const chart = page.getByRole("figure", { name: `Deaths in ${conflict.name}` });
  await expect(chart.getByRole("link", { name: `${source}: about 12,345 on 28 Feb 2013` })).toBeVisible();
  await page.getByText(/^Data table/).click();
  const row = page.getByRole("row", { name: new RegExp(source) });
  await expect(row).toContainText("about 12,345");
  await expect(row).toContainText(quote);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^conflict-figures-${conflict.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const records = parse(readFileSync((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    conflict: conflict.slug,
    conflict_name: conflict.name,
    metric: "deaths",
    value: "12345",
    qualifier: "about",
    reference_date: "2013-02-28",
    source,
    report_title: "E2E report",
    report_date: "2013-03-01",
    quote,
  });
});

test("invalid input gets a message under each field, keeps what was typed and writes nothing", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E Ministry ${uid()}`;
  await signInAs(page, "editor");
  await page.goto(`/figures/new?conflict=${conflict.slug}`);
  await fillValidFigure(page, { source, quote: "placeholder", value: "abc", reportUrl: `https://example.org/e2e/${uid()}` });
  await page.getByLabel("Quote", { exact: true }).fill("");
  await page.getByLabel("Refers to (date)").fill(dayFromToday(30));
  await page.getByLabel("Report URL").fill("not a url");
  await page.getByRole("button", { name: "Save and publish" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "need fixing" })).toContainText("4 fields need fixing");
  await expect(page.getByLabel("Value", { exact: true })).toBeFocused(); // the first field to fix
  await expect(page.getByLabel("Value", { exact: true })).toHaveAccessibleDescription(/in digits/);
  await expect(page.getByLabel("Quote", { exact: true })).toHaveAccessibleDescription(/exact words/);
  await expect(page.getByLabel("Refers to (date)")).toHaveAccessibleDescription(/in the future/);
  await expect(page.getByLabel("Report URL")).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  // nothing typed is lost
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("abc");
  await expect(page.getByLabel("Refers to (date)")).toHaveValue(dayFromToday(30));
  await expect(page.getByLabel("Report URL")).toHaveValue("not a url");
  await expect(page.getByLabel("Source", { exact: true })).toHaveValue(source);
  await expect(page.getByLabel("Qualifier")).toHaveValue("about");
  await expect(page.getByLabel("Metric")).toHaveValue("deaths");
  await expect(page.getByLabel("Conflict")).toHaveValue(conflict.slug);

  for (const [value, message] of [
    ["-5", /cannot be negative/],
    ["1e99", /without an exponent/],
  ] as const) {
    await page.getByLabel("Value", { exact: true }).fill(value);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByLabel("Value", { exact: true })).toHaveAccessibleDescription(message);
    await expect(page.getByLabel("Value", { exact: true })).toHaveValue(value);
  }
  // a projected figure may refer to the future; the other errors still hold
  await page.getByLabel("Qualifier").selectOption("projected");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByLabel("Refers to (date)")).not.toHaveAccessibleDescription(/in the future/);

  expect(await countFigures(conflict.slug)).toBe(0);
});

test("an analyst sees no edit controls, and the form refuses to show itself", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto("/conflicts/syria");
  await expect(page.getByRole("link", { name: "Download CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a figure" })).toHaveCount(0);
  await page.goto("/figures/new");
  await expect(page.getByText("this needs an editor")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save and publish" })).toHaveCount(0);
});

test("a visitor who is not signed in is sent to sign in, and back to the form afterwards", async ({ page }) => {
  await page.goto("/figures/new?conflict=syria");
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await page.getByLabel("Email").fill("editor@demo.conflict-figures.org");
  await page.getByLabel("Password").fill("a wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("editor@demo.conflict-figures.org");
  await page.getByLabel("Password").fill("demo-editor-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/figures\/new\?conflict=syria$/);
  await expect(page.getByLabel("Conflict")).toHaveValue("syria");
});
