import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Dataset } from './datasets.js';

export type Library = 'plan-timeline' | 'vis-timeline' | 'frappe-gantt';

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
  n: number;
  spans: number;
  firstFrameMs: number;
  /** vis-timeline only: the first frame whose axis shows the fitted window (its bars appear earlier). */
  settledMs?: number;
  breakdown: Breakdown;
  /** plan-timeline only: first frame from setting `.plan` (no parsing), on a warm page. */
  firstFramePlanMs?: number;
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

/** A CPU profile's heaviest functions by self time. */
export interface HotFunction {
  fn: string;
  selfMs: number;
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
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    max: sorted.at(-1)!,
    steps: sorted.length,
    redrawn: changed,
  };
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

async function openPage(browser: Browser, origin: string, library: Library, n: number, timeoutMs: number) {
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
  await page.goto(`${origin}/pages/${library}.html`);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate(
    (k) => (window as unknown as { bench: { load(n: number): Promise<void> } }).bench.load(k),
    n,
  );
  return { context, page, cdp, errors };
}

/** Calls `window.bench[method](...args)` in the page. */
function call<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) =>
      (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).bench[m as string]!(
        ...(a as unknown[]),
      ),
    [method, args] as const,
  ) as Promise<T>;
}

/**
 * Opens a fresh page for one library and N, draws the dataset, and measures first frame, counters, heap,
 * zoom (and, for plan-timeline, pan and the `.plan` path).
 */
export async function renderBench(
  browser: Browser,
  origin: string,
  library: Library,
  data: Dataset,
  zoomSteps: number,
  timeoutMs: number,
): Promise<RenderResult> {
  const { context, page, cdp, errors } = await openPage(browser, origin, library, data.n, timeoutMs);
  try {
    const m0 = await metrics(cdp);
    const frames = await call<number | number[]>(page, 'firstFrame');
    const [firstFrameMs, settledMs] = Array.isArray(frames) ? frames : [frames];
    const m1 = await metrics(cdp);
    const stats = await call<{ elements: number; drawnRows: number; ariaRowCount?: number | null }>(
      page,
      'stats',
    );
    const heap = await heapMB(cdp);
    const zoom = steps(await call(page, 'zoomSteps', zoomSteps));
    const result: RenderResult = {
      library,
      n: data.n,
      spans: data.spans,
      firstFrameMs: firstFrameMs!,
      ...(settledMs === undefined ? {} : { settledMs }),
      breakdown: breakdown(m0, m1),
      zoom,
      elements: stats.elements,
      heapMB: heap,
      drawnRows: stats.drawnRows,
    };
    if (library === 'plan-timeline') {
      result.pan = steps(await call(page, 'panSteps', zoomSteps));
      result.ariaRowCount = stats.ariaRowCount ?? null;
      result.expectedRows = data.layoutRows;
      result.firstFramePlanMs = await call<number>(page, 'firstFramePlan');
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * CPU-profiles plan-timeline's first frame (from `.text`) and a run of zoom steps on one page, and returns
 * the heaviest functions by self time for each.
 */
export async function profilePlanTimeline(
  browser: Browser,
  origin: string,
  data: Dataset,
): Promise<{ firstFrame: HotFunction[]; zoom: HotFunction[] }> {
  const { context, page, cdp } = await openPage(browser, origin, 'plan-timeline', data.n, 300000);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const profile = async (run: () => Promise<unknown>): Promise<HotFunction[]> => {
      await cdp.send('Profiler.start');
      await run();
      const { profile: p } = await cdp.send('Profiler.stop');
      const self = new Map<number, number>();
      p.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)));
      const byFn = new Map<string, number>();
      for (const node of p.nodes) {
        const { functionName, url, lineNumber } = node.callFrame;
        const file = url.split('/').pop() || '';
        const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
        byFn.set(key, (byFn.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
      }
      return [...byFn.entries()]
        .map(([fn, selfMs]) => ({ fn, selfMs }))
        .sort((a, b) => b.selfMs - a.selfMs)
        .slice(0, 20);
    };
    const firstFrame = await profile(() => call(page, 'firstFrame'));
    const zoom = await profile(() => call(page, 'zoomSteps', 20));
    return { firstFrame, zoom };
  } finally {
    await context.close();
  }
}
