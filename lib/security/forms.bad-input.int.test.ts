// Bad input to every form's server action, through the submit function behind it (what the action calls with
// the posted FormData): generated values each field must refuse, a few at a time over an otherwise valid form,
// posted by someone allowed to submit it. Every one is refused with a message a person can act on, nothing
// is written (every table's digest is unchanged), and nothing throws (a throw would be a 500).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addAnnotation, annotationValues } from "@/lib/annotations/submit";
import { snapshot, uid } from "@/lib/auth/access-kit";
import type { Viewer } from "@/lib/auth/roles";
import { ROLES } from "@/lib/auth/roles";
import { createConflict } from "@/lib/conflicts/mutations";
import { QUALIFIERS } from "@/lib/figures/qualifiers";
import { SOURCE_KINDS } from "@/lib/figures/schema";
import { formValues, submitFigure } from "@/lib/figures/submit";
import { METRIC_KINDS, UNITS } from "@/lib/metrics/schema";
import { addMetric, metricValues } from "@/lib/metrics/submit";
import { addPerson, personValues } from "@/lib/people/submit";
import { reportValues, submitNewReport } from "@/lib/reports/submit";
import { RELIABILITY_GRADES } from "@/lib/sources/schema";
import { sourceValues, submitNewSource } from "@/lib/sources/submit";
import {
  anyString, badChoice, badCount, badDay, badId, badOptionalText, badText, badUrl, expectClearMessages, extraFields, formDataOf, futureDay,
  messagesOf, spoil,
  runs,
} from "./bad-input-kit";

const editor: Viewer = { id: "fuzz-editor", email: "fuzz-editor@example.org", name: "Fuzz", role: "editor" };
const admin: Viewer = { id: "fuzz-admin", email: "fuzz-admin@example.org", name: "Fuzz", role: "admin" };
const missing = fc.constant(undefined);

let conflict: string;
beforeAll(async () => {
  conflict = (await createConflict({ conflict: { slug: `fuzz-${uid()}`, name: "Fuzz war", region: "R", startDate: "2012-01-01" }, actor: "t" })).slug;
});

/** Submits each generated form and checks the refusal: a clear message, nothing written, no throw. */
async function refusesAll<F extends string>(
  arbitrary: fc.Arbitrary<{ values: Record<F, string | undefined>; spoiled: F[] }>,
  extras: fc.Arbitrary<[string, string | Blob][]>,
  submit: (fd: FormData) => Promise<{ ok: true } | { ok: false; state: Parameters<typeof messagesOf>[0] }>,
  numRuns: number,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, extras, async ({ values }, extra) => {
      const before = await snapshot();
      const result = await submit(formDataOf(values, extra));
      if (result.ok) expect.fail(`accepted: ${JSON.stringify(values).slice(0, 300)}`);
      expectClearMessages(messagesOf(result.state));
      expect(await snapshot()).toBe(before);
    }),
    { numRuns },
  );
}

