import { generatePlan } from '../../../core/test-utils/index.js';
import { repeat, summarize, type Timing } from '../measure.js';

export interface ParsePlanTime {
  items: number;
  /** Characters of the generated seed-layout text. */
  characters: number;
  /** parsePlan on the seed-layout text. */
  text: Timing;
  /**
   * The first parsePlan of the seed-layout text in this process or page (ms): code not yet optimised for
   * it, a heap not yet grown for it, as a page that reads one plan runs it.
   */
  first: number;
  /**
   * parsePlan on the seed-layout text once settled: after `text`'s runs and `afterRuns` more, untimed.
   * Chromium's engine goes on adapting over tens of runs (how big its young generation is, which objects
   * it allocates as long-lived), and `text` holds runs from before and after; absent in a quick run.
   */
  settled?: { afterRuns: number; timing: Timing };
  /**
   * Minor page faults of each timed `parsePlan` of the seed-layout text (median, min, max): memory the
   * process touched for the first time, or again after giving it back. Only where the runtime counts them
   * (Node's `process.resourceUsage()`).
   */
  textPageFaults?: Timing;
  /**
   * parsePlan on the seed-layout text one run at a time, as a page reads a plan again (a fiscal year typed in
   * the demo, `.text` set anew): each run a task of its own, after the page has been idle; in a fresh page
   * (Chromium only, see {@link parsePlanOneAtATime}).
   */
  oneAtATime?: OneAtATime;
  /** Items parsePlan returned from the text (must equal `items`). */
  itemsRead: number;
  /** parsePlan on the same plan as CSV. */
  csv: Timing;
  csvItemsRead: number;
  /** layoutPlan (group by item) of the parsed plan. */
  layout: Timing;
  /** `layoutPlan` of a plan laid out for the first time (a fresh copy each run). */
  layoutFresh: Timing;
  rows: number;
}

/** {@link parsePlanOneAtATime}'s runs: how long the page was idle before each, and their times. */
export interface OneAtATime {
  /** Milliseconds the page was idle before each run. */
  idleMs: number;
  /** Untimed runs (each after the same idle time) after the first call, before the timed ones. */
  warmup: number;
  timing: Timing;
}

/** Untimed runs between `text`'s runs and the settled ones (see {@link ParsePlanTime.settled}). */
const SETTLE_RUNS = 40;

/**
 * parsePlan on a generated plan in the seed's layout (and as CSV), and layoutPlan of the result.
 *
 * @param pageFaults - the process's minor page faults so far, where the runtime tells them (Node)
 */
export function parsePlanTime(
  { layoutPlan, parsePlan }: Pick<typeof import('@plan-timeline/core'), 'layoutPlan' | 'parsePlan'>,
  items: number,
  quick: boolean,
  pageFaults?: () => number,
): ParsePlanTime {
  const generated = generatePlan({ items, seed: 1 });
  const options = quick
    ? { warmup: 0, minRuns: 1, maxRuns: 1, minMs: 0 }
    : { warmup: 2, minRuns: 10, maxRuns: 40, minMs: 2000, maxMs: 10000 };
  const t0 = performance.now();
  let plan = parsePlan(generated.text);
  const first = performance.now() - t0;
  const faults: number[] = [];
  const text = repeat(() => {
    const before = pageFaults?.() ?? 0;
    plan = parsePlan(generated.text);
    if (pageFaults) faults.push(pageFaults() - before);
  }, options);
  const settled = quick
    ? undefined
    : {
        afterRuns: SETTLE_RUNS,
        timing: repeat(
          () => {
            plan = parsePlan(generated.text);
          },
          { warmup: SETTLE_RUNS, minRuns: 15, maxRuns: 15, minMs: 0 },
        ),
      };
  let csvPlan = parsePlan(generated.csv);
  const csv = repeat(() => {
    csvPlan = parsePlan(generated.csv);
  }, options);
  let rows = 0;
  const layout = repeat(() => {
    rows = layoutPlan(plan).rows.length;
  }, options);
  // The same plan laid out again finds what it worked out per item the first time (layoutPlan keeps it by
  // item): a plan laid out for the first time, as an element's first frame lays it out, is timed on copies.
  const json = JSON.stringify(plan);
  const fresh: number[] = [];
  for (let run = 0; run < (quick ? 1 : 15); run++) {
    const copy = JSON.parse(json) as typeof plan;
    const t0 = performance.now();
    layoutPlan(copy);
    fresh.push(performance.now() - t0);
  }
  return {
    items,
    characters: generated.text.length,
    text,
    first,
    ...(settled ? { settled } : {}),
    ...(pageFaults ? { textPageFaults: summarize(faults.slice(-text.runs)) } : {}),
    itemsRead: plan.items.length,
    csv,
    csvItemsRead: csvPlan.items.length,
    layout,
    layoutFresh: summarize(fresh),
    rows,
  };
}

/**
 * parsePlan on a generated plan in the seed's layout one run at a time: its first call, then `warmup` untimed
 * runs and the timed ones, each a task of its own started after the page has been idle for `idleMs`. Back to
 * back in one task, as {@link parsePlanTime} runs it, each run also pays for collecting the plans of the runs
 * before it; a page that reads a plan again has been idle in between, and has collected them then.
 *
 * @example
 * const { timing } = await parsePlanOneAtATime(core, 10000, false);
 */
export async function parsePlanOneAtATime(
  { parsePlan }: Pick<typeof import('@plan-timeline/core'), 'parsePlan'>,
  items: number,
  quick: boolean,
): Promise<OneAtATime> {
  const { text } = generatePlan({ items, seed: 1 });
  const idleMs = quick ? 0 : 100;
  const warmup = quick ? 0 : 2;
  const runs = quick ? 1 : 20;
  const idle = () => new Promise((resolve) => setTimeout(resolve, idleMs));
  let plan = parsePlan(text);
  const samples: number[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    await idle();
    const t0 = performance.now();
    plan = parsePlan(text);
    if (run >= warmup) samples.push(performance.now() - t0);
  }
  if (plan.items.length !== items) throw new Error(`parsePlan read ${plan.items.length} of ${items} items`);
  return { idleMs, warmup, timing: summarize(samples) };
}
