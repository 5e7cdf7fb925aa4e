/** The part of the Prioritized Task Scheduling API (`scheduler.postTask`) used here, where the browser has it. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Runs `task` as a task of its own, after the browser had its turn: a background-priority task where the
 * browser has `scheduler.postTask` (the page's own tasks, input and rendering go first: what the element
 * does in the background is never more urgent than what the page is doing), a message-channel task
 * otherwise (no clamping of nested timers). An error in the task is reported as one thrown by a task is.
 *
 * @param task - the work
 * @example
 * nextTask(() => readMore());
 */
export function nextTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    // Reported as an error thrown by a task is, not left as an unhandled rejection.
    scheduler.postTask(task, { priority: 'background' }).catch((error: unknown) => reportError(error));
    return;
  }
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    task();
  };
  port2.postMessage(null);
}

/**
 * Runs `task` once, as a task of its own (see {@link nextTask}) after the next frame is painted: work
 * that must not hold up the frame the page is about to show. A page that paints no frames (a hidden
 * tab) runs it after `fallbackMs` instead.
 *
 * @param task - the work
 * @param fallbackMs - how long to wait for a frame
 * @example
 * showFirstScreen();
 * afterNextPaint(() => showTheRest());
 */
export function afterNextPaint(task: () => void, fallbackMs = 200): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    task();
  };
  // A task queued in a frame's animation callbacks runs once that frame is painted.
  requestAnimationFrame(() => nextTask(once));
  setTimeout(once, fallbackMs);
}

/**
 * Runs `task` in the page's next idle period (`requestIdleCallback`), or as a background task (see
 * {@link nextTask}) where the browser has no idle callbacks: work worth doing only while nothing else is.
 * The task is given the idle period's deadline (`null` for a background task), to do more while there is
 * time left.
 *
 * @param task - the work
 * @example
 * whenIdle((deadline) => {
 *   do warmUp();
 *   while ((deadline?.timeRemaining() ?? 0) > 2);
 * });
 */
export function whenIdle(task: (deadline: IdleDeadline | null) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback((deadline) => task(deadline));
  else nextTask(() => task(null));
}
