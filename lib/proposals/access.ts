// Proposals: the review screen's pages and server actions, with the least role each needs (see lib/auth/access.ts).
import type { AccessEntry } from "@/lib/auth/access";

export const PROPOSAL_ACCESS: readonly AccessEntry[] = [
  { id: "/extract", kind: "page", what: "Find the figures in a report: paste one (filed as a report) or open a stored one", needs: "editor", writes: false },
  { id: "/reports/[id]/review", kind: "page", what: "The figures proposed in a report's text, beside the text, to accept, edit or reject", needs: "editor", writes: false },
  { id: "acceptProposalsAction", kind: "server action", what: "Accept proposed figures: each becomes a figure of the report, draft or published", needs: "editor", writes: true },
  { id: "rejectProposalAction", kind: "server action", what: "Reject a proposed figure: remembered, so it is not proposed again", needs: "editor", writes: true },
  { id: "restoreProposalAction", kind: "server action", what: "Take a rejection back: the figure is proposed again", needs: "editor", writes: true },
];
