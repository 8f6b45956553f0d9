// The security headers every answer carries, and the Content-Security-Policy of pages. Pure: proxy.ts applies
// the page policy with a fresh nonce per request, next.config.ts the fixed headers to everything else.

/** Sent with every answer, pages, API and static files alike. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  // a CSV or JSON answer is never sniffed into HTML
  "X-Content-Type-Options": "nosniff",
  // other sites learn this site's origin when a link is followed, never a page's path or query
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // the app uses none of these; a script that got in could not either
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};

/** The API answers JSON, CSV and NDJSON: nothing in them may load or run anything, nor be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Paths meant to be shown in another site's <iframe>: the embedded chart. */
export const isEmbedPath = (path: string): boolean => path === "/embed" || path.startsWith("/embed/");

export type PagePolicyOptions = {
  /** fresh for every request, unguessable */
  nonce: string;
  /** the request's path: embeds may be framed by any site, other pages by none */
  path: string;
  /** the app's public address is https (BETTER_AUTH_URL): asks for HSTS and upgrades any http subresource */
  https: boolean;
  /** `next dev`: React's dev tools need eval and inline styles */
  dev: boolean;
};

/**
 * The policy of an HTML page. Scripts run only with this request's nonce (Next.js puts it on its own scripts)
 * or when loaded by one of those ('strict-dynamic'): a <script> or an onerror= that got into the HTML runs
 * nowhere. Inline style *attributes* stay allowed: React writes chart colours and tooltip positions as
 * style="…", and a style attribute runs no code; <style> elements need the nonce.
 */
export function pageContentSecurityPolicy({ nonce, path, https, dev }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbedPath(path) ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers proxy.ts adds to a page's answer (BASE_HEADERS come from next.config.ts). */
export function pageSecurityHeaders(options: PagePolicyOptions): Record<string, string> {
  return {
    "Content-Security-Policy": pageContentSecurityPolicy(options),
    // for browsers older than frame-ancestors; an embed says nothing, so any site may frame it
    ...(isEmbedPath(options.path) ? {} : { "X-Frame-Options": "DENY" }),
    // only where the site is https: over http a browser ignores it, and on localhost it would pin https. Not
    // includeSubDomains: other hosts under the same domain are not this app's to promise
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** 128 random bits, base64: a nonce no one can guess, new for each request. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}
