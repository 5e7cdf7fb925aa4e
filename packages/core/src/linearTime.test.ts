/**
 * Linear time on adversarial input (issue 7), tested as a ratio, not against a clock: the time
 * for ten times the input stays within thirty times the time for the input. A quadratic reader
 * gives about 100×, a linear one 10×: thirty is about their geometric middle, which leaves a
 * linear reader room for what a large input costs besides its reading (a reader that keeps a
 * diagnostic for each of 200,000 cut-off dates fills the heap, and the collector takes its part:
 * 10× to 22× on a loaded machine) while a quadratic one still fails by a factor of three.
 *
 * To keep the ratio steady, each case is warmed up, its 1× size is grown until one run takes at
 * least {@link MIN_BASE_MS}, the 1× and 10× runs are interleaved so that a burst of load from
 * elsewhere hits both, and the fastest of several runs of each is compared: a run's own garbage
 * collection counts, while collections of what earlier runs left behind (which the median let in:
 * ratios from 7 to 18 for the same 1.4 million characters under load) and bursts of load from
 * elsewhere mostly do not. A ratio over the limit is measured once more before the test fails.
 *
 * The file runs on its own, after the others and once (time does not depend on the time zone), in the
 * `linear-time` project of vitest.config.ts: test files running beside it take the machine's cores in bursts,
 * which fall on a 10× run of half a second far more often than on the fastest of five 1× runs. That project gives
 * the process a young generation of 1 MB. With V8's default, which grows to 16 MB, a 1× input whose output fits
 * in it runs without a scavenge, while its 10× input copies everything it keeps to the old generation; where new
 * memory is slow to touch (a page fault of 14 µs in some virtual machines), those copies cost more than the
 * reading: the 毎年度 case, a recurrence for every four characters, measured 24× to 35× for 10× the input (21.5
 * against 763.6 ms), and 7× to 11× with the small young generation, where both inputs copy alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from './plan/detectFormat.js';
import { parsePlan } from './plan/parsePlan.js';
import { parseDateMentions } from './schedule/parseDateMentions.js';
import { parseSchedule } from './schedule/parseSchedule.js';

const LIMIT = 30;
const YOUNG_GENERATION_FLAG = '--max-semi-space-size=1';
const MIN_BASE_MS = 20;
const RUNS = 5;

beforeAll(() => {
  if (!process.execArgv.includes(YOUNG_GENERATION_FLAG)) {
    throw new Error(
      `The linear-time tests need node's ${YOUNG_GENERATION_FLAG}: run them with \`vitest run --project linear-time\`.`,
    );
  }
});

interface Measurement {
  n: number;
  baseMs: number;
  tenfoldMs: number;
  ratio: number;
}

function timeOnce(parse: (input: string) => unknown, input: string): number {
  const start = performance.now();
  parse(input);
  return performance.now() - start;
}

/** The fastest of `runs` runs. */
function fastest(parse: (input: string) => unknown, input: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) best = Math.min(best, timeOnce(parse, input));
  return best;
}

function measure(make: (n: number) => string, n0: number, parse: (input: string) => unknown): Measurement {
  let n = n0;
  let base = make(n);
  for (let i = 0; i < 3; i++) parse(base);
  // Grow the 1× input until it takes long enough to time well (up to 16× the given size and
  // 2 million characters, so that the 10× input stays small enough for the machine's memory).
  for (
    let ms = fastest(parse, base, 3);
    ms < MIN_BASE_MS && n < n0 * 16 && base.length < 2_000_000;
    ms = fastest(parse, base, 3)
  ) {
    n = Math.min(n0 * 16, n * 2 ** Math.ceil(Math.log2(MIN_BASE_MS / Math.max(ms, 0.01))));
    base = make(n);
    for (let i = 0; i < 2; i++) parse(base);
  }
  const tenfold = make(10 * n);
  const baseRuns: number[] = [];
  const tenfoldRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseRuns.push(timeOnce(parse, base));
    tenfoldRuns.push(timeOnce(parse, tenfold));
  }
  const baseMs = Math.min(...baseRuns);
  const tenfoldMs = Math.min(...tenfoldRuns);
  return { n, baseMs, tenfoldMs, ratio: tenfoldMs / baseMs };
}

