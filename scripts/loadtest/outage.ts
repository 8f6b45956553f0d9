// The outage half of --faults: PostgreSQL stopped (a fast shutdown, as a restart or failover does) at a set
// moment of the load and started again on the same data folder and port after a set time; and what the
// requests sent meanwhile got.
import { PAGE_ERROR_SCREEN, type Outcome } from "./outcome";
import { errorsByKind, sentBetween } from "./stats";

export type OutageTimes = { stopAt: number; stoppedAt: number; startAt: number; upAt: number };

export async function runOutage({ at, seconds, clock, stop, start, say }: { at: number; seconds: number; clock: () => number; stop: () => Promise<void>; start: () => Promise<void>; say: (s: string) => void }): Promise<OutageTimes> {
  await new Promise((r) => setTimeout(r, Math.max(0, at * 1000 - clock())));
  const stopAt = clock();
  say(`  [${(stopAt / 1000).toFixed(1)} s] stopping PostgreSQL…`);
  await stop();
  const stoppedAt = clock();
  say(`  [${(stoppedAt / 1000).toFixed(1)} s] PostgreSQL stopped`);
  await new Promise((r) => setTimeout(r, Math.max(0, stopAt + seconds * 1000 - clock())));
  const startAt = clock();
  await start();
  const upAt = clock();
  say(`  [${(upAt / 1000).toFixed(1)} s] PostgreSQL accepts connections again`);
  return { stopAt, stoppedAt, startAt, upAt };
}

/** A request answered in time during an outage may fail, but only with a clear 503. */
const WITHIN_MS = 5000;
/**
 * After PostgreSQL is back, the servers must answer normally again within this long: the backlog of clients
 * that were answered 503 comes back at once, and on a loaded two-core machine the load's own p95 is seconds.
 */
export const RECOVERY_GRACE_MS = 10_000;

export type OutageReport = {
  seconds: number;
  requests: number;
  errorsByKind: Record<string, number>;
  /** pages whose render was under way when the database went away: Next.js's 500 error screen */
  renderFailures: number;
  /** error answers whose body was not a sentence (or showed a stack trace) */
  unclear: number;
  /** the longest and the count over 5 s, of requests sent while PostgreSQL was down */
  longestMs: number;
  slowerThan5s: number;
  /** requests sent while PostgreSQL was down (from the stop until it was being started again) */
  sent: number;
  /** ms from PostgreSQL accepting connections to the first successful answer, per server */
  recoveredAfterMs: number[];
  /** failures of requests answered before PostgreSQL was stopped */
  errorsBefore: number;
  /** failures among requests sent once the grace after the restart was over */
  errorsAfterRecovery: number;
  errorsAfterRecoveryByKind: Record<string, number>;
  /** ms from PostgreSQL accepting connections to the sending of the last request that failed */
  lastErrorAfterRestartMs: number | null;
  ok: boolean;
};

export function judgeOutage(outcomes: readonly Outcome[], t: OutageTimes, servers: number, loadEnd: number): OutageReport {
  // every request in flight at some moment of the outage
  const during = outcomes.filter((o) => o.startedAt <= t.upAt && o.startedAt + o.ms >= t.stopAt);
  const errorsBefore = outcomes.filter((o) => o.startedAt + o.ms < t.stopAt && o.kind !== "ok").length;
  const failed = during.filter((o) => o.kind !== "ok");
  // a page already rendering when PostgreSQL went away fails inside Next.js, which answers 500 (its error
  // screen, app/error.tsx once the page's script runs): counted apart, as the one gap this leaves
  const renderFailures = failed.filter((o) => o.kind === PAGE_ERROR_SCREEN).length;
  const unclear = failed.filter((o) => o.kind !== PAGE_ERROR_SCREEN && o.clear !== true).length;
  // the 5 s rule is for requests sent while the database was down (from the stop until it is being started
  // again); those in flight at the stop had already waited their turn behind the load, however long that was,
  // and those sent while it starts up join the crowd coming back (held to the recovery rule instead)
  const sent = sentBetween(outcomes, t.stopAt, t.startAt);
  const longestMs = Math.round(Math.max(0, ...sent.map((o) => o.ms)));
  const slowerThan5s = sent.filter((o) => o.ms > WITHIN_MS).length;
  const recoveredAfterMs = Array.from({ length: servers }, (_, s) => {
    const first = outcomes.filter((o) => o.server === s && o.kind === "ok" && o.startedAt >= t.upAt).sort((a, b) => a.startedAt + a.ms - (b.startedAt + b.ms))[0];
    return first ? Math.round(first.startedAt + first.ms - t.upAt) : NaN;
  });
  const late = sentBetween(outcomes, t.upAt + RECOVERY_GRACE_MS, loadEnd).filter((o) => o.kind !== "ok");
  const errorsAfterRecovery = late.length;
  const failedAfterRestart = outcomes.filter((o) => o.startedAt > t.upAt && o.kind !== "ok").map((o) => o.startedAt);
  const only503 = failed.every((o) => o.kind === "status 503" || o.kind === PAGE_ERROR_SCREEN);
  return {
    seconds: Math.round((t.upAt - t.stopAt) / 100) / 10,
    requests: during.length,
    sent: sent.length,
    errorsByKind: errorsByKind(during),
    renderFailures,
    unclear,
    longestMs,
    slowerThan5s,
    recoveredAfterMs,
    errorsBefore,
    errorsAfterRecovery,
    errorsAfterRecoveryByKind: errorsByKind(late),
    lastErrorAfterRestartMs: failedAfterRestart.length ? Math.round(Math.max(...failedAfterRestart) - t.upAt) : null,
    ok: errorsBefore === 0 && only503 && unclear === 0 && slowerThan5s === 0 && errorsAfterRecovery === 0 && recoveredAfterMs.every((ms) => ms <= RECOVERY_GRACE_MS),
  };
}
