// Each integration test file gets its own fresh, migrated database, so files run in parallel and never
// see each other's rows. DATABASE_URL is set before any test imports the Prisma client.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { connectTestServer } from "../lib/test-database";

const server = await connectTestServer(inject("testServerUrl"));
const url = await server.createFromTemplate("cf_it");
process.env.DATABASE_URL = url;
process.env.BETTER_AUTH_SECRET ||= randomBytes(32).toString("hex");

afterAll(async () => {
  await disconnectDb();
  await server.drop(url);
});
