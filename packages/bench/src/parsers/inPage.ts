/**
 * The parser benchmark as a page of the system Chromium runs it (where `<plan-timeline>` parses its plans):
 * this module is bundled with core from its source and with chrono-node (see `buildParsersPage`), and
 * `pages/parsers.html` puts {@link runParsers} on `window.bench`. It runs the very functions the Node
 * benchmark runs, on the same seed text and the same generated plan.
 */
import * as core from '@plan-timeline/core';
import { parsePlanTime, type ParsePlanTime } from './parsePlanTime.js';
import { scheduleCellsOf } from './scheduleCells.js';
import {
  measureAgain,
  scheduleThroughput,
  type ScheduleThroughput,
  type ThroughputAgain,
} from './scheduleThroughput.js';

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
  const cells = await fetchCells(seedUrl);
  return {
    scheduleThroughput: scheduleThroughput(core, cells, quick),
    parsePlan: parsePlanTime(core, items, quick),
  };
}

/**
 * Fetches the seed's text, then measures parseSchedule against chrono-node over its schedule cells again
 * (see `ScheduleThroughput.again`).
 *
 * @example
 * const { ratio } = await window.bench.runScheduleAgain('/data/seed.txt', false);
 */
export async function runScheduleAgain(seedUrl: string, quick: boolean): Promise<ThroughputAgain> {
  return measureAgain(core, await fetchCells(seedUrl), quick);
}

/** The seed's スケジュール cells, from its text at `seedUrl`. */
async function fetchCells(seedUrl: string): Promise<string[]> {
  const response = await fetch(seedUrl);
  if (!response.ok) throw new Error(`${seedUrl}: HTTP ${response.status}`);
  return scheduleCellsOf(await response.text());
}
