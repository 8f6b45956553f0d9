import type { Metadata } from "next";
import { SiteHeader } from "@/components/ui/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Conflict Figures", template: "%s · Conflict Figures" },
  description: "Death tolls, refugee counts and displacement figures from war reports, each traceable to its source.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main>{children}</main>
      </body>
    </html>
  );
}
