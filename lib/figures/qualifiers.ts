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

/** The label shown in pickers and table headers. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exact",
  at_least: "at least",
  more_than: "more than",
  over: "over",
  about: "about",
  nearly: "nearly",
  up_to: "up to",
  projected: "projected (a forecast)",
};

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
