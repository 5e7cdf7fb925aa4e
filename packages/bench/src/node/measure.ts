/** Summary of repeated timings, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * The median of a list of numbers (the mean of the middle two for an even count; NaN for none).
 *
 * @example
 * median([3, 1, 2, 10]) //=> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, min and max of a list of durations (ms). */
export function summarize(samples: readonly number[]): Timing {
  return {
    median: median(samples),
    min: samples.length > 0 ? Math.min(...samples) : NaN,
    max: samples.length > 0 ? Math.max(...samples) : NaN,
    runs: samples.length,
  };
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
