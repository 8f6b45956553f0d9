import { describe, expect, it } from "vitest";
import { MAX_COUNT, parseCount } from "./numbers";

function message(input: string): string {
  const r = parseCount(input);
  if (r.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected, got ${r.value}`);
  return r.message;
}

describe("parseCount", () => {
  it.each([
    ["70,000", 70_000],
    ["70 000", 70_000],
    ["70000", 70_000],
    ["  70,000  ", 70_000],
    ["70\u00a0000", 70_000],
    ["0", 0],
  ])("reads %j as %d", (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value });
  });

  it("accepts exactly ten billion", () => {
    expect(MAX_COUNT).toBe(10_000_000_000);
    expect(parseCount("10,000,000,000")).toEqual({ ok: true, value: 10_000_000_000 });
    expect(parseCount("10000000000")).toEqual({ ok: true, value: 10_000_000_000 });
  });

  it("rejects one above ten billion and says to check the zeros", () => {
    expect(message("10000000001")).toMatch(/more than 10,000,000,000.*zeros/);
    expect(message("99999999999999")).toMatch(/zeros/);
  });

  it("rejects a negative number and says to enter 0 or more", () => {
    expect(message("-5")).toMatch(/cannot be negative.*0 or more/);
    expect(message("-70,000")).toMatch(/negative/);
  });

  it("rejects words and asks for digits", () => {
    expect(message("abc")).toMatch(/digits/);
    expect(message("70k")).toMatch(/digits/);
  });

  it("rejects an exponent and asks for the number written out", () => {
    expect(message("1e99")).toMatch(/without an exponent/);
    expect(message("7E4")).toMatch(/without an exponent/);
  });

  it("rejects decimals and asks for a whole number", () => {
    expect(message("3.5")).toMatch(/whole number.*without decimals/);
  });

  it.each(["", "   ", "\t\n"])("rejects blank input %j and asks for a number", (input) => {
    expect(message(input)).toBe("Enter a number.");
  });
});

describe("parseCount: digit grouping", () => {
  it.each(["70,000", "1,100,000", "1 100 000", "70\u00a0000", "9,876,543,210"])("accepts proper groups of three: %s", (s) => {
    expect(parseCount(s).ok).toBe(true);
  });
  it.each(["70,00", "1,2,3", "7'0", "1 2", "1,100 000", "70000,000"])("refuses a slip in the grouping: %s", (s) => {
    const r = parseCount(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/digit grouping/);
  });
});
