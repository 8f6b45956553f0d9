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

/**
 * The day a header line gives, when the line is a date and nothing else: "2013-03-01", "1 March 2013", "Friday, March 1,
 * 2013", "Mar. 1, 2013" or "Published: 1 March 2013"; null for anything else, a date without its year or day ("March
 * 2013"), and digits only in an order a reader could take two ways ("01/03/2013").
 */
export function dayOfLine(line: string): string | null {
  const s = line.trim();
  if (isIsoDay(s)) return s;
  if (s.length > 60 || !/[A-Za-z]{3}/.test(s.replace(/^(?:published|posted|updated|date)\b\s*(?:on)?:?/i, ""))) return null;
  const [found] = chrono.strict.parse(s);
  if (!found || !["year", "month", "day"].every((c) => found.start.isCertain(c as "year" | "month" | "day"))) return null;
  // (the date is the line: at most a label before it, a time after it)
  const before = s.slice(0, found.index).trim();
  const after = s.slice(found.index + found.text.length).trim();
  if (!/^(?:(?:published|posted|updated|date)\b\s*(?:on)?:?)?$/i.test(before) || !/^(?:[,|-]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i.test(after)) return null;
  const day = `${found.start.get("year")}-${pad(found.start.get("month")!)}-${pad(found.start.get("day")!)}`;
  return isIsoDay(day) ? day : null;
}

/** A short name for the publisher at an address ("https://www.naharnet.com/stories/…" → "Naharnet"), null for none. */
export function publisherOfUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const name = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, "").split(".")[0]!;
    return name ? name[0]!.toUpperCase() + name.slice(1) : null;
  } catch {
    return null;
  }
}

export function readReportFile(content: string): ReportFile {
  // (a byte-order mark becomes a space, so that offsets still count in the file)
  const lines = content.replace(/^\uFEFF/, " ").split("\n");
  const bare = (i: number) => lines[i]!.replace(/\r$/, "");
  // the header: the lines before the first blank one, two to four of them: the title first, then a date line and at most
  // one address, in either order
  const blank = lines.findIndex((line, i) => i <= 4 && bare(i).trim() === "");
  const plain = { title: null, publishedOn: null, url: null, text: content, readable: content };
  if (blank < 2) return plain;
  const meta = Array.from({ length: blank - 1 }, (_, k) => k + 1);
  const dated = meta.filter((i) => dayOfLine(bare(i)) !== null);
  const addressed = meta.filter((i) => URL_LINE.test(bare(i).trim()));
  if (dated.length !== 1 || addressed.length > 1 || dated.length + addressed.length !== meta.length || dayOfLine(bare(0)) !== null || URL_LINE.test(bare(0).trim())) return plain;
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
