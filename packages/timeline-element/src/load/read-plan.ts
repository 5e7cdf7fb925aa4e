import { diagnosticMessage, type Plan } from '@plan-timeline/core';
import { WORDS } from '../i18n/words.js';
import { failedModuleUrl, retryUrl } from './retry-import.js';
import { whenIdle } from './tasks.js';

/** Core's plan readers: `parsePlan` and `readPlanInSteps`. */
export type PlanReaders = typeof import('./readers.js');

let readers: PlanReaders | null = null;
let loading: Promise<PlanReaders> | null = null;
/** Where the readers' module failed to load, as the browser named it, and how often it was tried again. */
let failedAt: string | null = null;
let retries = 0;

/**
 * Core's plan readers once {@link loadPlanReaders} has brought them in; `null` before.
 * The element never parses plan text by itself.
 *
 * @returns the readers, or `null` while they are not loaded yet
 * @example
 * planReaders()?.parsePlan('no,title,schedule\n1,1-1 予算編成,毎年度').items.length; //=> 1 (once loaded)
 */
export function planReaders(): PlanReaders | null {
  return readers;
}

/**
 * Loads core's plan readers (`parsePlan` and `readPlanInSteps`, with the text, CSV/TSV
 * and JSON readers and the schedule parser), which the standalone bundle keeps in a
 * chunk of their own beside it: a page that gives the element only a `plan` object
 * never loads them. Loads them once; later calls share the first call's promise (after a
 * failure, the next call tries again, with `retry=N` in the chunk's query where the browser's error named
 * its address: browsers that keep a failed `import()`, Chromium 150 among them, would fail again at once).
 *
 * @returns the readers
 * @example
 * const { parsePlan } = await loadPlanReaders();
 * parsePlan('no,title,schedule\n1,1-1 予算編成,毎年度').items.length; //=> 1
 */
export function loadPlanReaders(): Promise<PlanReaders> {
  loading ??= importReaders().then(
    (module) => (readers = module),
    (error: unknown) => {
      // A later call tries again, from another address where the browser named this one: some keep a
      // failed import and would fail again at once.
      loading = null;
      failedAt ??= failedModuleUrl(error);
      throw error;
    },
  );
  return loading;
}

/** The readers' module: from the address the bundle gives, or, after it failed, from that address again under a new query. */
function importReaders(): Promise<PlanReaders> {
  if (failedAt === null) return import('./readers.js');
  const address = retryUrl(failedAt, ++retries);
  return (import(/* @vite-ignore */ address) as Promise<PlanReaders>).then((module) => {
    // An address read from an error message must have brought in the readers, not a module they import.
    if (typeof module.readPlanInSteps !== 'function') throw new TypeError(`${address} holds no plan readers`);
    return module;
  });
}

let warmUp: Promise<boolean> | null = null;
let warmUpRuns = 0;

/**
 * Runs of the sample plan that leave the readers' usual paths compiled by the engine's optimizing tiers, not
 * only run once: measured at 10,000 items, the first screen of a plan's text came about 30 ms sooner in
 * Chromium after this many runs than after one. About 150 ms of work in all (in Node, the first run 16 ms and
 * the last 0.4 ms), done in the page's idle periods, a run at a time while each has time left.
 */
export const WARM_UP_RUNS = 96;

/**
 * Loads the plan readers (see {@link loadPlanReaders}) and, once the page is idle after that, runs them on a
 * small sample plan ({@link warmUpReaders}), {@link WARM_UP_RUNS} times, as many runs in each idle period as
 * it has time for, so that the first plan text given later is read by code the engine has optimized: its
 * first screen comes sooner. Done once per page: later calls share the first call's promise. Skipped when
 * `stillWanted` says no before the first run (a plan arrived meanwhile and is being read, which runs the code
 * itself), and a later call may then try again; stopped when it says no before a later run.
 *
 * @param stillWanted - asked before each run of the sample
 * @returns whether the sample was read (at least once)
 * @example
 * void warmUpPlanReaders(() => !planArrived);
 */
export function warmUpPlanReaders(stillWanted: () => boolean = () => true): Promise<boolean> {
  warmUp ??= loadPlanReaders().then(
    (loaded) =>
      new Promise<boolean>((resolve) => {
        const slice = (deadline: IdleDeadline | null): void => {
          let more = false;
          try {
            // One run per idle period at least; more while it has time left (none is known for a background task).
            do {
              if (!stillWanted()) {
                if (warmUpRuns === 0) warmUp = null;
                return;
              }
              loaded.warmUpReaders();
            } while (++warmUpRuns < WARM_UP_RUNS && (deadline?.timeRemaining() ?? 0) > 2);
            more = warmUpRuns < WARM_UP_RUNS;
          } finally {
            if (more) whenIdle(slice);
            else resolve(warmUpRuns > 0);
          }
        };
        whenIdle(slice);
      }),
    () => {
      warmUp = null;
      return false;
    },
  );
  return warmUp;
}

/**
 * How many times the plan readers have run on the sample plan in this page (see {@link warmUpPlanReaders}).
 *
 * @returns the number of runs, up to {@link WARM_UP_RUNS}
 * @example
 * await warmUpPlanReaders();
 * planReadersWarmUpRuns(); //=> 96
 */
export function planReadersWarmUpRuns(): number {
  return warmUpRuns;
}

/**
 * Whether the plan readers have run on the sample plan in this page (see {@link warmUpPlanReaders}).
 *
 * @returns true once they have
 * @example
 * await warmUpPlanReaders();
 * planReadersWarmedUp(); //=> true
 */
export function planReadersWarmedUp(): boolean {
  return warmUpRuns > 0;
}

/**
 * Whether a plan has nothing to show because it could not be read as a plan:
 * no items and an error diagnostic.
 * @param plan - the plan as read
 * @param lang - the language of the message: Japanese (`messageJa`, where the diagnostic has one) or English
 * @returns the reader's error message, after the line it names when it names one; or `null` when the plan is usable
 * @example
 * planProblem(parsePlan('{"title": 1}'), 'ja')
 * //=> '1行目: $.title: 文字列が必要です'
 */
export function planProblem(plan: Plan, lang: 'ja' | 'en' = 'en'): string | null {
  if (plan.items.length > 0) return null;
  const problem = plan.diagnostics.find((d) => d.severity === 'error') ?? plan.diagnostics[0];
  if (!problem) return '';
  const message = diagnosticMessage(problem, lang);
  return problem.line === undefined ? message : WORDS[lang].atLine(problem.line, message);
}
