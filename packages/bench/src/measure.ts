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

/** How {@link repeatInBlocks} runs its functions. */
export interface BlockOptions {
  /** Unmeasured calls of each function first, to warm the JIT. */
  warmup?: number;
  /** Time one block of calls of a function lasts (ms), at least one call. */
  blockMs?: number;
  /** Blocks of each function at least ... */
  minBlocks?: number;
  /** ... and until each function has run this long (ms) in all. */
  minMs?: number;
}

/**
 * Times several functions against each other on a machine whose load drifts: blocks of calls of each
 * function in turn (A's block, B's block, A's block …), so that a change of load falls on all of them
 * alike. A sample is the mean time of one call within a block; each function's timing summarises its
 * samples.
 *
 * @example
 * const [ours, theirs] = repeatInBlocks([() => parseAll(ours), () => parseAll(theirs)], { minMs: 2000 });
 * ours.median / theirs.median // how much of their time ours takes
 */
export function repeatInBlocks(
  fns: readonly (() => void)[],
  { warmup = 20, blockMs = 50, minBlocks = 5, minMs = 1000 }: BlockOptions = {},
): Timing[] {
  for (const fn of fns) for (let i = 0; i < warmup; i++) fn();
  const samples: number[][] = fns.map(() => []);
  const totals = fns.map(() => 0);
  while (samples[0]!.length < minBlocks || totals.some((t) => t < minMs)) {
    fns.forEach((fn, k) => {
      let calls = 0;
      const t0 = performance.now();
      let elapsed = 0;
      do {
        fn();
        calls++;
        elapsed = performance.now() - t0;
      } while (elapsed < blockMs);
      samples[k]!.push(elapsed / calls);
      totals[k]! += elapsed;
    });
  }
  return samples.map(summarize);
}
