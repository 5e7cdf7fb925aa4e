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

/**
 * Runs `fn` a few times to warm the JIT, then repeatedly until both `minRuns` runs and `minMs` of measured
 * time are reached (or `maxRuns`), and returns the per-run timings.
 */
export function repeat(
  fn: () => void,
  {
    warmup = 2,
    minRuns = 5,
    maxRuns = 200,
    minMs = 1000,
  }: { warmup?: number; minRuns?: number; maxRuns?: number; minMs?: number } = {},
): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < maxRuns && (samples.length < minRuns || total < minMs)) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    samples.push(dt);
    total += dt;
  }
  return summarize(samples);
}
