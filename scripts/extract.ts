// npm run --silent extract -- report.txt [--date YYYY-MM-DD] [--publisher NAME]: prints the figures the
// extractor proposes for a report as a JSON array. Reads the layout of ../shared/data/reports (title, date and
// URL on the first three lines, a blank line, the text; the URL may be left out, the date written out: report-file.ts)
// or plain text with --date. The headline is read too; offsets count in the file.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isIsoDay } from "@/lib/dates";
import { extractFigures } from "@/lib/extraction/extract";
import { publisherOfUrl, readReportFile } from "@/lib/extraction/report-file";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { date: { type: "string" }, publisher: { type: "string" } } });
  } catch (err) {
    return fail(`${(err as Error).message}. Usage: npm run --silent extract -- report.txt [--date YYYY-MM-DD] [--publisher NAME]`);
  }
})();
const file = positionals[0];
if (!file) fail("Name the report file: npm run --silent extract -- report.txt [--date YYYY-MM-DD]");
let content: string;
try {
  content = readFileSync(file, "utf8");
} catch {
  fail(`Cannot read ${file}: check the path.`);
}
const report = readReportFile(content);
const publishedOn = values.date ?? report.publishedOn;
if (!publishedOn || !isIsoDay(publishedOn)) fail("Give the report's date with --date YYYY-MM-DD (the file has no date line).");
const figures = extractFigures(report.readable, { publishedOn, publisher: values.publisher ?? publisherOfUrl(report.url) });
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
