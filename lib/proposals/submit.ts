// The review screen's operations, minus the Next.js glue: authorise, parse, decide. Each accepted proposal
// is checked as the figure form checks a figure and written on its own, so one that needs fixing does not
// hold back the others; its card keeps what the editor typed and says what to fix.
import "server-only";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { prepareNewFigure, SAVE_FAILED } from "@/lib/figures/submit";
import type { FigureFieldErrors } from "@/lib/figures/schema";
import { listMetrics } from "@/lib/metrics/queries";
import { z } from "zod";
import { acceptProposal, rejectProposal, restoreProposal, type DecisionRefusal } from "./mutations";
import { unitRefusal } from "./review";
import { AcceptProposalsSchema, ProposalDecisionSchema } from "./schema";

/** When another editor's decision stands in the way: the figure the proposal already is, or their rejection. */
type Standing = Pick<DecisionRefusal, "figure" | "rejected">;

export type AcceptOutcome =
  | { ok: true; figureId: number; status: "draft" | "published"; duplicates: number[] }
  | ({ ok: false; errors: FigureFieldErrors; formError?: string } & Standing);

export type AcceptAnswer = { ok: true; outcomes: AcceptOutcome[]; notice?: string } | { ok: false; error: string };
export type DecisionAnswer = { ok: true } | ({ ok: false; error: string } & Standing);

const firstProblem = (error: z.ZodError) => error.issues[0]?.message ?? "Reload the page and try again.";

export async function submitAccept({ viewer, input }: { viewer: Viewer | null; input: unknown }): Promise<AcceptAnswer> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, error: allowed.message };
  const parsed = AcceptProposalsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstProblem(parsed.error) };
  const { reportId, intent, items } = parsed.data;
  let notice: string | undefined;
  const outcomes: AcceptOutcome[] = [];
  const metrics = await listMetrics();
  for (const { proposal, values } of items) {
    const prepared = await prepareNewFigure({ viewer, values: { ...values, reportId: String(reportId), intent } });
    if (!prepared.ok) {
      outcomes.push({ ok: false, errors: prepared.state.errors, formError: prepared.state.formError });
      continue;
    }
    const wrongUnit = unitRefusal(proposal, prepared.input.metric, metrics);
    if (wrongUnit) {
      outcomes.push({ ok: false, errors: { metric: [wrongUnit] } });
      continue;
    }
    notice ??= prepared.notice;
    try {
      const r = await acceptProposal({ reportId, proposal, input: prepared.input, status: prepared.status, actor: prepared.actor });
      outcomes.push(
        r.ok
          ? { ok: true, figureId: r.id, status: r.status, duplicates: r.duplicates }
          : "refused" in r
            ? { ok: false, errors: {}, formError: r.refused, figure: r.figure, rejected: r.rejected }
            : { ok: false, errors: r.errors },
      );
    } catch (err) {
      console.error("acceptProposal failed", err);
      outcomes.push({ ok: false, errors: {}, formError: SAVE_FAILED });
    }
  }
  return { ok: true, outcomes, notice };
}

export async function submitDecision({ viewer, input, decision }: { viewer: Viewer | null; input: unknown; decision: "reject" | "restore" }): Promise<DecisionAnswer> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, error: allowed.message };
  const parsed = ProposalDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstProblem(parsed.error) };
  const args = { ...parsed.data, actor: allowed.viewer.email };
  try {
    const r = decision === "reject" ? await rejectProposal(args) : await restoreProposal(args);
    return r.ok ? r : { ok: false, error: r.refused, figure: r.figure, rejected: r.rejected };
  } catch (err) {
    console.error(`${decision}Proposal failed`, err);
    return { ok: false, error: "That could not be saved just now. Nothing was lost: try again in a moment." };
  }
}
