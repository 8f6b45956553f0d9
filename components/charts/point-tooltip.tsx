"use client";
// The card shown beside a hovered or focused point: the value as the source said it, the dates, who said it,
// their words and the report, with links to the report and the figure.
import { formatDay } from "@/lib/dates";
import type { ActivePoint } from "./series-layer";

export function PointTooltip({ active, width, linkTarget }: { active: ActivePoint; width: number; linkTarget?: string }) {
  const { point: p, color, x, y } = active;
  const left = x > width - 300 ? Math.max(0, x - 300) : x + 14;
  const period = p.periodStart ? `${formatDay(p.periodStart)} – ${formatDay(p.refDate)}` : formatDay(p.refDate);
  return (
    <div
      className="chart-tooltip"
      role="dialog"
      aria-label={`${p.source}: ${p.label}`}
      style={{ left, top: Math.max(0, y - 20), borderLeftColor: color }}
    >
      <p className="tooltip-value">
        <strong>{p.label}</strong>
        {p.glyph === "projected" && <span className="tag">projection</span>}
        {p.status === "draft" && <span className="tag">draft</span>}
        {p.revised && <span className="tag">since revised</span>}
      </p>
      <p>{p.source}</p>
      <p className="muted">
        Refers to {period} · reported {formatDay(p.reportDate)}
      </p>
      {p.low !== null && p.high !== null && (
        <p className="muted">
          Range {p.low.toLocaleString("en-US")} – {p.high.toLocaleString("en-US")}
        </p>
      )}
      {p.quote && <blockquote>&ldquo;{p.quote}&rdquo;</blockquote>}
      <p>
        <a href={`/reports/${p.reportId}`} target={linkTarget}>
          {p.reportTitle}
        </a>
        {p.reportUrl && (
          <>
            {" "}
            (
            <a href={p.reportUrl} target="_blank" rel="noreferrer noopener">
              original
            </a>
            )
          </>
        )}
      </p>
      <p>
        <a href={`/figures/${p.id}`} target={linkTarget}>
          Open this figure →
        </a>
      </p>
    </div>
  );
}
