// Gzip for the series endpoint, whose answers run to megabytes, and the CSV export, which runs to hundreds. A
// kept series answer is gzipped once, when made (lib/cache/cache.ts), and sent as those bytes; the rest are
// gzipped as they stream (lib/api/respond.ts, `inGzipWhenAsked`). Next.js drops a route handler's own Content-Encoding header
// (FORBIDDEN_HEADERS in next/dist/server/send-response.js) and would gzip the gzip again per request, so
// next.config.ts sets the header itself, by the rule below, for exactly the requests the route answers in gzip.
// Pure: next.config.ts imports it too.

/** Routes whose every answer is gzip when the request's Accept-Encoding names gzip. */
export const GZIP_ROUTES = ["/api/v1/conflicts/:slug/series", "/api/v1/figures.csv"] as const;

/** The `has` rule next.config.ts matches Accept-Encoding with (Next.js anchors it: ^…$). */
export const ACCEPTS_GZIP_VALUE = ".*gzip.*";

/** The same test, in the route: Accept-Encoding contains "gzip". */
export function acceptsGzip(request: Request): boolean {
  return (request.headers.get("accept-encoding") ?? "").includes("gzip");
}
