import { describe, expect, it } from "vitest";
import { backupFileName, dependencyOrder, endLine, parseHeader, readFrame, rowsLine, tableLine } from "./backup-format";

describe("dependencyOrder", () => {
  it("puts every table after the tables it references; a table referencing itself is no cycle", () => {
    const order = dependencyOrder(["Figure", "Report", "Source", "Conflict", "AuditEvent"], [
      { from: "Figure", to: "Report" },
      { from: "Figure", to: "Source" },
      { from: "Figure", to: "Conflict" },
      { from: "Figure", to: "Figure" },
    ]);
    expect(order.indexOf("Figure")).toBeGreaterThan(Math.max(order.indexOf("Report"), order.indexOf("Source"), order.indexOf("Conflict")));
    expect(order).toHaveLength(5);
  });

  it("says so when two tables reference each other", () => {
    expect(() => dependencyOrder(["A", "B"], [{ from: "A", to: "B" }, { from: "B", to: "A" }])).toThrow(/cycle \(A → B → A\)/);
  });
});

describe("frames", () => {
  it("reads back what it writes, and nothing else", () => {
    expect(readFrame(tableLine({ name: "Figure", columns: ["id", "value"] }))).toEqual({ kind: "TABLE", value: { name: "Figure", columns: ["id", "value"] } });
    expect(readFrame(rowsLine(42))).toEqual({ kind: "ROWS", value: 42 });
    expect(readFrame(endLine({ sequences: [], rows: {} }))).toEqual({ kind: "END", value: { sequences: [], rows: {} } });
    expect(readFrame("1\tSyria\t\\N")).toBeNull();
    expect(readFrame("TABLE {not json")).toBeNull();
  });

  it("accepts only a header this app wrote", () => {
    expect(parseHeader(JSON.stringify({ app: "conflict-figures", migrations: [], tables: [], migrationsTableDdl: "" }))).not.toBeNull();
    expect(parseHeader(JSON.stringify({ app: "other", migrations: [], tables: [], migrationsTableDdl: "" }))).toBeNull();
    expect(parseHeader("{")).toBeNull();
    expect(parseHeader(undefined)).toBeNull();
  });
});

it("names a backup by its UTC time, sortable and without colons", () => {
  expect(backupFileName(new Date("2026-11-28T11:20:05.123Z"))).toBe("2026-11-28T11-20-05Z.dump");
});
