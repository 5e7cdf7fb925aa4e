import { join } from 'node:path';
import { bundleEntry } from '../node/bundleEntry.js';
import { callBench } from './callBench.js';
import type { Browser, Page } from 'playwright-core';
import type { ParsersResult } from '../parsers/inPage.js';
import type { OneAtATime, ParsePlanTime } from '../parsers/parsePlanTime.js';
import type { ScheduleThroughput, ThroughputAgain } from '../parsers/scheduleThroughput.js';

/** Where the runner serves the seed's text and the bundle `pages/parsers.js` imports. */
export const SEED_URL = '/data/seed.txt';
const BUNDLE_URL = '/parsers/parsers.js';

/**
 * Bundles the in-page parser benchmark (`src/parsers/inPage.ts`) with core from its source and chrono-node,
 * in memory, as plain unminified ES2022 (as `loadCore` bundles core for Node), and adds it and the seed's
 * text to a static server's in-memory files.
 */
export async function buildParsersPage(
  benchDir: string,
  seedText: string,
  memory: Map<string, { body: string; type: string }>,
): Promise<void> {
  const chunk = await bundleEntry(benchDir, join(benchDir, 'src/parsers/inPage.ts'), { fromSource: true });
  memory.set(BUNDLE_URL, { body: chunk.code, type: 'text/javascript; charset=utf-8' });
  memory.set(SEED_URL, { body: seedText, type: 'text/plain; charset=utf-8' });
}

/**
 * Runs the parser benchmark in fresh pages of `browser` (served by `buildParsersPage`'s files at `origin`):
 * parseSchedule against chrono-node in one, parsePlan / layoutPlan on a generated plan of `items` items in
 * another (see `runParsePlan`), and parsePlan one run at a time in a third (see `runParsePlanOneAtATime`).
 *
 * @example
 * const { parsePlan } = await parsersInChromium(browser, server.origin, 10000, false);
 */
export async function parsersInChromium(
  browser: Browser,
  origin: string,
  items: number,
  quick: boolean,
): Promise<ParsersResult> {
  const scheduleThroughput = await inParsersPage(browser, origin, (page) =>
    callBench<ScheduleThroughput>(page, 'runSchedule', SEED_URL, quick),
  );
  const parsePlan = await inParsersPage(browser, origin, (page) =>
    callBench<ParsePlanTime>(page, 'runParsePlan', items, quick),
  );
  const oneAtATime = await inParsersPage(browser, origin, (page) =>
    callBench<OneAtATime>(page, 'runParsePlanOneAtATime', items, quick),
  );
  return { scheduleThroughput, parsePlan: { ...parsePlan, oneAtATime } };
}

/**
 * Measures parseSchedule against chrono-node again in a fresh page of `browser` (see
 * `ScheduleThroughput.again`).
 *
 * @example
 * result.scheduleThroughput.again = await scheduleAgainInChromium(browser, server.origin, false);
 */
export async function scheduleAgainInChromium(
  browser: Browser,
  origin: string,
  quick: boolean,
): Promise<ThroughputAgain> {
  return inParsersPage(browser, origin, (page) =>
    callBench<ThroughputAgain>(page, 'runScheduleAgain', SEED_URL, quick),
  );
}

/** Runs `measure` on a fresh parser page, and fails when the page reported errors. */
async function inParsersPage<T>(
  browser: Browser,
  origin: string,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/pages/parsers.html`);
    await page.waitForFunction(() => 'bench' in window);
    const result = await measure(page);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}
