import { describe, expect, it } from "vitest";
import { formatTick, timeDomain } from "./axes";

const DAY = 86_400_000;
const t0 = Date.UTC(2013, 0, 1);

describe("timeDomain", () => {
  it("pads a single point by 15 days each side", () => {
    expect(timeDomain([t0])).toEqual([t0 - 15 * DAY, t0 + 15 * DAY]);
  });

  it("pads a short span by at least 15 days", () => {
    expect(timeDomain([t0 + 10 * DAY, t0])).toEqual([t0 - 15 * DAY, t0 + 25 * DAY]);
  });

  it("pads a long span by 3% each side", () => {
    const span = 1000 * DAY;
    expect(timeDomain([t0 + span, t0 + span / 2, t0])).toEqual([t0 - 30 * DAY, t0 + span + 30 * DAY]);
  });

  it("covers the last 30 days when there is no data", () => {
    const before = Date.now();
    const [from, to] = timeDomain([]);
    const after = Date.now();
    expect(to - from).toBe(30 * DAY);
    expect(to).toBeGreaterThanOrEqual(before);
    expect(to).toBeLessThanOrEqual(after);
  });
});

describe("formatTick", () => {
  it.each([
    [0, "0"],
    [950, "950"],
    [70_000, "70K"],
    [1_100_000, "1.1M"],
    [250_000, "250K"],
    [10_000_000_000, "10B"],
  ])("formats %d as %s", (v, s) => {
    expect(formatTick(v)).toBe(s);
  });
});
