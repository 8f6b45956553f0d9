// The source forms' and the merge's submit logic against a real PostgreSQL: who may, and what comes back.
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditCount, uid } from "@/lib/reports/test-support";
import { submitMerge, submitNewSource, submitSourceEdit } from "./submit";

const viewer = (role: Viewer["role"]): Viewer => ({ id: uid(), email: `${role}-${uid()}@example.org`, name: role, role });
const form = (over: Record<string, string> = {}) => ({ name: `Source ${uid()}`, kind: "ngo", reliability: "", ...over });

async function newSource(name = `Source ${uid()}`): Promise<number> {
  const r = await submitNewSource({ viewer: viewer("editor"), values: form({ name }) });
  if (!r.ok) throw new Error(JSON.stringify(r.state));
  return r.id;
}

describe("source forms", () => {
  it("refuse an analyst, keeping the values and writing nothing", async () => {
    const values = form();
    const audit = await auditCount();
    expect(await submitNewSource({ viewer: viewer("analyst"), values })).toMatchObject({ ok: false, state: { values, formError: expect.stringMatching(/needs an editor/) } });
    expect(await auditCount()).toBe(audit);
  });

  it("put a taken name under the name field, suggesting a merge when editing", async () => {
    const name = `Taken ${uid()}`;
    await newSource(name);
    expect(await submitNewSource({ viewer: viewer("editor"), values: form({ name: name.toUpperCase() }) })).toMatchObject({
      ok: false,
      state: { errors: { name: [expect.stringMatching(/already on record: use that source/)] } },
    });
    const other = await newSource();
    expect(await submitSourceEdit({ viewer: viewer("editor"), id: String(other), values: form({ name, version: "1" }) })).toMatchObject({
      ok: false,
      state: { errors: { name: [expect.stringMatching(/merge this source into that one/)] } },
    });
  });

  it("on a version conflict keep the input and carry the version on record", async () => {
    const id = await newSource();
    const bob = viewer("editor");
    await submitSourceEdit({ viewer: bob, id: String(id), values: form({ reliability: "A", version: "1" }) });
    const mine = form({ reliability: "D", version: "1" });
    expect(await submitSourceEdit({ viewer: viewer("editor"), id: String(id), values: mine })).toMatchObject({
      ok: false,
      state: { values: { ...mine, version: "2" }, conflict: { by: bob.email, theirs: { reliability: "A", version: "2" } } },
    });
  });
});

describe("submitMerge", () => {
  it("refuses an analyst and writes nothing", async () => {
    const [a, b] = [await newSource(), await newSource()];
    const audit = await auditCount();
    const r = await submitMerge({ viewer: viewer("analyst"), fields: { id: String(a), version: "1", into: String(b), intoVersion: "1" } });
    expect(r).toMatchObject({ ok: false, state: { error: expect.stringMatching(/needs an editor/) } });
    expect(await db().source.count({ where: { id: { in: [a, b] } } })).toBe(2);
    expect(await auditCount()).toBe(audit);
  });

  it("says who changed a source meanwhile, and merges nothing", async () => {
    const [a, b] = [await newSource(), await newSource()];
    const bob = viewer("editor");
    await submitSourceEdit({ viewer: bob, id: String(a), values: form({ version: "1" }) });
    const r = await submitMerge({ viewer: viewer("editor"), fields: { id: String(a), version: "1", into: String(b), intoVersion: "1" } });
    expect(r).toMatchObject({ ok: false, state: { error: expect.stringMatching(new RegExp(`The source to merge, .* was changed by ${bob.email} at .* so nothing was merged`)) } });
    expect(await db().source.count({ where: { id: { in: [a, b] } } })).toBe(2);
  });

  it("merges for an editor, and refuses a missing choice or a source merged into itself", async () => {
    const [a, b] = [await newSource(), await newSource()];
    const editor = viewer("editor");
    expect(await submitMerge({ viewer: editor, fields: { id: String(a), version: "1", into: "", intoVersion: "" } })).toEqual({ ok: false, state: { error: "Choose the source to keep." } });
    expect(await submitMerge({ viewer: editor, fields: { id: String(a), version: "1", into: String(a), intoVersion: "1" } })).toMatchObject({ ok: false, state: { error: expect.stringMatching(/cannot be merged into itself/) } });
    expect(await submitMerge({ viewer: editor, fields: { id: String(a), version: "1", into: String(b), intoVersion: "1" } })).toMatchObject({ ok: true, kept: { id: b }, merged: { id: a }, moved: 0 });
  });
});
