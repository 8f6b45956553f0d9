"use client";
// One metric over time: x is the reference date on a proportional time axis, one series per source, each
// figure drawn by its qualifier, events as labelled vertical lines. Hover or focus a point for its provenance.
import { useState } from "react";
import { CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatTick, timeTicks } from "@/lib/charts/axes";
import type { ChartPoint, MetricChart } from "@/lib/charts/series";
import { PointTooltip } from "./point-tooltip";
import { SeriesLayer, type ActivePoint } from "./series-layer";

import type { ChartEvent } from "@/lib/charts/conflict-view";

type Props = {
  chart: MetricChart;
  scale: "linear" | "log";
  events?: readonly ChartEvent[];
  /** in an embed, links open in the embedding page's window */
  linkTarget?: string;
  height?: number;
};

export function FigureChart({ chart, scale, events = [], linkTarget, height = 340 }: Props) {
  const [active, setActive] = useState<ActivePoint | null>(null);
  const [width, setWidth] = useState(800);
  const xTicks = timeTicks(chart.x);
  const shownEvents = events.filter((e) => e.t >= chart.x[0] && e.t <= chart.x[1]);
  const href = (p: ChartPoint) => `/figures/${p.id}`;
  return (
    <div
      className="chart"
      style={{ height }}
      ref={(el) => {
        if (el && el.clientWidth !== width) setWidth(el.clientWidth);
      }}
      onMouseLeave={() => setActive(null)}
      onKeyDown={(e) => {
        if (e.key === "Escape") setActive(null);
      }}
      onBlur={(e) => {
        // keyboard focus leaving the chart (not moving into the tooltip) closes the tooltip
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setActive(null);
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 22, right: 28, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#eceff3" />
          <XAxis dataKey="t" type="number" scale="time" domain={chart.x} ticks={xTicks.ticks} tickFormatter={xTicks.format} allowDataOverflow />
          <YAxis
            type="number"
            scale={scale}
            domain={chart.y.domain}
            ticks={chart.y.ticks}
            tickFormatter={formatTick}
            width={64}
            allowDataOverflow
          />
          {shownEvents.map((e) => (
            <ReferenceLine
              key={`${e.date}-${e.label}`}
              x={e.t}
              stroke="#868e96"
              strokeDasharray="2 3"
              label={{ value: e.label, position: "insideTopLeft", fontSize: 11, fill: "#495057" }}
            />
          ))}
          <SeriesLayer series={chart.series} href={href} linkTarget={linkTarget} onActivate={setActive} />
        </ComposedChart>
      </ResponsiveContainer>
      {active && <PointTooltip active={active} width={width} linkTarget={linkTarget} />}
    </div>
  );
}
