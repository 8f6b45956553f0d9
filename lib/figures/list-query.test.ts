import { describe, expect, it } from "vitest";
import { figureListHref, parseFigureListQuery } from "./list-query";

describe("the figures list's URL", () => {
  it("reads filters, falling back to defaults for values it cannot use", () => {
    expect(parseFigureListQuery({ conflict: "syria", status: "draft", from: "2013-01-01", to: "2013-13-01", sort: "bogus", page: "-3", source: "x", q: ["  killed ", "other"] })).toEqual({
      conflict: "syria",
      metric: undefined,
      source: undefined,
      status: "draft",
      from: "2013-01-01",
      to: undefined,
      q: "killed",
      sort: "date-desc",
      page: 1,
    });
  });

  it("writes links without defaults, keeping the other filters", () => {
    const query = parseFigureListQuery({ conflict: "syria", q: "a day", page: "2" });
    expect(figureListHref(query, { page: 3 })).toBe("/figures?conflict=syria&q=a+day&page=3");
    expect(figureListHref(query, { page: 1, sort: "value-desc" })).toBe("/figures?conflict=syria&q=a+day&sort=value-desc");
    expect(figureListHref(parseFigureListQuery({}))).toBe("/figures");
  });
});
