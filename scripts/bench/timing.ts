// Timing helpers: one warm-up, then the median of the repetitions. Pure apart from the clock.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds `fn` takes. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * `fn` once to warm up (caches, JIT, the pool), then `reps` times; each repetition's result and time.
 * `after` runs after each call, untimed (undoing what it wrote, say); `warmup` replaces the first call where a
 * full one would cost minutes and a smaller one warms the same code.
 */
export async function repeat<T>(
  reps: number,
  fn: (rep: number) => Promise<T>,
  { after, warmup }: { after?: () => Promise<unknown>; warmup?: () => Promise<unknown> } = {},
): Promise<{ ms: number[]; results: T[] }> {
  await (warmup ?? fn)(-1);
  await after?.();
  const ms: number[] = [];
  const results: T[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const t = performance.now();
    results.push(await fn(rep));
    ms.push(performance.now() - t);
    await after?.();
  }
  return { ms, results };
}

/**
 * Each of `parts` once per round, in turn, for `rounds` rounds; each part's times and results. What else the
 * machine does meanwhile (the database's background work, say) then weighs on every part alike, where timing
 * one part's repetitions after another's would load it onto whichever came first.
 */
export async function interleave<F extends Record<string, () => Promise<unknown>>>(
  rounds: number,
  parts: F,
): Promise<{ [K in keyof F]: { ms: number[]; results: Awaited<ReturnType<F[K]>>[] } }> {
  const out = Object.fromEntries(Object.keys(parts).map((k) => [k, { ms: [] as number[], results: [] as unknown[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const [k, fn] of Object.entries(parts)) {
      const t = performance.now();
      out[k]!.results.push(await fn());
      out[k]!.ms.push(performance.now() - t);
    }
  }
  return out as { [K in keyof F]: { ms: number[]; results: Awaited<ReturnType<F[K]>>[] } };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
