"use client";
// The report's text with each proposal's words highlighted by its state (said in words too, not by colour
// alone), each highlight a link to its card.
import type { TextRun } from "@/lib/proposals/review";
import type { ProposalState } from "@/lib/proposals/review";

const SAID: Record<ProposalState, string> = { pending: "a proposal to decide", accepted: "accepted: now a figure", rejected: "a rejected proposal" };

export function ReviewText({ runs, stateOf, anchor, language }: { runs: TextRun[]; stateOf: (key: string) => ProposalState; anchor: (key: string) => string; language: string }) {
  return (
    <section className="card review-text-pane" aria-labelledby="review-text-heading">
      <h2 id="review-text-heading">Text of the report</h2>
      <p className="muted">Highlighted: the words each proposal comes from. Select them to go to the proposal.</p>
      <div className="report-text review-text" lang={language}>
        {runs.map((run) => {
          if (!run.keys) return run.text;
          const states = run.keys.map(stateOf);
          const state = states.includes("pending") ? "pending" : states.includes("accepted") ? "accepted" : "rejected";
          const first = run.keys.find((k) => stateOf(k) === state) ?? run.keys[0]!;
          return (
            <mark key={run.start} id={`text-${run.start}`} className={state}>
              <a href={`#${anchor(first)}`} title={SAID[state]}>
                {run.text}
                <span className="visually-hidden" lang="en">
                  {" "}
                  ({SAID[state]})
                </span>
              </a>
            </mark>
          );
        })}
      </div>
    </section>
  );
}
