import type { Browser, CDPSession, Page } from 'playwright-core';
import { callBench } from './callBench.js';
import type { Dataset } from './datasets.js';
import {
  lookupFor,
  medianSummary,
  summarizeProfile,
  type CpuProfile,
  type HotSpot,
  type ProfileSummary,
} from '../profile.js';
import type { SourceLookup } from '../sourceMap.js';
import { median } from '../measure.js';

export type Library = 'plan-timeline' | 'vis-timeline' | 'frappe-gantt';

/**
 * How vis-timeline or frappe-gantt is configured: `tuned`, in its favour (the options its page sets, see
 * docs/benchmarks.md), or `defaults`, its own defaults as users get it out of the box (only the data).
 *
 * @example
 * await renderBench(browser, origin, 'frappe-gantt', dataset(100), 2, 300000, 'defaults');
 */
export type Config = 'tuned' | 'defaults';

/** Per-step costs of zooming or panning, in ms. */
export interface Steps {
  median: number;
  max: number;
  steps: number;
  /** Steps whose redraw landed within the measured frame. */
  redrawn: number;
}

/** Main-thread time during the first frame, from Chromium's own counters (CDP Performance.getMetrics). */
export interface Breakdown {
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** All main-thread tasks (includes the above, plus paint and the rest). */
  taskMs: number;
}

