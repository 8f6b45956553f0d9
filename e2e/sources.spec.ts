// Sources as editors use them: add (messages under fields), edit, merge with a confirm step, a merge refused
// when the source changed meanwhile, and the whole add flow from the keyboard.
import { expect } from "@playwright/test";
import { closeDb, figureSourceIds, getSourceRow, makeFigure, makeReport, makeSource, makeUser, uid } from "./factories";
import { signInAs, signInWith, test } from "./fixtures";

test.afterAll(closeDb);

test("an editor adds a source: each problem under its field, then saved with its grade", async ({ page }) => {
  const taken = await makeSource();
  const name = `Syrian Observatory ${uid()}`;
  await signInAs(page, "editor");
  await page.goto("/sources");
  await page.getByRole("link", { name: "Add a source" }).click();
  await page.getByLabel("Reliability (optional)").selectOption("B");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "need fixing" })).toContainText("2 fields need fixing");
  await expect(page.getByLabel("Name")).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(/Enter the source's name/);
  await expect(page.getByLabel("Kind")).toHaveAccessibleDescription(/Choose the kind of source/);
  await expect(page.getByLabel("Reliability (optional)")).toHaveValue("B");

  await page.getByLabel("Name").fill(taken.name.toUpperCase());
  await page.getByLabel("Kind").selectOption("ngo");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(/already on record: use that source, or give this one another name/);
  await expect(page.getByLabel("Kind")).toHaveValue("ngo");

  await page.getByLabel("Name").fill("x".repeat(201));
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(/longer than 200 characters/);

  await page.getByText("What the grades mean").click();
  await expect(page.getByRole("term").filter({ hasText: "B: Usually reliable" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\?saved=created$/);
  await expect(page.getByRole("status")).toHaveText("Source added.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("NGO or observatory · reliability B: Usually reliable")).toBeVisible();
});

test("an editor edits a source; a save over someone else's newer version is refused and shows both", async ({ newPage }) => {
  const [alice, bob] = [await makeUser({ role: "editor" }), await makeUser({ role: "editor" })];
  const source = await makeSource({ reliability: "C" });
  const [a, b] = [await newPage(), await newPage()];
  await signInWith(a, alice);
  await signInWith(b, bob);
  await a.goto(`/sources/${source.id}/edit`);
  await b.goto(`/sources/${source.id}/edit`);
  await a.getByLabel("Reliability (optional)").selectOption("A");
  await a.getByRole("button", { name: "Save source" }).click();
  await expect(a.getByRole("status")).toHaveText("Source saved.");
  await expect(a.getByRole("region", { name: "History" })).toContainText("Reliability: C → A");

  await b.getByLabel("Kind").selectOption("media");
  await b.getByRole("button", { name: "Save source" }).click();
  const conflict = b.getByRole("alert").filter({ hasText: "Someone else saved this source while you were editing" });
  await expect(conflict).toContainText(alice.email);
  await expect(conflict.getByRole("row", { name: /^Reliability/ })).toHaveText(/C: Fairly reliable\s*A: Completely reliable/);
  await expect(b.getByLabel("Kind")).toHaveValue("media");
  expect(await getSourceRow(source.id)).toMatchObject({ version: 2 });
});

test("merging a source moves its figures to the one kept, after a confirm step", async ({ page }) => {
  const [merged, kept] = [await makeSource({ name: `SOHR ${uid()}` }), await makeSource({ name: `Syrian Observatory for Human Rights ${uid()}` })];
  const report = await makeReport();
  const moving = [
    await makeFigure({ reportId: report.id, sourceId: merged.id, quote: `about 1,000 killed ${uid()}` }),
    await makeFigure({ reportId: report.id, sourceId: merged.id, quote: `about 2,000 killed ${uid()}`, status: "draft" }),
  ];
  const staying = await makeFigure({ reportId: report.id, sourceId: kept.id, quote: `about 3,000 killed ${uid()}` });

  await signInAs(page, "editor");
  await page.goto(`/sources/${merged.id}`);
  await page.getByRole("link", { name: "Edit or merge source" }).click();
  await page.getByLabel("Merge into…").selectOption({ label: `${kept.name} (1 figure)` });
  await page.getByRole("button", { name: "Review the merge" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Merge \u201c${merged.name}\u201d into \u201c${kept.name}\u201d?`);
  await expect(page.getByText("All 2 of its figures are moved")).toBeVisible();
  expect(await figureSourceIds([...moving, staying])).toEqual([merged.id, merged.id, kept.id]); // nothing yet
  await page.getByRole("button", { name: `Merge \u201c${merged.name}\u201d into \u201c${kept.name}\u201d` }).click();

  await expect(page).toHaveURL(new RegExp(`/sources/${kept.id}\\?merged=1$`));
  await expect(page.getByRole("status")).toHaveText(`Merged \u201c${merged.name}\u201d into \u201c${kept.name}\u201d: 2 figures moved here, and \u201c${merged.name}\u201d is deleted.`);
  for (const id of [...moving, staying]) await expect(page.locator(`#figure-${id}`)).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText(`Merged source: \u201c${merged.name}\u201d (source ${merged.id})`);
  expect(await figureSourceIds([...moving, staying])).toEqual([kept.id, kept.id, kept.id]);
  expect(await getSourceRow(merged.id)).toBeUndefined();
  const gone = await page.goto(`/sources/${merged.id}`);
  expect(gone?.status()).toBe(404);
});

test("a merge is refused when the source changed after the editor reviewed it", async ({ page, newPage }) => {
  const [merged, kept] = [await makeSource(), await makeSource()];
  const other = await makeUser({ role: "editor" });
  await signInAs(page, "editor");
  await page.goto(`/sources/${merged.id}/merge?into=${kept.id}&version=1`);
  const mergeButton = page.getByRole("button", { name: /^Merge / });
  await expect(mergeButton).toBeVisible();

  const meanwhile = await newPage();
  await signInWith(meanwhile, other);
  await meanwhile.goto(`/sources/${merged.id}/edit`);
  await meanwhile.getByLabel("Reliability (optional)").selectOption("E");
  await meanwhile.getByRole("button", { name: "Save source" }).click();
  await expect(meanwhile.getByRole("status")).toHaveText("Source saved.");

  await mergeButton.click();
  const refusal = page.getByRole("alert").filter({ hasText: "so nothing was merged" });
  await expect(refusal).toContainText(`The source to merge, \u201c${merged.name}\u201d, was changed by ${other.email}`);
  expect(await getSourceRow(merged.id)).toMatchObject({ version: 2 });
  // reviewing again shows the source as it is now, and merges it
  await page.getByRole("link", { name: "Review the merge again" }).click();
  await expect(page.getByRole("row", { name: /^Reliability/ })).toContainText("E: Unreliable");
  await page.getByRole("button", { name: /^Merge / }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${kept.id}\\?merged=1$`));
  expect(await getSourceRow(merged.id)).toBeUndefined();
});

test("adding and merging a source works from the keyboard alone", async ({ page }) => {
  const kept = await makeSource();
  const name = `Keyboard source ${uid()}`;
  await signInAs(page, "editor");
  await page.goto("/sources/new");
  await page.getByLabel("Name").focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Tab"); // Kind
  await page.keyboard.press("ArrowDown"); // the first kind
  await page.keyboard.press("Tab"); // Reliability
  await page.keyboard.press("ArrowDown"); // A
  await expect(page.getByLabel("Kind")).toHaveValue("un_agency");
  await expect(page.getByLabel("Reliability (optional)")).toHaveValue("A");
  await page.getByLabel("Name").press("Enter");
  await expect(page.getByRole("status")).toHaveText("Source added.");

  // to the edit page and through the merge by Tab and Enter
  await page.getByRole("link", { name: "Edit or merge source" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Merge into…").focus();
  await page.getByLabel("Merge into…").selectOption({ label: `${kept.name} (0 figures)` }); // a select is keyboard-operable; its value set as a person would pick it
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Review the merge" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /^Merge / }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(`Merged \u201c${name}\u201d into \u201c${kept.name}\u201d`);
});
