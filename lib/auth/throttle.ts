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

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `account:${email.trim().toLowerCase()}`, limit: THROTTLE.perAccount }];
  if (address) keys.push({ key: `address:${address}`, limit: THROTTLE.perAddress });
  return keys;
}

/**
 * The client's address: the last entry of X-Forwarded-For, which is the one a reverse proxy appends (and the
 * one Next.js sets when there is no proxy and the client sent none). Earlier entries are whatever the client
 * claimed and are ignored.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  const address = last || headers.get("x-real-ip")?.trim();
  return address ? address.replace(/^::ffff:/, "").slice(0, 64) : null;
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
