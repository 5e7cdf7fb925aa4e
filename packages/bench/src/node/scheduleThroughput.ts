import * as chrono from 'chrono-node';
import { repeat, type Timing } from './measure.js';

/** One parser's rate over the same cells. */
export interface ParserRate {
  /** Characters per second (median run). */
  charsPerSecond: number;
  /** One pass over all cells. */
  pass: Timing;
  /** Dated things found in one pass: spans + recurrences (parseSchedule), results (chrono). */
  found: number;
}

export interface ScheduleThroughput {
  cells: number;
  characters: number;
  parseSchedule: ParserRate;
  chrono: ParserRate;
  /** parseSchedule's rate over chrono's. */
  ratio: number;
}

/** parseSchedule against chrono-node's Japanese parser over the same schedule cells, in one process. */
export function scheduleThroughput(
  { parseSchedule }: Pick<typeof import('@plan-timeline/core'), 'parseSchedule'>,
  cells: readonly string[],
  quick: boolean,
): ScheduleThroughput {
  const characters = cells.reduce((n, c) => n + c.length, 0);
  const options = quick
    ? { warmup: 1, minRuns: 1, minMs: 0, maxRuns: 1 }
    : { warmup: 20, minRuns: 30, minMs: 2000, maxRuns: 5000 };
  let ours = 0;
  const oursPass = repeat(() => {
    ours = 0;
    for (const cell of cells) {
      const s = parseSchedule(cell);
      ours += s.spans.length + s.recurrences.length;
    }
  }, options);
  let theirs = 0;
  const chronoPass = repeat(() => {
    theirs = 0;
    for (const cell of cells) theirs += chrono.ja.parse(cell).length;
  }, options);
  const rate = (t: Timing): number => characters / (t.median / 1000);
  return {
    cells: cells.length,
    characters,
    parseSchedule: { charsPerSecond: rate(oursPass), pass: oursPass, found: ours },
    chrono: { charsPerSecond: rate(chronoPass), pass: chronoPass, found: theirs },
    ratio: rate(oursPass) / rate(chronoPass),
  };
}
