"use client";
// One metric over time: x is the reference date on a proportional time axis, one line per source.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DotItemDotProps } from "recharts/types/util/types";
import type { ChartPoint, Series } from "@/lib/figures/series";
import { formatDay } from "@/lib/dates";
import { formatTick, timeDomain, timeTicks } from "./axes";

const PALETTE = ["#1f5fbf", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285", "#e67700", "#5c940d", "#495057"];

type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; stroke?: string; source: string };

/** Exact counts are filled; qualified ones ("about", "at least", projected) are hollow. */
function QualifierDot({ cx, cy, payload, stroke, source }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const filled = payload.qualifier === "exact";
  return (
    <circle
      cx={cx}
      cy={cy}
      r={5}
      stroke={stroke}
      strokeWidth={2}
      fill={filled ? stroke : "#fff"}
      role="img"
      aria-label={`${source}: ${payload.label} on ${formatDay(payload.refDate)}`}
      data-figure-id={payload.id}
    />
  );
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: ChartPoint; name?: unknown }[] }) {
  const item = active ? payload?.[0] : undefined;
  const p = item?.payload;
  if (!p) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{p.label}</strong> — {String(item.name)}
      </p>
      <p>
        Refers to {formatDay(p.refDate)}; reported {formatDay(p.reportDate)}
      </p>
      {p.quote && <p>&ldquo;{p.quote}&rdquo;</p>}
      <p className="muted">{p.reportTitle}</p>
    </div>
  );
}

export function FigureChart({ title, series }: { title: string; series: Series[] }) {
  const all = series.flatMap((s) => s.points);
  const domain = timeDomain(all.map((p) => p.t));
  const xTicks = timeTicks(domain);
  const days = all.map((p) => p.refDate).sort();
  const sources = series.length === 1 ? "1 source" : `${series.length} sources`;
  const description =
    all.length === 1
      ? `${title}: 1 figure, for ${formatDay(days[0] ?? "")}.`
      : `${title}: ${all.length} figures from ${sources}, ${formatDay(days[0] ?? "")} to ${formatDay(days.at(-1) ?? "")}.`;
  return (
    <figure aria-label={title} style={{ margin: 0 }}>
      <div className="chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 10, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#eceff3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={xTicks.ticks}
            tickFormatter={xTicks.format}
            allowDuplicatedCategory={false}
          />
          <YAxis
            type="number"
            domain={[0, "auto"]}
            tickFormatter={formatTick}
            width={70}
          />
          <Tooltip content={PointTooltip} />
          <Legend />
          {series.map((s, i) => {
            const color = PALETTE[i % PALETTE.length] ?? "#495057";
            return (
              <Line
                key={s.source}
                name={s.source}
                data={s.points}
                dataKey="value"
                stroke={color}
                strokeWidth={2}
                isAnimationActive={false}
                dot={(props: DotItemDotProps) => (
                  <QualifierDot
                    key={`${s.source}-${props.index}`}
                    cx={props.cx}
                    cy={props.cy}
                    stroke={props.stroke}
                    payload={props.payload as ChartPoint}
                    source={s.source}
                  />
                )}
                activeDot={{ r: 7 }}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
      </div>
      <figcaption className="muted" style={{ fontSize: "0.85rem" }}>
        {description} Filled markers are exact counts; hollow markers are qualified (about, at least, projected…).
      </figcaption>
    </figure>
  );
}
