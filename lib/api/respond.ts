// How the JSON API answers: data with `cache-control: no-store`, or a problem `{ error, details }` whose error
// is a sentence saying what to do; and the two gates every figure read passes (READ_ACCESS, drafts for editors).
import "server-only";
import { pipeline, Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { constants, createGzip } from "node:zlib";
import { getViewer } from "@/lib/auth/queries";
import { markDatabaseDown } from "@/lib/db-health";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import { authorize, authorizeRead, type Viewer } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { acceptsGzip } from "./encoding";
import type { FigureStatusFilter, ParamErrors } from "@/lib/figures/filter";

const NO_STORE = { "cache-control": "no-store" };

export function json(body: unknown): Response {
  return Response.json(body, { headers: NO_STORE });
}

/**
 * A JSON answer already serialised (a kept one), with the headers `json` gives; its gzip made ahead of time
 * when the client takes gzip, as browsers and most clients do, so a large chart is not compressed per request.
 * Only for routes in GZIP_ROUTES (lib/api/encoding.ts), through `inGzipWhenAsked`.
 */
export function jsonText({ body, gzip }: { body: string; gzip?: Buffer }, request: Request): Response {
  const headers = { ...NO_STORE, "content-type": "application/json", vary: "accept-encoding" };
  if (gzip && acceptsGzip(request)) return new Response(new Uint8Array(gzip), { headers: { ...headers, "content-encoding": "gzip" } });
  return new Response(body, { headers });
}

/**
 * Every answer of a GZIP_ROUTES route, gzipped when the client takes gzip (next.config.ts then labels it so):
 * the kept ones as they are, the rest (refusals, an answer not kept, a 503 or 500 from `answerErrors`, a
 * streamed CSV export) compressed here as they stream, at zlib's fastest level. Next.js's own compression uses
 * level 6, which for a 255 MB export costs twice the CPU for a file a quarter smaller (24 against 31 MB): on two cores
 * that CPU is taken from PostgreSQL writing the rows.
 */
export async function inGzipWhenAsked(request: Request, answer: () => Promise<Response>): Promise<Response> {
  const response = await answerErrors(answer);
  if (!acceptsGzip(request) || response.headers.get("content-encoding") === "gzip") return response;
  const headers = new Headers(response.headers);
  headers.set("content-encoding", "gzip");
  headers.append("vary", "accept-encoding");
  return new Response(gzipStream(response.body), { status: response.status, headers });
}

/**
 * A body gzipped as it streams; an error or a cancel on either side ends both (pipeline destroys the pair).
 * No body gives the gzip of nothing: next.config.ts labels every answer of these routes gzip when asked.
 */
function gzipStream(body: ReadableStream<Uint8Array> | null): ReadableStream<Uint8Array> {
  const gzip = createGzip({ level: constants.Z_BEST_SPEED });
  pipeline(body ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>) : Readable.from([]), gzip, () => {});
  return Readable.toWeb(gzip) as ReadableStream<Uint8Array>;
}

/** A value from the request, as an answer may repeat it: at most `max` characters, so no answer echoes a megabyte. */
export function echo(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function problem(status: 400 | 401 | 403 | 404 | 413 | 415 | 500 | 503, error: string, details: ParamErrors = {}, headers: Record<string, string> = {}): Response {
  return Response.json({ error, details }, { status, headers: { ...NO_STORE, ...headers } });
}

export const SERVER_FAILED = "Something went wrong on the server and nothing was changed. Try again; if it keeps failing, the server log has the cause.";

/**
 * Runs a route handler's work and answers its failure as JSON, never as a stack trace: 503 with Retry-After
 * when the database cannot be reached (down, restarting, connection cut), else 500. The cause goes to the log.
 */
export async function answerErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (err) {
    if (isDatabaseUnavailable(err)) {
      markDatabaseDown();
      console.error(`API request answered 503, the database is unavailable: ${(err as Error)?.message ?? err}`);
      return problem(503, DATABASE_UNAVAILABLE, {}, { "retry-after": String(RETRY_AFTER_SECONDS) });
    }
    console.error("API request failed", err);
    return problem(500, SERVER_FAILED);
  }
}

/** The host an Origin header names; null for "null" (a sandboxed or opaque page) or anything not a URL. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/** A write sent by another site's page (its Origin names another host) is refused; clients that send no Origin are not browsers on another site. */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  return Boolean(origin) && originHost(origin!) !== (request.headers.get("host") ?? new URL(request.url).host);
}

export type Gate = { ok: true; viewer: Viewer | null } | { ok: false; response: Response };

/** Whoever may read published figures (anyone, unless READ_ACCESS=signed-in): 401 for the rest. */
export async function readerOf(request: Request): Promise<Gate> {
  const viewer = await getViewer(request.headers);
  const read = authorizeRead(viewer, env().READ_ACCESS);
  return read.ok ? { ok: true, viewer } : { ok: false, response: problem(401, read.message) };
}

/** Drafts (status=draft or all) are for editors: 401 signed out, 403 for an analyst. */
export function mayReadStatus(viewer: Viewer | null, status: FigureStatusFilter): Response | null {
  if (status === "published") return null;
  const allowed = authorize(viewer, "editor");
  if (allowed.ok) return null;
  return problem(allowed.reason === "signed-out" ? 401 : 403, `Drafts are for editors. ${allowed.message}`, { status: [`status=${status} needs an editor's session.`] });
}
