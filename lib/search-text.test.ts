import { describe, expect, it } from "vitest";
import { literalLike } from "./search-text";

describe("literalLike", () => {
  it("escapes LIKE's wildcards and the escape character, and nothing else", () => {
    expect(literalLike("by 50% in")).toBe("by 50\\% in");
    expect(literalLike("5_0")).toBe("5\\_0");
    expect(literalLike("a\\b")).toBe("a\\\\b");
    expect(literalLike("about 70,000 “killed”")).toBe("about 70,000 “killed”");
  });

  it("drops NUL characters, which no stored text holds and the database refuses", () => {
    expect(literalLike("kil\u0000led")).toBe("killed");
  });
});
