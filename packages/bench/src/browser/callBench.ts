import type { Page } from 'playwright-core';

/**
 * Calls `window.bench[method](...args)` in a benchmark page (every page in `pages/` puts its measurements
 * on `window.bench`) and resolves with what it returns.
 *
 * @example
 * const ms = await callBench<number>(page, 'firstFramePlan');
 */
export function callBench<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) =>
      (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).bench[m as string]!(
        ...(a as unknown[]),
      ),
    [method, args] as const,
  ) as Promise<T>;
}
