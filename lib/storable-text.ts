// PostgreSQL stores any Unicode text except the NUL character (U+0000): a value holding one would fail in the
// database and come back as "try again", which never helps. Each schema refuses it up front with a sentence. Pure.

export const hasNoNul = (s: string): boolean => !s.includes("\u0000");

/** "The quote contains …": `what` as the field's own messages name it. */
export const nulMessage = (what: string): string =>
  `The ${what} contains a NUL character (\\0), which cannot be stored: remove it (it often comes from copying out of a PDF).`;
