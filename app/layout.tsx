import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Conflict Figures", template: "%s · Conflict Figures" },
  description: "Death tolls, refugee counts and displacement figures from war reports, each traceable to its source.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Conflict Figures
          </Link>
          <nav aria-label="Main">
            <Link href="/">Conflicts</Link>
            <Link href="/figures/new">Add a figure</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
