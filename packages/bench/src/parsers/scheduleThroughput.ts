import * as chrono from 'chrono-node';
import { repeatInBlocks, type Timing } from '../measure.js';

/** One parser's rate over the same cells. */
export interface ParserRate {
  /** Characters per second (median run). */
  charsPerSecond: number;
  /** One pass over all cells: the mean pass of each block of passes (see repeatInBlocks). */
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
  // Blocks of passes of each parser in turn: a change of the machine's load falls on both alike.
  const options = quick
    ? { warmup: 1, blockMs: 0, minBlocks: 1, minMs: 0 }
    : { warmup: 20, blockMs: 50, minBlocks: 20, minMs: 2000 };
  let ours = 0;
  let theirs = 0;
  const [oursPass, chronoPass] = repeatInBlocks(
    [
      () => {
        ours = 0;
        for (const cell of cells) {
          const s = parseSchedule(cell);
          ours += s.spans.length + s.recurrences.length;
        }
      },
      () => {
        theirs = 0;
        for (const cell of cells) theirs += chrono.ja.parse(cell).length;
      },
    ],
    options,
  ) as [Timing, Timing];
  const rate = (t: Timing): number => characters / (t.median / 1000);
  return {
    cells: cells.length,
    characters,
    parseSchedule: { charsPerSecond: rate(oursPass), pass: oursPass, found: ours },
    chrono: { charsPerSecond: rate(chronoPass), pass: chronoPass, found: theirs },
    ratio: rate(oursPass) / rate(chronoPass),
  };
}
