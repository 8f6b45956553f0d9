// Access-matrix drivers for the review screen (see lib/auth/access-kit.ts). Test support only.
import { expect } from "vitest";
import ExtractPage from "@/app/(site)/(editor)/extract/page";
import ReviewPage from "@/app/(site)/(editor)/reports/[id]/review/page";
import { as, fixtures, page, people, uid, type Driver } from "@/lib/auth/access-kit";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createReport } from "@/lib/reports/mutations";
import { acceptProposalsAction, rejectProposalAction, restoreProposalAction } from "./actions";
import { proposalKey } from "./key";
import { rejectProposal } from "./mutations";

/** A report whose text gives one figure, and that figure as the extractor proposes it. */
async function reportWithProposal() {
  const sentence = `The agency says about ${1000 + Math.floor(Math.random() * 8000)} people have been killed in the clashes (${uid()}).`;
  const fullText = `A report on the fighting.\n\n${sentence}`;
  const { id } = await createReport({ report: { title: `Proposal report ${uid()}`, publishedOn: "2013-03-01", language: "en", fullText, publisher: "Testland Times" }, actor: "test" });
  const start = fullText.indexOf(sentence);
  const quote = sentence.slice(0, sentence.indexOf(" ("));
  const value = Number(/about (\d+)/.exec(sentence)![1]);
  return { reportId: id, proposal: { metric: "deaths", unit: "people", value, quote, start, end: start + quote.length } };
}

export const proposalDrivers: Record<string, Driver> = {
  "/extract": (who) => page(who, () => ExtractPage()),

  async "/reports/[id]/review"(who) {
    const { reportId } = await reportWithProposal();
    return page(who, () => ReviewPage({ params: Promise.resolve({ id: String(reportId) }), searchParams: Promise.resolve({}) }));
  },

  async acceptProposalsAction(who) {
    const { reportId, proposal } = await reportWithProposal();
    const values = { conflict: fixtures.conflictSlug, metric: "deaths", value: String(proposal.value), qualifier: "about", refDate: "2013-03-01", source: "The agency", quote: proposal.quote };
    return async () => {
      as(who);
      const answer = await acceptProposalsAction({ reportId, intent: "draft", items: [{ proposal, values }] });
      if (!answer.ok) return { allowed: false, message: answer.error };
      expect(answer.outcomes).toMatchObject([{ ok: true, status: "draft" }]);
      const decision = await db().proposalDecision.findUniqueOrThrow({ where: { reportId_key: { reportId, key: proposalKey(proposal) } } });
      expect(decision).toMatchObject({ outcome: "accepted", decidedBy: people[who as Role].email });
      expect(await db().figure.findUniqueOrThrow({ where: { id: decision.figureId! } })).toMatchObject({ reportId, quote: proposal.quote, createdBy: people[who as Role].email });
      return { allowed: true };
    };
  },

  async rejectProposalAction(who) {
    const { reportId, proposal } = await reportWithProposal();
    return async () => {
      as(who);
      const answer = await rejectProposalAction({ reportId, proposal });
      if (!answer.ok) return { allowed: false, message: answer.error };
      expect(await db().proposalDecision.findUniqueOrThrow({ where: { reportId_key: { reportId, key: proposalKey(proposal) } } })).toMatchObject({ outcome: "rejected", decidedBy: people[who as Role].email });
      return { allowed: true };
    };
  },

  async restoreProposalAction(who) {
    const { reportId, proposal } = await reportWithProposal();
    await rejectProposal({ reportId, proposal, actor: "test" });
    return async () => {
      as(who);
      const answer = await restoreProposalAction({ reportId, proposal });
      if (!answer.ok) return { allowed: false, message: answer.error };
      expect(await db().proposalDecision.count({ where: { reportId } })).toBe(0);
      return { allowed: true };
    };
  },
};
