// Reads the <plan-timeline> element's rendering for the page tests, so they do not depend on
// its shadow DOM's details (material-web's harness idea).

/**
 * Waits until the page's first `<plan-timeline>` has read a plan and drawn its rows (or, in
 * the table view, its table).
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<void>}
 */
export async function waitForReady(page) {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('plan-timeline');
      const drawn = el?.shadowRoot?.querySelectorAll('[role="row"], [part~="table"] tbody tr').length ?? 0;
      return el?.state === 'ready' && drawn > 0;
    },
    undefined,
    { timeout: 15000 },
  );
}

/**
 * The accessible names (or texts) of the element's rows, top to bottom.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export function rowLabels(page) {
  return page.evaluate(() =>
    [...(document.querySelector('plan-timeline')?.shadowRoot?.querySelectorAll('[role="row"]') ?? [])].map(
      (row) => (row.getAttribute('aria-label') ?? row.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
}

/**
 * Waits until the row labels differ from `before`.
 *
 * @param {import('playwright-core').Page} page
 * @param {string[]} before
 * @returns {Promise<string[]>} the new labels
 */
export async function waitForRowsToChange(page, before) {
  for (let tries = 0; tries < 100; tries += 1) {
    const now = await rowLabels(page);
    if (JSON.stringify(now) !== JSON.stringify(before)) return now;
    await page.waitForTimeout(50);
  }
  return rowLabels(page);
}
