// GET /api/v1/conflicts: every conflict with its count of published figures and the metrics they measure, as JSON.
import { answerErrors, json, readerOf } from "@/lib/api/respond";
import { listConflictStats } from "@/lib/conflicts/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return answerErrors(() => listConflicts(request));
}

async function listConflicts(request: Request): Promise<Response> {
  const reader = await readerOf(request);
  if (!reader.ok) return reader.response;
  return json({ data: await listConflictStats() });
}
