import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/diff";
import type { AuditRow } from "@/lib/audit/queries";
import { forHistory } from "./history";

const event = (before: unknown, after: unknown): AuditRow => ({ id: "1", entity: "Report", entityId: "1", action: "update", before, after, actor: "a", at: new Date() });

describe("forHistory", () => {
  it("shows a changed text as where it changed, and an unchanged one not at all", () => {
    const long = "x".repeat(5000);
    const [changed, same] = forHistory([event({ title: "A", fullText: `${long} 70,000` }, { title: "A", fullText: `${long} 60,000` }), event({ title: "A", fullText: long }, { title: "B", fullText: long })]);
    expect(changedFields(changed!.before, changed!.after)).toEqual([
      { field: "fullText", before: expect.stringMatching(/^5,007 characters; from character 5,002: .*70,000\u201d$/), after: expect.stringMatching(/60,000\u201d$/) },
    ]);
    expect(changedFields(same!.before, same!.after)).toEqual([{ field: "title", before: "A", after: "B" }]);
  });

  it("leaves a create (nothing before) as it is", () => {
    const created = event(null, { title: "A", fullText: "text" });
    expect(forHistory([created])).toEqual([created]);
  });
});
