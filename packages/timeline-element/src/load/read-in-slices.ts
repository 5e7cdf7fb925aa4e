import type { Plan, PlanReading } from '@plan-timeline/core';
import { nextTask } from './tasks.js';

/** What {@link readInSlices} tells its caller as a reading goes on. */
export interface SliceHooks {
  /** The first items are read and more are to come: show them; `progress` runs from 0 to 1. */
  first(plan: Plan, progress: number): void;
  /** More items are read (at most once per `refreshMs`); `progress` runs from 0 to 1. */
  progress(plan: Plan, progress: number): void;
  /** The whole plan is read. */
  done(plan: Plan): void;
  /** Whether the reading still matters; once false it stops where it is. */
  current(): boolean;
}

/** How {@link readInSlices} divides the work. */
export interface SliceOptions {
  /**
   * Items to read before showing the first of them: enough to fill the first
   * screen. A plan a quarter of which is read by then is read on to the end, or
   * until `firstMs` have passed: it is shown whole, not in two steps.
   */
  firstItems: number;
  /** Time after which the first items are shown even when more than a quarter of the plan is read. */
  firstMs: number;
  /** Time one slice of the rest may take before the page gets the main thread back. */
  sliceMs: number;
  /** Time between two `progress` calls. */
  refreshMs: number;
  /** The clock (milliseconds); `performance.now` by default. */
  now?: () => number;
  /**
   * Runs a task soon, after the browser had its turn; by default a background-priority task
   * (`scheduler.postTask`) where there is one, a message-channel task elsewhere.
   */
  schedule?: (task: () => void) => void;
}

/**
 * Drives a plan reading (core's `readPlanInSteps`) so that a long plan shows
 * its first screen of items quickly and the page stays responsive while the
 * rest is read: the first items are read at once (`firstItems` of them, more
 * up to `firstMs` when that is over a quarter of the plan: a short plan is
 * shown whole, not in two steps), then the rest in slices of about
 * `sliceMs`, each its own task (of background priority where the browser
 * has `scheduler.postTask`: the page's own tasks go first). A plan read
 * within the first step calls only `done`, synchronously.
 *
 * @param reading - a reading not yet stepped
 * @param hooks - what to do with the first items, progress and the whole plan
 * @param options - the sizes of the slices
 * @example
 * readInSlices(readPlanInSteps(text), {
 *   first: (plan) => show(plan, { busy: true }),
 *   progress: (plan) => show(plan, { busy: true }),
 *   done: (plan) => show(plan),
 *   current: () => token === latestToken,
 * }, { firstItems: 60, firstMs: 50, sliceMs: 12, refreshMs: 250 });
 */
export function readInSlices(reading: PlanReading, hooks: SliceHooks, options: SliceOptions): void {
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? nextTask;
  const started = now();
  const read = reading.step(
    () =>
      reading.itemsRead >= options.firstItems &&
      (reading.progress < 0.25 || now() - started >= options.firstMs),
  );
  if (read) {
    hooks.done(reading.plan());
    return;
  }
  hooks.first(reading.plan(), reading.progress);
  let shown = now();
  const slice = (): void => {
    if (!hooks.current()) return;
    const until = now() + options.sliceMs;
    if (reading.step(() => now() >= until)) {
      hooks.done(reading.plan());
      return;
    }
    if (now() - shown >= options.refreshMs) {
      shown = now();
      hooks.progress(reading.plan(), reading.progress);
    }
    schedule(slice);
  };
  schedule(slice);
}
