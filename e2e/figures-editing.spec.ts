// The editors' figure workflow (issue 4), changing figures: two editors at once, draft → publish, delete and
// restore, revisions. Each test makes its own conflict, source and people.
import { expect } from "@playwright/test";
import { closeDb, countFigures, getFigureRow, makeConflict, makeFigureIn, makeUser, uid } from "./factories";
import { field, fillValidFigure, historyEntry, idFromUrl, signInAs, signInWith, test } from "./fixtures";

test.afterAll(closeDb);
// Several people, browsers and pages per test: well over the default 30 s when both workers share 2 cores.
test.setTimeout(60_000);

test("two editors edit one figure at once: the second save is refused, shows both versions, keeps its input", async ({ newPage }) => {
  const conflict = await makeConflict();
  const id = await makeFigureIn({ conflict: conflict.slug, value: 1000, qualifier: "about", quote: `about 1,000 people killed ${uid()}` });
  const [alice, bob] = [await makeUser({ role: "editor" }), await makeUser({ role: "editor" })];
  const [a, b] = [await newPage(), await newPage()];
  await signInWith(a, alice);
  await signInWith(b, bob);
  await a.goto(`/figures/${id}/edit`);
  await b.goto(`/figures/${id}/edit`);
  await expect(field(b, "Value")).toHaveValue("1000");

  await field(a, "Value").fill("1,500");
  await a.getByRole("button", { name: "Save", exact: true }).click();
  await expect(a).toHaveURL(new RegExp(`/figures/${id}\\?saved=1$`));
  await expect(a.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 1,500");

  await field(b, "Note (optional)").fill("Bob's note");
  await b.getByRole("button", { name: "Save", exact: true }).click();
  const conflictView = b.getByRole("alert").filter({ hasText: "Someone else saved this figure while you were editing" });
  await expect(conflictView).toContainText(`${alice.email} saved it at`);
  // side by side: your version, then the saved one
  await expect(conflictView.getByRole("row", { name: /^Value/ })).toHaveText(/^Value\s*1000\s*1500$/);
  await expect(conflictView.getByRole("row", { name: /^Value/ })).toHaveClass("differs");
  await expect(conflictView.getByRole("row", { name: /^Note/ })).toHaveText(/^Note\s*Bob's note\s*—$/);
  await expect(conflictView.getByRole("row", { name: /^Source/ })).not.toHaveClass("differs");
  // Bob's input is still in the form; Alice's change to a field he had not touched is merged in
  await expect(field(b, "Note (optional)")).toHaveValue("Bob's note");
  await expect(field(b, "Value")).toHaveValue("1500");
  expect(await getFigureRow(id)).toMatchObject({ value: "1500", note: null, version: 2, updatedBy: alice.email });

  // saving again applies Bob's change on top of Alice's: neither is lost
  await b.getByRole("button", { name: "Save", exact: true }).click();
  await expect(b).toHaveURL(new RegExp(`/figures/${id}\\?saved=1$`));
  await expect(b.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 1,500");
  await expect(b.getByRole("definition").filter({ hasText: "Bob's note" })).toBeVisible();
  expect(await getFigureRow(id)).toMatchObject({ value: "1500", note: "Bob's note", version: 3, updatedBy: bob.email });

  // the history keeps both changes, each with its author
  await expect(historyEntry(b, `${alice.email} changed it`)).toContainText("value: 1000 → 1500");
  const bobs = historyEntry(b, `${bob.email} changed it`);
  await expect(bobs).toContainText("note: — → Bob's note");
  await expect(bobs).not.toContainText("value:");
});

test("a draft needs no quote and stays off public pages until it is published", async ({ page, newPage }) => {
  const conflict = await makeConflict();
  const quote = `about 2,468 people have been killed, the draft office says ${uid()}`;
  await signInAs(page, "editor");
  await page.goto(`/figures/new?conflict=${conflict.slug}`);
  await fillValidFigure(page, { source: `E2E Draft Office ${uid()}`, quote: "", value: "2,468", reportUrl: `https://example.org/e2e/${uid()}` });

  // publishing needs the source's words: the message is under the Quote field, and nothing is saved
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(field(page, "Quote")).toHaveAccessibleDescription(/A quote is required to publish: paste the source's exact words.*or save as a draft/);
  await expect(page.getByRole("alert").filter({ hasText: "need" })).toContainText("One field needs fixing");
  await expect(field(page, "Value")).toHaveValue("2,468");
  expect(await countFigures(conflict.slug)).toBe(0);

  // a draft does not
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/figures\/\d+\?added=1$/);
  const id = idFromUrl(page);
  await expect(page.getByRole("status").filter({ hasText: "Figure added." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 2,468");
  await expect(page.locator(".badge")).toHaveText("draft");
  await expect(page.getByText("No quote yet: a quote is needed to publish.")).toBeVisible();
  // and cannot be published without its quote
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A quote is required" })).toHaveText(/^A quote is required to publish: edit the figure/);
  await expect(page.locator(".badge")).toHaveText("draft");

  // a visitor sees neither the figure nor its page
  const visitor = await newPage();
  await visitor.goto(`/conflicts/${conflict.slug}`);
  await expect(visitor.getByText("No published figures for this conflict yet.")).toBeVisible();
  expect((await visitor.goto(`/figures/${id}`))?.status()).toBe(404);

  // the quote added in an edit that keeps it a draft
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save and publish" })).toBeVisible();
  await field(page, "Quote").fill(quote);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(page.locator(".badge")).toHaveText("draft");
  await visitor.goto(`/conflicts/${conflict.slug}`);
  await expect(visitor.getByText("No published figures for this conflict yet.")).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure published." })).toBeVisible();
  await expect(page.locator(".badge")).toHaveText("published");
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(historyEntry(page, "editor@demo.conflict-figures.org published it")).toContainText("status: draft → published");

  await visitor.goto(`/conflicts/${conflict.slug}`);
  await visitor.getByText(/^Data table/).click();
  await expect(visitor.getByRole("row", { name: new RegExp(quote) })).toContainText("about 2,468");
  expect((await visitor.goto(`/figures/${id}`))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Deaths: about 2,468");
});

test("a deleted figure leaves the conflict page and the list; restored, it is back; the history says who did both", async ({ page, newPage }) => {
  const editor = await makeUser({ role: "editor" });
  const conflict = await makeConflict();
  const quote = `about 3,579 people have been killed, says the deleting test ${uid()}`;
  const id = await makeFigureIn({ conflict: conflict.slug, value: 3579, qualifier: "about", quote });
  const visitor = await newPage();
  await visitor.goto(`/conflicts/${conflict.slug}`);
  await visitor.getByText(/^Data table/).click();
  await expect(visitor.getByRole("row", { name: new RegExp(quote) })).toBeVisible();

  await signInWith(page, editor);
  await page.goto(`/figures/${id}`);
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure deleted." })).toContainText("Restore brings it back");
  await expect(page.locator(".badge")).toHaveText("deleted");
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  expect(await getFigureRow(id)).toMatchObject({ deleted: true });

  await visitor.reload();
  await expect(visitor.getByText("No published figures for this conflict yet.")).toBeVisible();
  await visitor.goto(`/figures?conflict=${conflict.slug}`);
  await expect(visitor.getByRole("main").getByRole("status")).toHaveText("No figures match these filters.");
  expect((await visitor.goto(`/figures/${id}`))?.status()).toBe(404);
  // editors still find it among the deleted
  const editorList = await newPage();
  await signInWith(editorList, editor);
  await editorList.goto(`/figures?conflict=${conflict.slug}&status=deleted`);
  await expect(editorList.getByRole("row", { name: new RegExp(quote) })).toContainText("deleted");

  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure restored." })).toBeVisible();
  await expect(page.locator(".badge")).toHaveText("published");
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toBeVisible();
  expect(await getFigureRow(id)).toMatchObject({ deleted: false, updatedBy: editor.email });

  await visitor.goto(`/conflicts/${conflict.slug}`);
  await visitor.getByText(/^Data table/).click();
  await expect(visitor.getByRole("row", { name: new RegExp(quote) })).toContainText("about 3,579");
  await visitor.goto(`/figures?conflict=${conflict.slug}`);
  await expect(visitor.getByRole("main").getByRole("status")).toHaveText(/^Showing 1–1 of 1 figures?\.$/);
  await expect(historyEntry(page, `${editor.email} deleted it`)).toContainText(`deletedBy: — → ${editor.email}`);
  await expect(historyEntry(page, `${editor.email} restored it`)).toContainText(`deletedBy: ${editor.email} → —`);
});

test("a revision: Revise pre-fills the form, the conflict page shows the newer number only, the old one says it was revised", async ({ page }) => {
  const conflict = await makeConflict();
  const source = `E2E Revising Ministry ${uid()}`;
  const oldQuote = `about 1,000 people have been killed ${uid()}`;
  const oldId = await makeFigureIn({ conflict: conflict.slug, source, value: 1000, qualifier: "about", refDate: "2013-02-28", quote: oldQuote });
  const newQuote = `the toll is now about 1,250 ${uid()}`;

  await signInAs(page, "editor");
  await page.goto(`/figures/${oldId}`);
  await page.getByRole("link", { name: "Revise" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/new\\?supersedes=${oldId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Revise figure #${oldId}`);
  await expect(field(page, "Conflict")).toHaveValue(conflict.slug);
  await expect(field(page, "Metric")).toHaveValue("deaths");
  await expect(field(page, "Qualifier")).toHaveValue("about");
  await expect(field(page, "Source")).toHaveValue(source);
  await expect(field(page, "Revises figure # (optional)")).toHaveValue(String(oldId));
  await expect(field(page, "Value")).toHaveValue("");

  await field(page, "Value").fill("1,250");
  await field(page, "Refers to (date)").fill("2013-03-10");
  await field(page, "Report title").fill("E2E revised report");
  await field(page, "Report URL").fill(`https://example.org/e2e/${uid()}`);
  await field(page, "Report date").fill("2013-03-11");
  await field(page, "Quote").fill(newQuote);
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Figure added." })).toBeVisible();
  const newId = idFromUrl(page);
  await expect(page.getByRole("definition").filter({ hasText: `figure #${oldId}` })).toHaveText(`figure #${oldId} (about 1,000 on 28 Feb 2013)`);

  await page.getByRole("link", { name: "See it on the conflict page" }).click();
  const chart = page.getByRole("figure", { name: `Deaths in ${conflict.name}` });
  await expect(chart.getByRole("link", { name: `${source}: about 1,250 on 10 Mar 2013` })).toBeVisible();
  await expect(chart.getByRole("link", { name: / on / })).toHaveCount(1);
  await page.getByText(/^Data table/).click();
  const table = page.getByRole("table", { name: /the figures the chart draws/ });
  await expect(table.getByRole("row", { name: new RegExp(newQuote) })).toContainText("about 1,250");
  await expect(table.getByRole("row")).toHaveCount(2); // header + the newer figure
  await expect(page.getByText(oldQuote)).toHaveCount(0);

  await page.goto(`/figures/${oldId}`);
  await expect(page.getByText(`revised by #${newId}`)).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Revised by" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: `figure #${newId}` })).toHaveText(`figure #${newId} (about 1,250 on 10 Mar 2013): charts show that one`);
});
