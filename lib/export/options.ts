// What an export asks for: the figure filter shared with the JSON API, plus `hxl=1` (a hashtag row under the
// header) and `revisions=true` (figures their source has since revised too); and the file's name. Pure.
import { z } from "zod";
import { FigureFilterSchema, paramErrors, type FigureFilter, type ParsedParams } from "@/lib/figures/filter";

const flag = (param: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? "0" : v),
    z.enum(["0", "1", "true", "false"], { error: `${param} is 1 (or true) to turn it on, 0 (or false) to leave it off.` }),
  ).transform((v) => v === "1" || v === "true");

const ExportOptionsSchema = FigureFilterSchema.and(z.object({ hxl: flag("hxl"), revisions: flag("revisions") }));

export type ExportOptions = { filter: FigureFilter; hxl: boolean; revisions: boolean };

const PARAMS = ["conflict", "metric", "source", "status", "from", "to", "hxl", "revisions"] as const;

export function parseExportOptions(searchParams: URLSearchParams): ParsedParams<ExportOptions> {
  const raw = Object.fromEntries(PARAMS.map((p) => [p, searchParams.get(p) ?? undefined]));
  const r = ExportOptionsSchema.safeParse(raw);
  if (!r.success) return { ok: false, ...paramErrors(r.error) };
  const { hxl, revisions, ...filter } = r.data;
  return { ok: true, data: { filter, hxl, revisions } };
}

/** conflict-figures-syria-deaths-2026-11-28.csv, conflict-figures-all-drafts-2026-11-28.csv */
export function csvFileName(filter: FigureFilter, today = new Date()): string {
  const parts = [
    filter.conflict ?? "all",
    filter.metric,
    filter.source ? filter.source.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || undefined : undefined,
    filter.status === "published" ? undefined : filter.status === "draft" ? "drafts" : "all-statuses",
    filter.from || filter.to ? `${filter.from ?? "start"}-to-${filter.to ?? "end"}` : undefined,
    today.toISOString().slice(0, 10),
  ];
  return `conflict-figures-${parts.filter(Boolean).join("-")}.csv`;
}
