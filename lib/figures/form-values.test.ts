import { describe, expect, it } from "vitest";
import { mergeEdit } from "./form-values";

const base = { value: "1000", note: "", quote: "about 1,000 killed", qualifier: "about" };

describe("mergeEdit", () => {
  it("takes their changes to fields you did not touch and keeps yours", () => {
    const { merged, rows } = mergeEdit(base, { ...base, note: "checked" }, { ...base, value: "1,500" });
    expect(merged).toMatchObject({ value: "1,500", note: "checked" });
    expect(rows.find((r) => r.label === "Value")).toEqual({ label: "Value", mine: "1000", theirs: "1500" });
    expect(rows.find((r) => r.label === "Note")).toEqual({ label: "Note", mine: "checked", theirs: "" });
  });

  it("marks a field you both changed differently and keeps yours in the form", () => {
    const { merged, rows } = mergeEdit(base, { ...base, value: "1,200" }, { ...base, value: "1500" });
    expect(merged.value).toBe("1,200");
    expect(rows.find((r) => r.label === "Value")).toEqual({ label: "Value", mine: "1200", theirs: "1500", both: true });
  });

  it("counts digits typed with grouping as the same number", () => {
    const { merged, rows } = mergeEdit(base, { ...base, value: "1,000" }, { ...base, value: "1500" });
    expect(merged.value).toBe("1500"); // you did not change it; they did
    expect(rows.find((r) => r.label === "Value")?.both).toBeUndefined();
  });
});
