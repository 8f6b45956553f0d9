// The tagger's training set: every development passage an analyst annotated by the letter
// (fixtures/letter-*.json; the blind sets are left out, so that they stay unseen), read by the rules, each number labelled
// with the figure taken from it. And a digest of the examples, which the shipped weights record, so that a test can say
// when they are stale. Reads files: for the script and the tests only.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractOptions } from "./extract";
import { readByRules } from "./read";
import type { RulesRead } from "./tagged";
import { allFeatures, featuresOf, TAGS, type Features } from "./tagger";
import { labelsOf, TRAINING, type Annotated, type Example } from "./train";
import { withHeadline, withoutCarriageReturns } from "./text";

export const FIXTURES = path.join(import.meta.dirname, "fixtures");

type Passage = { title?: string | null; text: string; published: string | null };
/** An annotated passage: which set it is from, the rules' reading of it, its features, and each annotator's figures. */
export type Annotation = { set: string; key: string; read: RulesRead; features: Features[]; options: ExtractOptions; figures: Annotated[][] };

const sets = new Map<string, Passage[]>();
/**
 * The passage an annotation's key names ("dev-reports-7#3"), as the extractor reads it (headline first, as `npm run extract`
 * reads a report file), and the options it is read with.
 */
export function passageOf(key: string, dir = FIXTURES): { text: string; options: ExtractOptions } {
  const [set, index] = key.split("#") as [string, string];
  const file = path.join(dir, `${set}.json`);
  if (!sets.has(file)) sets.set(file, JSON.parse(readFileSync(file, "utf8")) as Passage[]);
  const p = sets.get(file)![Number(index)]!;
  return { text: withHeadline(p.title ?? null, p.text), options: { publishedOn: p.published ?? "2024-06-01", publisher: "Publisher" } };
}

const annotationFiles = (dir: string) => readdirSync(dir).filter((f) => /^letter-.*\.json$/.test(f) && !f.startsWith("letter-blind")).sort();

/** Every annotated development passage, read once, with the figures of each of its annotators. */
export function annotatedPassages(dir = FIXTURES): Annotation[] {
  const byKey = new Map<string, Annotation>();
  for (const file of annotationFiles(dir)) {
    for (const [key, figures] of Object.entries(JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, Annotated[]>)) {
      if (!byKey.has(key)) {
        const { text, options } = passageOf(key, dir);
        const read = readByRules(withoutCarriageReturns(text)?.plain ?? text, options);
        byKey.set(key, { set: key.split("#")[0]!, key, read, features: featuresOf(read.reading).map((f) => f!), options, figures: [] });
      }
      byKey.get(key)!.figures.push(figures);
    }
  }
  return [...byKey.values()];
}

/** One example per number and annotator: its features and the tag the annotator's figures give it. */
export function examplesOf(passages: readonly Annotation[]): Example[] {
  const out: Example[] = [];
  for (const p of passages) for (const figures of p.figures) labelsOf(p.read.reading, figures).forEach((tag, i) => out.push({ features: allFeatures(p.features[i]!), tag }));
  return out;
}

/**
 * A digest of what the weights are a function of: the examples (each number's features and tag, so the annotations, their
 * passages and every part of the extractor that reads them), the tags and the training's settings.
 */
export function trainingDigest(examples: readonly Example[]): string {
  return createHash("sha256").update(JSON.stringify({ version: 1, tags: TAGS, training: TRAINING, examples })).digest("hex").slice(0, 16);
}
