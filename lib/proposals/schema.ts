// What the review screen sends: a proposal as the extractor gave it, and for an accepted one the figure
// form's values as the editor left them (checked by the figure schema). Pure (zod).
import { z } from "zod";
import { MAX_COUNT } from "@/lib/figures/numbers";

const RELOAD = "This proposal is not one the page offered: reload the page and try again.";

export const ProposalRefSchema = z.object(
  {
    metric: z.string(RELOAD).trim().min(1, RELOAD).max(100, RELOAD),
    value: z.number(RELOAD).int(RELOAD).min(0, RELOAD).max(MAX_COUNT, RELOAD),
    quote: z.string(RELOAD).min(1, RELOAD).max(5000, RELOAD),
    start: z.number(RELOAD).int(RELOAD).min(0, RELOAD),
    end: z.number(RELOAD).int(RELOAD).positive(RELOAD),
  },
  RELOAD,
);

/** A proposal to accept also says the unit the report gave it in: a card that warned of a unit the metric does
 * not count is refused until the editor chooses the metric (see unitRefusal in review.ts). */
export const AcceptedProposalSchema = ProposalRefSchema.extend({ unit: z.string(RELOAD).trim().min(1, RELOAD).max(50, RELOAD) });

const reportId = z.number("Reload the page: it lost which report it reviews.").int().positive("Reload the page: it lost which report it reviews.");

/** Reject a proposal, or take a rejection back. */
export const ProposalDecisionSchema = z.object({ reportId, proposal: ProposalRefSchema });

/** Accept one or more proposals as figures of the report, drafts or published. */
export const AcceptProposalsSchema = z.object({
  reportId,
  intent: z.enum(["publish", "draft"], "Choose whether the figures are published or kept as drafts."),
  items: z
    .array(z.object({ proposal: AcceptedProposalSchema, values: z.record(z.string(), z.string().max(10_000)) }), RELOAD)
    .min(1, "Choose at least one proposal to accept.")
    // the page sends 20 at a time; a request far larger is no page's
    .max(50, "Accept at most 50 proposals at once: reload the page and try again."),
});

export type ProposalDecisionInput = z.output<typeof ProposalDecisionSchema>;
export type AcceptProposalsInput = z.output<typeof AcceptProposalsSchema>;
