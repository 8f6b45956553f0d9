import { describe, expect, it } from "vitest";
import { dateToDay, dayToEpoch, latestTodayOnEarth } from "@/lib/dates";
import { LABEL_MAX, parseAnnotationInput } from "./schema";

const DAY = 24 * 3600 * 1000;
const valid = { conflict: "syria", date: "2013-08-21", label: "Ghouta chemical attack" };
const errors = (raw: unknown) => {
  const r = parseAnnotationInput(raw);
  return r.ok ? {} : r.errors;
};

describe("annotation schema", () => {
  it("accepts a past event and trims what was typed", () => {
    expect(parseAnnotationInput({ conflict: " syria ", date: " 2013-08-21 ", label: "  Ghouta chemical attack  " })).toEqual({ ok: true, data: valid });
  });

  it("accepts today in the earliest time zone, and a label of exactly the longest length", () => {
    expect(parseAnnotationInput({ ...valid, date: latestTodayOnEarth() }).ok).toBe(true);
    expect(parseAnnotationInput({ ...valid, label: "x".repeat(LABEL_MAX) }).ok).toBe(true);
  });

  it("says what is missing, one message per field", () => {
    expect(errors({ conflict: "", date: "", label: "   " })).toEqual({
      conflict: ["This form is missing which conflict the event belongs to. Reload the page and try again."],
      date: ["Enter the date of the event, e.g. 2013-08-21."],
      label: ["Enter a short label for the event, e.g. Ghouta chemical attack."],
    });
    expect(errors({})).toEqual({
      conflict: ["This form is missing which conflict the event belongs to. Reload the page and try again."],
      date: ["Enter the date of the event."],
      label: ["Enter a short label for the event."],
    });
  });

  it("refuses a date that is not a real day, without also calling it the future", () => {
    for (const date of ["2013-02-30", "21/08/2013", "2013-8-21", "9999-99-99"]) {
      expect(errors({ ...valid, date })).toEqual({ date: ["Enter the date of the event as a real date, e.g. 2013-08-21."] });
    }
  });

  it("refuses a date after today everywhere on Earth", () => {
    const tomorrowEverywhere = dateToDay(new Date(dayToEpoch(latestTodayOnEarth()) + DAY));
    expect(errors({ ...valid, date: tomorrowEverywhere })).toEqual({
      date: ["This date is in the future: an event goes on the charts once it has happened."],
    });
  });

  it("refuses a label too long to fit on the chart", () => {
    expect(errors({ ...valid, label: "x".repeat(LABEL_MAX + 1) })).toEqual({
      label: ["The label is longer than 80 characters: shorten it so it fits on the chart."],
    });
  });
});
