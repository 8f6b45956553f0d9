import { describe, expect, it } from "vitest";
import { FigureFilterSchema, STATUSES_OF, parseFigureFilter } from "./filter";

const parse = (query: string) => parseFigureFilter(new URLSearchParams(query));

describe("parseFigureFilter", () => {
  it("reads every filter, with status published by default and the rest absent", () => {
    expect(parse("")).toEqual({ ok: true, data: { status: "published" } });
    expect(parse("conflict=syria&metric=daily_outflow&source=UNHCR&status=all&from=2013-01-01&to=2015-12-31")).toEqual({
      ok: true,
      data: { conflict: "syria", metric: "daily_outflow", source: "UNHCR", status: "all", from: "2013-01-01", to: "2015-12-31" },
    });
  });

  it("keeps a source's name exactly as given, spaces and punctuation inside it included", () => {
    const r = parse(`source=${encodeURIComponent("UN Office for the Coordination of Humanitarian Affairs (OCHA)")}`);
    expect(r.ok && r.data.source).toBe("UN Office for the Coordination of Humanitarian Affairs (OCHA)");
  });

  it("ignores parameters it does not know, and the paging ones that are not its business", () => {
    expect(parse("conflict=syria&cursor=MTI&limit=5&utm_source=mail&q=anything")).toEqual({ ok: true, data: { conflict: "syria", status: "published" } });
  });

  it("treats an empty parameter as absent, and reads a repeated one by its first value", () => {
    expect(parse("conflict=&source=&from=&status=")).toEqual({ ok: true, data: { status: "published" } });
    expect(parse("metric=deaths&metric=injured")).toEqual({ ok: true, data: { metric: "deaths", status: "published" } });
  });

  it("accepts a one-day range (from and to are inclusive)", () => {
    expect(parse("from=2014-02-01&to=2014-02-01")).toMatchObject({ ok: true, data: { from: "2014-02-01", to: "2014-02-01" } });
  });

  it.each([
    ["conflict=Syria", "conflict", /conflict's slug: lower-case letters, digits and hyphens, e\.g\. syria/],
    ["conflict=syria%20war", "conflict", /lower-case letters/],
    ["metric=Deaths", "metric", /metric's slug.*e\.g\. deaths or daily_outflow/],
    ["metric=1deaths", "metric", /metric's slug/],
    [`source=${"x".repeat(201)}`, "source", /at most 200 characters/],
    ["status=deleted", "status", /status is published \(the default\), draft or all/],
    ["status=Published", "status", /status is published/],
    ["from=2013-02-30", "from", /from is a reference date written YYYY-MM-DD, e\.g\. 2013-01-01; check the month and day exist/],
    ["to=31/12/2015", "to", /to is a reference date written YYYY-MM-DD/],
    ["from=2013", "from", /YYYY-MM-DD/],
  ])("refuses %s with a sentence under %s", (query, param, message) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(message);
    expect(r.error).toMatch(/\.$/);
    expect(Object.keys(r.details)).toEqual([param]);
    expect(r.details[param]).toEqual([r.error]);
  });

  it("refuses a backwards range, saying so under both ends", () => {
    const r = parse("from=2015-01-01&to=2014-01-01");
    expect(r).toEqual({
      ok: false,
      error: "The date range is backwards: from (2015-01-01) is after to (2014-01-01); swap them.",
      details: {
        from: ["The date range is backwards: from (2015-01-01) is after to (2014-01-01); swap them."],
        to: ["The date range is backwards: from (2015-01-01) is after to (2014-01-01); swap them."],
      },
    });
  });

  it("reports every bad parameter at once, and no range complaint when an end is itself bad", () => {
    const r = parse("conflict=SYRIA&status=nope&from=2015-13-01&to=2014-01-01");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.details).sort()).toEqual(["conflict", "from", "status"]);
    expect(r.error).toBe(r.details.conflict![0]);
  });
});

describe("FigureFilterSchema", () => {
  it("is a plain object schema the CSV export and the CLI can parse their own input with", () => {
    expect(FigureFilterSchema.safeParse({ conflict: "syria", from: "2013-01-01" }).data).toEqual({ conflict: "syria", status: "published", from: "2013-01-01" });
    expect(Object.keys(FigureFilterSchema.shape).sort()).toEqual(["conflict", "from", "metric", "source", "status", "to"]);
  });

  it("maps each status filter to the statuses it stands for", () => {
    expect(STATUSES_OF).toEqual({ published: ["published"], draft: ["draft"], all: ["published", "draft"] });
  });
});
