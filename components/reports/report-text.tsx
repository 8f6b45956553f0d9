// A report's text as pasted, with each figure's quote highlighted and linked to that figure in the list below.
import { highlightQuotes } from "@/lib/reports/highlight";

export function ReportText({ text, language, figures }: { text: string; language: string; figures: readonly { id: number; quote: string | null; status: string }[] }) {
  const drafts = new Set(figures.filter((f) => f.status === "draft").map((f) => f.id));
  return (
    <div className="report-text" lang={language}>
      {highlightQuotes(text, figures).map((s, i) =>
        s.figureId === undefined ? (
          s.text
        ) : (
          <mark key={i} id={`quote-${s.figureId}`} className={drafts.has(s.figureId) ? "draft" : undefined}>
            <a href={`#figure-${s.figureId}`} title={drafts.has(s.figureId) ? "A draft figure: see it in the list" : "See this figure in the list"}>
              {s.text}
            </a>
          </mark>
        ),
      )}
    </div>
  );
}
