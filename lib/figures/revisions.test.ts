import { describe, expect, it } from "vitest";
import { hiddenByRevision } from "./revisions";

const link = (id: number, supersedesId: number | null, live = true) => ({ id, supersedesId, live });

describe("hiddenByRevision", () => {
  it("hides a figure once a live revision of it exists", () => {
    expect([...hiddenByRevision([link(1, null), link(2, 1)])]).toEqual([1]);
    expect([...hiddenByRevision([link(1, null), link(2, 1, false)])]).toEqual([]); // a draft or deleted revision
  });

  it("looks along the whole chain: a dead revision in between changes nothing", () => {
    expect([...hiddenByRevision([link(1, null), link(2, 1, false), link(3, 2)])].sort()).toEqual([1, 2]);
    expect([...hiddenByRevision([link(1, null), link(2, 1), link(3, 2)])].sort()).toEqual([1, 2]);
  });

  it("never loops on a cycle", () => {
    expect([...hiddenByRevision([link(1, 2), link(2, 1)])].sort()).toEqual([1, 2]);
  });
});
