// Everything the review screen shows for one report: its proposals, each with its state, and the choices
// the cards offer. Reads only.
import "server-only";
import { listConflicts } from "@/lib/conflicts/queries";
import { asProposal, extractWithDoubts } from "@/lib/extraction/extract";
import { metricRules } from "@/lib/extraction/rules";
import { withHeadline } from "@/lib/extraction/text";
import { listMetrics } from "@/lib/metrics/queries";
import { getReport } from "@/lib/reports/queries";
import { proposalKey } from "./key";
import { listDecisions, listReportFigures, listSimilarFigures } from "./queries";
import { guessConflict, reviewItems, withSimilar, type ReviewItem } from "./review";

export type Review = {
  report: { id: number; title: string; publisher: string | null; publishedOn: string; url: string | null; language: string; text: string | null };
  items: ReviewItem[];
  conflict: string | null;
  conflicts: { value: string; label: string }[];
  metrics: { value: string; label: string; name: string }[];
};

export async function loadReview({ reportId }: { reportId: number }): Promise<Review | null> {
  const report = await getReport({ id: reportId });
  if (!report) return null;
  const [conflicts, metrics, decisions, figures] = await Promise.all([listConflicts(), listMetrics(), listDecisions({ reportId }), listReportFigures({ reportId })]);
  const text = report.fullText ?? "";
  const conflict = guessConflict(`${report.title}\n${text}`, conflicts);
  // (read with its headline ahead, as `npm run extract` reads a report file and as the extractor learnt: the headline says who
  // the text counts; but it proposes nothing here, where the cards quote and mark the text below it, and offsets count in it)
  const read = text ? withHeadline(report.title, text) : "";
  const lead = read.length - text.length;
  const found = text ? extractWithDoubts(read, { publishedOn: report.publishedOn, publisher: report.publisher, metrics: metricRules(metrics), readFrom: lead }).map((p) => ({ ...p, start: p.start - lead, end: p.end - lead })) : [];
  // the same metric and value twice in one clause is one figure said twice: one proposal
  const keyed = [...new Map(found.map(asProposal).map((p) => [proposalKey(p), { ...p, key: proposalKey(p) }])).values()];
  // what the stricter reading leaves out only breaks down, restates, updates or compares with another count: the card says so
  const own = new Set(found.filter((p) => !p.doubted).map(proposalKey));
  const asides = new Set(found.filter((p) => p.doubted && !own.has(proposalKey(p))).map(proposalKey));
  // …and a count the rules read no metric for, which the extractor's model added: the card says so, and Accept all leaves it
  const added = new Set(found.filter((p) => p.added).map(proposalKey));
  const items = reviewItems({ text, reportId, conflict: conflict ?? "", publisher: report.publisher, proposals: keyed, asides, added, decisions, figures, metrics });
  const pending = items.filter((i) => i.state === "pending" && i.values.metric && i.values.source);
  const similar = await listSimilarFigures({ wanted: pending.map((i) => ({ metric: i.values.metric!, value: i.proposal.value, refDate: i.proposal.asOf, source: i.values.source! })) });
  return {
    report: { id: report.id, title: report.title, publisher: report.publisher, publishedOn: report.publishedOn, url: report.url, language: report.language, text: report.fullText },
    items: withSimilar(items, similar),
    conflict,
    conflicts: conflicts.map((c) => ({ value: c.slug, label: c.name })),
    metrics: metrics.map((m) => ({ value: m.slug, name: m.name, label: `${m.name} (${m.unit.replaceAll("_", " ")})` })),
  };
}
