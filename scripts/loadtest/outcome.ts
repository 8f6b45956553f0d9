// What became of one request, in the words the report counts by: "ok", "status 503", "network error
// (ECONNREFUSED)" or "timeout"; and whether an error answer was a clear one (a sentence, no stack trace). Pure.

export type Outcome = {
  role: "read" | "write";
  /** which app process answered (0, 1) */
  server: number;
  /** what was asked for (kept for the list of failed requests) */
  path?: string;
  /** ms since the load started, when the request was sent */
  startedAt: number;
  /** ms until the answer was read whole (or the request failed) */
  ms: number;
  kind: string;
  /** for an error status: the body said what happened in a sentence and showed no stack trace */
  clear?: boolean;
};

export const isOk = (o: Pick<Outcome, "kind">) => o.kind === "ok";

/** Next.js's answer when a page fails while rendering: a 500 shell that shows app/error.tsx once its script runs. */
export const PAGE_ERROR_SCREEN = "status 500 (page error screen)";

export function kindOfStatus(status: number, { api, body }: { api: boolean; body: string } = { api: true, body: "" }): string {
  if (status >= 200 && status < 300) return "ok";
  if (status === 500 && !api && body.includes('id="__next_error__"')) return PAGE_ERROR_SCREEN;
  return `status ${status}`;
}

/** A request that got no answer: the client's timeout, or the connection refused or cut (with its code). */
export function kindOfError(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } } | null;
  if (e?.name === "TimeoutError" || e?.name === "AbortError" || e?.cause?.name === "TimeoutError") return "timeout";
  const code = e?.cause?.code ?? e?.code;
  return code ? `network error (${code})` : "network error";
}

/** Lines a stack trace or a source path leaves in a body. */
const STACK = /\bat \S+ \(|\bat .+:\d+:\d+|node_modules\/|webpack-internal:|\.tsx?:\d+:\d+/;

/**
 * An error answer a person or a program can act on: JSON `{ error: "<sentence>" }` from the API, an HTML page
 * with a heading from the site; neither with a stack trace.
 */
export function clearErrorBody({ api, contentType, body }: { api: boolean; contentType: string; body: string }): boolean {
  if (STACK.test(body)) return false;
  if (api) {
    if (!contentType.includes("json")) return false;
    try {
      const parsed = JSON.parse(body) as { error?: unknown };
      return typeof parsed.error === "string" && parsed.error.length > 10;
    } catch {
      return false;
    }
  }
  return contentType.includes("text/html") && /<h1[^>]*>[^<]{5,}/.test(body);
}
