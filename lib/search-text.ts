// Searching text typed by people: Prisma's `contains` becomes SQL LIKE without escaping, so a `%` or `_` in
// what someone typed would match anything. Pure.

/**
 * `text` with LIKE's wildcards and its escape character escaped, to search for it literally. NUL characters are
 * dropped: no stored text holds one (PostgreSQL cannot), and sent to the database they would fail the query.
 */
export function literalLike(text: string): string {
  return text.replace(/\u0000/g, "").replace(/[\\%_]/g, (c) => `\\${c}`);
}
