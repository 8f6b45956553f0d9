// The site header: navigation, and who is signed in. Edit links show only to those who may use them; the
// server checks again on every write.
import Link from "next/link";
import { currentViewer } from "@/lib/auth/current";
import { signOutAction } from "@/lib/auth/actions";
import { roleAllows } from "@/lib/auth/roles";
import { whileDatabaseUp } from "@/lib/db-pages";

// in the layout, so wrapped like the pages: its viewer lookup is often a render's first query
export const SiteHeader = whileDatabaseUp(async function SiteHeader() {
  const viewer = await currentViewer();
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Conflict Figures
      </Link>
      <nav aria-label="Main">
        <Link href="/">Conflicts</Link>
        <Link href="/reports">Reports</Link>
        <Link href="/sources">Sources</Link>
        <Link href="/figures">Figures</Link>
        <Link href="/compare">Compare</Link>
        {roleAllows(viewer?.role, "editor") && <Link href="/figures/new">Add a figure</Link>}
        {roleAllows(viewer?.role, "editor") && <Link href="/extract">From a report</Link>}
        {roleAllows(viewer?.role, "editor") && <Link href="/import">Import a CSV</Link>}
        {roleAllows(viewer?.role, "admin") && <Link href="/admin/people">People</Link>}
        {roleAllows(viewer?.role, "admin") && <Link href="/admin/metrics">Metrics</Link>}
        {roleAllows(viewer?.role, "admin") && <Link href="/admin/activity">Activity</Link>}
      </nav>
      <div className="account">
        {viewer ? (
          <form action={signOutAction}>
            <Link href="/account" title="Your account: change your password">
              {viewer.email} ({viewer.role})
            </Link>{" "}
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        ) : (
          <Link href="/sign-in">Sign in</Link>
        )}
      </div>
    </header>
  );
});
