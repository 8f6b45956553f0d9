// Report files as ../shared/data/reports lays them out: title, date and URL on the first three lines, a blank
// line, then the text. Also what such files become in other hands: the URL left out or put before the date, the date
// written out ("1 March 2013", "Friday, March 1, 2013"), Windows line ends. Plain text (no such header) is read whole.
// Pure.
import * as chrono from "chrono-node";
import { isIsoDay } from "@/lib/dates";

export type ReportFile = {
  title: string | null;
  publishedOn: string | null;
  url: string | null;
  text: string;
  /** The headline and the text where they stand in the file, the date and URL lines blanked: what the extractor reads,
   * so that a headline's figure is proposed too and offsets count in the file. */
  readable: string;
};

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const pad = (n: number) => String(n).padStart(2, "0");

const LABEL = /^(?:(?:(?:last\s+)?(?:published|posted|updated|modified)(?:\s+on)?|date|dated)\b\s*:?\s*)?/i;
/** A day written year first, in digits ("2013-03-01", "2013/03/01"), with a time or none: one reading only. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}))?)?$/;

/**
 * The day a header line gives, when the line is a date and nothing else (a label before it, a time after it): "2013-03-01",
 * "2013/03/01 14:05", "Published: 2013-03-01", "1 March 2013", "Friday, March 1, 2013", "Last updated: Mar. 1, 2013 14:05
 * GMT"; null for anything else, for a date whose year is not written ("March 1", "2 hours ago", "Monday"), and for digits
 * only in an order a reader could take two ways ("01/03/2013").
 */
export function dayOfLine(line: string): string | null {
  const s = line.trim().replace(LABEL, "");
  const digits = YEAR_FIRST.exec(s);
  if (digits) return day(Number(digits[1]), Number(digits[2]), Number(digits[3]));
  if (s.length > 60 || !/[A-Za-z]{3}/.test(s) || !/\b\d{4}\b/.test(s)) return null;
  const [found] = chrono.strict.parse(s);
  // (the year written in the date itself, not one chrono reckons from today's date: "2 hours ago" is no report's date)
  if (!found || !/\b\d{4}\b/.test(found.text) || !["year", "month", "day"].every((c) => found.start.isCertain(c as "year" | "month" | "day"))) return null;
  // (the date is the line: a time after it at most)
  if (s.slice(0, found.index).trim() !== "" || !/^(?:[,|-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i.test(s.slice(found.index + found.text.length).trim())) return null;
  return day(found.start.get("year")!, found.start.get("month")!, found.start.get("day")!);
}

const day = (y: number, m: number, d: number): string | null => {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDay(iso) ? iso : null;
};

/** Second-level labels of countries' two-part suffixes ("bbc.co.uk", "abc.net.au", "punchng.com.ng"). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"]);

/**
 * A short name for the publisher at an address: the label before its public suffix ("https://www.naharnet.com/stories/…" →
 * "Naharnet", "en.wikipedia.org" → "Wikipedia", "www.bbc.co.uk" → "Bbc"); null for none.
 */
export function publisherOfUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split(".").filter(Boolean);
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9-]+$/i.test(l)) || /^\d+$/.test(labels.at(-1)!)) return null;
  const suffix = labels.at(-1)!.length === 2 && labels.length > 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 2 : 1;
  const name = labels.at(-1 - suffix)!;
  return name[0]!.toUpperCase() + name.slice(1);
}

export function readReportFile(content: string): ReportFile {
  // (a byte-order mark becomes a space, so that offsets still count in the file)
  const lines = content.replace(/^\uFEFF/, " ").split("\n");
  const bare = (i: number) => lines[i]!.replace(/\r$/, "");
  // the header: the lines before the first blank one, two to four of them: the title first, then a date line (or two:
  // published, then updated; the first is the report's) and at most one address, in any order
  const blank = lines.findIndex((line, i) => i <= 4 && bare(i).trim() === "");
  const plain = { title: null, publishedOn: null, url: null, text: content, readable: content };
  if (blank < 2) return plain;
  const meta = Array.from({ length: blank - 1 }, (_, k) => k + 1);
  const dated = meta.filter((i) => dayOfLine(bare(i)) !== null);
  const addressed = meta.filter((i) => URL_LINE.test(bare(i).trim()));
  if (dated.length === 0 || dated.length > 2 || addressed.length > 1 || dated.length + addressed.length !== meta.length || dayOfLine(bare(0)) !== null || URL_LINE.test(bare(0).trim())) return plain;
  // (the date and address lines blanked, their line ends kept)
  const readable = lines.map((line, i) => (meta.includes(i) ? " ".repeat(bare(i).length) + line.slice(bare(i).length) : line)).join("\n");
  return {
    title: bare(0).trim() || null,
    publishedOn: dayOfLine(bare(dated[0]!)),
    url: addressed.length ? bare(addressed[0]!).trim() : null,
    text: lines.slice(blank + 1).join("\n"),
    readable,
  };
}
