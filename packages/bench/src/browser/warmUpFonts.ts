import type { Browser } from 'playwright-core';

/**
 * Draws Japanese text on a throwaway page, in the families the pages use, so that the browser's one-time
 * font set-up (its first use of a CJK font: finding, opening and caching it for the whole process) is not
 * charged to whichever library is measured first. Each measured page is still fresh.
 */
export async function warmUpFonts(browser: Browser): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  try {
    const page = await context.newPage();
    const sample = '財政健全化へ向けた取組の推進 2021(R3)年度～ 令和 ◎財政 ○所管課 ｶﾀｶﾅ ABC 123';
    const families = ['sans-serif', 'serif', 'system-ui', 'monospace', "'Noto Sans CJK JP'"];
    await page.setContent(
      families.map((f) => `<p style="font-family: ${f}">${sample}</p>`).join('') +
        `<svg width="600" height="40"><text x="0" y="20">${sample}</text></svg>`,
    );
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  } finally {
    await context.close();
  }
}
