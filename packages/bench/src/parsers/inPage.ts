/**
 * The parser benchmark as a page of the system Chromium runs it (where `<plan-timeline>` parses its plans):
 * this module is bundled with core from its source and with chrono-node (see `buildParsersPage`), and
 * `pages/parsers.html` puts {@link runSchedule}, {@link runParsePlan}, {@link runParsePlanOneAtATime} and
 * {@link runScheduleAgain} on `window.bench`, each called in a fresh page. It runs the very functions the Node
 * benchmark runs, on the same seed text and the same generated plan.
 */
import * as core from '@plan-timeline/core';
import { parsePlanOneAtATime, parsePlanTime, type OneAtATime, type ParsePlanTime } from './parsePlanTime.js';
import { scheduleCellsOf } from './scheduleCells.js';
import {
  measureAgain,
  scheduleThroughput,
  type ScheduleThroughput,
  type ThroughputAgain,
} from './scheduleThroughput.js';

/** What the parsers measured in Chromium (each in a page of its own). */
export interface ParsersResult {
  scheduleThroughput: ScheduleThroughput;
  parsePlan: ParsePlanTime;
}

/**
 * Fetches the seed's text, then measures parseSchedule against chrono-node over its schedule cells, as the
 * Node benchmark does.
 *
 * @example
 * const { ratio } = await window.bench.runSchedule('/data/seed.txt', false);
 */
export async function runSchedule(seedUrl: string, quick: boolean): Promise<ScheduleThroughput> {
  return scheduleThroughput(core, await fetchCells(seedUrl), quick);
}

/**
 * Measures parsePlan / layoutPlan on a generated plan of `items` items, as the Node benchmark does. Run in
 * a page of its own: in the page that had run the parseSchedule benchmark, parsePlan ran slower, by 20–40 ms
 * a run, and stayed slower (see docs/benchmarks.md, 27 November 2026, night).
 *
 * @example
 * const { text } = window.bench.runParsePlan(10000, false);
 */
export function runParsePlan(items: number, quick: boolean): ParsePlanTime {
  return parsePlanTime(core, items, quick);
}

/**
 * Measures parsePlan on a generated plan of `items` items one run at a time, the page idle before each (see
 * `parsePlanOneAtATime`), in a page of its own: as a page reads a plan again.
 *
 * @example
 * const { timing } = await window.bench.runParsePlanOneAtATime(10000, false);
 */
export function runParsePlanOneAtATime(items: number, quick: boolean): Promise<OneAtATime> {
  return parsePlanOneAtATime(core, items, quick);
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
