import { describe, expect, it } from "vitest";
import { dateToDay, dayToEpoch, latestTodayOnEarth } from "@/lib/dates";
import { parseFigureInput, type FigureFieldErrors } from "./schema";

const DAY = 86_400_000;
/** Safely in the future wherever on Earth the editor is, whatever the time of day the test runs. */
const futureDay = () => dateToDay(new Date(dayToEpoch(latestTodayOnEarth()) + 3 * DAY));

/** A complete entry as the form sends it: every field a string, blanks as "". */
const valid = {
  conflict: "syria",
  metric: "deaths",
  value: "70,000",
  low: "",
  high: "",
  qualifier: "about",
  refDate: "2013-02-12",
  periodStart: "",
  source: "United Nations",
  sourceKind: "",
  reportTitle: "Putin, Obama Discuss Syria by Telephone",
  reportUrl: "https://www.naharnet.com/stories/en/73922",
  reportDate: "2013-03-01",
  quote: "  The United Nations says about 70,000 people have been killed ",
  note: "",
};

function errorsFor(overrides: Record<string, unknown>): FigureFieldErrors {
  const r = parseFigureInput({ ...valid, ...overrides });
  if (r.ok) throw new Error(`expected ${JSON.stringify(overrides)} to be rejected`);
  return r.errors;
}

/** Asserts the only field with a message is `field`, and returns its single message. */
function onlyError(overrides: Record<string, unknown>, field: keyof FigureFieldErrors): string {
  const errors = errorsFor(overrides);
  expect(Object.keys(errors)).toEqual([field]);
  expect(errors[field]).toHaveLength(1);
  return errors[field]![0]!;
}

describe("parseFigureInput: a valid entry", () => {
  it("parses to the typed output", () => {
    const r = parseFigureInput(valid);
    expect(r).toEqual({
      ok: true,
      data: {
        conflict: "syria",
        metric: "deaths",
        value: 70_000,
        qualifier: "about",
        refDate: "2013-02-12",
        source: "United Nations",
        sourceKind: "other",
        reportTitle: "Putin, Obama Discuss Syria by Telephone",
        reportUrl: "https://www.naharnet.com/stories/en/73922",
        reportDate: "2013-03-01",
        quote: "The United Nations says about 70,000 people have been killed",
        intent: "publish",
      },
    });
    if (!r.ok) return;
    for (const blank of ["low", "high", "periodStart", "note"] as const) expect(r.data[blank]).toBeUndefined();
  });

  it("keeps optional fields that are filled in", () => {
    const r = parseFigureInput({ ...valid, low: "60 000", high: 80_000, periodStart: "2011-03-15", sourceKind: "un_agency", note: " n " });
    expect(r.ok && r.data).toMatchObject({ low: 60_000, high: 80_000, periodStart: "2011-03-15", sourceKind: "un_agency", note: "n" });
  });

  it("needs a quote to publish, not to save a draft", () => {
    const publish = parseFigureInput({ ...valid, quote: "  " });
    expect(publish.ok ? [] : publish.errors.quote).toEqual([
      "A quote is required to publish: paste the source's exact words, e.g. \u201cabout 70,000 people have been killed\u201d, or save as a draft.",
    ]);
    const draft = parseFigureInput({ ...valid, quote: "", intent: "draft" });
    expect(draft.ok && draft.data).toMatchObject({ intent: "draft", quote: undefined });
    const odd = parseFigureInput({ ...valid, intent: "shred" });
    expect(odd.ok ? [] : odd.errors.intent).toEqual(["Choose Publish or Save as draft."]);
  });

  it("an empty date gets one message, not two", () => {
    const r = parseFigureInput({ ...valid, refDate: "" });
    expect(r.ok ? [] : r.errors.refDate).toEqual(["Enter the date the figure refers to."]);
  });

  it("reads a chosen report and the figure revised as ids", () => {
    const r = parseFigureInput({ ...valid, reportId: "12", supersedesId: " 7 " });
    expect(r.ok && r.data).toMatchObject({ reportId: 12, supersedesId: 7 });
    const bad = parseFigureInput({ ...valid, supersedesId: "seven" });
    expect(bad.ok ? [] : bad.errors.supersedesId).toEqual(["Enter the earlier figure's number, e.g. 42 for figure #42."]);
  });

  it("accepts the value as a number (API)", () => {
    const r = parseFigureInput({ ...valid, value: 70_000 });
    expect(r.ok && r.data.value).toBe(70_000);
  });

  it("accepts a future date for a projected figure", () => {
    const r = parseFigureInput({ ...valid, qualifier: "projected", refDate: futureDay() });
    expect(r.ok).toBe(true);
  });

  it("accepts a reference date after the report date for a projected figure", () => {
    expect(parseFigureInput({ ...valid, qualifier: "projected", refDate: "2013-06-01" }).ok).toBe(true);
  });
});

