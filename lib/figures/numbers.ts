// Reading a count of people as typed by an editor: "70,000", "70 000" and "70000" are the same number;
// "-5", "abc", "1e99" and "3.5" are not counts at all, and each says why.

export const MAX_COUNT = 10_000_000_000; // ten billion: more people than have ever lived at once

export type ParsedCount = { ok: true; value: number } | { ok: false; message: string };

const SEPARATORS = /[,\s\u00a0\u202f_']/g;
/** Digits in groups of three after the first: 70,000 or 1 100 000 (one kind of separator throughout). */
const GROUPED = /^\d{1,3}(?:([,\s\u00a0\u202f_'])\d{3})(?:\1\d{3})*$/;

export function parseCount(input: string): ParsedCount {
  const raw = input.trim();
  if (raw === "") return { ok: false, message: "Enter a number." };
  const compact = raw.replace(SEPARATORS, "");
  if (/^-\d/.test(compact)) return { ok: false, message: "A count of people cannot be negative: enter 0 or more." };
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(compact)) {
    return { ok: false, message: "Write the number out in digits, without an exponent, e.g. 70000." };
  }
  if (/^\d+[.]\d+$/.test(compact)) return { ok: false, message: "Enter a whole number of people, without decimals." };
  if (!/^\d+$/.test(compact)) return { ok: false, message: "Enter the number in digits, e.g. 70000 or 70,000." };
  // "70,00" or "1,2,3" is a typo, not 7000 or 123: a slip must never turn into a different death toll.
  if (compact !== raw && !GROUPED.test(raw)) {
    return { ok: false, message: "Check the digit grouping: write 70,000 or 70000." };
  }
  if (compact.length > 11 || Number(compact) > MAX_COUNT) {
    return { ok: false, message: "That is more than 10,000,000,000: check the number of zeros." };
  }
  return { ok: true, value: Number(compact) };
}
