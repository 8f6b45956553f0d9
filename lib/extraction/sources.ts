// Who is speaking in a sentence: "the United Nations says", "according to UNHCR", "Ban said", "the Kremlin
// statement said". Pure.

const ALIASES: Record<string, string> = {
  "U.N.": "United Nations",
  UN: "United Nations",
  "the U.N.": "United Nations",
  "the UN": "United Nations",
  "U.N. refugee agency": "UNHCR",
  "UN refugee agency": "UNHCR",
  "United Nations refugee agency": "UNHCR",
  "U.N. children's agency": "UNICEF",
  "UN children's agency": "UNICEF",
};

// (a name is at most thirteen words, each matched one way only — "U.N." is a capitalised word — so that a long run of
// capitalised words takes linear time: unbounded, or with "U.N." matched two ways, it took time squared or worse)
const NAME = String.raw`(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|on|and|the|de|[A-Z][\w.'’&-]*)){0,12}?(?:\s+(?:statement|office|agency|ministry|spokesman|spokeswoman|spokesperson|chief|official|officials|report))?`;
const VERB = String.raw`(?:says|said|say|estimates|estimated|reports|reported|announced|stated|warned|told|added|insisted|noted|confirmed|counted|recorded|documented|believes|believe)`;

const AGENCY = String.raw`(?:the\s+)?(?:U\.N\.|UN|United Nations)(?:'s)?\s+(?:refugee|children's|children|humanitarian|human rights|food|migration|health)\s+(?:agency|office|body|chief|coordinator|envoy)`;

const PATTERNS = [
  new RegExp(String.raw`(${AGENCY})`, "i"),
  new RegExp(String.raw`\baccording to\s+(${NAME})`),
  new RegExp(String.raw`(?:^|[,.;"”]\s*|\b)(${NAME})\s+${VERB}\b`),
  new RegExp(String.raw`\b${VERB}\s+(${NAME})[,.]?\s*$`),
];

const NOT_SPEAKERS = /^(?:the\s+)?(?:It|He|She|They|We|I|This|That|There|Meanwhile|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function tidy(raw: string): string {
  let name = raw.trim().replace(/[.,;:]+$/, "").replace(/^the\s+/i, "").replace(/\s+(statement|spokesman|spokeswoman|spokesperson)$/i, "");
  name = ALIASES[name] ?? ALIASES[name.replace(/^the\s+/i, "")] ?? name.replace(/^the\s+/i, "");
  return ALIASES[name] ?? name;
}

/** The speaker a sentence names, or null. */
export function sourceOf(sentence: string): string | null {
  for (const p of PATTERNS) {
    const m = p.exec(sentence);
    if (!m?.[1]) continue;
    const name = tidy(m[1]);
    if (NOT_SPEAKERS.test(name) || !/^[A-Z]/.test(name)) continue;
    return name;
  }
  return null;
}

/** Who speaks in a sentence: the source it names, else the speaker before while the sentences go on quoting them ("…," he said; It added …). */
export function speakerOf(sentence: string, before: string | null): string | null {
  return sourceOf(sentence) ?? (before && /^["“‘]|^(He|She|It|They)\b|\b(he|she|it|they) (said|added|told|warned|insisted)\b/.test(sentence) ? before : null);
}
