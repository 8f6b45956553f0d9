import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("the path after signing in", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/")).toBe("/");
    expect(safeNextPath("/admin/people")).toBe("/admin/people");
    expect(safeNextPath("/conflicts/syria?added=3#deaths")).toBe("/conflicts/syria?added=3#deaths");
    expect(safeNextPath("/figures/new?conflict=syria&x=%2F%2Fevil.example")).toBe("/figures/new?conflict=syria&x=%2F%2Fevil.example");
    expect(safeNextPath("/a/../admin/people")).toBe("/admin/people");
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/sign-in"],
    ["a tab the browser drops", "/\t/evil.example"],
    ["a newline the browser drops", "/\n/evil.example"],
    ["a carriage return the browser drops", "/\r/evil.example"],
    ["a backslash read as a slash", "/\\evil.example"],
    ["two backslashes", "/\\\\evil.example"],
    ["a backslash first", "\\/evil.example"],
    ["a dot segment that leaves //", "/.//evil.example"],
    ["dot-dot segments that leave //", "/a/../..//evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["an absolute http URL", "http://evil.example"],
    ["a scheme without slashes", "https:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["a relative path", "evil.example"],
    ["an empty string", ""],
  ])("refuses %s", (_what, next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("keeps encoded slashes and tabs encoded, as a path on this site", () => {
    expect(safeNextPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeNextPath("/%09/evil.example")).toBe("/%09/evil.example");
    expect(safeNextPath("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it("refuses what is not a string", () => {
    expect(safeNextPath(null)).toBe("/");
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(new Blob(["/admin"]))).toBe("/");
  });
});
