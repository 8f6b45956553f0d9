// Report files as ../shared/data/reports lays them out: title, date and URL on the first three lines, a blank
// line, then the text. Plain text (no such header) is read whole. Pure.
import { isIsoDay } from "@/lib/dates";

export type ReportFile = { title: string | null; publishedOn: string | null; url: string | null; text: string; bodyOffset: number };

export function readReportFile(content: string): ReportFile {
  const lines = content.replace(/^\uFEFF/, "").split("\n");
  const [title = "", date = "", url = "", blank = "x"] = lines;
  if (isIsoDay(date.trim()) && /^https?:\/\//.test(url.trim()) && blank.trim() === "") {
    const head = lines.slice(0, 4).join("\n").length + 1;
    return { title: title.trim(), publishedOn: date.trim(), url: url.trim(), text: lines.slice(4).join("\n"), bodyOffset: head };
  }
  return { title: null, publishedOn: null, url: null, text: content, bodyOffset: 0 };
}
