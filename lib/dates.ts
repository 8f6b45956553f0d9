// Calendar dates as ISO strings (YYYY-MM-DD). Figures refer to days, not instants, so every date is a
// UTC midnight in the database and a plain string everywhere else.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written YYYY-MM-DD (rejects 2013-02-30). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The latest calendar day anywhere on Earth (UTC+14). A date is "in the future" only when it is after this,
 * so an editor in Kiribati can enter today's figure while a server in UTC still thinks it is yesterday.
 */
export function latestTodayOnEarth(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "12 Feb 2013" */
export function formatDay(day: string): string {
  return LONG.format(dayToDate(day));
}

export function dayToEpoch(day: string): number {
  // charts call this for every point: reading the digits is many times faster than parsing a Date string
  const m = ISO_DAY.exec(day);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : dayToDate(day).getTime();
}
