// Previous and next links for a list paginated on the server; the other query parameters are kept by `href`.
// A page past the end says so and links to the last page.
import Link from "next/link";

export function Pager({
  page,
  pageSize,
  total,
  href,
  labels = { prev: "← Previous", next: "Next →" },
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  labels?: { prev: string; next: string };
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total > 0 && page > pages) {
    return (
      <p>
        {pages === 1 ? "There is only one page here." : `There are only ${pages} pages here.`} <Link href={href(pages)}>Go to the last page</Link>
      </p>
    );
  }
  if (pages === 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {labels.prev}
        </Link>
      ) : (
        <span />
      )}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
