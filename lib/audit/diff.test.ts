import { describe, expect, it } from "vitest";
import { changedFields } from "./diff";

describe("changedFields", () => {
  it("lists what changed, leaving out bookkeeping columns", () => {
    expect(
      changedFields(
        { id: 1, value: 70000, quote: "about 70,000", version: 1, updatedAt: "2026-01-01T10:00:00.000Z", refDate: "2013-02-28T00:00:00.000Z" },
        { id: 1, value: 71000, quote: "about 70,000", version: 2, updatedAt: "2026-01-02T10:00:00.000Z", refDate: "2013-03-01T00:00:00.000Z" },
      ),
    ).toEqual([
      { field: "value", before: "70000", after: "71000" },
      { field: "refDate", before: "2013-02-28", after: "2013-03-01" },
    ]);
  });

  it("shows a create as every field set, and empty values as a dash", () => {
    expect(changedFields(null, { name: "UNHCR", reliability: null })).toEqual([{ field: "name", before: "—", after: "UNHCR" }]);
    expect(changedFields({ deletedAt: null }, { deletedAt: "2026-11-27T12:00:00.000Z" })).toEqual([
      { field: "deletedAt", before: "—", after: "2026-11-27T12:00:00.000Z" },
    ]);
  });
});