describe("bad input to the forms is refused with a message and writes nothing", () => {
  it("the figure form (createFigureAction)", async () => {
    const base = {
      conflict, metric: "deaths", value: "1,000", low: "", high: "", qualifier: "about", refDate: "2013-03-01", periodStart: "",
      source: `Source ${uid()}`, sourceKind: "ngo", reportTitle: "Report", reportUrl: `https://example.org/${uid()}`, reportDate: "2013-03-02",
      quote: "about 1,000 people", note: "", reportId: "", supersedesId: "", intent: "publish",
    };
    const bad = {
      conflict: fc.oneof(badText(200), missing, fc.constant(`no-such-conflict-${uid()}`)),
      metric: fc.oneof(badText(100), missing, fc.constant("no_such_metric")),
      value: fc.oneof(badCount(true), missing),
      low: fc.oneof(badCount(false), fc.constantFrom("5,000", "1001")),
      high: fc.oneof(badCount(false), fc.constantFrom("999", "0")),
      qualifier: fc.oneof(badChoice(QUALIFIERS), missing),
      refDate: fc.oneof(badDay(true), futureDay, fc.constant("2013-03-05"), missing),
      periodStart: fc.oneof(badDay(false), fc.constant("2013-04-01")),
      source: fc.oneof(badText(200), missing),
      sourceKind: badChoice(SOURCE_KINDS),
      reportTitle: fc.oneof(badText(500), missing),
      reportUrl: badUrl,
      reportDate: fc.oneof(badDay(true), futureDay, missing),
      quote: fc.oneof(badOptionalText(5000), fc.constant("")),
      note: badOptionalText(5000),
      reportId: badId,
      supersedesId: badId,
      intent: badChoice(["publish", "draft"]),
    };
    await refusesAll(spoil(base, bad), extraFields(Object.keys(base)), (fd) => submitFigure({ viewer: editor, values: formValues(fd) }), runs(60));
  });

  it("the figure form, every field anything at all: never throws; a refusal says why and writes nothing", async () => {
    const fields = ["conflict", "metric", "value", "low", "high", "qualifier", "refDate", "periodStart", "source", "sourceKind", "reportTitle", "reportUrl", "reportDate", "quote", "note", "reportId", "supersedesId", "intent"];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), anyString), async (values) => {
        const before = await snapshot();
        const r = await submitFigure({ viewer: editor, values: formValues(formDataOf(values)) });
        if (r.ok) return; // a random string that names this test's conflict and everything else right is a figure
        expectClearMessages(messagesOf(r.state));
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: runs(20) },
    );
  });

  it("the report form (createReportAction)", async () => {
    const base = { title: "A report", publisher: "Agency", url: `https://example.org/r/${uid()}`, publishedOn: "2013-03-01", language: "en", fullText: "Some text." };
    const bad = {
      title: fc.oneof(badText(500), missing),
      publisher: badOptionalText(200),
      url: badUrl,
      publishedOn: fc.oneof(badDay(true), futureDay, missing),
      language: fc.oneof(fc.constantFrom("english", "e", "en_GB", "12", "en-"), anyString.filter((s) => s.trim() !== "" && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(s.trim()))),
      fullText: fc.oneof(fc.integer({ min: 200_001, max: 200_100 }).map((n) => "w".repeat(n)), fc.constant("a\u0000b")),
    };
    await refusesAll(spoil(base, bad), extraFields(Object.keys(base)), (fd) => submitNewReport({ viewer: editor, values: reportValues(fd) }), runs(30));
  });

  it("the source form (createSourceAction)", async () => {
    const base = { name: `Source ${uid()}`, kind: "ngo", reliability: "B" };
    const bad = { name: fc.oneof(badText(200), missing), kind: fc.oneof(badChoice(SOURCE_KINDS), missing), reliability: badChoice(RELIABILITY_GRADES) };
    await refusesAll(spoil(base, bad), extraFields(Object.keys(base)), (fd) => submitNewSource({ viewer: editor, values: sourceValues(fd) }), runs(25));
  });

  it("the event form on a conflict's charts (addAnnotationAction)", async () => {
    const base = { conflict, date: "2013-08-21", label: "Ghouta attack" };
    const bad = {
      conflict: fc.oneof(badText(200), missing, fc.constant(`no-such-conflict-${uid()}`)),
      date: fc.oneof(badDay(true), futureDay, missing),
      label: fc.oneof(badText(80), missing),
    };
    await refusesAll(spoil(base, bad), extraFields(Object.keys(base)), async (fd) => {
      const state = await addAnnotation({ viewer: editor, values: annotationValues(fd) });
      return state.added ? { ok: true } : { ok: false, state };
    }, runs(25));
  });

  it("the metric form (addMetricAction, admins)", async () => {
    const base = { name: "Weekly arrivals", slug: `weekly_${uid()}`, kind: "rate", unit: "people_per_week", hxlTag: "#affected+arrivals" };
    const bad = {
      name: fc.oneof(badText(100), missing),
      slug: fc.oneof(fc.constantFrom("Deaths", "1abc", "has space", "a-b", "deaths", ""), fc.integer({ min: 51, max: 80 }).map((n) => `a${"b".repeat(n)}`)),
      kind: fc.oneof(badChoice(METRIC_KINDS), fc.constant("stock")),
      // (kind stock with unit people would be a valid pair: only one of the two is spoiled towards it)
      unit: badChoice(UNITS),
      hxlTag: fc.constantFrom("affected", "#Affected", "#affected+", "#a b", "", "#1x", "#affected\u0000"),
    };
    await refusesAll(spoil(base, bad), extraFields(Object.keys(base)), async (fd) => {
      const state = await addMetric({ viewer: admin, values: metricValues(fd) });
      return state.added ? { ok: true } : { ok: false, state };
    }, runs(25));
  });

  it("the add-a-person form (addPersonAction, admins)", async () => {
    const base = { email: `p-${uid()}@example.org`, name: "A person", role: "editor", password: "a-long-enough-password" };
    const bad = {
      email: fc.oneof(fc.constantFrom("", "not-an-email", "a@", "@b.org", "a b@c.org", "a@b@c.org", `${"x".repeat(250)}@example.org`, "a\u0000@example.org"), missing),
      name: fc.oneof(badText(120), missing),
      role: fc.oneof(badChoice(ROLES), missing),
      password: fc.oneof(fc.string({ maxLength: 9 }), fc.integer({ min: 201, max: 260 }).map((n) => "p".repeat(n)), missing),
    };
    await refusesAll(spoil(base, bad), extraFields(Object.keys(base)), async (fd) => {
      const state = await addPerson({ viewer: admin, values: personValues(fd) });
      return state.added ? { ok: true } : { ok: false, state };
    }, runs(25));
  });
});