export interface RenderResult {
  library: Library;
  /** vis-timeline and frappe-gantt only: the configuration they ran with. */
  config?: Config;
  /** vis-timeline and frappe-gantt only: the options object the page passed to the library's constructor. */
  options?: Record<string, unknown>;
  n: number;
  spans: number;
  /** The first frame (ms): the median of `firstFrameSamples` when the page was measured more than once. */
  firstFrameMs: number;
  /** Each fresh page's first frame, when there were several (see `renderBench`'s `rounds`). */
  firstFrameSamples?: number[];
  /**
   * vis-timeline: the first frame whose axis shows the fitted window (its bars appear earlier).
   * plan-timeline: the first frame that shows the whole plan read (a long plan shows its first rows earlier).
   */
  settledMs?: number;
  breakdown: Breakdown;
  /** plan-timeline only: first frame from creating the element with a parsed `.plan` (no parsing), on a fresh page. */
  firstFramePlanMs?: number;
  /** plan-timeline only: each fresh page's `.plan` first frame, when there were several. */
  firstFramePlanSamples?: number[];
  /**
   * plan-timeline only: first frame from setting `.text` to the same plan as JSON (parsing included), on a
   * fresh page of its own, measured as the seed-layout text is.
   */
  firstFrameJsonMs?: number;
  /** plan-timeline only: each fresh page's JSON first frame, when there were several. */
  firstFrameJsonSamples?: number[];
  /** plan-timeline only: from setting `.text` to the JSON until the whole plan is read and drawn. */
  settledJsonMs?: number;
  zoom: Steps;
  /** plan-timeline only: dragging the time axis. */
  pan?: Steps;
  /** Elements in the page, shadow roots included. */
  elements: number;
  /** JS heap in use after the first frame and a full GC (MB). */
  heapMB: number;
  /** Row (or bar) nodes in the DOM. */
  drawnRows: number;
  /** plan-timeline only: aria-rowcount, and the rows layoutPlan makes of the plan. */
  ariaRowCount?: number | null;
  expectedRows?: number;
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function breakdown(before: Metrics, after: Metrics): Breakdown {
  const d = (k: string): number => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
  return {
    scriptMs: d('ScriptDuration'),
    styleMs: d('RecalcStyleDuration'),
    layoutMs: d('LayoutDuration'),
    taskMs: d('TaskDuration'),
  };
}

function steps({ samples, changed }: { samples: number[]; changed: number }): Steps {
  return {
    median: median(samples),
    max: Math.max(...samples),
    steps: samples.length,
    redrawn: changed,
  };
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/**
 * A fresh page is opened this long after the one before it closed. Chromium tears a closed page down (its
 * renderer process; after frappe-gantt's default Day view, 27,000 elements) while the bench goes on, and a
 * page measured meanwhile shared the machine's two cores with that work: the library measured right after
 * another's pages was slower by an amount that varied (plan-timeline's 1,000 rows, measured after the
 * others' 100-row pages, 68–70 ms in two runs without the pause, 61 ms with it).
 */
const QUIET_BEFORE_PAGE_MS = 1000;

async function openPage(
  browser: Browser,
  origin: string,
  library: Library,
  n: number,
  timeoutMs: number,
  query: Record<string, string> = {},
) {
  await new Promise((resolve) => setTimeout(resolve, QUIET_BEFORE_PAGE_MS));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  await page.addInitScript(
    (t) => ((globalThis as unknown as { benchTimeoutMs: number }).benchTimeoutMs = t),
    timeoutMs,
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const search = new URLSearchParams(query).toString();
  await page.goto(`${origin}/pages/${library}.html${search ? `?${search}` : ''}`);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate(
    (k) => (window as unknown as { bench: { load(n: number): Promise<void> } }).bench.load(k),
    n,
  );
  return { context, page, cdp, errors };
}

/**
 * Opens a fresh page for one library and N, draws the dataset, and measures first frame, counters, heap,
 * zoom (and, for plan-timeline, pan and the `.plan` path). `config` chooses the competitors' options
 * (plan-timeline has none to choose). With `rounds` above 1 the first frames (and plan-timeline's `.plan`
 * first frame) are measured again on that many fresh pages in all, and their medians given, each sample in
 * `firstFrameSamples`; counters, heap and steps come from the first page.
 *
 * @example
 * const r = await renderBench(browser, server.origin, 'vis-timeline', dataset(1000), 30, 300000, 'defaults', 3);
 * console.log(r.firstFrameMs, r.firstFrameSamples, r.options);
 */
export async function renderBench(
  browser: Browser,
  origin: string,
  library: Library,
  data: Dataset,
  zoomSteps: number,
  timeoutMs: number,
  config: Config = 'tuned',
  rounds = 1,
): Promise<RenderResult> {
  const run: Run = { browser, origin, library, data, timeoutMs, config };
  const result = await renderOnce(run, zoomSteps);
  if (rounds <= 1) return result;
  const first = [result.firstFrameMs];
  const settled = result.settledMs === undefined ? undefined : [result.settledMs];
  const plan = result.firstFramePlanMs === undefined ? undefined : [result.firstFramePlanMs];
  const json =
    result.firstFrameJsonMs === undefined ? undefined : [[result.firstFrameJsonMs, result.settledJsonMs!]];
  for (let round = 1; round < rounds; round++) {
    const again = await openLibraryPage(run);
    try {
      await callBench(again.page, 'waitAfterLoad');
      const [firstFrameMs, settledMs] = await measureFirstFrame(again.page);
      first.push(firstFrameMs);
      if (settled && settledMs !== undefined) settled.push(settledMs);
      throwPageErrors(again.errors);
    } finally {
      await again.context.close();
    }
    if (plan) plan.push(await firstFramePlan(run));
    if (json) json.push(await firstFrameJson(run));
  }
  result.firstFrameMs = median(first);
  result.firstFrameSamples = first;
  if (settled) result.settledMs = median(settled);
  if (plan) {
    result.firstFramePlanMs = median(plan);
    result.firstFramePlanSamples = plan;
  }
  if (json) {
    result.firstFrameJsonMs = median(json.map(([first]) => first!));
    result.firstFrameJsonSamples = json.map(([first]) => first!);
    result.settledJsonMs = median(json.map(([, settled]) => settled!));
  }
  return result;
}

/** What every page of one {@link renderBench} call is opened with. */
interface Run {
  browser: Browser;
  origin: string;
  library: Library;
  data: Dataset;
  timeoutMs: number;
  config: Config;
}

/** A fresh page for a library: the competitors' with their configuration. */
function openLibraryPage({ browser, origin, library, data, timeoutMs, config }: Run) {
  return openPage(
    browser,
    origin,
    library,
    data.n,
    timeoutMs,
    library === 'plan-timeline' ? {} : { options: config },
  );
}

/** Fails the measurement when the page reported errors. */
function throwPageErrors(errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
}

/** The page's first frame, and the frame it settles in when it has one (see `RenderResult.settledMs`). */
async function measureFirstFrame(page: Page): Promise<[number, number | undefined]> {
  const frames = await callBench<number | number[]>(page, 'firstFrame');
  const [first, settled] = Array.isArray(frames) ? frames : [frames];
  return [first!, settled];
}

/** plan-timeline's `.plan` first frame on a fresh page of its own. */
async function firstFramePlan({ browser, origin, library, data, timeoutMs }: Run): Promise<number> {
  // As cold as the other libraries, which also get parsed data: a page that has drawn nothing of ours.
  const fresh = await openPage(browser, origin, library, data.n, timeoutMs, { input: 'plan' });
  try {
    await callBench(fresh.page, 'waitAfterLoad');
    const ms = await callBench<number>(fresh.page, 'firstFramePlan');
    throwPageErrors(fresh.errors);
    return ms;
  } finally {
    await fresh.context.close();
  }
}

/** plan-timeline's first frame, and its whole plan's, from `.text` set to the plan as JSON, on a fresh page of its own. */
async function firstFrameJson({ browser, origin, library, data, timeoutMs }: Run): Promise<[number, number]> {
  const fresh = await openPage(browser, origin, library, data.n, timeoutMs, { input: 'json' });
  try {
    await callBench(fresh.page, 'waitAfterLoad');
    const [first, settled] = await measureFirstFrame(fresh.page);
    throwPageErrors(fresh.errors);
    return [first, settled ?? first];
  } finally {
    await fresh.context.close();
  }
}

/** One fresh page: the first frame, counters, heap and steps (see {@link renderBench}). */
async function renderOnce(run: Run, zoomSteps: number): Promise<RenderResult> {
  const { library, data, config } = run;
  const competitor = library !== 'plan-timeline';
  if (!competitor && config !== 'tuned') throw new Error(`plan-timeline has no ${config} configuration`);
  const { context, page, cdp, errors } = await openLibraryPage(run);
  try {
    // Half a second after the page and its data have loaded (see `waitAfterLoad` in pages/harness.js); the
    // counters from there on.
    await callBench(page, 'waitAfterLoad');
    const m0 = await metrics(cdp);
    const [firstFrameMs, settledMs] = await measureFirstFrame(page);
    const m1 = await metrics(cdp);
    const stats = await callBench<{
      elements: number;
      drawnRows: number;
      ariaRowCount?: number | null;
      options?: { config: Config; options: Record<string, unknown> };
    }>(page, 'stats');
    if (competitor && stats.options?.config !== config)
      throw new Error(`${library} ran with ${stats.options?.config ?? 'no'} options, not ${config}`);
    const heap = await heapMB(cdp);
    const zoom = steps(await callBench(page, 'zoomSteps', zoomSteps));
    const result: RenderResult = {
      library,
      ...(competitor ? { config, options: stats.options!.options } : {}),
      n: data.n,
      spans: data.spans,
      firstFrameMs,
      ...(settledMs === undefined ? {} : { settledMs }),
      breakdown: breakdown(m0, m1),
      zoom,
      elements: stats.elements,
      heapMB: heap,
      drawnRows: stats.drawnRows,
    };
    if (library === 'plan-timeline') {
      result.pan = steps(await callBench(page, 'panSteps', zoomSteps));
      result.ariaRowCount = stats.ariaRowCount ?? null;
      result.expectedRows = data.layoutRows;
    }
    throwPageErrors(errors);
    if (library === 'plan-timeline') {
      result.firstFramePlanMs = await firstFramePlan(run);
      [result.firstFrameJsonMs, result.settledJsonMs] = await firstFrameJson(run);
    }
    throwPageErrors(errors);
    return result;
  } finally {
    await context.close();
  }
}

/** Main-thread time per interaction step, by Chromium trace event (ms per step; events nest). */
export interface TraceBreakdown {
  steps: number;
  perStep: HotSpot[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Sums the renderer main thread's complete events of a Chromium trace by name. */
function traceBreakdown(buffer: Buffer, steps: number): TraceBreakdown {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key))
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return {
    steps,
    perStep: [...byName.entries()]
      .map(([name, ms]) => ({ name, selfMs: ms / steps }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 14),
  };
}

/**
 * Where plan-timeline spends its time at one N: CPU profiles of the first frame (from `.text`) on three fresh
 * pages (median of each entry), mapped to source files through the readable build's source map; a CPU profile and a Chromium trace of 20 zoom steps.
 */
export async function profilePlanTimeline(
  browser: Browser,
  origin: string,
  data: Dataset,
  lookup: SourceLookup,
): Promise<{ firstFrame: ProfileSummary; zoom: ProfileSummary; zoomTrace: TraceBreakdown }> {
  // The first frame happens once per page: profile it on a few fresh pages and keep the median of each entry.
  const firstFrames: ProfileSummary[] = [];
  for (let run = 0; run < 3; run++) {
    const fresh = await openPage(browser, origin, 'plan-timeline', data.n, 300000);
    try {
      await callBench(fresh.page, 'waitAfterLoad');
      await fresh.cdp.send('Profiler.enable');
      await fresh.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await fresh.cdp.send('Profiler.start');
      await callBench(fresh.page, 'firstFrame');
      const { profile } = await fresh.cdp.send('Profiler.stop');
      firstFrames.push(
        summarizeProfile(profile as CpuProfile, {
          lookup: lookupFor('/standalone/plan-timeline.standalone.js', lookup),
          top: 60,
        }),
      );
    } finally {
      await fresh.context.close();
    }
  }
  const firstFrame = medianSummary(firstFrames);
  const { context, page, cdp } = await openPage(browser, origin, 'plan-timeline', data.n, 300000);
  try {
    await callBench(page, 'firstFrame');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await callBench(page, 'zoomSteps', 5);
    await cdp.send('Profiler.start');
    await callBench(page, 'zoomSteps', 20);
    const { profile: zoomProfile } = await cdp.send('Profiler.stop');
    const zoom = summarizeProfile(zoomProfile as CpuProfile, {
      lookup: lookupFor('/standalone/plan-timeline.standalone.js', lookup),
    });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await callBench(page, 'zoomSteps', 20);
    const zoomTrace = traceBreakdown(await browser.stopTracing(), 20);
    return { firstFrame, zoom, zoomTrace };
  } finally {
    await context.close();
  }
}
