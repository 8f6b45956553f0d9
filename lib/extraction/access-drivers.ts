// Access-matrix driver for the extraction route (see lib/auth/access-kit.ts). Test support only.
import { expect } from "vitest";
import { POST as extract } from "@/app/api/v1/extract/route";
import { as, type Driver } from "@/lib/auth/access-kit";

export const extractionDrivers: Record<string, Driver> = {
  async "POST /api/v1/extract"(who) {
    return async () => {
      const headers = new Headers(as(who));
      headers.set("content-type", "application/json");
      const body = JSON.stringify({ text: "The United Nations says about 70,000 people have been killed.", publishedOn: "2013-03-01" });
      const res = await extract(new Request("http://localhost/api/v1/extract", { method: "POST", body, headers }));
      const answer = (await res.json()) as { error?: string } | { metric: string; value: number }[];
      if (res.ok) expect(answer).toMatchObject([{ metric: "deaths", value: 70000, qualifier: "about", source: "United Nations" }]);
      return { allowed: res.ok, message: res.ok ? undefined : (answer as { error: string }).error };
    };
  },
};
