// Between a source record and its form: the values an edit form starts from, and the comparison rows shown
// when someone else saved meanwhile. Pure.
import { describeReliability, SOURCE_FIELDS, SOURCE_KIND_LABELS, SOURCE_LABELS, type SourceFormValues, type SourceKind } from "./schema";
import type { SourceRecord } from "./types";

export function sourceFormValues(s: SourceRecord): SourceFormValues {
  return { name: s.name, kind: s.kind, reliability: s.reliability ?? "", version: String(s.version) };
}

const shown = (field: string, v: string) => {
  if (field === "kind") return SOURCE_KIND_LABELS[v as SourceKind] ?? v;
  if (field === "reliability") return describeReliability(v);
  return v;
};

export function sourceConflictRows(mine: SourceFormValues, theirs: SourceFormValues): { label: string; mine: string; theirs: string }[] {
  return SOURCE_FIELDS.map((f) => ({ label: SOURCE_LABELS[f], mine: shown(f, (mine[f] ?? "").trim()), theirs: shown(f, (theirs[f] ?? "").trim()) }));
}
