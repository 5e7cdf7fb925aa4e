/** Summary of repeated timings, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of a list of durations (ms). */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

/** How often {@link repeat} runs a function. */
export interface RepeatOptions {
  /** Unmeasured runs first, to warm the JIT. */
  warmup?: number;
  /** Measured runs at least ... */
  minRuns?: number;
  /** ... and at most. */
  maxRuns?: number;
  /** Keep going until this much measured time (ms) ... */
  minMs?: number;
  /** ... but stop past this much once 3 runs are in. */
  maxMs?: number;
}

/** Runs `fn` `warmup` times, then measures it as the options say, and returns the per-run timings. */
export function repeat(
  fn: () => void,
  { warmup = 2, minRuns = 5, maxRuns = 200, minMs = 1000, maxMs = Infinity }: RepeatOptions = {},
): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  let total = 0;
  while (
    samples.length < maxRuns &&
    (samples.length < minRuns || total < minMs) &&
    !(samples.length >= 3 && total > maxMs)
  ) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    samples.push(dt);
    total += dt;
  }
  return summarize(samples);
}
