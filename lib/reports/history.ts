// A report's audit events made readable: a long pasted text shows as where it changed, not as itself. Pure.
import type { AuditRow } from "@/lib/audit/queries";
import { describeTextDifference } from "./form-values";

type Json = Record<string, unknown> | null;

export function forHistory(events: AuditRow[]): AuditRow[] {
  return events.map((e) => {
    const before = e.before as Json;
    const after = e.after as Json;
    if (!before || !after || !("fullText" in before || "fullText" in after)) return e;
    const text = describeTextDifference(String(before.fullText ?? ""), String(after.fullText ?? ""));
    return { ...e, before: { ...before, fullText: text.mine }, after: { ...after, fullText: text.theirs } };
  });
}
