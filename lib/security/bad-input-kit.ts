// Test support for the bad-input properties (*.bad-input.*test.ts): fast-check generators of values each field
// must refuse, and the checks every refusal must pass — a message a person can act on, never a database error
// or a stack, and nothing written. Never imported by the app.
import fc from "fast-check";
import { expect } from "vitest";
import { isIsoDay } from "@/lib/dates";
import { parseCount } from "@/lib/figures/numbers";

/** How many cases a property runs: `n` in `npm test` (seconds), `n` × FUZZ_SCALE for a longer hunt. */
export const runs = (n: number): number => n * Math.max(1, Number(process.env.FUZZ_SCALE) || 1);

/** Strings that have broken programs before: NUL, lone surrogates, bidi overrides, injections, numbers in disguise. */
export const NASTY = [
  "\u0000", "a\u0000b", "\uD800", "\uDFFF", "\u202Eevil", "\uFEFF", "'; DROP TABLE \"Figure\"; --", "\" OR 1=1 --",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "{{7*7}}", "%", "_", "\\", "%00", "NaN",
  "Infinity", "-0", "1e309", "0x1F", "１２３", "null", "undefined", "[object Object]", "__proto__", "constructor",
  "\t\n\r", "=cmd|' /C calc'!A0", "../../etc/passwd",
] as const;

/** Any string at all: random, control and unicode characters, the nasty ones, and very long ones. */
export const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(...NASTY),
  fc.tuple(fc.constantFrom("x", "é", "\u0000", "<", "9"), fc.integer({ min: 200, max: 300_000 })).map(([c, n]) => c.repeat(n)),
);

const nonBlank = (s: string) => s.trim() !== "";
const withNul = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}\u0000${b}`);

/** A required text of at most `max` characters: blank, too long, or holding a NUL PostgreSQL cannot store. */
export const badText = (max: number) =>
  fc.oneof(
    fc.constantFrom("", " ", "\t\n"),
    fc.integer({ min: max + 1, max: max + 300 }).map((n) => "y".repeat(n)),
    withNul.filter(nonBlank),
  );

/** An optional text of at most `max`: too long, or holding a NUL. */
export const badOptionalText = (max: number) => fc.oneof(fc.integer({ min: max + 1, max: max + 300 }).map((n) => "z".repeat(n)), withNul.filter(nonBlank));

/** Not a day written YYYY-MM-DD that exists (blank included when `required`). */
export const badDay = (required: boolean) =>
  fc.oneof(
    fc.constantFrom("2013-02-30", "2013-13-01", "2013-3-1", "13-03-01", "2013/03/01", "01.03.2013", "tomorrow", "2013-00-10", "+002013-03-01", "2013-03-01T00:00"),
    anyString.filter((s) => !isIsoDay(s.trim())),
  ).filter((s) => required || nonBlank(s));

/** A day after today anywhere on Earth. */
export const futureDay = fc.integer({ min: 2, max: 3000 }).map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));

/** Not a count of people ("70,000" is one; "-5", "3.5", "1e6", "70,00" and words are not). */
export const badCount = (required: boolean) =>
  fc.oneof(fc.constantFrom("-5", "3.5", "1e6", "70,00", "1,2,3", "99999999999", "ten", "½", "٣"), anyString).filter(
    (s) => !parseCount(s).ok && (required || nonBlank(s)),
  );

/** Anything but one of `values` (and not blank, where blank would mean the default). */
export const badChoice = (values: readonly string[]) => anyString.filter((s) => nonBlank(s) && !values.includes(s.trim()) && !values.includes(s));

/** Not an http(s) address. */
export const badUrl = fc.oneof(
  fc.constantFrom("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/r", "example.org/report", "http://", "https://exa mple.org", "mailto:a@b.c"),
  fc.integer({ min: 2001, max: 2400 }).map((n) => `https://example.org/${"a".repeat(n)}`),
);

/** Not the id of a row: zero, negative, fractional, words, or one far beyond any stored. */
export const badId = fc.constantFrom("0", "-1", "1.5", "abc", "2147483647", "99999999999999999999", "1e3x", "NaN");

/** Every message a refusal gives, form-wide and per field. */
export function messagesOf(state: { formError?: string; error?: string; errors?: Record<string, string[] | undefined>; fileError?: string }): string[] {
  return [state.formError, state.error, state.fileError, ...Object.values(state.errors ?? {}).flat()].filter((m): m is string => typeof m === "string" && m.length > 0);
}

/** A sentence a person can act on: not empty, not a database's or runtime's words, no stack. */
export function expectClearMessages(messages: string[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.length).toBeLessThan(600);
    expect(m).not.toMatch(/prisma|postgres|invalid byte sequence|SQLSTATE|TypeError|undefined is not|\bat \S+:\d+:\d+|Error:/i);
    // bad input is the person's to fix: "try again in a moment" (a failure on the server) would never help
    expect(m).not.toMatch(/just now|try .*again in a moment|on the server/i);
  }
}

/** Builds the FormData a browser would post: each value as a string field, unknown extra fields and files too. */
export function formDataOf(values: Record<string, string | undefined>, extras: [string, string | Blob][] = []): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.append(k, v);
  for (const [k, v] of extras) fd.append(k, v);
  return fd;
}

/** Extra fields a hand-made POST might add: unknown names, a field posted as a file, prototype keys. */
export const extraFields = (names: readonly string[]) =>
  fc.array(
    fc.oneof(
      fc.tuple(fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "id", "version", "role"), anyString),
      fc.tuple(fc.constantFrom(...names), fc.constant(new Blob(["not a string"]) as Blob | string)),
    ),
    { maxLength: 3 },
  );

/** A few bad values from `bad`, each on its own field, applied over valid `base` values. */
export function spoil<F extends string>(base: Record<F, string>, bad: Record<F, fc.Arbitrary<string | undefined>>) {
  const fields = Object.keys(bad) as F[];
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 })
    .chain((chosen) => fc.tuple(...chosen.map((f) => bad[f].map((v) => [f, v] as const))))
    .map((pairs) => ({ values: { ...base, ...Object.fromEntries(pairs) } as Record<F, string | undefined>, spoiled: pairs.map(([f]) => f) }));
}
