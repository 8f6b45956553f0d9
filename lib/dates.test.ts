import { describe, expect, it } from "vitest";
import { dateToDay, dayToDate, dayToEpoch, formatDay, isIsoDay, latestTodayOnEarth } from "./dates";

describe("isIsoDay", () => {
  it.each(["2013-02-12", "2012-02-29", "2000-02-29", "2013-12-31", "2013-01-01"])("accepts %s", (s) => {
    expect(isIsoDay(s)).toBe(true);
  });

  it.each([
    "2013-02-30", // no such day
    "2013-02-29", // 2013 is not a leap year
    "1900-02-29", // nor is 1900
    "2013-13-01",
    "2013-00-10",
    "2013-2-1",
    "2013-02-1",
    "13-02-12",
    "2013/02/12",
    "2013-02-12T00:00:00Z",
    " 2013-02-12",
    "",
    "abc",
  ])("rejects %j", (s) => {
    expect(isIsoDay(s)).toBe(false);
  });
});

describe("dayToDate / dateToDay", () => {
  it("maps a day to its UTC midnight", () => {
    expect(dayToDate("2013-03-01").toISOString()).toBe("2013-03-01T00:00:00.000Z");
    expect(dayToEpoch("1970-01-02")).toBe(86_400_000);
  });

  it.each(["2013-03-01", "2012-02-29", "1999-12-31", "2026-01-01"])("round-trips %s", (day) => {
    expect(dateToDay(dayToDate(day))).toBe(day);
  });

  it("takes the UTC day of an instant", () => {
    expect(dateToDay(new Date("2013-03-01T23:59:59Z"))).toBe("2013-03-01");
  });
});

describe("latestTodayOnEarth", () => {
  it("is already tomorrow at UTC+14 from 10:00 UTC", () => {
    expect(latestTodayOnEarth(new Date("2026-01-01T11:00:00Z"))).toBe("2026-01-02");
    expect(latestTodayOnEarth(new Date("2026-01-01T10:00:00Z"))).toBe("2026-01-02");
  });

  it("is still today before 10:00 UTC", () => {
    expect(latestTodayOnEarth(new Date("2026-01-01T09:00:00Z"))).toBe("2026-01-01");
    expect(latestTodayOnEarth(new Date("2026-01-01T09:59:59Z"))).toBe("2026-01-01");
  });

  it("defaults to now and gives a real day", () => {
    const today = latestTodayOnEarth();
    expect(isIsoDay(today)).toBe(true);
    expect(today >= dateToDay(new Date())).toBe(true);
  });
});

describe("formatDay", () => {
  it("writes day, short month and year", () => {
    expect(formatDay("2013-02-12")).toBe("12 Feb 2013");
    expect(formatDay("2013-03-01")).toBe("1 Mar 2013");
  });
});
