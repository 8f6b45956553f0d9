// The app's Next.js config keeps the framework's guards: server actions only from this site's own origin, and
// the fixed security headers on every path.
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { API_CSP, BASE_HEADERS } from "./headers";

describe("next.config.ts", () => {
  it("does not widen the origins server actions are accepted from", () => {
    const experimental = (nextConfig.experimental ?? {}) as { serverActions?: { allowedOrigins?: string[] } };
    expect(experimental.serverActions?.allowedOrigins ?? []).toEqual([]);
  });

  it("sends the base headers on every path and a no-content policy on the API", async () => {
    const rules = (await nextConfig.headers!()) ?? [];
    const all = rules.find((r) => r.source === "/:path*");
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual(BASE_HEADERS);
    const api = rules.find((r) => r.source === "/api/:path*");
    expect(api!.headers).toContainEqual({ key: "Content-Security-Policy", value: API_CSP });
  });
});
