import type { Metadata } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import "./globals.css";
import "./charts.css";

export const metadata: Metadata = {
  title: { default: "Conflict Figures", template: "%s · Conflict Figures" },
  description: "Death tolls, refugee counts and displacement figures from war reports, each traceable to its source.",
};

// Every page is rendered per request: proxy.ts gives each request a fresh CSP nonce, which Next.js puts on its
// scripts while rendering; a page prerendered at build time (the 404 among them) would carry none and not run.
export const dynamic = "force-dynamic";

// The site's pages get their header in app/(site)/layout.tsx; embeds (app/embed) are a chart alone.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
