// Where to send someone after they sign in: only a path on this site, whatever `?next=` a link carried. Pure.

/** A made-up origin to resolve against: whatever resolves elsewhere would leave the site. */
const HERE = "http://local.invalid";

/**
 * The same-site path (path, query and fragment) that `next` names, or "/" when it names anything else.
 * Parsed the way a browser would (tabs and newlines dropped, `\` read as `/`), so tricks like "/\t/evil.example"
 * are judged by where they really lead.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves here, yet its path "//evil.example" would be another site once redirected to
  return path.startsWith("//") || new URL(path, HERE).origin !== HERE ? "/" : path;
}
