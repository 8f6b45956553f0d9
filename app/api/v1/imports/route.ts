// POST /api/v1/imports[?commit=1][&partial=1][&skip_duplicates=1][&map=field:Column|…][&name=file.csv]: an editor
// uploads a CSV as the request body. The answer streams as NDJSON: {"progress":…} lines while rows are read,
// then {"result":…} with the preview (valid rows, each bad row's row, column and message, duplicates) and,
// with commit=1, what was written (all valid rows in one transaction, or nothing).
import { answerErrors, crossSite, problem } from "@/lib/api/respond";
import { getViewer } from "@/lib/auth/queries";
import { authorize } from "@/lib/auth/roles";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db-errors";
import { env } from "@/lib/env";
import { parseMapping } from "@/lib/import/columns";
import { runImport } from "@/lib/import/run";

export const dynamic = "force-dynamic";

async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

const on = (v: string | null) => v === "1" || v === "true";

export async function POST(request: Request): Promise<Response> {
  return answerErrors(() => importCsv(request));
}

async function importCsv(request: Request): Promise<Response> {
  if (crossSite(request)) return problem(403, "Imports are accepted only from this site's own pages.");
  const allowed = authorize(await getViewer(request.headers), "editor");
  if (!allowed.ok) return problem(allowed.reason === "signed-out" ? 401 : 403, `Importing figures is for editors. ${allowed.message}`);
  if (!request.body) return problem(400, "Send the CSV file as the request body.");
  const q = new URL(request.url).searchParams;
  const options = {
    commit: on(q.get("commit")),
    partial: on(q.get("partial")),
    skipDuplicates: on(q.get("skip_duplicates")),
    mapping: parseMapping(q.get("map")),
    fileName: (q.get("name") ?? "upload.csv").slice(0, 200),
  };
  const body = request.body;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await runImport(chunksOf(body), { options, actor: allowed.viewer.email, review: env().REVIEW, onProgress: (p) => send({ progress: p }) });
        send({ result });
      } catch (err) {
        console.error("Import failed", err);
        const fileError = isDatabaseUnavailable(err) ? DATABASE_UNAVAILABLE : "The import failed on the server and nothing was written. Try again; if it keeps failing, the server log has the cause.";
        send({ result: { ok: false, fileError } });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
