"use client";
// Draws a chart's series inside recharts' plot area with its own axis scales: bounds as shaded bands, observed
// figures joined by a solid line, projections on dashed segments, and one marker per figure that links to it.
import { useXAxisScale, useYAxisScale } from "recharts";
import type { Band, ChartPoint, Series } from "@/lib/charts/series";
import { formatDay } from "@/lib/dates";
import { GlyphShape } from "./glyph";

const DODGE_PX = 9;

type Scale = (v: number) => number | undefined;
export type ActivePoint = { point: ChartPoint; color: string; x: number; y: number };

function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

function BandShape({ band, x, y, color }: { band: Band; x: Scale; y: Scale; color: string }) {
  const top = band.map((b) => ({ x: x(b.t) ?? 0, y: y(b.high) ?? 0 }));
  const bottom = band.map((b) => ({ x: x(b.t) ?? 0, y: y(Math.max(b.low, 1e-9)) ?? 0 })).reverse();
  if (band.length === 1) {
    const [t, b] = [top[0]!, bottom[0]!];
    return <rect x={t.x - 4} y={t.y} width={8} height={Math.max(1, b.y - t.y)} fill={color} fillOpacity={0.18} stroke={color} strokeOpacity={0.4} />;
  }
  return <path d={`${pathOf([...top, ...bottom])} Z`} fill={color} fillOpacity={0.15} stroke="none" />;
}

type Props = {
  series: readonly Series[];
  href: (p: ChartPoint) => string;
  linkTarget?: string;
  onActivate: (a: ActivePoint | null) => void;
};

export function SeriesLayer({ series, href, linkTarget, onActivate }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const x: Scale = (v) => xScale(v);
  const y: Scale = (v) => yScale(v);
  const at = (p: ChartPoint) => ({ x: (x(p.t) ?? 0) + p.dodge * DODGE_PX, y: y(p.value) ?? 0 });
  return (
    <g className="series-layer">
      {series.map((s) => (
        <g key={s.key} data-series={s.label}>
          {s.bands.map((b, i) => (
            <BandShape key={i} band={b} x={x} y={y} color={s.color} />
          ))}
          {s.line.length > 1 && <path d={pathOf(s.line.map(at))} fill="none" stroke={s.color} strokeWidth={2} />}
          {s.projections.map(([from, to]) => (
            <path key={to.id} d={pathOf([at(from), at(to)])} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray="6 4" />
          ))}
          {s.points.map((p) => {
            const { x: cx, y: cy } = at(p);
            const name = `${s.label}: ${p.label} on ${formatDay(p.refDate)}${p.status === "draft" ? " (draft)" : ""}${p.revised ? " (since revised)" : ""}`;
            const activate = () => onActivate({ point: p, color: s.color, x: cx, y: cy });
            return (
              <a
                key={p.id}
                id={`figure-${p.id}`}
                href={href(p)}
                target={linkTarget}
                aria-label={name}
                data-figure-id={p.id}
                className="chart-point"
                style={p.revised ? { opacity: 0.4 } : undefined}
                onMouseEnter={activate}
                onFocus={activate}
              >
                <circle cx={cx} cy={cy} r={12} fill="transparent" />
                <GlyphShape glyph={p.glyph} x={cx} y={cy} color={s.color} draft={p.status === "draft"} />
                {p.glyph === "projected" && (
                  <text x={cx + 10} y={cy - 8} fontSize={11} fill={s.color}>
                    projected
                  </text>
                )}
              </a>
            );
          })}
        </g>
      ))}
    </g>
  );
}
