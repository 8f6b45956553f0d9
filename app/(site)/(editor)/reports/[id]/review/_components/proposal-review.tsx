"use client";
// The review screen: the report's text with each proposal's words highlighted, and beside it one card per
// proposal to correct, accept or reject. Choices that apply to all (conflict, draft or published) sit on top.
// Every card keeps what the editor typed when a save is refused, with the reason under the field.
import Link from "next/link";
import { useMemo, useRef, useState, useTransition } from "react";
import { acceptProposalsAction, rejectProposalAction, restoreProposalAction } from "@/lib/proposals/actions";
import type { Review } from "@/lib/proposals/load";
import { acceptAllPlan, repeatsOf } from "@/lib/proposals/accept-all";
import { textRuns, type ReviewItem } from "@/lib/proposals/review";
import type { AcceptOutcome, DecisionAnswer } from "@/lib/proposals/submit";
import type { FigureFieldErrors } from "@/lib/figures/schema";
import { describeValue, formatCount } from "@/lib/figures/qualifiers";
import { ProposalCard } from "./proposal-card";

export type CardState = ReviewItem & { errors?: FigureFieldErrors; formError?: string; duplicates?: number[] };
type Intent = "draft" | "publish";

const anchor = (key: string) => `proposal-${key.slice(0, 12)}`;
const ref = ({ proposal: p }: ReviewItem) => ({ metric: p.metric, value: p.value, quote: p.quote, start: p.start, end: p.end });
/** what an accepted proposal also carries: the unit the report gave it in, checked against the chosen metric */
const acceptRef = (c: ReviewItem) => ({ ...ref(c), unit: c.proposal.unit });
const BATCH = 20;
const UNREACHABLE = "The server could not be reached, or the request was too large. Nothing was lost: try again, or accept fewer at a time.";
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function ProposalReview({ review, twoPerson }: { review: Review; twoPerson: boolean }) {
  const { report } = review;
  const [cards, setCards] = useState<CardState[]>(review.items);
  const [conflict, setConflict] = useState(review.conflict ?? "");
  const [intent, setIntent] = useState<Intent>("draft");
  const [message, setMessage] = useState<{ kind: "notice" | "error-summary"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const listRef = useRef<HTMLOListElement>(null);

  const runs = useMemo(() => textRuns(report.text ?? "", review.items), [report.text, review.items]);
  const byKey = new Map(cards.map((c) => [c.key, c]));
  const open = cards.filter((c) => c.state === "pending");
  const accepted = cards.filter((c) => c.state === "accepted");
  const rejected = cards.filter((c) => c.state === "rejected");
  const plan = acceptAllPlan(cards);
  const repeats = repeatsOf(cards);
  const numberOf = (key: string) => cards.findIndex((c) => c.key === key) + 1;
  const update = (key: string, change: Partial<CardState>) => setCards((all) => all.map((c) => (c.key === key ? { ...c, ...change } : c)));

  function accept(keys: string[], held: string[] = []) {
    if (!conflict) {
      setMessage({ kind: "error-summary", text: "Choose the conflict these figures belong to, at the top, then accept again." });
      document.getElementById("review-conflict")?.focus();
      return;
    }
    const chosen = cards.filter((c) => keys.includes(c.key));
    setMessage(null);
    startTransition(async () => {
      // a few at a time: a long report's proposals stay well under the request size limit, and each batch shows
      const outcomes = new Map<string, AcceptOutcome>();
      let notice: string | undefined;
      let stopped: string | undefined;
      for (let i = 0; i < chosen.length && !stopped; i += BATCH) {
        const batch = chosen.slice(i, i + BATCH);
        if (chosen.length > BATCH) setMessage({ kind: "notice", text: `Saving ${formatCount(i + 1)}\u2013${formatCount(i + batch.length)} of ${formatCount(chosen.length)}\u2026` });
        const answer = await acceptProposalsAction({ reportId: report.id, intent, items: batch.map((c) => ({ proposal: acceptRef(c), values: { ...c.values, conflict } })) }).catch(
          () => ({ ok: false as const, error: UNREACHABLE }),
        );
        if (!answer.ok) {
          stopped = answer.error;
          break;
        }
        notice ??= answer.notice;
        batch.forEach((c, n) => outcomes.set(c.key, answer.outcomes[n]!));
        setCards((all) =>
          all.map((c) => {
            const o = outcomes.get(c.key);
            if (!o) return c;
            const clear = { errors: undefined, formError: undefined };
            if (o.ok) return { ...c, ...clear, state: "accepted", figure: { id: o.figureId, status: o.status }, duplicates: o.duplicates };
            // another editor's decision stands: show it as it is now, the figure it became or their rejection
            if (o.figure) return { ...c, ...clear, state: "accepted", figure: { id: o.figure.id, status: o.figure.status }, decided: { by: o.figure.by, at: o.figure.at } };
            if (o.rejected) return { ...c, ...clear, state: "rejected", decided: o.rejected };
            return { ...c, errors: o.errors, formError: o.formError ?? (Object.keys(o.errors).length ? undefined : "This proposal could not be accepted.") };
          }),
        );
      }
      const done = [...outcomes.values()];
      const added = done.filter((o) => o.ok);
      const takenMeanwhile = done.filter((o) => !o.ok && o.figure).length;
      const rejectedMeanwhile = done.filter((o) => !o.ok && o.rejected).length;
      const failed = done.length - added.length - takenMeanwhile - rejectedMeanwhile;
      const as = added.some((o) => o.ok && o.status === "published") ? "published" : "drafts";
      const text = [
        added.length ? `${plural(added.length, "figure")} added to the report, as ${as}.` : "",
        notice ?? "",
        takenMeanwhile ? `${plural(takenMeanwhile, "proposal was", "proposals were")} already accepted by another editor: ${takenMeanwhile === 1 ? "its card links" : "their cards link"} to the figure.` : "",
        rejectedMeanwhile
          ? `${plural(rejectedMeanwhile, "proposal was", "proposals were")} rejected by another editor meanwhile, so not accepted: restore ${rejectedMeanwhile === 1 ? "it" : "them"} from the rejected proposals to accept ${rejectedMeanwhile === 1 ? "it" : "them"}.`
          : "",
        failed ? `${plural(failed, "proposal")} could not be accepted: ${failed === 1 ? "its card says" : "their cards say"} what to fix.` : "",
        held.length ? `${formatCount(held.length)} ${held.length === 1 ? "needs" : "need"} a look first: accept ${held.length === 1 ? "it on its card" : "each on its card"}.` : "",
        stopped ?? "",
      ].filter(Boolean).join(" ");
      setMessage({ kind: failed || stopped || rejectedMeanwhile ? "error-summary" : "notice", text });
      if (failed) {
        const first = chosen.find((c) => outcomes.get(c.key)?.ok === false);
        if (first) requestAnimationFrame(() => document.getElementById(anchor(first.key))?.querySelector<HTMLElement>("[aria-invalid=true], button")?.focus());
      }
    });
  }

  function decide(card: CardState, decision: "reject" | "restore") {
    setMessage(null);
    startTransition(async () => {
      const action = decision === "reject" ? rejectProposalAction : restoreProposalAction;
      const answer = await action({ reportId: report.id, proposal: ref(card) }).catch((): DecisionAnswer => ({ ok: false, error: UNREACHABLE }));
      if (!answer.ok) {
        // the proposal became a figure meanwhile: the card shows it, with its link
        if (answer.figure) update(card.key, { state: "accepted", figure: { id: answer.figure.id, status: answer.figure.status }, decided: { by: answer.figure.by, at: answer.figure.at }, errors: undefined, formError: undefined });
        else update(card.key, { formError: answer.error });
        setMessage({ kind: "error-summary", text: answer.error });
        return;
      }
      update(card.key, { state: decision === "reject" ? "rejected" : "pending", errors: undefined, formError: undefined });
      setMessage({
        kind: "notice",
        text: decision === "reject" ? "Rejected: it will not be proposed again for this report. Restore it from the list of rejected proposals." : "Restored: it is proposed again.",
      });
    });
  }

  return (
    <>
      <form className="card review-bar" aria-label="Apply to every accepted figure" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="review-conflict">Conflict</label>
          <select id="review-conflict" value={conflict} onChange={(e) => setConflict(e.target.value)} aria-describedby="review-conflict-hint">
            <option value="">Choose…</option>
            {review.conflicts.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <span id="review-conflict-hint" className="hint">
            {review.conflict ? "Guessed from the text: check it." : "Which war the figures are about."}
          </span>
        </div>
        <fieldset className="review-intent">
          <legend>Save accepted figures as</legend>
          <label>
            <input type="radio" name="intent" value="draft" checked={intent === "draft"} onChange={() => setIntent("draft")} /> Drafts
          </label>
          <label>
            <input type="radio" name="intent" value="publish" checked={intent === "publish"} onChange={() => setIntent("publish")} /> Published
            {twoPerson && <span className="hint"> (another editor publishes: they are kept as drafts)</span>}
          </label>
        </fieldset>
        <div className="review-totals">
          <p className="muted" aria-live="polite">
            {plural(cards.length, "proposal")}: {formatCount(open.length)} to decide, {formatCount(accepted.length)} accepted, {formatCount(rejected.length)} rejected
          </p>
          <button type="button" disabled={pending || plan.take.length === 0} onClick={() => accept(plan.take, plan.held)} aria-describedby={plan.held.length ? "review-held" : undefined}>
            {pending ? "Saving…" : `Accept all ${plan.take.length ? formatCount(plan.take.length) : ""}`.trim()}
          </button>
          {plan.held.length > 0 && (
            <p id="review-held" className="hint">
              {formatCount(plan.held.length)} {plan.held.length === 1 ? "needs" : "need"} a look first (a warning, a figure possibly on record or said twice, or an empty field): accept{" "}
              {plan.held.length === 1 ? "it on its card" : "each on its card"}.
            </p>
          )}
        </div>
      </form>
      <div aria-live="polite">
        {message && (
          <p className={message.kind} role={message.kind === "notice" ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </div>

      <div className="review-grid">
        <section className="card review-text-pane" aria-labelledby="review-text-heading">
          <h2 id="review-text-heading">Text of the report</h2>
          <p className="muted">Highlighted: the words each proposal comes from. Select them to go to the proposal.</p>
          <div className="report-text review-text" lang={report.language}>
            {runs.map((run) => {
              if (!run.keys) return run.text;
              const states = run.keys.map((k) => byKey.get(k)?.state ?? "pending");
              const state = states.includes("pending") ? "pending" : states.includes("accepted") ? "accepted" : "rejected";
              const first = run.keys.find((k) => byKey.get(k)?.state === state) ?? run.keys[0]!;
              return (
                <mark key={run.start} id={`text-${run.start}`} className={state}>
                  <a href={`#${anchor(first)}`} title={state === "rejected" ? "A rejected proposal" : state === "accepted" ? "Accepted: now a figure" : "A proposal to decide"}>
                    {run.text}
                  </a>
                </mark>
              );
            })}
          </div>
        </section>

        <section className="review-cards" aria-labelledby="review-cards-heading">
          <h2 id="review-cards-heading">Proposed figures</h2>
          {cards.length === 0 && <p className="card muted">No figures were found in this text. Add any it gives by hand from the report&apos;s page.</p>}
          {cards.length > 0 && open.length === 0 && <p className="notice">Every proposal has been decided.</p>}
          <ol ref={listRef} className="proposal-list">
            {cards
              .filter((c) => c.state !== "rejected")
              .map((c) => (
                <li key={c.key} id={anchor(c.key)}>
                  <ProposalCard
                    card={c}
                    number={cards.indexOf(c) + 1}
                    repeatOf={repeats.has(c.key) ? { number: numberOf(repeats.get(c.key)!), href: `#${anchor(repeats.get(c.key)!)}` } : undefined}
                    textAnchor={`#text-${runs.find((r) => r.keys?.includes(c.key))?.start ?? c.proposal.start}`}
                    metrics={review.metrics}
                    busy={pending}
                    // choosing the metric is the editor's answer to a warning about it
                    onChange={(field, value) => update(c.key, { values: { ...c.values, [field]: value }, ...(field === "metric" ? { warning: undefined } : {}) })}
                    onAccept={() => accept([c.key])}
                    onReject={() => decide(c, "reject")}
                  />
                </li>
              ))}
          </ol>
          {rejected.length > 0 && (
            <details className="card rejected-list">
              <summary>Rejected ({formatCount(rejected.length)}): not proposed again for this report</summary>
              <ul>
                {rejected.map((c) => (
                  <li key={c.key} id={anchor(c.key)}>
                    <span>
                      {describeValue(c.proposal.value, c.proposal.qualifier)} · <q>{c.proposal.quote}</q>
                      {c.decided && <span className="muted"> · rejected by {c.decided.by}</span>}
                    </span>{" "}
                    <button type="button" className="secondary small" disabled={pending} onClick={() => decide(c, "restore")} aria-label={`Restore the proposal “${describeValue(c.proposal.value, c.proposal.qualifier)}”`}>
                      Restore
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p className="muted">
            Finished? <Link href={`/reports/${report.id}`}>See the report and its figures</Link>.
          </p>
        </section>
      </div>
    </>
  );
}
