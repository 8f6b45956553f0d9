// Next.js calls onRequestError for every error a page, route or action throws on the server. One that means the
// database is unreachable marks it down, so the next pages get proxy.ts's 503 at once rather than each
// waiting for its own query to fail.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (err) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ isDatabaseUnavailable }, { markDatabaseDown }] = await Promise.all([import("@/lib/db-errors"), import("@/lib/db-health")]);
  if (isDatabaseUnavailable(err)) markDatabaseDown();
};
