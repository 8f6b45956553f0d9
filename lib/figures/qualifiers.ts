// Qualifiers: how sure the source was. "at least 5,000" and "about 70,000" are different claims.

export const QUALIFIERS = ["exact", "at_least", "more_than", "over", "about", "nearly", "up_to", "projected"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The words that go before the number, as a source would say it. */
const PREFIX: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least",
  more_than: "more than",
  over: "over",
  about: "about",
  nearly: "nearly",
  up_to: "up to",
  projected: "projected",
};

/** The label shown in pickers: the words themselves, said plainly where they are not enough. */
export const QUALIFIER_LABELS = Object.fromEntries(
  QUALIFIERS.map((q) => [q, q === "exact" ? "exact" : q === "projected" ? "projected (a forecast)" : PREFIX[q]]),
) as Record<Qualifier, string>;

const NUMBER = new Intl.NumberFormat("en-US");

export function formatCount(n: number): string {
  return NUMBER.format(n);
}

const PER_PERIOD: Record<string, string> = {
  people_per_day: " a day",
  people_per_week: " a week",
  people_per_month: " a month",
};

/** "more than 70,000", "at least 5,000 a day", "59,648". */
export function describeValue(value: number, qualifier: Qualifier, unit = "people"): string {
  const prefix = PREFIX[qualifier];
  return `${prefix ? `${prefix} ` : ""}${formatCount(value)}${PER_PERIOD[unit] ?? ""}`;
}
