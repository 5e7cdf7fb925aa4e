import type { Browser } from 'playwright-core';

/** Japanese characters only: the font Chromium draws them in is the one plan text gets. */
const JAPANESE_SAMPLE = '財政健全化へ向けた取組の推進';

/**
 * Draws Japanese text on a throwaway page, in the families the pages use, so that the browser's one-time
 * font set-up (its first use of a CJK font: finding, opening and caching it for the whole process) is not
 * charged to whichever library is measured first. Each measured page is still fresh.
 *
 * @returns the family Chromium drew the Japanese characters in (asked through CDP): a Japanese font, or,
 * on a machine without one, the font whose empty boxes stand in for the characters
 * @example
 * const family = await warmUpFonts(browser); // 'Noto Sans CJK JP'
 */
export async function warmUpFonts(browser: Browser): Promise<string | null> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  try {
    const page = await context.newPage();
    const sample = `${JAPANESE_SAMPLE} 2021(R3)年度～ 令和 ◎財政 ○所管課 ｶﾀｶﾅ ABC 123`;
    const families = ['sans-serif', 'serif', 'system-ui', 'monospace', "'Noto Sans CJK JP'"];
    await page.setContent(
      families.map((f) => `<p style="font-family: ${f}">${sample}</p>`).join('') +
        `<svg width="600" height="40"><text x="0" y="20">${sample}</text></svg>` +
        `<p id="japanese">${JAPANESE_SAMPLE}</p>`,
    );
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#japanese' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const drawn = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
    return drawn?.familyName ?? null;
  } finally {
    await context.close();
  }
}
