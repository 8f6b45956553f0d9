// extract_mb_per_s: the extractor (extractFigures) over a large concatenation of real report text: the
// sentences of the extraction fixtures and the demo report, repeated to a few megabytes. extract_hostile_mb_per_s: the
// slowest of text shapes no report has that once took it time squared.
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

/**
 * Text no report has, of shapes that once took the extractor time squared in their length (the API takes 5 MB): a long run of
 * spaces after a flight, a long run of capitalised words (a speaker's name is looked for in them), one "sentence" listing
 * numbers with no full stop, a number in every short sentence, and "U.N." over and over.
 */
export function hostileTexts(bytes: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);
  return {
    spaces: `Some 2,000 people fled. fled${" ".repeat(bytes)}x`,
    capitals: `Some 2,000 people fled. ${fill("Commissioner for Aaaaaaaaaaaaaaaaaaaaaaaa Refugees ")}`,
    list: `Fighting killed ${fill("12 in Gao, 340 in Mopti, 56 in Kidal, ")}7 people.`,
    numbered: fill("Some 2,000 people fled. "),
    // (a speaker's name is looked for in runs of capitalised words; "U.N." once matched it two ways)
    names: `Some 2,000 people fled. ${fill("U.N. ")}said 12 were killed.`,
    // (vague crowds and short rates: every word a number, in one sentence)
    crowds: `Refugees fled. ${fill("Tens of Dozens die ")}`,
    rates: `The influx of refugees ${fill("200/day ")}`,
  };
}

export async function measureExtraction({ reps, megabytes = 4 }: { reps: number; megabytes?: number }) {
  const text = realText(megabytes * 1024 * 1024);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  const run = await repeat(reps, async () => extractFigures(text, { publishedOn: "2023-06-01" }).length);
  // the slowest of the hostile shapes, a quarter of a megabyte each: enough for time squared to show (it took 13 s on 160 KB
  // of spaces), little enough for a number-dense shape read in linear time (about 0.2 MB/s) to take a second or two
  const worst = { shape: "", mbPerS: Infinity };
  for (const [shape, hostile] of Object.entries(hostileTexts(256 * 1024))) {
    const hostileMb = Buffer.byteLength(hostile) / 1024 / 1024;
    const timed = await repeat(reps, async () => extractFigures(hostile, { publishedOn: "2023-06-01" }).length);
    const mbPerS = hostileMb / (median(timed.ms) / 1000);
    if (mbPerS < worst.mbPerS) Object.assign(worst, { shape, mbPerS });
  }
  return { extract_mb_per_s: round(mb / (median(run.ms) / 1000)), extract_text_mb: round(mb, 1), extract_proposals: run.results[0]!, extract_hostile_mb_per_s: round(worst.mbPerS), extract_hostile_shape: worst.shape };
}
