// A chart view as it lives in the URL: date range, scale, hidden sources, drafts, revisions, "as known on".
// The same nuqs parsers read it on the server (page) and write it from the controls, so a copied link
// reproduces the view exactly. Pure.
import { createLoader, createParser, createSerializer, parseAsArrayOf, parseAsBoolean, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { isIsoDay } from "@/lib/dates";

/** A calendar day, YYYY-MM-DD; anything else in the URL reads as absent. */
const parseAsDay = createParser({
  parse: (v: string) => (isIsoDay(v) ? v : null),
  serialize: (v: string) => v,
});

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export const chartViewParsers = {
  from: parseAsDay,
  to: parseAsDay,
  scale: parseAsStringLiteral(SCALES).withDefault("linear"),
  /** sources switched off in the legend, by name (new sources show up by default) */
  hide: parseAsArrayOf(parseAsString, "|").withDefault([]),
  /** editors only: drafts drawn beside published figures */
  drafts: parseAsBoolean.withDefault(false),
  /** figures their source has since revised, drawn faded */
  revisions: parseAsBoolean.withDefault(false),
  /** only what had been published (report date) by this day */
  asOf: parseAsDay,
};

export type ChartView = {
  from: string | null;
  to: string | null;
  scale: Scale;
  hide: string[];
  drafts: boolean;
  revisions: boolean;
  asOf: string | null;
};

export const DEFAULT_VIEW: ChartView = { from: null, to: null, scale: "linear", hide: [], drafts: false, revisions: false, asOf: null };

const load = createLoader(chartViewParsers);

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The view a request asks for. Drafts only for editors; a range given backwards is turned round rather than
 * drawing nothing.
 */
export function readChartView(searchParams: SearchParams, { editor }: { editor: boolean }): ChartView {
  const v = load(searchParams);
  const [from, to] = v.from && v.to && v.from > v.to ? [v.to, v.from] : [v.from, v.to];
  return { ...v, from, to, hide: [...new Set(v.hide.filter(Boolean))], drafts: editor && v.drafts };
}

/** The query string for a view (defaults left out), for links to the same view elsewhere (embed, compare). */
export const serializeChartView = createSerializer(chartViewParsers, { clearOnDefault: true });
