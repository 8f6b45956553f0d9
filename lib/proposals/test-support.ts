// Integration-test helpers for the review screen: the shared report pasted as a new one, editors, and what the
// page sends for a card. Test support only: never imported by the app.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Viewer } from "@/lib/auth/roles";
import { createConflict } from "@/lib/conflicts/mutations";
import { readReportFile } from "@/lib/extraction/report-file";
import { createReport } from "@/lib/reports/mutations";
import { uid } from "@/lib/reports/test-support";
import { loadReview, type Review } from "./load";
import type { ReviewItem } from "./review";

const demo = (file: string) => readFileSync(path.join(import.meta.dirname, "../../prisma/demo", file), "utf8");

export const shared = readReportFile(demo("naharnet-2013-03-01-syria.txt"));
export const expected = JSON.parse(demo("naharnet-2013-03-01-syria.expected.json")) as { metric: string; value: number; qualifier: string }[];

export const editor = (): Viewer => ({ id: uid(), email: `editor-${uid()}@example.org`, name: "Ed", role: "editor" });

/** A card's proposal as the page sends it (the unit only matters to accepting). */
export const ref = ({ proposal: p }: ReviewItem) => ({ metric: p.metric, unit: p.unit, value: p.value, quote: p.quote, start: p.start, end: p.end });

/** A card to accept, on `conflict`, with `over` as the editor changed it. */
export const item = (i: ReviewItem, conflict: string, over: Record<string, string> = {}) => ({ proposal: ref(i), values: { ...i.values, conflict, ...over } });

/** A conflict called Syria, so the shared report's text guesses it. */
export async function syriaConflict(): Promise<string> {
  return (await createConflict({ conflict: { slug: `syria-${uid()}`, name: "Syria", region: "Middle East", startDate: "2011-03-15" }, actor: "test" })).slug;
}

/** The shared report, pasted as a new report (no URL: the demo data may hold the original). */
export async function pasted(): Promise<Review> {
  const { id } = await createReport({ report: { title: `${shared.title} ${uid()}`, publisher: "Naharnet", publishedOn: shared.publishedOn!, language: "en", fullText: shared.text }, actor: "test" });
  return (await loadReview({ reportId: id }))!;
}
