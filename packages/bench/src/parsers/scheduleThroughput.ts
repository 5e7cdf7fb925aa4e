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
  /**
   * The same measurement made again minutes later in the run ({@link measureAgain}): this machine switches
   * between two speeds, and chrono-node slows down more than parseSchedule at the slower one, so that one
   * measurement can fall on either side of a goal.
   */
  again?: ThroughputAgain;
}

/** A second measurement of both parsers over the same cells (see {@link ScheduleThroughput.again}). */
export interface ThroughputAgain {
  /** One pass of parseSchedule over all cells (median block, ms). */
  parseSchedulePass: number;
  /** One pass of chrono-node over all cells (median block, ms). */
  chronoPass: number;
  /** parseSchedule's rate over chrono's. */
  ratio: number;
}

type ParseSchedule = Pick<typeof import('@plan-timeline/core'), 'parseSchedule'>;

/** Both parsers' passes over the cells, timed in blocks in turn, and what each found in a pass. */
function timeBoth(parseSchedule: ParseSchedule['parseSchedule'], cells: readonly string[], quick: boolean) {
  let ours = 0;
  let theirs = 0;
  // Blocks of passes of each parser in turn: a change of the machine's load falls on both alike.
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
    quick
      ? { warmup: 1, blockMs: 0, minBlocks: 1, minMs: 0 }
      : { warmup: 20, blockMs: 50, minBlocks: 20, minMs: 2000 },
  ) as [Timing, Timing];
  return { oursPass, chronoPass, ours, theirs };
}

/** parseSchedule against chrono-node's Japanese parser over the same schedule cells, in one process. */
export function scheduleThroughput(
  { parseSchedule }: ParseSchedule,
  cells: readonly string[],
  quick: boolean,
): ScheduleThroughput {
  const characters = cells.reduce((n, c) => n + c.length, 0);
  const { oursPass, chronoPass, ours, theirs } = timeBoth(parseSchedule, cells, quick);
  const rate = (t: Timing): number => characters / (t.median / 1000);
  return {
    cells: cells.length,
    characters,
    parseSchedule: { charsPerSecond: rate(oursPass), pass: oursPass, found: ours },
    chrono: { charsPerSecond: rate(chronoPass), pass: chronoPass, found: theirs },
    ratio: rate(oursPass) / rate(chronoPass),
  };
}

/**
 * Measures parseSchedule against chrono-node again, as {@link scheduleThroughput} does, for
 * {@link ScheduleThroughput.again}.
 *
 * @example
 * const first = scheduleThroughput(core, cells, false);
 * // … minutes of other measurements …
 * first.again = measureAgain(core, cells, false);
 */
export function measureAgain(
  { parseSchedule }: ParseSchedule,
  cells: readonly string[],
  quick: boolean,
): ThroughputAgain {
  const { oursPass, chronoPass } = timeBoth(parseSchedule, cells, quick);
  return {
    parseSchedulePass: oursPass.median,
    chronoPass: chronoPass.median,
    ratio: chronoPass.median / oursPass.median,
  };
}
