// Importing a CSV as an editor (/import): the preview names each bad row by row, column and message; all or
// nothing unless the editor asks for the valid rows only; the written figures are charted and exported (formula
// text neutralised); another layout is mapped column by column; a file that is not CSV writes nothing; analysts
// are refused. Each test makes its own conflict and sources.
import { expect, type Page } from "@playwright/test";
import { closeDb, countAuditEvents, countFigures, makeConflict, makeUser, uid } from "./factories";
import { chartPoints, signInAs, signInWith, test } from "./fixtures";

test.setTimeout(120_000);
test.afterAll(closeDb);

/** The export's columns, in its order (lib/export/csv.ts CSV_COLUMNS). */
const COLUMNS = "figure_id,conflict,conflict_name,metric,value,low,high,qualifier,unit,reference_date,period_start,source,source_kind,report_title,report_url,report_date,report_publisher,quote,note,status,revises_figure_id";
const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;

function exportRow(f: { conflict: string; metric?: string; value: string; refDate: string; source: string; quote: string; report: string }): string {
  return [
    "", f.conflict, "", f.metric ?? "deaths", f.value, "", "", "about", "people", f.refDate, "", f.source, "ngo",
    f.report, `https://example.org/import/${uid()}`, "2013-06-01", "", f.quote, "", "published", "",
  ].map(cell).join(",");
}

async function chooseFile(page: Page, name: string, content: string | Buffer, mimeType = "text/csv"): Promise<void> {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType, buffer: typeof content === "string" ? Buffer.from(content) : content });
}

/** The page's own alerts (Next's route announcer is an empty alert too). */
const alert = (page: Page) => page.getByRole("main").getByRole("alert");

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

test("an editor imports the valid rows of a file with two bad ones; they are charted and exported", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `Import source ${uid()}`;
  const report = `Import report ${uid()}`;
  const formula = '=HYPERLINK("http://x","y")';
  const csv = [
    COLUMNS,
    exportRow({ conflict: conflict.slug, value: "1234", refDate: "2013-03-01", source, report, quote: "about 1,234 people were killed" }),
    exportRow({ conflict: conflict.slug, value: "2345", refDate: "2013-04-01", source, report, quote: formula }),
    exportRow({ conflict: conflict.slug, value: "3456", refDate: "2013-05-01", source, report, quote: "about 3,456 people were killed" }),
    exportRow({ conflict: conflict.slug, value: "4567", refDate: "2013-02-30", source, report, quote: "a day that never was" }),
    exportRow({ conflict: conflict.slug, metric: "goats", value: "5678", refDate: "2013-05-02", source, report, quote: "an unknown metric" }),
  ].join("\r\n");

  await signInAs(page, "editor");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import a CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a CSV" })).toBeVisible();
  await expect(page.getByLabel("Skip rows that repeat stored figures")).toBeChecked();
  await expect(page.getByLabel("Write the valid rows even if others have problems")).not.toBeChecked();

  await chooseFile(page, "figures.csv", csv);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("5 rows: 3 valid, 2 with problems, 0 repeat stored figures")).toBeVisible();
  const problems = page.getByRole("table", { name: "Rows with problems" });
  await expect(problems.getByRole("row")).toHaveCount(3); // the header and the two bad rows
  await expect(problems.getByRole("row", { name: /^5 reference_date Enter the date the figure refers to as a real date, e\.g\. 2013-03-01\.$/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /^6 metric There is no metric “goats”: use one of .*deaths/ })).toBeVisible();

  // all or nothing: the two bad rows hold the other three back
  const importButton = page.getByRole("button", { name: "Import 3 figures" });
  await expect(importButton).toBeDisabled();
  expect(await countFigures(conflict.slug)).toBe(0);

  await page.getByLabel("Write the valid rows even if others have problems").check();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  const done = page.getByRole("status").filter({ hasText: "Imported" });
  await expect(done).toContainText("Imported 3 figures (0 as drafts).");
  expect(await countFigures(conflict.slug)).toBe(3);

  await done.getByRole("link", { name: conflict.slug }).click();
  await expect(page).toHaveURL(new RegExp(`/conflicts/${conflict.slug}$`));
  const chart = page.getByRole("figure", { name: `Deaths in ${conflict.name}` });
  await expect(chartPoints(chart)).toHaveCount(3);
  for (const name of [`${source}: about 1,234 on 1 Mar 2013`, `${source}: about 2,345 on 1 Apr 2013`, `${source}: about 3,456 on 1 May 2013`]) {
    await expect(chart.getByRole("link", { name })).toBeVisible();
  }

  const exported = await page.request.get(`/api/v1/figures.csv?conflict=${conflict.slug}&hxl=1`);
  expect(exported.ok()).toBe(true);
  const lines = (await exported.text()).split("\r\n").filter(Boolean);
  expect(lines[1]).toMatch(/^#meta\+id/);
  expect(lines).toHaveLength(5); // header, hashtags, three figures
  for (const value of ["1234", "2345", "3456"]) expect(lines.slice(2).some((l) => l.includes(`,${value},`))).toBe(true);
  expect(lines.join("\n")).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
});

