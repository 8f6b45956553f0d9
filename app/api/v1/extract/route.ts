// POST /api/v1/extract {"text","publishedOn","publisher"}: the figures the extractor proposes for a report's
// text, as a JSON array. Reads nothing and writes nothing; open to whoever may read (READ_ACCESS).
import { answerErrors, json, problem, readerOf } from "@/lib/api/respond";
import { paramErrors } from "@/lib/figures/filter";
import { extractFigures } from "@/lib/extraction/extract";
import { ExtractRequestSchema } from "@/lib/extraction/request";
import { listMetrics } from "@/lib/metrics/queries";
import { metricRules } from "@/lib/extraction/rules";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return answerErrors(() => extract(request));
}

async function extract(request: Request): Promise<Response> {
  const reader = await readerOf(request);
  if (!reader.ok) return reader.response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return problem(400, 'Send JSON: {"text": "…", "publishedOn": "YYYY-MM-DD", "publisher": "…"}.', { body: ["not JSON"] });
  }
  const parsed = ExtractRequestSchema.safeParse(body);
  if (!parsed.success) {
    const { error, details } = paramErrors(parsed.error);
    return problem(400, error, details);
  }
  const { text, publishedOn, publisher } = parsed.data;
  return json(extractFigures(text, { publishedOn, publisher, metrics: metricRules(await listMetrics()) }));
}
