// Reports as editors and readers use them: add (with every validation message under its field), read with the
// quotes highlighted, edit with history, two editors at once, search and pages.
import { expect, type Page } from "@playwright/test";
import { closeDb, getReportRow, makeFigure, makeReport, makeSource, makeUser, uid } from "./factories";
import { dayFromToday, signInAs, signInWith, test } from "./fixtures";

test.afterAll(closeDb);

const textRegion = (page: Page) => page.getByRole("region", { name: "Text of the report" });

test("an editor adds a report: each problem under its field, nothing typed lost, then saved", async ({ page }) => {
  const takenUrl = `https://example.org/e2e/taken-${uid()}`;
  await makeReport({ url: takenUrl, title: `Already filed ${uid()}` });
  const title = `Syria death toll tops 70,000 ${uid()}`;
  const text = "BEIRUT \u2014 The U.N. says about 70,000 people have been killed.\nAt least 5,000 Syrians a day are fleeing.";

  await signInAs(page, "editor");
  await page.goto("/reports");
  await page.getByRole("link", { name: "Add a report" }).click();
  await page.getByLabel("Publisher (optional)").fill("Naharnet");
  await page.getByLabel("URL (optional)").fill("naharnet.com/stories/1");
  await page.getByLabel("Publication date").fill(dayFromToday(30));
  await page.getByLabel("Language").fill("english");
  await page.getByLabel("Full text (optional)").fill(text);
  await page.getByRole("button", { name: "Save report" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "need fixing" })).toContainText("4 fields need fixing");
  await expect(page.getByLabel("Title")).toBeFocused(); // the first field to fix
  await expect(page.getByLabel("Title")).toHaveAccessibleDescription(/Enter the report's title/);
  await expect(page.getByLabel("URL (optional)")).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(page.getByLabel("Publication date")).toHaveAccessibleDescription(/in the future/);
  await expect(page.getByLabel("Language")).toHaveAccessibleDescription(/language code such as en/);
  await expect(page.getByLabel("Publisher (optional)")).toHaveValue("Naharnet");
  await expect(page.getByLabel("URL (optional)")).toHaveValue("naharnet.com/stories/1");
  await expect(page.getByLabel("Publication date")).toHaveValue(dayFromToday(30));
  await expect(page.getByLabel("Full text (optional)")).toHaveValue(text);

  // a URL on record belongs to that report; an empty date is asked for
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("URL (optional)").fill(takenUrl);
  await page.getByLabel("Publication date").fill("");
  await page.getByLabel("Language").fill("en");
  await page.getByRole("button", { name: "Save report" }).click();
  await expect(page.getByLabel("Publication date")).toHaveAccessibleDescription(/Enter the date the report was published/);
  await page.getByLabel("Publication date").fill("2013-03-01");
  await page.getByRole("button", { name: "Save report" }).click();
  await expect(page.getByLabel("URL (optional)")).toHaveAccessibleDescription(/already on record as \u201cAlready filed/);
  await expect(page.getByLabel("Title")).toHaveValue(title);

  await page.getByLabel("URL (optional)").fill("");
  await page.getByRole("button", { name: "Save report" }).click();
  await expect(page).toHaveURL(/\/reports\/\d+\?saved=created$/);
  await expect(page.getByRole("status")).toHaveText("Report added.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Naharnet · published 1 Mar 2013 · language en")).toBeVisible();
  await expect(textRegion(page)).toContainText("At least 5,000 Syrians a day are fleeing.");
});

test("a report's page highlights its figures' quotes, each linked to its figure; drafts for editors only", async ({ page, newPage }) => {
  const published = `about 70,000 people have been killed ${uid()}`;
  const draft = `at least 5,000 Syrians a day are fleeing ${uid()}`;
  const report = await makeReport({ fullText: `BEIRUT \u2014 The U.N. says ${published}.\n${draft.toUpperCase()}, an official said.` });
  const source = await makeSource();
  const draftSource = await makeSource();
  const publishedId = await makeFigure({ reportId: report.id, sourceId: source.id, quote: published, value: 70_000 });
  const draftId = await makeFigure({ reportId: report.id, sourceId: draftSource.id, quote: draft, status: "draft" });
  const missing = await makeFigure({ reportId: report.id, sourceId: source.id, quote: `a quote the text lacks ${uid()}` });

  await signInAs(page, "editor");
  await page.goto(`/reports/${report.id}`);
  const mark = textRegion(page).getByRole("link", { name: published });
  await expect(mark).toHaveAttribute("href", `#figure-${publishedId}`);
  // found however the case differs, and marked as a draft's
  await expect(textRegion(page).getByRole("link", { name: draft.toUpperCase() })).toHaveAttribute("href", `#figure-${draftId}`);
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`#figure-${publishedId}$`));
  const row = page.locator(`#figure-${publishedId}`);
  await expect(row).toContainText("about 70,000");
  await expect(row).toContainText(source.name);
  await expect(page.locator(`#figure-${draftId}`)).toContainText("Draft");
  await expect(page.locator(`#figure-${missing}`)).toContainText("Not found in the report's text");
  await expect(page.getByRole("link", { name: "Add a figure from this report" })).toHaveAttribute("href", `/figures/new?report=${report.id}`);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();

  // an analyst reads the published figure and its highlight, never the draft, and gets no edit controls
  const analyst = await newPage();
  await signInAs(analyst, "analyst");
  await analyst.goto(`/reports/${report.id}`);
  await expect(textRegion(analyst).getByRole("link", { name: published })).toBeVisible();
  await expect(textRegion(analyst).getByRole("link")).toHaveCount(1);
  await expect(analyst.locator(`#figure-${draftId}`)).toHaveCount(0);
  await expect(analyst.getByText(draftSource.name)).toHaveCount(0);
  await expect(analyst.getByRole("link", { name: "Edit report" })).toHaveCount(0);
  await expect(analyst.getByRole("heading", { name: "History" })).toHaveCount(0);
  await analyst.goto(`/reports/${report.id}/edit`);
  await expect(analyst.getByText("this needs an editor")).toBeVisible();
  await expect(analyst.getByRole("button", { name: "Save report" })).toHaveCount(0);
});