describe("parseFigureInput: one problem, one message on the right field", () => {
  it.each([
    ["-5", /negative/],
    ["abc", /digits/],
    ["1e99", /exponent/],
    [1e99, /exponent/],
    [-5, /negative/],
  ])("value %j", (value, re) => {
    expect(onlyError({ value }, "value")).toMatch(re);
  });

  it.each(["", "   "])("quote %j", (quote) => {
    expect(onlyError({ quote }, "quote")).toMatch(/exact words/);
  });

  it("refDate in the future for a non-projected figure", () => {
    expect(onlyError({ refDate: futureDay() }, "refDate")).toMatch(/in the future.*projected/);
  });

  it("refDate after reportDate for a non-projected figure", () => {
    expect(onlyError({ refDate: "2013-03-05" }, "refDate")).toMatch(/on or before the report date/);
  });

  it.each(["not a url", "ftp://x.org", "javascript:alert(1)"])("reportUrl %j", (reportUrl) => {
    expect(onlyError({ reportUrl }, "reportUrl")).toMatch(/http:\/\/ or https:\/\//);
  });

  it("low above value", () => {
    expect(onlyError({ low: "80,000" }, "low")).toMatch(/low bound/);
  });

  it("high below value", () => {
    expect(onlyError({ high: "60,000" }, "high")).toMatch(/high bound/);
  });

  it("periodStart after refDate", () => {
    expect(onlyError({ periodStart: "2013-02-13" }, "periodStart")).toMatch(/start on or before/);
  });

  it.each(["refDate", "reportDate", "periodStart"])("impossible date 2013-02-30 in %s", (field) => {
    expect(onlyError({ [field]: "2013-02-30" }, field as keyof FigureFieldErrors)).toMatch(/real date/);
  });

  it("reportDate in the future", () => {
    expect(onlyError({ reportDate: futureDay() }, "reportDate")).toMatch(/report date is in the future/);
  });
});

describe("parseFigureInput: several problems at once", () => {
  it("reports a bad value, a future date and an empty quote together", () => {
    const errors = errorsFor({ value: "abc", refDate: futureDay(), quote: "" });
    expect(Object.keys(errors).sort()).toEqual(["quote", "refDate", "value"]);
    expect(errors.value?.[0]).toMatch(/digits/);
    expect(errors.refDate?.[0]).toMatch(/in the future/);
    expect(errors.quote?.[0]).toMatch(/exact words/);
  });
});

// Input that is not an object: the API and importer pass request bodies straight in.
describe("parseFigureInput: input that is not an object", () => {
  it("returns errors for null instead of throwing", () => {
    expect(() => parseFigureInput(null)).not.toThrow();
  });

  it.each([["a string"], [[]]])("says the whole input is wrong, not that dates are in the future, for %j", (raw) => {
    const r = parseFigureInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).not.toHaveProperty("reportDate");
      expect(r.formErrors.length).toBeGreaterThan(0);
    }
  });

  it("a missing value says what to enter, not 'Invalid input'", () => {
    const { value: _omit, ...rest } = valid;
    const r = parseFigureInput(rest);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.value?.[0]).toBe("Enter a number.");
  });
});
