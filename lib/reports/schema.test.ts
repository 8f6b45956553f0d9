import { describe, expect, it } from "vitest";
import { latestTodayOnEarth } from "@/lib/dates";
import { FULL_TEXT_MAX, parseReportInput, parseVersion } from "./schema";

const valid = { title: "Syria death toll tops 70,000", publisher: "Naharnet", url: "https://example.org/r/1", publishedOn: "2013-03-01", language: "en", fullText: "about 70,000 people" };
const errorsFor = (over: Record<string, unknown>) => {
  const r = parseReportInput({ ...valid, ...over });
  return r.ok ? {} : r.errors;
};
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("ReportInputSchema", () => {
  it("accepts a full report, trimming text and treating empty optional fields as absent", () => {
    const r = parseReportInput({ ...valid, title: "  A title  ", publisher: " ", url: "", fullText: "" });
    expect(r).toEqual({ ok: true, data: { title: "A title", publishedOn: "2013-03-01", language: "en" } });
  });

  it("defaults the language to English and lower-cases the language part of a code", () => {
    expect(parseReportInput({ ...valid, language: "" })).toMatchObject({ ok: true, data: { language: "en" } });
    expect(parseReportInput({ title: "T", publishedOn: "2013-03-01" })).toMatchObject({ ok: true, data: { language: "en" } });
    expect(parseReportInput({ ...valid, language: "PT-BR" })).toMatchObject({ ok: true, data: { language: "pt-BR" } });
  });

  it.each([
    ["title", "", /Enter the report's title/],
    ["title", "x".repeat(501), /longer than 500/],
    ["publisher", "x".repeat(201), /longer than 200/],
    ["url", "not a url", /starting with http:\/\/ or https:\/\//],
    ["url", "ftp://example.org/x", /starting with http:\/\/ or https:\/\//],
    ["url", `https://example.org/${"x".repeat(2000)}`, /longer than 2,000/],
    ["publishedOn", "", /^Enter the date the report was published\.$/],
    ["publishedOn", "2013-02-30", /^Enter the publication date as a real date/],
    ["publishedOn", "1 March 2013", /^Enter the publication date as a real date/],
    ["language", "english", /language code such as en/],
    ["language", "e", /language code such as en/],
    ["fullText", "x".repeat(FULL_TEXT_MAX + 1), /longer than 200,000 characters/],
  ])("refuses %s = %j with a message for that field", (field, value, message) => {
    const errors = errorsFor({ [field]: value }) as Record<string, string[]>;
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toHaveLength(1);
    expect(errors[field]![0]).toMatch(message);
  });

  it("refuses a publication date in the future, accepting today anywhere on Earth", () => {
    const today = latestTodayOnEarth();
    expect(parseReportInput({ ...valid, publishedOn: today }).ok).toBe(true);
    expect(errorsFor({ publishedOn: dayAfter(today) })).toEqual({ publishedOn: ["The publication date is in the future: check the year."] });
  });

  it("keeps the full text exactly as pasted (line breaks and spacing are how quotes are found)", () => {
    const text = "  BEIRUT \u2014 line one\n\n  line two  ";
    expect(parseReportInput({ ...valid, fullText: text })).toMatchObject({ ok: true, data: { fullText: text } });
  });
});

describe("parseVersion", () => {
  it("reads a positive whole number and nothing else", () => {
    expect(parseVersion("3")).toBe(3);
    for (const bad of ["", "0", "-1", "1.5", "abc", null, undefined, "99999999999"]) expect(parseVersion(bad)).toBeNull();
  });
});
