"use client";
// The chart, loaded after the page: recharts is the largest script the conflict page would otherwise load
// first (about 90 KB gzipped), and everything the chart says is already on the page without it (headline
// cards, description, data table). Until it arrives a box of the chart's height keeps the layout still.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { FigureChart as Chart } from "./figure-chart";

type Props = ComponentProps<typeof Chart>;

const Loaded = dynamic(() => import("./figure-chart").then((m) => m.FigureChart), {
  ssr: false,
  loading: () => <div className="chart chart-loading" aria-hidden="true" />,
});

export function LazyFigureChart(props: Props) {
  return (
    <div style={{ minHeight: props.height ?? 340 }}>
      <Loaded {...props} />
    </div>
  );
}
