import { describe, expect, it } from "vitest";
import { mayPublish, statusOnSave } from "./review";

describe("the publishing rule", () => {
  it("publishes on save without review, and keeps drafts as drafts", () => {
    expect(statusOnSave("none", "publish")).toEqual({ status: "published" });
    expect(statusOnSave("none", "draft")).toEqual({ status: "draft" });
    expect(statusOnSave("two-person", "draft")).toEqual({ status: "draft" });
  });

  it("under two-person, a save asking to publish waits for another editor", () => {
    expect(statusOnSave("two-person", "publish")).toMatchObject({ status: "draft", notice: expect.stringMatching(/another editor/) });
    const figure = ["ann@x.org", "bob@x.org"]; // who entered it, who changed it
    expect(mayPublish("two-person", "ann@x.org", figure)).toMatchObject({ ok: false });
    expect(mayPublish("two-person", "bob@x.org", figure)).toMatchObject({ ok: false });
    expect(mayPublish("two-person", "cat@x.org", figure)).toEqual({ ok: true });
    expect(mayPublish("none", "ann@x.org", figure)).toEqual({ ok: true });
  });
});
