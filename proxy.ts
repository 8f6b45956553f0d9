// Runs before every page (not the API, not static files): a fresh nonce and the Content-Security-Policy that
// allows only scripts carrying it, plus the framing and HSTS headers (lib/security/headers.ts). Next.js reads
// the policy from the request header it is given here and puts the nonce on its own scripts.
// While the database is unreachable (lib/db-health.ts) a page is answered here at once: 503, a sentence, no
// script, instead of a render that would fail on its first query (and a render the database leaves midway
// is sent back here by lib/db-pages.ts).
import { NextResponse, type NextRequest } from "next/server";
import { unavailablePageHtml } from "@/lib/api/unavailable-page";
import { databaseUp, PAGE_URL_HEADER, RETRY_PARAM } from "@/lib/db-health";
import { RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import { env } from "@/lib/env";
import { makeNonce, pageSecurityHeaders } from "@/lib/security/headers";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = makeNonce();
  const headers = pageSecurityHeaders({
    nonce,
    path: request.nextUrl.pathname,
    https: env().BETTER_AUTH_URL?.startsWith("https://") ?? false,
    dev: process.env.NODE_ENV === "development",
  });
  // a render the database left midway sent the browser back here marked as its retry: 503 at once, whatever
  // the probe says, with a reload link to the unmarked address (lib/db-pages.ts)
  const retried = request.nextUrl.searchParams.has(RETRY_PARAM);
  if (retried || !(await databaseUp(env().DATABASE_URL))) {
    const unmarked = request.nextUrl.clone();
    unmarked.searchParams.delete(RETRY_PARAM);
    return new NextResponse(unavailablePageHtml(retried ? unmarked.pathname + unmarked.search : ""), {
      status: 503,
      headers: { ...headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) },
    });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // where a render cut off by the database going away sends the browser back to (lib/db-pages.ts)
  const page = request.nextUrl.clone();
  page.searchParams.delete("_rsc");
  requestHeaders.set(PAGE_URL_HEADER, page.pathname + page.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // The API sets its own policy (next.config.ts) and is left out so its request bodies stream untouched:
      // a proxy makes Next.js buffer a body, and cut it at 10 MB, which would truncate a large CSV import.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico).*)",
      // prefetches carry no HTML to protect
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
