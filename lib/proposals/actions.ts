"use server";
// Server action glue for the review screen: who is asking -> submit -> revalidate.
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current";
import { submitAccept, submitDecision, type AcceptAnswer, type DecisionAnswer } from "./submit";

export async function acceptProposalsAction(input: unknown): Promise<AcceptAnswer> {
  const answer = await submitAccept({ viewer: await currentViewer(), input });
  if (answer.ok && answer.outcomes.some((o) => o.ok)) revalidatePath("/", "layout");
  return answer;
}

export async function rejectProposalAction(input: unknown): Promise<DecisionAnswer> {
  return submitDecision({ viewer: await currentViewer(), input, decision: "reject" });
}

export async function restoreProposalAction(input: unknown): Promise<DecisionAnswer> {
  return submitDecision({ viewer: await currentViewer(), input, decision: "restore" });
}
