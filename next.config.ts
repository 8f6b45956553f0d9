import type { NextConfig } from "next";
import { ACCEPTS_GZIP_VALUE, GZIP_ROUTES } from "./lib/api/encoding";
import { API_CSP, BASE_HEADERS } from "./lib/security/headers";

const asList = (headers: Readonly<Record<string, string>>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // The Prisma driver adapter and pg are Node-only; keep them out of the bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // Server actions keep Next.js's default origin check (Origin must be this host): no
  // `experimental.serverActions.allowedOrigins` here, ever (lib/security/config.test.ts checks it).
  // Pages get their Content-Security-Policy with a per-request nonce from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: asList(BASE_HEADERS) },
      { source: "/api/:path*", headers: asList({ "Content-Security-Policy": API_CSP, "X-Frame-Options": "DENY" }) },
      // these routes answer in gzip when asked (lib/api/encoding.ts says why the header is set here)
      ...GZIP_ROUTES.map((source) => ({
        source,
        has: [{ type: "header" as const, key: "accept-encoding", value: ACCEPTS_GZIP_VALUE }],
        headers: asList({ "Content-Encoding": "gzip" }),
      })),
    ];
  },
};

export default nextConfig;
