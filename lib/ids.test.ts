import { describe, expect, it } from "vitest";
import { MAX_ID, parseId } from "./ids";

describe("parseId", () => {
  it.each([["1", 1], ["42", 42], [" 7 ", 7], [String(MAX_ID), MAX_ID], [5, 5]])("%j is id %d", (raw, id) => expect(parseId(raw)).toBe(id));
  it.each([["0"], ["-1"], ["1.5"], ["1e3"], ["abc"], [""], [String(MAX_ID + 1)], ["99999999999999999999"], [undefined], [["1"]], [1.5], [NaN]])("%j is no id", (raw) =>
    expect(parseId(raw)).toBeNull(),
  );
});
