// Every page of the site proper: the header and the main column.
import { SiteHeader } from "@/components/ui/site-header";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main>{children}</main>
    </>
  );
}
