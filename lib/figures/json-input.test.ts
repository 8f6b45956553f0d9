// Reading POST /api/v1/figures's body into the form's values.
import { describe, expect, it } from "vitest";
import { figureValuesFromJson } from "./json-input";

describe("figureValuesFromJson", () => {
  it("takes the form's fields as strings, numbers as typed digits and null as absent", () => {
    expect(figureValuesFromJson({ conflict: "syria", value: 70000, low: null, quote: "about 70,000" })).toEqual({
      ok: true,
      values: { conflict: "syria", value: "70000", quote: "about 70,000" },
    });
  });
  it("refuses what is not one object", () => {
    for (const body of [null, [], "syria", 3]) expect(figureValuesFromJson(body)).toMatchObject({ ok: false, details: { body: ["not a JSON object"] } });
  });
  it("names unknown fields and values of the wrong type", () => {
    const r = figureValuesFromJson({ vaule: 3, value: { n: 3 }, refDate: true, low: Number.NaN });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.details).sort()).toEqual(["low", "refDate", "value", "vaule"]);
    expect(r.details.vaule![0]).toMatch(/vaule is not a field of a figure; the fields are conflict, metric, value/);
    expect(r.error).toMatch(/^Fix vaule, value, refDate, low: /);
  });
});
