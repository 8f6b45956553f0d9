// The page a reader gets while the database is unreachable (proxy.ts answers it with 503 and Retry-After):
// self-contained HTML with no script, so it shows the same whatever else is broken. Pure.
import { DATABASE_UNAVAILABLE } from "@/lib/db-errors";

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page; its reload link goes to `reloadHref` (a local path), else to the address it was asked at. */
export function unavailablePageHtml(reloadHref = ""): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · Conflict Figures</title></head>
<body>
<main role="alert">
<h1>Conflict Figures is briefly unavailable</h1>
<p>${DATABASE_UNAVAILABLE}</p>
<p><a href="${escapeAttribute(reloadHref)}">Reload this page</a></p>
</main>
</body>
</html>
`;
}
