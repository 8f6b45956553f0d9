// Report files as ../shared/data/reports lays them out: title, date and URL on the first three lines, a blank
// line, then the text. Plain text (no such header) is read whole. Pure.
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

export function readReportFile(content: string): ReportFile {
  // (a byte-order mark becomes a space, so that offsets still count in the file)
  const lines = content.replace(/^\uFEFF/, " ").split("\n");
  const [title = "", date = "", url = "", blank = "x"] = lines;
  if (isIsoDay(date.trim()) && /^https?:\/\//.test(url.trim()) && blank.trim() === "") {
    const readable = [title, " ".repeat(date.length), " ".repeat(url.length), blank, ...lines.slice(4)].join("\n");
    return { title: title.trim(), publishedOn: date.trim(), url: url.trim(), text: lines.slice(4).join("\n"), readable };
  }
  return { title: null, publishedOn: null, url: null, text: content, readable: content };
}

