import { describe, expect, it } from "vitest";
import { describeReliability, parsePositiveInt, parseSourceInput } from "./schema";
import { sourceConflictRows } from "./form-values";

describe("SourceInputSchema", () => {
  it("accepts a source, with or without a grade", () => {
    expect(parseSourceInput({ name: " UNHCR ", kind: "un_agency", reliability: "B" })).toEqual({ ok: true, data: { name: "UNHCR", kind: "un_agency", reliability: "B" } });
    expect(parseSourceInput({ name: "UNHCR", kind: "un_agency", reliability: "" })).toEqual({ ok: true, data: { name: "UNHCR", kind: "un_agency" } });
  });

  it.each([
    ["name", "   ", /Enter the source's name/],
    ["name", "x".repeat(201), /longer than 200/],
    ["kind", "", /Choose the kind of source/],
    ["kind", "blog", /Choose the kind of source/],
    ["reliability", "G", /grade from A to F/],
    ["reliability", "b", /grade from A to F/],
  ])("refuses %s = %j with a message for that field", (field, value, message) => {
    const r = parseSourceInput({ name: "UNHCR", kind: "un_agency", reliability: "A", [field]: value });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual([field]);
    expect(r.errors[field as "name"]![0]).toMatch(message);
  });
});

describe("for people to read", () => {
  it("names the grade, and compares two versions in words", () => {
    expect(describeReliability("B")).toBe("B: Usually reliable");
    expect(describeReliability(null)).toBe("not graded");
    expect(sourceConflictRows({ name: "UNHCR", kind: "un_agency", reliability: "" }, { name: "UNHCR", kind: "ngo", reliability: "A" })).toEqual([
      { label: "Name", mine: "UNHCR", theirs: "UNHCR" },
      { label: "Kind", mine: "UN agency", theirs: "NGO or observatory" },
      { label: "Reliability", mine: "not graded", theirs: "A: Completely reliable" },
    ]);
    expect(parsePositiveInt("7")).toBe(7);
    expect(parsePositiveInt("x")).toBeNull();
  });
});
