"use client";
// One proposed figure: what the extractor read, as editable fields, with Accept and Reject; once accepted,
// the figure it became. Its warnings and its error describe its buttons, so a screen reader hears them there.
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { describeValue, QUALIFIERS, QUALIFIER_LABELS } from "@/lib/figures/qualifiers";
import type { FigureFormValues } from "@/lib/figures/schema";
import { ADDED, ASIDE, NO_SOURCE } from "@/lib/proposals/review";
import type { CardState } from "./proposal-review";

type Props = {
  card: CardState;
  number: number;
  /** its heading's id: where the keyboard goes when the card before it is decided */
  headingId: string;
  /** an earlier (or accepted) card giving the same figure: the report says it twice */
  repeatOf?: { number: number; href: string };
  textAnchor: string;
  metrics: { value: string; label: string; name: string }[];
  busy: boolean;
  onChange: (field: keyof FigureFormValues, value: string) => void;
  onAccept: () => void;
  onReject: () => void;
};

/** Stored figures with the same source, metric, value and date as this one. */
function Repeats({ id, ids, lead }: { id?: string; ids: number[]; lead: string }) {
  return (
    <p id={id} className="warning">
      {lead}{" "}
      {ids.map((d, i) => (
        <span key={d}>
          {i > 0 && ", "}
          <Link href={`/figures/${d}`}>figure #{d}</Link>
        </span>
      ))}{" "}
      {ids.length === 1 ? "has" : "have"} the same source, metric, value and date.
    </p>
  );
}

export function ProposalCard({ card, number, headingId, repeatOf, textAnchor, metrics, busy, onChange, onAccept, onReject }: Props) {
  const { proposal: p, values: v, errors: e = {} } = card;
  // named by the metric the card goes to (as chosen), not the extractor's slug
  const metric = v.metric || p.metric;
  const title = `${metrics.find((m) => m.value === metric)?.name ?? metric.replaceAll("_", " ")}: ${describeValue(p.value, p.qualifier, p.unit)}`;
  const id = (field: string) => `p${card.key.slice(0, 12)}-${field}`;

  if (card.state === "accepted" && card.figure) {
    return (
      <article className="proposal accepted" aria-labelledby={headingId}>
        <h3 id={headingId} tabIndex={-1}>
          <span className="muted">{number}.</span> {title}
        </h3>
        <p>
          <span className={`badge ${card.figure.status}`}>{card.figure.status}</span> Accepted as{" "}
          <Link href={`/figures/${card.figure.id}`}>figure #{card.figure.id}</Link>
          {card.decided ? <span className="muted"> by {card.decided.by}</span> : null}.
        </p>
        {card.duplicates && card.duplicates.length > 0 && <Repeats ids={card.duplicates} lead="Possibly entered twice:" />}
      </article>
    );
  }

  const describedBy = [headingId, card.warning && id("warning"), card.aside && id("aside"), card.added && id("added"), card.similar && id("similar"), repeatOf && id("repeat"), card.formError && id("form-error")].filter(Boolean).join(" ");
  return (
    <article className="proposal" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        <span className="muted">{number}.</span> {title}{" "}
        <span className={`badge ${p.confidence >= 0.8 ? "published" : "draft"}`} title={`The extractor's confidence: ${Math.round(p.confidence * 100)}%`}>
          {p.confidence >= 0.8 ? "likely" : "check closely"}
        </span>
      </h3>
      <blockquote className="proposal-quote">
        <q>{p.quote}</q> <a href={textAnchor}>in the text</a>
      </blockquote>
      {card.warning && (
        <p id={id("warning")} className="warning">
          {card.warning}
        </p>
      )}
      {card.aside && (
        <p id={id("aside")} className="warning">
          {ASIDE}
        </p>
      )}
      {card.added && (
        <p id={id("added")} className="warning">
          {ADDED}
        </p>
      )}
      {card.similar && <Repeats id={id("similar")} ids={card.similar} lead="Already on record?" />}
      {repeatOf && (
        <p id={id("repeat")} className="warning">
          Said twice in the report? <a href={repeatOf.href}>Proposal {repeatOf.number}</a> gives the same metric, value, date and source: accept only one of them.
        </p>
      )}
      <div aria-live="polite">
        {card.formError && (
          <p id={id("form-error")} className="error-summary">
            {card.formError}
          </p>
        )}
      </div>
      <div className="proposal-fields">
        <Field name="metric" id={id("metric")} label="Metric" errors={e.metric}>
          {(f) => (
            <select {...f} value={v.metric ?? ""} onChange={(ev) => onChange("metric", ev.target.value)}>
              <option value="">Choose…</option>
              {metrics.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="qualifier" id={id("qualifier")} label="Qualifier" errors={e.qualifier}>
          {(f) => (
            <select {...f} value={v.qualifier ?? "exact"} onChange={(ev) => onChange("qualifier", ev.target.value)}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {QUALIFIER_LABELS[q]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="value" id={id("value")} label="Value" errors={e.value}>
          {(f) => <input {...f} inputMode="numeric" value={v.value ?? ""} onChange={(ev) => onChange("value", ev.target.value)} />}
        </Field>
        <Field name="low" id={id("low")} label="Low (optional)" errors={e.low}>
          {(f) => <input {...f} inputMode="numeric" value={v.low ?? ""} onChange={(ev) => onChange("low", ev.target.value)} />}
        </Field>
        <Field name="high" id={id("high")} label="High (optional)" errors={e.high}>
          {(f) => <input {...f} inputMode="numeric" value={v.high ?? ""} onChange={(ev) => onChange("high", ev.target.value)} />}
        </Field>
        <Field name="refDate" id={id("refDate")} label="Refers to (date)" errors={e.refDate}>
          {(f) => <input {...f} type="date" value={v.refDate ?? ""} onChange={(ev) => onChange("refDate", ev.target.value)} />}
        </Field>
        <div className="wide">
          <Field name="source" id={id("source")} label="Source (who said it)" hint={p.source === NO_SOURCE && !v.source ? "Neither the text nor the report names who gave this figure: enter them." : undefined} errors={e.source}>
            {(f) => <input {...f} value={v.source ?? ""} onChange={(ev) => onChange("source", ev.target.value)} />}
          </Field>
        </div>
        <details className="wide proposal-quote-edit" open={Boolean(e.quote) || v.quote !== p.quote}>
          <summary>Shorten the quote</summary>
          <Field name="quote" id={id("quote")} label="Quote" hint="The source's words, as in the text: keep the part that gives the number." errors={e.quote}>
            {(f) => <textarea {...f} rows={3} value={v.quote ?? ""} onChange={(ev) => onChange("quote", ev.target.value)} />}
          </Field>
        </details>
      </div>
      {[e.conflict, e.reportId, e.periodStart, e.sourceKind, e.intent].flat().filter(Boolean).map((m) => (
        <p key={m} className="error">
          {m}
        </p>
      ))}
      <div className="actions">
        <button type="button" aria-disabled={busy} onClick={() => !busy && onAccept()} aria-describedby={describedBy}>
          Accept
        </button>
        <button type="button" className="secondary" aria-disabled={busy} onClick={() => !busy && onReject()} aria-describedby={describedBy}>
          Reject
        </button>
      </div>
    </article>
  );
}