test("a file with other column names is mapped to the figure fields, then imported", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `Mapped source ${uid()}`;
  const csv = [
    "Place,Indicator,Count,How sure,As of,Who,Published in,Published on,Words",
    [conflict.slug, "deaths", "1500", "about", "2013-03-01", source, "A mapped report", "2013-03-02", "about 1,500 people were killed"].map(cell).join(","),
  ].join("\n");

  await signInAs(page, "editor");
  await page.goto("/import");
  await page.getByLabel("Write the valid rows even if others have problems").check();
  await chooseFile(page, "other-layout.csv", csv);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(alert(page)).toContainText("Required columns are missing");

  const mapped: [string, string][] = [
    ["conflict (slug, e.g. syria)", "Place"],
    ["metric (slug, e.g. deaths)", "Indicator"],
    ["value", "Count"],
    ["qualifier (exact, about, at_least…)", "How sure"],
    ["reference date", "As of"],
    ["source", "Who"],
    ["report title", "Published in"],
    ["report date", "Published on"],
    ["quote", "Words"],
  ];
  for (const [field, column] of mapped) await page.getByLabel(field, { exact: true }).selectOption(column);
  await page.getByRole("button", { name: "Check again with these columns" }).click();
  await expect(page.getByText("1 row: 1 valid, 0 with problems, 0 repeat stored figures")).toBeVisible();
  await expect(alert(page)).toHaveCount(0);
  // what the editor chose is still there
  await expect(page.getByLabel("Write the valid rows even if others have problems")).toBeChecked();
  await expect(page.getByLabel("value", { exact: true })).toHaveValue("Count");

  await page.getByRole("button", { name: "Import 1 figure" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("Imported 1 figure (0 as drafts).");
  expect(await countFigures(conflict.slug)).toBe(1);
});

test("a file that is not CSV gets a sentence saying what to do, and nothing is written", async ({ page }) => {
  const editor = await makeUser({ role: "editor" });
  const conflict = await makeConflict();
  await signInWith(page, editor);
  const auditBefore = await countAuditEvents({ actor: editor.email });

  await page.goto("/import");
  await chooseFile(page, "chart.png", PNG, "image/png");
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(alert(page)).toHaveText("This is not a CSV text file (it contains binary data): export your sheet as CSV and upload that.");
  await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);

  // even sent straight to the API with commit=1, a valid row followed by binary bytes writes nothing
  const text = `${COLUMNS}\r\n${exportRow({ conflict: conflict.slug, value: "1000", refDate: "2013-03-01", source: `PNG source ${uid()}`, report: "PNG report", quote: "about 1,000" })}\r\n`;
  const response = await page.request.post("/api/v1/imports?commit=1&partial=1&name=mixed.csv", { data: Buffer.concat([Buffer.from(text), PNG]) });
  const result = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as { result: { ok: boolean; fileError?: string } };
  expect(result.result).toEqual({ ok: false, fileError: expect.stringContaining("not a CSV text file") });
  expect(await countFigures(conflict.slug)).toBe(0);
  expect(await countAuditEvents({ actor: editor.email })).toBe(auditBefore);
});

test("an analyst is refused the import page and has no link to it", async ({ page }) => {
  await signInAs(page, "analyst");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import a CSV" })).toHaveCount(0);
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import a CSV" })).toBeVisible();
  await expect(page.getByText("Your account is an analyst account; this needs an editor.")).toBeVisible();
  await expect(page.getByLabel("CSV file")).toHaveCount(0);
});
