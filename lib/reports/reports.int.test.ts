// Report writes and reads against a real PostgreSQL: one audit event per write, optimistic edits that never
// overwrite silently, and nothing half-written when a write fails.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSource } from "@/lib/sources/mutations";
import { createReport, ReportUrlTakenError, updateReport } from "./mutations";
import { getReport, listLinkedFigures, listReports } from "./queries";
import { parseReportInput, type ReportInput } from "./schema";
import { FAILING_ACTOR, auditCount, gate, installFailingAuditTrigger, makeFigure, uid, untilSomeoneWaitsForALock } from "./test-support";

beforeAll(installFailingAuditTrigger);

function input(over: Record<string, string> = {}): ReportInput {
  const r = parseReportInput({ title: `Report ${uid()}`, publisher: "Naharnet", url: `https://example.org/${uid()}`, publishedOn: "2013-03-01", fullText: "about 70,000 people have been killed", ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

const row = (id: number) => db().report.findUniqueOrThrow({ where: { id } });
const events = (id: number) => db().auditEvent.findMany({ where: { entity: "Report", entityId: String(id) }, orderBy: { id: "asc" } });

describe("createReport", () => {
  it("stores the report as its author's and writes exactly one audit event", async () => {
    const before = await auditCount();
    const { id } = await createReport({ report: input({ title: "Created" }), actor: "alice@example.org" });
    expect(await auditCount()).toBe(before + 1);
    expect(await row(id)).toMatchObject({ title: "Created", version: 1, createdBy: "alice@example.org", updatedBy: "alice@example.org", language: "en" });
    const [e] = await events(id);
    expect(e).toMatchObject({ action: "create", actor: "alice@example.org", before: null, after: { id, title: "Created", version: 1, publishedOn: "2013-03-01T00:00:00.000Z" } });
  });

  it("refuses a URL already on record, naming that report, and writes nothing", async () => {
    const first = input();
    const { id } = await createReport({ report: first, actor: "a" });
    const [reports, audit] = [await db().report.count(), await auditCount()];
    const err = await createReport({ report: input({ url: first.url! }), actor: "b" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportUrlTakenError);
    expect((err as ReportUrlTakenError).onRecord).toEqual({ id, title: first.title });
    expect([await db().report.count(), await auditCount()]).toEqual([reports, audit]);
  });

  it("lets only one of two editors filing the same new URL at once succeed", async () => {
    const url = `https://example.org/${uid()}`;
    const results = await Promise.allSettled([createReport({ report: input({ url }), actor: "a" }), createReport({ report: input({ url }), actor: "b" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ReportUrlTakenError);
    expect(await db().report.count({ where: { url } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entity: "Report", after: { path: ["url"], equals: url } } })).toBe(1);
  });

  it("writes neither the report nor its audit event when the audit write fails", async () => {
    const report = input();
    const [reports, audit] = [await db().report.count(), await auditCount()];
    await expect(createReport({ report, actor: FAILING_ACTOR })).rejects.toThrow(/audit write refused/);
    expect([await db().report.count(), await auditCount()]).toEqual([reports, audit]);
    expect(await db().report.findUnique({ where: { url: report.url! } })).toBeNull();
  });
});

describe("updateReport", () => {
  it("saves over the version the editor started from, bumps it, and audits before and after once", async () => {
    const { id } = await createReport({ report: input({ title: "Old title" }), actor: "alice" });
    const created = await row(id);
    const before = await auditCount();
    const r = await updateReport({ id, version: 1, report: input({ title: "New title", url: "", language: "ar" }), actor: "bob" });
    expect(r).toMatchObject({ ok: true, record: { title: "New title", url: null, language: "ar", version: 2, updatedBy: "bob", createdBy: "alice" } });
    expect(await auditCount()).toBe(before + 1);
    const [, e] = await events(id);
    expect(e).toMatchObject({ action: "update", actor: "bob", before: { title: "Old title", version: 1, url: created.url }, after: { title: "New title", version: 2, url: null, language: "ar" } });
    expect((await row(id)).updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
  });

  it("refuses a stale version with the version on record, changing no row and no audit event", async () => {
    const { id } = await createReport({ report: input(), actor: "alice" });
    await updateReport({ id, version: 1, report: input({ title: "Bob's title" }), actor: "bob" });
    const [saved, audit] = [await row(id), await auditCount()];
    const r = await updateReport({ id, version: 1, report: input({ title: "Carol's title" }), actor: "carol" });
    expect(r).toMatchObject({ ok: false, reason: "conflict", current: { title: "Bob's title", version: 2, updatedBy: "bob" } });
    expect(await row(id)).toEqual(saved);
    expect(await auditCount()).toBe(audit);
  });

  it("when two editors save over the same version at once, one wins and the other is told, losing nothing", async () => {
    const { id } = await createReport({ report: input(), actor: "alice" });
    const audit = await auditCount();
    // Bob's save holds the row; Carol's starts from the same version, passes the first check, and must wait
    // on the row lock, then find the version gone: the WHERE on the version is what refuses her.
    const bobWrote = gate();
    const bobMayCommit = gate();
    const bob = db().$transaction(async (tx) => {
      const r = await updateReport({ id, version: 1, report: input({ title: "Bob's", publisher: "Bob" }), actor: "bob" }, tx);
      bobWrote.open();
      await bobMayCommit.wait;
      return r;
    });
    await bobWrote.wait;
    const carol = updateReport({ id, version: 1, report: input({ title: "Carol's", publisher: "Carol" }), actor: "carol" });
    await untilSomeoneWaitsForALock();
    bobMayCommit.open();
    const [b, c] = await Promise.all([bob, carol]);
    expect(b.ok).toBe(true);
    expect(c).toMatchObject({ ok: false, reason: "conflict", current: { title: "Bob's", version: 2, updatedBy: "bob" } });
    expect(await row(id)).toMatchObject({ title: "Bob's", publisher: "Bob", version: 2 });
    expect(await auditCount()).toBe(audit + 1);
  });

  it("in a free-for-all of writers over one version, exactly one wins", async () => {
    const { id } = await createReport({ report: input(), actor: "alice" });
    const audit = await auditCount();
    const results = await Promise.all(["a", "b", "c", "d"].map((who) => updateReport({ id, version: 1, report: input({ title: who }), actor: who })));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(3);
    expect(await row(id)).toMatchObject({ version: 2, title: (winners[0] as { record: { title: string } }).record.title });
    expect(await auditCount()).toBe(audit + 1);
  });

  it("writes neither the change nor its audit event when the audit write fails", async () => {
    const { id } = await createReport({ report: input({ title: "Kept" }), actor: "alice" });
    const [saved, audit] = [await row(id), await auditCount()];
    await expect(updateReport({ id, version: 1, report: input({ title: "Lost" }), actor: FAILING_ACTOR })).rejects.toThrow(/audit write refused/);
    expect(await row(id)).toEqual(saved);
    expect(await auditCount()).toBe(audit);
  });

  it("refuses a URL another report has, and says so for a report that is gone", async () => {
    const other = input();
    await createReport({ report: other, actor: "a" });
    const { id } = await createReport({ report: input(), actor: "a" });
    const audit = await auditCount();
    await expect(updateReport({ id, version: 1, report: input({ url: other.url! }), actor: "b" })).rejects.toBeInstanceOf(ReportUrlTakenError);
    expect(await updateReport({ id: 987_654, version: 1, report: input(), actor: "b" })).toEqual({ ok: false, reason: "missing" });
    expect(await auditCount()).toBe(audit);
    expect((await row(id)).version).toBe(1);
  });
});

describe("reads", () => {
  it("searches title and publisher, newest first, a page at a time", async () => {
    const tag = uid();
    for (const [day, title, publisher] of [["2013-01-01", `Old ${tag}`, "AFP"], ["2014-01-01", "Middle", `Publisher ${tag}`], ["2015-01-01", `NEW ${tag.toUpperCase()}`, "AFP"]]) {
      await createReport({ report: input({ publishedOn: day!, title: title!, publisher: publisher! }), actor: "t" });
    }
    const first = await listReports({ search: tag, page: 1, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => r.publishedOn)).toEqual(["2015-01-01", "2014-01-01"]);
    const second = await listReports({ search: ` ${tag} `, page: 2, pageSize: 2 });
    expect(second.rows.map((r) => r.title)).toEqual([`Old ${tag}`]);
  });

  it("counts and lists a report's drafts only when asked (for editors), and never deleted figures", async () => {
    const tag = uid();
    const { id } = await createReport({ report: input({ title: `Counted ${tag}` }), actor: "t" });
    const { id: sourceId } = await createSource({ source: { name: `Source ${tag}`, kind: "ngo" }, actor: "t" });
    const published = await makeFigure({ sourceId, reportId: id });
    const draft = await makeFigure({ sourceId, reportId: id, status: "draft" });
    await makeFigure({ sourceId, reportId: id, deleted: true });
    expect((await listReports({ search: tag, page: 1, pageSize: 5 })).rows[0]?.figureCount).toBe(1);
    expect((await listReports({ search: tag, page: 1, pageSize: 5, includeDrafts: true })).rows[0]?.figureCount).toBe(2);
    expect((await listLinkedFigures({ reportId: id })).map((f) => f.id)).toEqual([published]);
    expect((await listLinkedFigures({ reportId: id, includeDrafts: true })).map((f) => f.id).sort()).toEqual([published, draft].sort());
    expect(await getReport({ id })).toMatchObject({ id, publishedOn: "2013-03-01", version: 1 });
  });
});
