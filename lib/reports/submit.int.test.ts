// The report forms' submit logic against a real PostgreSQL: who may save, what comes back to the form.
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { submitNewReport, submitReportEdit } from "./submit";
import { auditCount, uid } from "./test-support";

const viewer = (role: Viewer["role"]): Viewer => ({ id: uid(), email: `${role}-${uid()}@example.org`, name: role, role });
const form = (over: Record<string, string> = {}) => ({ title: `Report ${uid()}`, publisher: "", url: `https://example.org/${uid()}`, publishedOn: "2013-03-01", language: "en", fullText: "", ...over });

describe("submitNewReport", () => {
  it.each([
    ["anonymous", null, /Sign in as an editor/],
    ["an analyst", viewer("analyst"), /analyst account; this needs an editor/],
  ] as const)("refuses %s with a sentence, keeps the values and writes nothing", async (_who, v, message) => {
    const values = form();
    const [reports, audit] = [await db().report.count(), await auditCount()];
    const r = await submitNewReport({ viewer: v, values });
    expect(r).toEqual({ ok: false, state: { values, errors: {}, formError: expect.stringMatching(message) } });
    expect([await db().report.count(), await auditCount()]).toEqual([reports, audit]);
  });

  it("returns every message under its field with the values as typed", async () => {
    const values = form({ title: "", url: "example.org", publishedOn: "2999-01-01", language: "English" });
    const r = await submitNewReport({ viewer: viewer("editor"), values });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.state.values).toEqual(values);
    expect(Object.keys(r.state.errors).sort()).toEqual(["language", "publishedOn", "title", "url"]);
  });

  it("saves for an editor, as theirs; a URL on record comes back under the URL field", async () => {
    const v = viewer("editor");
    const values = form();
    const r = await submitNewReport({ viewer: v, values });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await db().report.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ createdBy: v.email, title: values.title });
    const again = await submitNewReport({ viewer: v, values: { ...values, title: "Another title" } });
    expect(again).toMatchObject({ ok: false, state: { errors: { url: [expect.stringContaining(`already on record as \u201c${values.title}\u201d (report ${r.id})`)] } } });
  });
});

describe("submitReportEdit", () => {
  it("on a version conflict keeps the editor's input, shows theirs, and carries the version now on record", async () => {
    const created = await submitNewReport({ viewer: viewer("editor"), values: form({ title: "First" }) });
    if (!created.ok) throw new Error("setup");
    const bob = viewer("editor");
    expect(await submitReportEdit({ viewer: bob, id: String(created.id), values: form({ title: "Bob's", version: "1" }) })).toEqual({ ok: true, id: created.id });
    const mine = form({ title: "Carol's", version: "1" });
    const r = await submitReportEdit({ viewer: viewer("editor"), id: String(created.id), values: mine });
    expect(r).toMatchObject({ ok: false, state: { values: { ...mine, version: "2" }, errors: {}, conflict: { by: bob.email, theirs: { title: "Bob's", version: "2" } } } });
    // saving again, knowingly, applies Carol's input
    if (r.ok) return;
    expect(await submitReportEdit({ viewer: viewer("editor"), id: String(created.id), values: r.state.values })).toEqual({ ok: true, id: created.id });
    expect(await db().report.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ title: "Carol's", version: 3 });
  });

  it("says so when the form lacks its report or version", async () => {
    const r = await submitReportEdit({ viewer: viewer("editor"), id: "x", values: form({ version: "1" }) });
    expect(r).toMatchObject({ ok: false, state: { formError: expect.stringMatching(/missing which report/) } });
  });
});
