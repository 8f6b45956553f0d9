import { describe, it } from "vitest";
import { atLeast } from "./test-support";

// War reporting read by the letter of the issue (fixtures/LETTER.md, eleventh session; fixtures/BLIND.md): five pools of 28
// war-report passages, never on Syria, Yemen or South Sudan, each annotated twice and split at random into a development set
// (46–50) and a blind set (25–29) before the extractor ran. Floors a little under what was measured (precision, recall,
// qualifiers), as in letter.test.ts.
describe("war reporting read by the letter of the issue", () => {
  // development: rules were written from these, and the tagger learns them
  it.each([
    // the forty-sixth (14 war-report passages, split from one pool with the twenty-fifth blind set): first looked at with the
    // rules of the eleventh session's start (0.862/0.848 and 0.908/0.855), then read and learnt
    ["letter-dev-46.a.json", 0.91, 0.92, 0.97], // 0.940 (63/67), 0.955 (63/66), 1.0
    ["letter-dev-46.b.json", 0.94, 0.91, 0.97], // 0.970 (65/67), 0.942 (65/69), 1.0
    // the forty-seventh (14 war-report passages, from one pool with the twenty-sixth blind set): first looked at with this
    // session's rules before it (0.893/0.904 and 0.893/0.926), then read and learnt
    ["letter-dev-47.a.json", 0.92, 0.92, 0.91], // 0.952 (79/83), 0.952 (79/83), 0.937
    ["letter-dev-47.b.json", 0.91, 0.93, 0.9], // 0.940 (78/83), 0.963 (78/81), 0.923
    // the forty-eighth (Africa) and forty-ninth (elsewhere), 14 war-report passages each: first looked at with this session's
    // rules before them (0.919/0.803 both; 0.851/0.787 and 0.838/0.838), then read (the forty-eighth) and learnt (both)
    ["letter-dev-48.a.json", 0.95, 0.89, 0.96], // 0.985 (65/66), 0.915 (65/71), 0.985
    ["letter-dev-48.b.json", 0.95, 0.89, 0.97], // 0.985 (65/66), 0.915 (65/71), 1.0
    ["letter-dev-49.a.json", 0.88, 0.82, 0.93], // 0.907 (68/75), 0.850 (68/80), 0.956
    ["letter-dev-49.b.json", 0.84, 0.85, 0.94], // 0.867 (65/75), 0.878 (65/74), 0.969
    // the fiftieth (14 agency-style war-report passages): first looked at with this session's rules before it (0.885/0.742 both),
    // then read and learnt
    ["letter-dev-50.a.json", 0.93, 0.87, 0.95], // 0.966 (56/58), 0.903 (56/62), 0.982
    ["letter-dev-50.b.json", 0.93, 0.87, 0.95], // 0.966 (56/58), 0.903 (56/62), 0.982
  ] as const)("%s: at least what was measured when the floor was set", atLeast);

  // BLIND: never read while rules were written; only their totals were printed
  it.each([
    // the twenty-fifth: 14 war-report passages split at random from 28 with the forty-sixth development set, annotated twice
    // (0.989/0.989) and committed before the extractor ran; measured once with the rules of the session's start and the
    // same with its first rules (0.874/0.844 and 0.862/0.833), then after the forty-sixth's:
    ["letter-blind-25.a.json", 0.84, 0.83, 0.97], // 0.875 (77/88), 0.856 (77/90), 1.0; 0.865 (77/89) once the tagger learnt the forty-seventh set
    ["letter-blind-25.b.json", 0.83, 0.82, 0.97], // 0.864 (76/88), 0.844 (76/90), 1.0; 0.854 (76/89) once the tagger learnt the forty-seventh set
    // the twenty-sixth: 14 war-report passages split at random from 28 with the forty-seventh development set, annotated twice
    // (0.974/0.987) and committed before the extractor ran; measured once (0.853/0.831 and 0.827/0.816; with the rules of the
    // session's start 0.851/0.818 and 0.824/0.803), then after the forty-seventh's:
    ["letter-blind-26.a.json", 0.82, 0.81, 0.93], // 0.842 (64/76), 0.831 (64/77), 0.953
    ["letter-blind-26.b.json", 0.79, 0.79, 0.91], // 0.816 (62/76), 0.816 (62/76), 0.935
    // the twenty-seventh (war reporting, Africa) and twenty-eighth (war reporting elsewhere): 14 passages each, split at random
    // from pools of 28 with the forty-eighth and forty-ninth development sets, annotated twice (1.0/1.0 and 0.85/0.97) and
    // committed before the extractor ran; measured once (0.986/0.932 both; 0.927/0.864 and 0.817/0.870), then after the
    // forty-eighth's rules:
    ["letter-blind-27.a.json", 0.96, 0.9, 0.97], // 1.0 (68/68), 0.932 (68/73), 1.0
    ["letter-blind-27.b.json", 0.96, 0.9, 0.97], // 1.0 (68/68), 0.932 (68/73), 1.0
    ["letter-blind-28.a.json", 0.9, 0.84, 0.95], // 0.927 (76/82), 0.864 (76/88), 0.987
    ["letter-blind-28.b.json", 0.79, 0.84, 0.95], // 0.817 (67/82), 0.870 (67/77), 0.985
    // the twenty-ninth: 14 agency-style war-report passages split at random from 28 with the fiftieth development set, annotated
    // twice (0.99/1.0) and committed before the extractor ran; measured once, then after the fiftieth's rules:
    ["letter-blind-29.a.json", 0.92, 0.78, 0.96], // 0.951 (77/81), 0.802 (77/96), 0.987
    ["letter-blind-29.b.json", 0.92, 0.78, 0.96], // 0.951 (77/81), 0.811 (77/95), 0.987
  ] as const)("blind, %s: at least what was measured once", atLeast);
});
