// extract_mb_per_s: the extractor (extractFigures) over a large concatenation of real report text: the
// sentences of the extraction fixtures and the demo report, repeated to a few megabytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractFigures } from "@/lib/extraction/extract";
import { ROOT } from "../lib/run";
import { median, repeat, round } from "./timing";

/** Real report text from the repository, repeated until it is at least `bytes` long. */
export function realText(bytes: number): string {
  const sentences = (JSON.parse(readFileSync(path.join(ROOT, "lib/extraction/fixtures/real-sentences.json"), "utf8")) as { text: string }[]).map((s) => s.text);
  const reports = ["lib/extraction/fixtures/naharnet-2013-03-01-syria.txt", "prisma/demo/naharnet-2013-03-01-syria.txt"].map((f) => readFileSync(path.join(ROOT, f), "utf8"));
  // paragraphs of a few sentences each, as reports run, with the whole demo report between them
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(" "));
  const unit = [...paragraphs, ...reports].join("\n\n") + "\n\n";
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

export async function measureExtraction({ reps, megabytes = 4 }: { reps: number; megabytes?: number }) {
  const text = realText(megabytes * 1024 * 1024);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  const run = await repeat(reps, async () => extractFigures(text, { publishedOn: "2023-06-01" }).length);
  return { extract_mb_per_s: round(mb / (median(run.ms) / 1000)), extract_text_mb: round(mb, 1), extract_proposals: run.results[0]! };
}
