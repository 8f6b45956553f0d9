// POST /api/v1/imports[?commit=1][&partial=1][&skip_duplicates=1][&map=field:Column|…][&name=file.csv]: an editor
// uploads a CSV as the request body. The answer streams as NDJSON: {"progress":…} lines while rows are read,
// then {"result":…} with the preview (valid rows, each bad row's row, column and message, duplicates) and,
// with commit=1, what was written (all valid rows in one transaction, or nothing).
import { problem } from "@/lib/api/respond";
import { getViewer } from "@/lib/auth/queries";
import { authorize } from "@/lib/auth/roles";
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

/** The host an Origin header names; null for "null" (a sandboxed or opaque page) or anything not a URL. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && originHost(origin) !== (request.headers.get("host") ?? new URL(request.url).host)) {
    return problem(403, "Imports are accepted only from this site's own pages.");
  }
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
        send({ result: { ok: false, fileError: "The import failed on the server and nothing was written. Try again; if it keeps failing, the server log has the cause." } });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
