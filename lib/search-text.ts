// Searching text typed by people: Prisma's `contains` becomes SQL LIKE without escaping, so a `%` or `_` in
// what someone typed would match anything. Pure.

/** `text` with LIKE's wildcards and its escape character escaped, to search for it literally. */
export function literalLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
