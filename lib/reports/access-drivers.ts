// Access-matrix drivers for reports (see lib/auth/access-kit.ts). Test support only.
import ReportsPage from "@/app/(site)/(public)/reports/page";
import ReportPage from "@/app/(site)/(public)/reports/[id]/page";
import NewReportPage from "@/app/(site)/(editor)/reports/new/page";
import EditReportPage from "@/app/(site)/(editor)/reports/[id]/edit/page";
import { as, form, page, people, run, uid, type Driver } from "@/lib/auth/access-kit";
import type { Requester } from "@/lib/auth/access";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createSource } from "@/lib/sources/mutations";
import { expect } from "vitest";
import { createReportAction, updateReportAction } from "./actions";
import { createReport } from "./mutations";
import { makeFigure } from "./test-support";

const reportForm = (over: Record<string, string> = {}) => ({ title: `Report ${uid()}`, publisher: "Testland Times", url: `https://example.org/${uid()}`, publishedOn: "2013-03-01", language: "en", fullText: "", ...over });
const isEditor = (who: Requester) => who !== "anonymous" && roleAllows(who, "editor");

/** A report with a published and a draft figure, each from its own source, both quoted in its text. */
export async function reportWithFigures(): Promise<{ id: number; publishedSource: string; draftSource: string }> {
  const [publishedQuote, draftQuote] = [`about 4,000 were killed ${uid()}`, `at least 9,000 fled ${uid()}`];
  const { id } = await createReport({ report: { ...reportForm(), fullText: `It said ${publishedQuote}. Later, ${draftQuote}.` }, actor: "test" });
  const [publishedSource, draftSource] = [`Published source ${uid()}`, `Draft source ${uid()}`];
  await makeFigure({ reportId: id, sourceId: (await createSource({ source: { name: publishedSource, kind: "ngo" }, actor: "test" })).id, quote: publishedQuote });
  await makeFigure({ reportId: id, sourceId: (await createSource({ source: { name: draftSource, kind: "ngo" }, actor: "test" })).id, quote: draftQuote, status: "draft" });
  return { id, publishedSource, draftSource };
}

export const reportDrivers: Record<string, Driver> = {
  async createReportAction(who) {
    return async () => {
      as(who);
      const values = reportForm();
      const r = await run(() => createReportAction({ values: {}, errors: {} }, form(values)));
      if (r.redirect) {
        const report = await db().report.findUniqueOrThrow({ where: { url: values.url } });
        expect(r.redirect).toBe(`/reports/${report.id}?saved=created`);
        expect(report.createdBy).toBe(people[who as Role].email);
        expect(await db().auditEvent.count({ where: { entity: "Report", entityId: String(report.id), action: "create", actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.formError };
    };
  },

  async updateReportAction(who) {
    const { id } = await createReport({ report: reportForm(), actor: "test" });
    return async () => {
      as(who);
      const r = await run(() => updateReportAction({ values: {}, errors: {} }, form({ ...reportForm({ title: "Edited" }), id: String(id), version: "1" })));
      if (r.redirect) {
        expect(await db().report.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Edited", version: 2, updatedBy: people[who as Role].email });
        expect(await db().auditEvent.count({ where: { entity: "Report", entityId: String(id), action: "update" } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.formError };
    };
  },

  async "/reports"(who) {
    const title = `Listed report ${uid()}`;
    await createReport({ report: reportForm({ title }), actor: "test" });
    return page(who, () => ReportsPage({ searchParams: Promise.resolve({ q: title }) }), (text, allowed) => {
      expect(text.includes(title), `the report is ${allowed ? "" : "not "}listed`).toBe(allowed);
    });
  },

  async "/reports/[id]"(who) {
    const report = await reportWithFigures();
    return page(who, () => ReportPage({ params: Promise.resolve({ id: String(report.id) }), searchParams: Promise.resolve({}) }), (text, allowed) => {
      expect(text.includes(report.publishedSource), "the published figure shows to whoever may read").toBe(allowed);
      expect(text.includes(report.draftSource), "the draft shows to editors only").toBe(allowed && isEditor(who));
    });
  },

  "/reports/new": (who) => page(who, () => NewReportPage()),

  async "/reports/[id]/edit"(who) {
    const { id } = await createReport({ report: reportForm(), actor: "test" });
    return page(who, () => EditReportPage({ params: Promise.resolve({ id: String(id) }) }));
  },
};
