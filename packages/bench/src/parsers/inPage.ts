/**
 * The parser benchmark as a page of the system Chromium runs it (where `<plan-timeline>` parses its plans):
 * this module is bundled with core from its source and with chrono-node (see `buildParsersPage`), and
 * `pages/parsers.html` puts {@link runParsers} on `window.bench`. It runs the very functions the Node
 * benchmark runs, on the same seed text and the same generated plan.
 */
import * as core from '@plan-timeline/core';
import { parsePlanTime, type ParsePlanTime } from './parsePlanTime.js';
import { scheduleCellsOf } from './scheduleCells.js';
import { scheduleThroughput, type ScheduleThroughput } from './scheduleThroughput.js';

/** What the parsers measured in one page. */
export interface ParsersResult {
  scheduleThroughput: ScheduleThroughput;
  parsePlan: ParsePlanTime;
}

/**
 * Fetches the seed's text, then measures parseSchedule against chrono-node over its schedule cells and
 * parsePlan / layoutPlan on a generated plan of `items` items, as the Node benchmark does.
 *
 * @example
 * const { parsePlan } = await window.bench.runParsers('/data/seed.txt', 10000, false);
 */
export async function runParsers(seedUrl: string, items: number, quick: boolean): Promise<ParsersResult> {
  const response = await fetch(seedUrl);
  if (!response.ok) throw new Error(`${seedUrl}: HTTP ${response.status}`);
  const cells = scheduleCellsOf(await response.text());
  return {
    scheduleThroughput: scheduleThroughput(core, cells, quick),
    parsePlan: parsePlanTime(core, items, quick),
  };
}
