// The demo data set, read from the files beside this module and checked with the same schema as the form:
// a Syria conflict, the Naharnet report of 1 March 2013 with its four figures, and 13 published
// death-toll estimates (2013-2016). Pure apart from reading these files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { parseFigureInput, SOURCE_KINDS, type FigureInput } from "@/lib/figures/schema";

const DIR = import.meta.dirname;
const read = (name: string) => readFileSync(path.join(DIR, name), "utf8");

export const DEMO_CONFLICT = { slug: "syria", name: "Syria", region: "Syria", startDate: "2011-03-15" };

/** Events drawn on the demo charts as labelled lines (dates as widely reported). */
export const DEMO_EVENTS = [
  { date: "2013-08-21", label: "Ghouta chemical attack" },
  { date: "2015-09-30", label: "Russian air strikes begin" },
];

export type DemoReport = { title: string; url: string; publishedOn: string; publisher: string; language: string; fullText?: string };

const CurationRow = z.object({
  source: z.string(),
  sourceKind: z.enum(SOURCE_KINDS),
  reportTitle: z.string(),
  publisher: z.string(),
  quote: z.string(),
  language: z.string().default("en"),
  translated: z.boolean().default(false),
  periodStart: z.string().optional(),
  refDate: z.string().optional(),
});
const Curation = z.object({ rows: z.array(CurationRow) });

const EstimateRow = z.object({
  conflict: z.string(),
  metric: z.string(),
  value: z.string(),
  qualifier: z.string(),
  unit: z.string(),
  source_name: z.string(),
  source_url: z.string(),
  source_date: z.string(),
  as_of_date: z.string(),
  notes: z.string(),
});

const ExpectedFigure = z.object({
  metric: z.string(),
  value: z.number(),
  qualifier: z.string(),
  unit: z.string(),
  source: z.string(),
  quote: z.string(),
});

function mustParse(raw: Record<string, unknown>, where: string): FigureInput {
  const r = parseFigureInput(raw);
  if (!r.ok) throw new Error(`Demo figure ${where} is invalid: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** The Naharnet story: line 1 title, line 2 date, line 3 URL, a blank line, then the body. */
function naharnet(): { report: DemoReport; figures: FigureInput[] } {
  const [title = "", date = "", url = "", , ...body] = read("naharnet-2013-03-01-syria.txt").split("\n");
  const report = { title, url, publishedOn: date, publisher: "Naharnet", language: "en", fullText: body.join("\n").trim() };
  const expected = z.array(ExpectedFigure).parse(JSON.parse(read("naharnet-2013-03-01-syria.expected.json")));
  const figures = expected.map((f, i) =>
    mustParse(
      {
        conflict: DEMO_CONFLICT.slug,
        metric: f.metric,
        value: f.value,
        qualifier: f.qualifier,
        refDate: date,
        // "the report's own voice" is the newspaper speaking for itself
        source: f.source.startsWith("Naharnet") ? "Naharnet" : f.source,
        sourceKind: f.source.startsWith("Naharnet") ? "media" : "un_agency",
        reportTitle: title,
        reportUrl: url,
        reportDate: date,
        quote: f.quote,
      },
      `naharnet #${i + 1}`,
    ),
  );
  return { report, figures };
}

function estimates(): { reports: DemoReport[]; figures: FigureInput[] } {
  const rows = z.array(EstimateRow).parse(parse(read("syria-death-toll-estimates.csv"), { columns: true }));
  const { rows: curation } = Curation.parse(JSON.parse(read("syria-death-toll-curation.json")));
  if (curation.length !== rows.length) throw new Error("syria-death-toll-curation.json needs one entry per CSV row");
  const reports: DemoReport[] = [];
  const figures = rows.map((row, i) => {
    const c = curation[i]!;
    reports.push({ title: c.reportTitle, url: row.source_url, publishedOn: row.source_date, publisher: c.publisher, language: c.language });
    const note = [
      `As published by ${row.source_name}.`,
      c.translated ? "Quote translated into English; the report is not in English." : "",
      row.as_of_date ? "" : `The source gives no as-of date; ${c.refDate ? `dated ${c.refDate} by the editor` : "dated by the report"}.`,
      row.notes,
    ]
      .filter(Boolean)
      .join(" ");
    return mustParse(
      {
        conflict: DEMO_CONFLICT.slug,
        metric: row.metric,
        value: row.value,
        qualifier: row.qualifier,
        refDate: row.as_of_date || c.refDate || row.source_date,
        periodStart: c.periodStart,
        source: c.source,
        sourceKind: c.sourceKind,
        reportTitle: c.reportTitle,
        reportUrl: row.source_url,
        reportDate: row.source_date,
        quote: c.quote,
        note,
      },
      `estimates row ${i + 2}`,
    );
  });
  return { reports, figures };
}

export function loadDemoData(): { conflict: typeof DEMO_CONFLICT; reports: DemoReport[]; figures: FigureInput[]; events: typeof DEMO_EVENTS } {
  const n = naharnet();
  const e = estimates();
  return { conflict: DEMO_CONFLICT, reports: [n.report, ...e.reports], figures: [...n.figures, ...e.figures], events: DEMO_EVENTS };
}
