// Sign-in throttling rules, pure: how many failed attempts an account and an address may make in a window,
// and what the person is told. Counted by the email typed, whether or not it has an account, so a refusal
// never reveals which emails exist.

export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** failed attempts per account in the window; the next one is refused */
  perAccount: 5,
  /** failed attempts per address (all accounts) in the window */
  perAddress: 20,
} as const;

export type ThrottleKey = { key: string; limit: number };

/** The key an account's attempts are counted under: the email as typed, case and spaces aside. */
export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: accountKey(email), limit: THROTTLE.perAccount }];
  if (address) keys.push({ key: `address:${address}`, limit: THROTTLE.perAddress });
  return keys;
}

/**
 * The client's address: the last entry of X-Forwarded-For, which is the one a reverse proxy appends (and the
 * one Next.js sets when there is no proxy and the client sent none). Earlier entries are whatever the client
 * claimed and are ignored. An IPv6 address counts as its /64 network, since one subscriber usually holds a
 * whole /64 and could otherwise take a fresh address for every few guesses.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  const address = last || headers.get("x-real-ip")?.trim();
  return address ? addressKey(address) : null;
}

/** One address as a throttle key: IPv4 as it is (port dropped), IPv6 as its /64 ("2001:db8:0:1::/64"). */
export function addressKey(raw: string): string {
  const address = raw.replace(/^\[([^\]]*)\](:\d+)?$/, "$1").replace(/%.*$/, ""); // [v6]:port, zone id
  const v4 = address.match(/^(\d{1,3}(?:\.\d{1,3}){3})(:\d+)?$/);
  if (v4) return v4[1]!;
  const groups = address.includes(":") ? ipv6Groups(address) : null;
  if (!groups) return address.slice(0, 64); // not an address: counted as given
  // IPv4-mapped (::ffff:a.b.c.d) is the IPv4 client
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, "::" expanded and an IPv4 tail read; null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase();
  const tail = text.match(/^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (tail) {
    const [a, b, c, d] = tail.slice(2).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((n) => n > 255)) return null;
    text = `${tail[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  return all.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? all.map((g) => parseInt(g, 16)) : null;
}

/** Attempts within the window for one key, this attempt included, and when the oldest of them was made. */
export type KeyCount = { key: string; limit: number; count: number; oldest: Date };

export type ThrottleDecision = { ok: true } | { ok: false; retryAfterMs: number; message: string };

export function decide(counts: KeyCount[], now: Date): ThrottleDecision {
  const over = counts.filter((c) => c.count > c.limit);
  if (over.length === 0) return { ok: true };
  const retryAfterMs = Math.max(...over.map((c) => c.oldest.getTime() + THROTTLE.windowMs - now.getTime()), 1000);
  return { ok: false, retryAfterMs, message: throttledMessage(retryAfterMs) };
}

export function throttledMessage(retryAfterMs: number): string {
  const minutes = Math.ceil(retryAfterMs / 60_000);
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  return `Too many sign-in attempts. Wait ${wait}, then try again. If you have forgotten your password, ask an admin to set a new one.`;
}
