"use client";
// The review screen: the report's text with each proposal's words highlighted, and beside it one card per
// proposal to correct, accept or reject. Choices that apply to all (conflict, draft or published) sit on top.
// Every card keeps what the editor typed when a save is refused, with the reason under the field. After each
// decision the keyboard goes on to the next card to decide.
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { acceptProposalsAction, rejectProposalAction, restoreProposalAction } from "@/lib/proposals/actions";
import type { Review } from "@/lib/proposals/load";
import { acceptAllPlan, nextPending, repeatsOf } from "@/lib/proposals/accept-all";
import { textRuns, type ReviewItem } from "@/lib/proposals/review";
import type { AcceptAnswer, AcceptOutcome, DecisionAnswer } from "@/lib/proposals/submit";
import type { FigureFieldErrors } from "@/lib/figures/schema";
import { formatCount } from "@/lib/figures/qualifiers";
import { ProposalCard } from "./proposal-card";
import { RejectedList } from "./rejected-list";
import { ReviewBar, type Intent } from "./review-bar";
import { ReviewText } from "./review-text";

export type CardState = ReviewItem & { errors?: FigureFieldErrors; formError?: string; duplicates?: number[] };

const anchor = (key: string) => `proposal-${key.slice(0, 12)}`;
const headingOf = (key: string) => `${anchor(key)}-title`;
const ref = ({ proposal: p }: ReviewItem) => ({ metric: p.metric, value: p.value, quote: p.quote, start: p.start, end: p.end });
/** what an accepted proposal also carries: the unit the report gave it in, checked against the chosen metric */
const acceptRef = (c: ReviewItem) => ({ ...ref(c), unit: c.proposal.unit });
const BATCH = 20;
const UNREACHABLE = "The server could not be reached, or the request was too large. Nothing was lost: try again, or accept fewer at a time.";
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
const byElementId = (id: string) => () => document.getElementById(id);

/** A card as an accept outcome leaves it: a figure (its own, or one another editor made meanwhile), rejected meanwhile, or with what to fix. */
function afterAccept(c: CardState, o: AcceptOutcome): CardState {
  const clear = { errors: undefined, formError: undefined };
  if (o.ok) return { ...c, ...clear, state: "accepted", figure: { id: o.figureId, status: o.status }, duplicates: o.duplicates };
  if (o.figure) return { ...c, ...clear, state: "accepted", figure: { id: o.figure.id, status: o.figure.status }, decided: { by: o.figure.by, at: o.figure.at } };
  if (o.rejected) return { ...c, ...clear, state: "rejected", decided: o.rejected };
  return { ...c, errors: o.errors, formError: o.formError ?? (Object.keys(o.errors).length ? undefined : "This proposal could not be accepted.") };
}

/** What Accept (all) did, in a few sentences. */
function acceptSummary(done: AcceptOutcome[], held: number, notice?: string, stopped?: string): { kind: "notice" | "error-summary"; text: string } {
  const added = done.filter((o) => o.ok);
  const taken = done.filter((o) => !o.ok && o.figure).length;
  const rejected = done.filter((o) => !o.ok && o.rejected).length;
  const failed = done.length - added.length - taken - rejected;
  const them = (n: number) => (n === 1 ? "it" : "them");
  const text = [
    added.length ? `${plural(added.length, "figure")} added to the report, as ${added.some((o) => o.ok && o.status === "published") ? "published" : "drafts"}.` : "",
    notice ?? "",
    taken ? `${plural(taken, "proposal was", "proposals were")} already accepted by another editor: ${taken === 1 ? "its card links" : "their cards link"} to the figure.` : "",
    rejected ? `${plural(rejected, "proposal was", "proposals were")} rejected by another editor meanwhile, so not accepted: restore ${them(rejected)} from the rejected proposals to accept ${them(rejected)}.` : "",
    failed ? `${plural(failed, "proposal")} could not be accepted: ${failed === 1 ? "its card says" : "their cards say"} what to fix.` : "",
    held ? `${formatCount(held)} ${held === 1 ? "needs" : "need"} a look first: accept ${held === 1 ? "it on its card" : "each on its card"}.` : "",
    stopped ?? "",
  ].filter(Boolean).join(" ");
  return { kind: failed || rejected || stopped ? "error-summary" : "notice", text };
}

