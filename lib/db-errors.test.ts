// Which errors are "the database is unreachable" (answered 503), in the shapes pg, the adapter and Prisma give them.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db-errors";

const prismaWrapped = (cause: object, code = "P2039") =>
  Object.assign(new Error("Invalid `prisma.figure.findMany()` invocation: Database error."), { code, meta: { driverAdapterError: Object.assign(new Error("x"), { cause }) } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 })],
    ["Prisma's can't reach (P1001)", Object.assign(new Error("Can't reach database server at localhost:5432"), { code: "P1001" })],
    ["Prisma's closed connection (P1017)", Object.assign(new Error("Server has closed the connection."), { code: "P1017" })],
    ["admin_shutdown inside Prisma's error", prismaWrapped({ kind: "postgres", originalCode: "57P01" })],
    ["shutting down (57P03)", prismaWrapped({ kind: "postgres", originalCode: "57P03" })],
    ["the adapter's DatabaseNotReachable", prismaWrapped({ kind: "DatabaseNotReachable" }, "P1001")],
    ["pg's pool timeout", new Error("timeout exceeded when trying to connect")],
    ["a connection cut", new Error("Connection terminated unexpectedly")],
    ["pg's own error with a SQLSTATE", Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" })],
    ["no pooled connection in time for a transaction (P2028)", Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" })],
    ["a wrapped cause", new Error("loading the chart failed", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) })],
  ])("%s", (_name, err) => expect(isDatabaseUnavailable(err)).toBe(true));

  it.each([
    ["a transaction that ran out of time (P2028, not a connection problem)", Object.assign(new Error("Transaction already closed: A query cannot be executed on an expired transaction."), { code: "P2028" })],
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a syntax error", prismaWrapped({ kind: "postgres", originalCode: "42601" }, "P2010")],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("not %s", (_name, err) => expect(isDatabaseUnavailable(err)).toBe(false));

  it("stops on an error that wraps itself", () => {
    const e = new Error("loop") as Error & { cause?: unknown };
    e.cause = e;
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
