// A proposal's identity across runs of the extractor: its metric, value and clause. Server only (node:crypto).
import { createHash } from "node:crypto";

export type ProposalRef = { metric: string; value: number; quote: string; start: number; end: number };

/** The key a decision on this proposal is stored under for its report. */
export function proposalKey(p: Pick<ProposalRef, "metric" | "value" | "quote">): string {
  return createHash("sha256").update(`${p.metric}\u0000${p.value}\u0000${p.quote}`).digest("hex").slice(0, 40);
}
