// Prisma CLI configuration. Prisma 7 reads no .env and its env() helper throws when a variable is unset,
// which would break `prisma generate` on a clean machine; so the URL comes from process.env and may be
// absent (generate needs none; migrate commands then say the URL is required).
import { defineConfig } from "prisma/config";
import { useOfflineSchemaEngine } from "./prisma/engine/select-engine";

useOfflineSchemaEngine();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "node --conditions=react-server --import tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL,
  },
});
