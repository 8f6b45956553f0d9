import { describe, expect, it } from "vitest";
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, parsePageQuery } from "./page";

const parse = (query: string) => parsePageQuery(new URLSearchParams(query));

describe("cursors", () => {
  it("round-trips an id through an opaque, URL-safe string", () => {
    for (const id of [1, 9, 42, 1_000_000, 2_147_483_647]) {
      const c = encodeCursor(id);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(c).not.toContain(String(id));
      expect(decodeCursor(c)).toBe(id);
    }
  });

  it.each(["", "!!", "MTI=", "YWJj", "MDEy", "LTE", "MA", "OTk5OTk5OTk5OQ", `${encodeCursor(12)}.`])("refuses %j", (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});

describe("parsePageQuery", () => {
  it("starts at the beginning with the default limit", () => {
    expect(parse("")).toEqual({ ok: true, data: { after: 0, limit: DEFAULT_LIMIT } });
    expect(parse("cursor=&limit=")).toEqual({ ok: true, data: { after: 0, limit: DEFAULT_LIMIT } });
  });

  it("continues after the cursor's id, with the limit asked for", () => {
    expect(parse(`cursor=${encodeCursor(512)}&limit=1000&conflict=syria`)).toEqual({ ok: true, data: { after: 512, limit: 1000 } });
    expect(parse("limit=1")).toEqual({ ok: true, data: { after: 0, limit: 1 } });
  });

  it.each(["0", "1001", "-5", "2.5", "ten", "1e3"])("refuses limit=%s, saying the range", (limit) => {
    expect(parse(`limit=${limit}`)).toEqual({ ok: false, error: "limit is a whole number from 1 to 1000 (default 100).", details: { limit: ["limit is a whole number from 1 to 1000 (default 100)."] } });
  });

  it("refuses a cursor it did not make, saying to pass `next` unchanged", () => {
    const r = parse("cursor=not-a-cursor&limit=0");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/cursor is not one this API gave out: pass the `next` value of the previous page unchanged/);
    expect(Object.keys(r.details)).toEqual(["cursor", "limit"]);
  });
});
