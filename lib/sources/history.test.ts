import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/diff";
import type { AuditRow } from "@/lib/audit/queries";
import { forSourceHistory } from "./history";

describe("forSourceHistory", () => {
  it("reads a merge as the source merged in and the figures moved", () => {
    const merge: AuditRow = {
      id: "1", entity: "Source", entityId: "2", action: "merge", actor: "a", at: new Date(),
      before: { merged: { id: 5, name: "SOHR" }, kept: { id: 2 }, figureIdsOfMerged: [7, 9] },
      after: { merged: null, kept: { id: 2 }, figureIdsMovedToKept: [7, 9] },
    };
    const [e] = forSourceHistory([merge]);
    expect(changedFields(e!.before, e!.after)).toEqual([
      { field: "mergedSource", before: "\u201cSOHR\u201d (source 5)", after: "deleted, merged into this one" },
      { field: "figures", before: "on the merged source: #7, #9", after: "moved here: #7, #9" },
    ]);
    const update = { ...merge, action: "update" };
    expect(forSourceHistory([update])).toEqual([update]);
  });
});
