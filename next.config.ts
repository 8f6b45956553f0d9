import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Prisma driver adapter and pg are Node-only; keep them out of the bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
