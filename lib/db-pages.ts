// Pages whose render is cut off by the database going away. proxy.ts answers a page 503 while the database is
// known to be down, but a render already running when it goes (a restart, a failover) fails on its next query,
// and Next.js gives a page no way to answer 503 then: it sends its 500 error screen. Wrapped in
// `whileDatabaseUp`, such a render instead sends the browser back to the same address (a 307, before any byte
// of the page), the failure having marked the database down, so proxy.ts answers that request with its 503
// page and Retry-After; once the database is back, the same address renders as usual.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { markDatabaseDown, PAGE_URL_HEADER } from "@/lib/db-health";

/** Where a cut-off render sends the browser: the page's own path and query, never another site. */
export function retryAddress(pageUrl: string | null): string {
  return pageUrl?.startsWith("/") && !pageUrl.startsWith("//") && !pageUrl.startsWith("/\\") ? pageUrl : "/";
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
      redirect(retryAddress((await headers()).get(PAGE_URL_HEADER)));
    }
  };
}
