// Sign-in attempts in the database, for throttling. An attempt is written (and counted) before the password
// is checked, under a per-key lock, so a burst of parallel guesses cannot slip past the limit together.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { THROTTLE, accountKey, decide, type ThrottleDecision, type ThrottleKey } from "./throttle";

export type Claim = { ok: true; ids: bigint[] } | Extract<ThrottleDecision, { ok: false }>;

/** Records one attempt under each key; refused (and not recorded) when a key is over its limit. */
export async function claimSignInAttempt(keys: ThrottleKey[], now = new Date()): Promise<Claim> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  return db().$transaction(async (tx) => {
    for (const { key } of [...keys].sort((a, b) => a.key.localeCompare(b.key))) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    }
    await tx.signInAttempt.deleteMany({ where: { at: { lt: since } } });
    const created = await tx.signInAttempt.createManyAndReturn({
      data: keys.map(({ key }) => ({ key, at: now })),
      select: { id: true },
    });
    const ids = created.map((c) => c.id);
    const groups = await tx.signInAttempt.groupBy({
      by: ["key"],
      where: { key: { in: keys.map((k) => k.key) }, at: { gte: since } },
      _count: { _all: true },
      _min: { at: true },
    });
    const decision = decide(
      keys.map((k) => {
        const g = groups.find((x) => x.key === k.key);
        return { ...k, count: g?._count._all ?? 0, oldest: g?._min.at ?? now };
      }),
      now,
    );
    if (decision.ok) return { ok: true, ids };
    await tx.signInAttempt.deleteMany({ where: { id: { in: ids } } });
    return decision;
  });
}

/** The attempt never reached a verdict (the check itself failed): it counts against no one. */
export async function forgetSignInAttempt({ ids }: { ids: bigint[] }): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { id: { in: ids } } });
}

/** After a successful sign-in: the attempt was not a failure, and the account's run of failures ends. */
export async function clearSignInAttempts({ ids, accountKey }: { ids: bigint[]; accountKey: string }): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { OR: [{ id: { in: ids } }, { key: accountKey }] } });
}

/**
 * An admin set a new password for the account or enabled it: its run of failures ends, so the person can sign
 * in at once (what the throttle message promises), not after the window.
 */
export async function clearAccountAttempts({ email }: { email: string }, client: DbOrTx = db()): Promise<void> {
  await client.signInAttempt.deleteMany({ where: { key: accountKey(email) } });
}
