// Annotation rows as pages and client components see them: plain strings and numbers, no Prisma types.

/** One event drawn on a conflict's charts: a labelled vertical line at `date` (YYYY-MM-DD). */
export type AnnotationRow = { id: number; conflictSlug: string; conflictName: string; date: string; label: string };
