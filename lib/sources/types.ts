// Plain source rows as pages and forms see them: numbers and ISO strings, no Prisma types.
import type { SourceKind } from "./schema";

export type SourceRecord = {
  id: number;
  name: string;
  kind: SourceKind;
  reliability: string | null;
  version: number;
  createdBy: string;
  /** ISO instants */
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
};

export type SourceListRow = Pick<SourceRecord, "id" | "name" | "kind" | "reliability"> & {
  published: number;
  /** drafts, counted only for editors (0 otherwise) */
  drafts: number;
};
