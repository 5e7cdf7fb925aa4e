/**
 * The address of the module a failed `import()` names in its error, where the browser names one (Chromium:
 * `Failed to fetch dynamically imported module: URL`; Firefox: `error loading dynamically imported module: URL`),
 * or `null` (Safari says only `Importing a module script failed.`).
 *
 * @param error - what the `import()` was rejected with
 * @returns the module's address, or `null`
 * @example
 * failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://a.jp/x.js')); //=> 'https://a.jp/x.js'
 */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const url = /\b(?:https?|file):\/\/\S+/.exec(message)?.[0] ?? null;
  if (url === null) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/**
 * The address to import a module again from after its import failed: the same module with `retry=N` in its
 * query. Browsers that keep a failed `import()` in their module map (Chromium 150 does) fail again at once on
 * the same address, however the server answers now; another address is fetched anew.
 *
 * @param url - the module's address, as {@link failedModuleUrl} gave it
 * @param attempt - how many times it is tried again (1 the first time)
 * @returns the address to import
 * @example
 * retryUrl('https://a.jp/plan-timeline.readers.js', 1); //=> 'https://a.jp/plan-timeline.readers.js?retry=1'
 */
export function retryUrl(url: string, attempt: number): string {
  const address = new URL(url);
  address.searchParams.set('retry', String(attempt));
  return address.href;
}