export function ProposalReview({ review, twoPerson }: { review: Review; twoPerson: boolean }) {
  const { report } = review;
  const [cards, setCards] = useState<CardState[]>(review.items);
  const [conflict, setConflict] = useState(review.conflict ?? "");
  const [conflictError, setConflictError] = useState<string | null>(null);
  const [intent, setIntent] = useState<Intent>("draft");
  const [message, setMessage] = useState<{ kind: "notice" | "error-summary"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // where the keyboard goes once the screen shows a decision: found again after each render until it exists
  const focusNext = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    const el = focusNext.current?.();
    if (el) {
      el.focus();
      focusNext.current = null;
    }
  });

  const runs = useMemo(() => textRuns(report.text ?? "", review.items), [report.text, review.items]);
  const byKey = new Map(cards.map((c) => [c.key, c]));
  const open = cards.filter((c) => c.state === "pending");
  const rejected = cards.filter((c) => c.state === "rejected");
  const plan = acceptAllPlan(cards);
  const repeats = repeatsOf(cards);
  const numberOf = (key: string) => cards.findIndex((c) => c.key === key) + 1;
  const update = (key: string, change: Partial<CardState>) => setCards((all) => all.map((c) => (c.key === key ? { ...c, ...change } : c)));
  /** the next card to decide once `decided` are, or the list's heading when none is left */
  const goOn = (decided: string[], after?: string) => {
    const next = nextPending(cards, decided, after);
    focusNext.current = byElementId(next ? headingOf(next) : "review-cards-heading");
  };

  function accept(keys: string[], held: string[] = []) {
    focusNext.current = null;
    if (!conflict) {
      setConflictError("Choose the conflict these figures belong to, then accept again.");
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
          (err: unknown): AcceptAnswer => {
            console.error("acceptProposalsAction failed", err);
            return { ok: false, error: UNREACHABLE };
          },
        );
        if (!answer.ok) {
          stopped = answer.error;
          break;
        }
        notice ??= answer.notice;
        batch.forEach((c, n) => outcomes.set(c.key, answer.outcomes[n]!));
        setCards((all) => all.map((c) => (outcomes.has(c.key) ? afterAccept(c, outcomes.get(c.key)!) : c)));
      }
      setMessage(acceptSummary([...outcomes.values()], held.length, notice, stopped));
      const fix = chosen.find((c) => { const o = outcomes.get(c.key); return o && !o.ok && !o.figure && !o.rejected; });
      if (fix) {
        focusNext.current = () => document.getElementById(anchor(fix.key))?.querySelector<HTMLElement>("[aria-invalid=true], button") ?? null;
      } else if (outcomes.size > 0) {
        goOn([...outcomes.keys()], keys.length === 1 ? keys[0] : undefined);
      }
    });
  }

  function decide(card: CardState, decision: "reject" | "restore") {
    focusNext.current = null;
    setMessage(null);
    startTransition(async () => {
      const action = decision === "reject" ? rejectProposalAction : restoreProposalAction;
      const answer = await action({ reportId: report.id, proposal: ref(card) }).catch((err: unknown): DecisionAnswer => {
        console.error(`${decision}ProposalAction failed`, err);
        return { ok: false, error: UNREACHABLE };
      });
      if (!answer.ok) {
        // the proposal became a figure meanwhile: the card shows it, with its link
        if (answer.figure) update(card.key, { state: "accepted", figure: { id: answer.figure.id, status: answer.figure.status }, decided: { by: answer.figure.by, at: answer.figure.at }, errors: undefined, formError: undefined });
        else update(card.key, { formError: answer.error });
        setMessage({ kind: "error-summary", text: answer.error });
        if (answer.figure && decision === "reject") goOn([card.key], card.key);
        return;
      }
      update(card.key, { state: decision === "reject" ? "rejected" : "pending", errors: undefined, formError: undefined });
      setMessage({
        kind: "notice",
        text: decision === "reject" ? "Rejected: it will not be proposed again for this report. Restore it from the list of rejected proposals." : "Restored: it is proposed again.",
      });
      if (decision === "reject") goOn([card.key], card.key);
      else focusNext.current = byElementId(headingOf(card.key));
    });
  }

  return (
    <>
      <ReviewBar
        conflicts={review.conflicts}
        guessed={Boolean(review.conflict)}
        conflict={conflict}
        conflictError={conflictError}
        onConflict={(slug) => {
          setConflict(slug);
          setConflictError(null);
        }}
        intent={intent}
        onIntent={setIntent}
        twoPerson={twoPerson}
        totals={{ all: cards.length, open: open.length, accepted: cards.length - open.length - rejected.length, rejected: rejected.length }}
        plan={plan}
        busy={pending}
        onAcceptAll={() => accept(plan.take, plan.held)}
      />
      <div aria-live="polite">
        {message && (
          <p className={message.kind} role={message.kind === "notice" ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </div>

      <div className="review-grid">
        <ReviewText runs={runs} stateOf={(k) => byKey.get(k)?.state ?? "pending"} anchor={anchor} language={report.language} />

        <section className="review-cards" aria-labelledby="review-cards-heading">
          <h2 id="review-cards-heading" tabIndex={-1}>
            Proposed figures
          </h2>
          {cards.length === 0 && <p className="card muted">No figures were found in this text. Add any it gives by hand from the report&apos;s page.</p>}
          {cards.length > 0 && open.length === 0 && <p className="notice">Every proposal has been decided.</p>}
          <ol className="proposal-list">
            {cards
              .filter((c) => c.state !== "rejected")
              .map((c) => (
                <li key={c.key} id={anchor(c.key)}>
                  <ProposalCard
                    card={c}
                    number={numberOf(c.key)}
                    headingId={headingOf(c.key)}
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
          <RejectedList cards={rejected} anchor={anchor} busy={pending} onRestore={(c) => decide(c, "restore")} />
          <p className="muted">
            Finished? <Link href={`/reports/${report.id}`}>See the report and its figures</Link>.
          </p>
        </section>
      </div>
    </>
  );
}
