import { describe, expect, it } from "vitest";
import { authorize, isRole, roleAllows, type Viewer } from "./roles";

const v = (role: Viewer["role"]): Viewer => ({ id: "1", email: "x@example.org", name: "X", role });

describe("roles", () => {
  it("ranks analyst < editor < admin", () => {
    expect(roleAllows("analyst", "analyst")).toBe(true);
    expect(roleAllows("analyst", "editor")).toBe(false);
    expect(roleAllows("editor", "editor")).toBe(true);
    expect(roleAllows("editor", "admin")).toBe(false);
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows(null, "analyst")).toBe(false);
  });

  it("knows only the three roles", () => {
    expect(["analyst", "editor", "admin"].every(isRole)).toBe(true);
    expect(isRole("user")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it("says why a request is refused", () => {
    expect(authorize(null, "editor")).toMatchObject({ ok: false, reason: "signed-out" });
    expect(authorize(v("analyst"), "editor")).toMatchObject({ ok: false, reason: "forbidden" });
    expect(authorize(v("editor"), "editor")).toMatchObject({ ok: true });
  });
});
