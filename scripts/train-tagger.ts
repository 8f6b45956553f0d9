// npm run train:tagger [-- --cv]: fits the extractor's tagger (lib/extraction/tagger.ts) to every annotated development
// set (lib/extraction/fixtures/letter-*.json, the blind sets left out so that they stay unseen) and writes its weights to
// lib/extraction/tagger-weights.json, with a digest of what they were learnt from (a test says when they are stale).
// Deterministic: the same fixtures and code give the same weights. With --cv, writes nothing: it prints what five-fold
// cross-validation over the development sets gives at each threshold (how NONE_BELOW in tagged.ts was chosen).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { score, type ScoreCase } from "@/lib/extraction/score";
import { tagged } from "@/lib/extraction/tagged";
import { modelOf } from "@/lib/extraction/tagger";
import { train } from "@/lib/extraction/train";
import { annotatedPassages, examplesOf, FIXTURES, trainingDigest } from "@/lib/extraction/training-set";

const { values } = parseArgs({ options: { cv: { type: "boolean", default: false } } });
const passages = annotatedPassages();

if (values.cv) {
  // five folds of whole sets (a set's passages share publishers and events), each read by weights learnt from the others
  const sets = [...new Set(passages.map((p) => p.set))].sort();
  const fold = (set: string) => sets.indexOf(set) % 5;
  const thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
  const cases = thresholds.map((): ScoreCase[] => []);
  const rules: ScoreCase[] = [];
  for (let k = 0; k < 5; k++) {
    const model = modelOf(train(examplesOf(passages.filter((p) => fold(p.set) !== k))));
    for (const p of passages.filter((q) => fold(q.set) === k)) {
      thresholds.forEach((t, i) => {
        const proposed = tagged(p.read, p.options, model, t);
        for (const expected of p.figures) cases[i]!.push({ expected, proposed });
      });
      for (const expected of p.figures) rules.push({ expected, proposed: p.read.proposals });
    }
  }
  const line = (name: string, s: ReturnType<typeof score>) => console.log(`${name.padEnd(12)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  qualifiers ${s.qualifierRate.toFixed(3)}`);
  line("rules alone", score(rules));
  thresholds.forEach((t, i) => line(`tagger ${t}`, score(cases[i]!)));
} else {
  const examples = examplesOf(passages);
  const weights = { digest: trainingDigest(examples), ...train(examples) };
  // (one line per feature, so that a change of weights reads as a diff)
  writeFileSync(path.join(FIXTURES, "..", "tagger-weights.json"), `${JSON.stringify(weights).replace(/","/g, '",\n"')}\n`);
  console.log(`${passages.length} passages, ${examples.length} examples: ${weights.lines.length} features written to lib/extraction/tagger-weights.json`);
}