test("an editor edits a report from its page; the history shows who changed what", async ({ page }) => {
  const editor = await makeUser({ role: "editor" });
  const report = await makeReport({ title: `Before ${uid()}` });
  const after = `After ${uid()}`;
  await signInWith(page, editor);
  await page.goto(`/reports/${report.id}`);
  await page.getByRole("link", { name: "Edit report" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(report.title);
  await page.getByLabel("Title").fill(after);
  await page.getByLabel("Title").press("Enter"); // submits, from the keyboard
  await expect(page).toHaveURL(new RegExp(`/reports/${report.id}\\?saved=updated$`));
  await expect(page.getByRole("status")).toHaveText("Report saved.");
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").first()).toContainText(`${editor.email} changed it`);
  await expect(history).toContainText(`Title: ${report.title} → ${after}`);
  expect(await getReportRow(report.id)).toMatchObject({ title: after, version: 2, updatedBy: editor.email });
});

test("two editors edit one report at once: the second save is refused, shows both versions, keeps its input", async ({ newPage }) => {
  const [alice, bob] = [await makeUser({ role: "editor" }), await makeUser({ role: "editor" })];
  const report = await makeReport({ title: `Shared ${uid()}`, publisher: "Original publisher" });
  const [a, b] = [await newPage(), await newPage()];
  await signInWith(a, alice);
  await signInWith(b, bob);
  await a.goto(`/reports/${report.id}/edit`);
  await b.goto(`/reports/${report.id}/edit`);

  await a.getByLabel("Title").fill("Alice's title");
  await a.getByRole("button", { name: "Save report" }).click();
  await expect(a.getByRole("status")).toHaveText("Report saved.");

  await b.getByLabel("Title").fill("Bob's title");
  await b.getByLabel("Publisher (optional)").fill("Bob's publisher");
  await b.getByRole("button", { name: "Save report" }).click();
  const conflict = b.getByRole("alert").filter({ hasText: "Someone else saved this report while you were editing" });
  await expect(conflict).toContainText(alice.email);
  await expect(conflict.getByRole("row", { name: /^Title/ })).toHaveText(/Title\s*Bob's title\s*Alice's title/);
  await expect(conflict.getByRole("row", { name: /^Publisher/ })).toHaveText(/Publisher\s*Bob's publisher\s*Original publisher/);
  // Bob's input is still in the form; nothing of his was written over Alice's
  await expect(b.getByLabel("Title")).toHaveValue("Bob's title");
  await expect(b.getByLabel("Publisher (optional)")).toHaveValue("Bob's publisher");
  expect(await getReportRow(report.id)).toMatchObject({ title: "Alice's title", publisher: "Original publisher", version: 2, updatedBy: alice.email });

  // saving again applies Bob's version over Alice's, knowingly
  await b.getByRole("button", { name: "Save my version over theirs" }).click();
  await expect(b.getByRole("status")).toHaveText("Report saved.");
  expect(await getReportRow(report.id)).toMatchObject({ title: "Bob's title", publisher: "Bob's publisher", version: 3, updatedBy: bob.email });
});

test("the reports list searches titles and publishers, newest first, 25 to a page", async ({ page }) => {
  const tag = uid();
  for (let i = 0; i < 26; i++) {
    const day = `2014-01-${String(i + 1).padStart(2, "0")}`;
    await makeReport(i === 25 ? { title: `Newest ${i}`, publisher: `Publisher ${tag}`, publishedOn: day } : { title: `Report ${tag} ${i}`, publishedOn: day });
  }
  await page.goto("/reports");
  await page.getByLabel("Search by title or publisher").fill(tag);
  await page.getByLabel("Search by title or publisher").press("Enter");
  await expect(page.getByRole("status")).toHaveText(`26 reports matching \u201c${tag}\u201d.`);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(26); // the header and 25
  await expect(rows.nth(1)).toContainText(`Newest 25`); // found by its publisher, and newest
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`Report ${tag} 0`);
  await page.getByLabel("Search by title or publisher").fill(`nothing like ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toContainText("No report's title or publisher contains");
});
