// Decisions on proposals. Accepting writes the figure and the decision in one transaction, so a proposal
// becomes at most one figure even when two editors accept it at once; rejecting is remembered per report.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db, inTransaction, type DbOrTx } from "@/lib/db";
import { Prisma, type FigureStatus } from "@/lib/generated/prisma/client";
import { createFigure, type CreateFigureResult } from "@/lib/figures/mutations";
import type { FigureInput } from "@/lib/figures/schema";
import { proposalKey, type ProposalRef } from "./key";

/** A refusal, with the decision that stands when another editor's is why: the figure it became, or a rejection. */
export type DecisionRefusal = {
  ok: false;
  refused: string;
  figure?: { id: number; status: FigureStatus; by: string; at: string };
  rejected?: { by: string; at: string };
};
export type AcceptResult = CreateFigureResult | DecisionRefusal;

/** Thrown inside a transaction to roll it back, then returned as the result. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super("rolled back");
  }
}

const unique = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

const TAKEN = "Someone has just decided on this proposal: reload the page to see what became of it.";

/** A proposal must still be the words at its place in the report's text: otherwise the text changed meanwhile. */
async function checkInText(tx: DbOrTx, reportId: number, p: ProposalRef): Promise<string | null> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { fullText: true } });
  if (!report) return "This report no longer exists.";
  if (report.fullText?.slice(p.start, p.end) !== p.quote) return "The report's text has changed since this page was opened: reload the page to see its proposals now.";
  return null;
}

const WITH_FIGURE = { figure: { select: { status: true, deletedAt: true } } } as const;

type DecisionRead = { outcome: string; figureId: number | null; decidedBy: string; decidedAt: Date; figure: { status: FigureStatus; deletedAt: Date | null } | null } | null;

/** The figure an accepted decision made, while it lives. */
function takenAs(before: DecisionRead): DecisionRefusal["figure"] {
  if (before?.outcome !== "accepted" || before.figureId === null || !before.figure || before.figure.deletedAt) return undefined;
  return { id: before.figureId, status: before.figure.status, by: before.decidedBy, at: before.decidedAt.toISOString() };
}

function decisionRow(reportId: number, p: ProposalRef, actor: string) {
  return { reportId, key: proposalKey(p), metric: p.metric, value: BigInt(p.value), quote: p.quote, start: p.start, end: p.end, decidedBy: actor };
}

export async function acceptProposal(
  { reportId, proposal, input, status, actor }: { reportId: number; proposal: ProposalRef; input: FigureInput; status: FigureStatus; actor: string },
  client: DbOrTx = db(),
): Promise<AcceptResult> {
  try {
    return await inTransaction(client, async (tx): Promise<AcceptResult> => {
      const moved = await checkInText(tx, reportId, proposal);
      if (moved) return { ok: false, refused: moved };
      const key = proposalKey(proposal);
      const before = await tx.proposalDecision.findUnique({ where: { reportId_key: { reportId, key } }, include: WITH_FIGURE });
      const taken = takenAs(before);
      if (taken) return { ok: false, refused: `This proposal is already figure #${taken.id}.`, figure: taken };
      // the page offered it as pending: a rejection made since is another editor's, not to be overridden unseen
      if (before?.outcome === "rejected") {
        const rejected = { by: before.decidedBy, at: before.decidedAt.toISOString() };
        return { ok: false, refused: `${rejected.by} rejected this proposal meanwhile, so it was not accepted: restore it from the rejected proposals to accept it.`, rejected };
      }
      const figure = await createFigure({ input: { ...input, reportId }, actor, status }, tx);
      if (!figure.ok) throw new Rollback<AcceptResult>(figure);
      const row = { ...decisionRow(reportId, proposal, actor), outcome: "accepted" as const, figureId: figure.id };
      // matching on the version read: a decision someone changed meanwhile is not overwritten
      const decision = before
        ? (await tx.proposalDecision.updateMany({ where: { id: before.id, outcome: before.outcome, figureId: before.figureId }, data: { ...row, decidedAt: new Date() } })).count === 1
          ? await tx.proposalDecision.findUniqueOrThrow({ where: { id: before.id } })
          : null
        : await tx.proposalDecision.create({ data: row });
      if (!decision) throw new Rollback<AcceptResult>({ ok: false, refused: TAKEN });
      await recordAudit(tx, { entity: "ProposalDecision", entityId: decision.id, action: before ? "update" : "create", before, after: decision, actor });
      return figure;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.result as AcceptResult;
    if (unique(err)) return { ok: false, refused: TAKEN };
    throw err;
  }
}

/** Remembers that the proposal is not a figure, so the next run does not offer it again. */
export async function rejectProposal(
  { reportId, proposal, actor }: { reportId: number; proposal: ProposalRef; actor: string },
  client: DbOrTx = db(),
): Promise<{ ok: true } | DecisionRefusal> {
  try {
    return await inTransaction(client, async (tx) => {
      const moved = await checkInText(tx, reportId, proposal);
      if (moved) return { ok: false, refused: moved };
      const key = proposalKey(proposal);
      const before = await tx.proposalDecision.findUnique({ where: { reportId_key: { reportId, key } }, include: WITH_FIGURE });
      if (before?.outcome === "rejected") return { ok: true };
      const taken = takenAs(before);
      if (taken) return { ok: false, refused: `This proposal is already figure #${taken.id}: delete that figure if it should not be one.`, figure: taken };
      const row = { ...decisionRow(reportId, proposal, actor), outcome: "rejected" as const, figureId: null, decidedAt: new Date() };
      // matching on the version read: a decision another editor changed meanwhile (say, accepted again) stands
      const after = before
        ? (await tx.proposalDecision.updateMany({ where: { id: before.id, outcome: before.outcome, figureId: before.figureId }, data: row })).count === 1
          ? await tx.proposalDecision.findUniqueOrThrow({ where: { id: before.id } })
          : null
        : await tx.proposalDecision.create({ data: row });
      if (!after) throw new Rollback<DecisionRefusal>({ ok: false, refused: TAKEN });
      await recordAudit(tx, { entity: "ProposalDecision", entityId: after.id, action: before ? "update" : "create", before, after, actor });
      return { ok: true };
    });
  } catch (err) {
    if (err instanceof Rollback) return err.result as DecisionRefusal;
    if (unique(err)) return { ok: false, refused: TAKEN };
    throw err;
  }
}

/** Takes a rejection back: the proposal is offered again. */
export async function restoreProposal(
  { reportId, proposal, actor }: { reportId: number; proposal: ProposalRef; actor: string },
  client: DbOrTx = db(),
): Promise<{ ok: true } | DecisionRefusal> {
  try {
    return await inTransaction(client, async (tx) => {
      const before = await tx.proposalDecision.findUnique({ where: { reportId_key: { reportId, key: proposalKey(proposal) } }, include: WITH_FIGURE });
      const taken = takenAs(before);
      if (taken) return { ok: false, refused: `${taken.by} has accepted this proposal meanwhile: it is figure #${taken.id}.`, figure: taken };
      if (before?.outcome !== "rejected") return { ok: true };
      // only the rejection read: one another editor took back (or replaced) meanwhile is theirs to report
      const { count } = await tx.proposalDecision.deleteMany({ where: { id: before.id, outcome: "rejected" } });
      if (count !== 1) throw new Rollback<DecisionRefusal>({ ok: false, refused: TAKEN });
      await recordAudit(tx, { entity: "ProposalDecision", entityId: before.id, action: "delete", before, actor });
      return { ok: true };
    });
  } catch (err) {
    if (err instanceof Rollback) return err.result as DecisionRefusal;
    throw err;
  }
}
