// The two-person rule, against a second server started with REVIEW=two-person (playwright.config.ts).
import { expect } from "@playwright/test";
import { closeDb, getFigureRow, makeConflict, makeUser, uid } from "./factories";
import { fillValidFigure, signInWith, test } from "./fixtures";

test.afterAll(closeDb);
test.setTimeout(60_000);

const review = `http://localhost:${process.env.E2E_REVIEW_PORT}`;

test("under two-person review, an editor's figure waits until another editor publishes it", async ({ page, newPage }) => {
  const conflict = await makeConflict();
  const [ann, bob] = [await makeUser({ role: "editor" }), await makeUser({ role: "editor" })];
  const quote = `about 4,321 people have been killed, says the review test ${uid()}`;

  await signInWith(page, ann, review);
  await page.goto(`${review}/figures/new?conflict=${conflict.slug}`);
  await expect(page.getByText("Under the two-person rule, another editor publishes what you save.")).toBeVisible();
  await fillValidFigure(page, { source: `Review Agency ${uid()}`, quote, value: "4,321", reportUrl: `https://example.org/e2e/${uid()}` });
  await page.getByRole("button", { name: "Save for review" }).click();
  await expect(page).toHaveURL(/\/figures\/\d+\?added=1&review=1$/);
  await expect(page.getByRole("status").first()).toContainText("Saved for review: under the two-person rule another editor checks and publishes it.");
  const id = Number(page.url().match(/figures\/(\d+)/)![1]);
  expect(await getFigureRow(id)).toMatchObject({ status: "draft", createdBy: ann.email });

  // the one who entered it cannot publish it
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Under the two-person rule a figure is published by an editor other than the one who entered or last changed it");
  expect(await getFigureRow(id)).toMatchObject({ status: "draft" });

  // a visitor does not see it yet
  const visitor = await newPage();
  await visitor.goto(`${review}/conflicts/${conflict.slug}`);
  await expect(visitor.getByText(quote)).toHaveCount(0);

  // another editor checks it and publishes it
  const other = await newPage();
  await signInWith(other, bob, review);
  await other.goto(`${review}/figures/${id}`);
  await other.getByRole("button", { name: "Publish" }).click();
  await expect(other.getByRole("main").getByRole("status")).toContainText("Figure published.");
  expect(await getFigureRow(id)).toMatchObject({ status: "published", publishedBy: bob.email });
  await visitor.goto(`${review}/conflicts/${conflict.slug}`);
  await visitor.getByText(/^Data table/).click();
  await expect(visitor.getByRole("row", { name: new RegExp(quote) })).toContainText("about 4,321");
});