/** Measures, and once more if the first ratio is over the limit. */
function expectLinear(make: (n: number) => string, n0: number, parse: (input: string) => unknown): void {
  let m = measure(make, n0, parse);
  if (m.ratio > LIMIT) m = measure(make, m.n, parse);
  expect(
    m.ratio,
    `10× the input took ${m.ratio.toFixed(1)}× the time (${m.baseMs.toFixed(1)} ms for n = ${m.n} ` +
      `(${make(m.n).length} characters), ${m.tenfoldMs.toFixed(1)} ms for 10n)`,
  ).toBeLessThanOrEqual(LIMIT);
}

const SCHEDULE_CASES: [string, (n: number) => string, number][] = [
  ['2021(R3 repeated', (n) => '2021(R3'.repeat(n), 10_000],
  ['a chain of ～', (n) => '～'.repeat(n), 50_000],
  ['a chain of 2021年度～', (n) => '2021年度～'.repeat(n), 5_000],
  ['50,000 nested round brackets', (n) => '('.repeat(n) + '2021年度' + ')'.repeat(n), 50_000],
  ['50,000 nested full-width brackets', (n) => '（'.repeat(n) + '2021年度' + '）'.repeat(n), 50_000],
  ['50,000 nested 【】', (n) => '【'.repeat(n) + '2021年度' + '】'.repeat(n), 50_000],
  ['200,000 digits', (n) => '7'.repeat(n), 200_000],
  ['200,000 digits before 年度', (n) => '7'.repeat(n) + '年度', 200_000],
  ['年度 repeated', (n) => '年度'.repeat(n), 50_000],
  ['毎年度 repeated', (n) => '毎年度、'.repeat(n), 10_000],
  ['a list of era years', (n) => '平成25、'.repeat(n) + '26年度', 5_000],
];

describe('parseSchedule takes time linear in its input', { timeout: 120_000 }, () => {
  for (const [name, make, n0] of SCHEDULE_CASES) {
    it(`on ${name}`, () => expectLinear(make, n0, parseSchedule));
  }
});

describe('parseDateMentions takes time linear in its input', { timeout: 120_000 }, () => {
  it('on brackets before a date', () =>
    expectLinear((n) => '（'.repeat(n) + 'H28.10策定', 50_000, parseDateMentions));
});

const HEADER = '通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課\n';

describe('parsePlan takes time linear in its input', { timeout: 120_000 }, () => {
  it('on rows of empty tab cells', () => expectLinear((n) => '\t\t\t\t\t\t\n'.repeat(n), 10_000, parsePlan));
  it('on rows of empty tab cells under a table header', () =>
    expectLinear((n) => HEADER + '\t\t\t\t\t\t\n'.repeat(n), 10_000, parsePlan));
  it('on numbered item rows with empty cells', () =>
    expectLinear(
      (n) => Array.from({ length: n }, (_, i) => `No.${i + 1}\t\t\t\t\t\t`).join('\n'),
      2_000,
      parsePlan,
    ));
  it('on quotes that open no cell, or open one that never closes, after a seed row', () => {
    const row = 'No.1\t1\t項目\t内容\t目標\t2021年度\t◎財政\n';
    expectLinear((n) => HEADER + row + 'a"'.repeat(n), 10_000, detectFormat);
    expectLinear((n) => HEADER + row + '\t"' + '""'.repeat(n), 10_000, detectFormat);
    expectLinear((n) => HEADER + row + '\t"x"y'.repeat(n), 10_000, detectFormat);
  });
  it('on rows of empty CSV cells', () =>
    expectLinear((n) => 'no,title,schedule,departments\n' + ',,,\n'.repeat(n), 10_000, parsePlan));
  it('on an index whose items have no row in the table', () =>
    expectLinear(
      (n) =>
        '通し番号\n' +
        Array.from({ length: n }, (_, i) => `${i + 2}\t項目\tNo.${i + 2}\n`).join('') +
        HEADER +
        'No.1\t1\t項目\t内容\t目標\t2021年度\t◎財政\n',
      2_000,
      parsePlan,
    ));
});
