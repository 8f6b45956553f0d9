// Pages whose render is cut off by the database going away. proxy.ts answers a page 503 while the database is
// known to be down, but a render already running when it goes (a restart, a failover) fails on its next query,
// and Next.js gives a page no way to answer 503 then: it sends its 500 error screen. Wrapped in
// `whileDatabaseUp`, such a render instead sends the browser back to the same address marked as a retry
// (a 307 before the page is sent), and proxy.ts answers a marked request with its 503 page, whose reload link
// is the unmarked address. The mark bounds it to one redirect: a failure the health probe does not see (no
// pooled connection free, say) cannot bounce the browser between the page and itself.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { markDatabaseDown, PAGE_URL_HEADER, RETRY_PARAM } from "@/lib/db-health";

/**
 * Where a cut-off render sends the browser: the page's own path and query with the retry mark, never another
 * site; null when there is no address to go back to (a prefetch, which proxy.ts does not see) or the request
 * is already the retry, and the failure then takes its course (Next.js's error screen).
 */
export function retryAddress(pageUrl: string | null): string | null {
  if (!pageUrl?.startsWith("/") || pageUrl.startsWith("//") || pageUrl.startsWith("/\\")) return null;
  const url = new URL(pageUrl, "http://page.invalid");
  if (url.searchParams.has(RETRY_PARAM)) return null;
  url.searchParams.set(RETRY_PARAM, "1");
  return url.pathname + url.search;
}

/** A page, a layout's component or a generateMetadata, with its database failures answered as above. */
export function whileDatabaseUp<A extends unknown[], R>(render: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await render(...args);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      markDatabaseDown();
      console.error(`A page render was cut off, the database is unavailable: ${(err as Error)?.message ?? err}`);
      const retry = retryAddress((await headers()).get(PAGE_URL_HEADER));
      if (!retry) throw err;
      redirect(retry);
    }
  };
}
