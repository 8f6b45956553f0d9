import { describe, expect, it } from "vitest";
import { formatTick, timeDomain, valueAxis } from "./axes";

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

describe("valueAxis, linear", () => {
  it("starts at zero and ends on a round number above the highest value", () => {
    expect(valueAxis([70_000], "linear")).toEqual({ domain: [0, 80_000], ticks: [0, 20_000, 40_000, 60_000, 80_000] });
    expect(valueAxis([100, 35, 60], "linear")).toEqual({ domain: [0, 120], ticks: [0, 20, 40, 60, 80, 100, 120] });
    expect(valueAxis([3], "linear")).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
  });

  it("leaves headroom above a value that is itself round", () => {
    expect(valueAxis([80_000], "linear")).toEqual({ domain: [0, 100_000], ticks: [0, 20_000, 40_000, 60_000, 80_000, 100_000] });
    expect(valueAxis([400_000, 10], "linear").domain).toEqual([0, 500_000]);
  });

  it("is 0 to 1 for no values, zeros or only negative values", () => {
    const unit = { domain: [0, 1], ticks: [0, 1] };
    expect(valueAxis([], "linear")).toEqual(unit);
    expect(valueAxis([0, 0], "linear")).toEqual(unit);
    expect(valueAxis([-5], "linear")).toEqual(unit);
  });

  it("gives distinct ticks from 0 to the top for small values", () => {
    for (const max of [1, 2]) {
      const { domain, ticks } = valueAxis([max], "linear");
      expect(domain[0]).toBe(0);
      expect(domain[1]).toBeGreaterThan(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(domain[1]);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]!);
    }
  });
});

describe("valueAxis, log", () => {
  it("spans the whole decades around the values, with 2 and 5 between for up to three decades", () => {
    expect(valueAxis([70_000], "log")).toEqual({ domain: [10_000, 100_000], ticks: [10_000, 20_000, 50_000, 100_000] });
    expect(valueAxis([3, 400], "log")).toEqual({ domain: [1, 1_000], ticks: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000] });
  });

  it("gives a decade above a value that is a power of ten", () => {
    expect(valueAxis([100], "log")).toEqual({ domain: [100, 1_000], ticks: [100, 200, 500, 1_000] });
  });

  it("ticks only the decades beyond three", () => {
    expect(valueAxis([5, 70_000], "log")).toEqual({ domain: [1, 100_000], ticks: [1, 10, 100, 1_000, 10_000, 100_000] });
  });

  it("ignores zero and negative values", () => {
    expect(valueAxis([0, -3, 50], "log")).toEqual({ domain: [10, 100], ticks: [10, 20, 50, 100] });
  });

  it("is 1 to 10 for no positive values", () => {
    expect(valueAxis([], "log")).toEqual({ domain: [1, 10], ticks: [1, 10] });
    expect(valueAxis([0, -1], "log")).toEqual({ domain: [1, 10], ticks: [1, 10] });
  });
});
