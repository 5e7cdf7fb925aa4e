/**
 * A @web/test-runner plugin with one command, `touch`, that drives real touch input in Chromium
 * through the DevTools protocol (what @web/test-runner-commands' `sendMouse` does for the mouse):
 *
 * - `{ action: 'emulate', enabled }`: touch emulation on or off (`navigator.maxTouchPoints` 5),
 *   so that pages, and d3-zoom, see a touch screen;
 * - `{ action: 'dispatch', type, touchPoints }`: one `Input.dispatchTouchEvent`
 *   (`touchStart`, `touchMove`, `touchEnd`, `touchCancel`; points in CSS pixels of the page).
 *
 * In the browser: `executeServerCommand('touch', payload)` from `@web/test-runner-commands`.
 */
export function touchPlugin() {
  /** One DevTools session per page, kept: emulation ends when its session is detached. */
  const sessions = new WeakMap();

  return {
    name: 'plan-timeline-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`The touch command needs Chromium through puppeteer, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      if (payload?.action === 'emulate') {
        await cdp.send('Emulation.setTouchEmulationEnabled', {
          enabled: payload.enabled !== false,
          maxTouchPoints: 5,
        });
        return true;
      }
      if (payload?.action === 'dispatch') {
        await cdp.send('Input.dispatchTouchEvent', {
          type: payload.type,
          touchPoints: payload.touchPoints ?? [],
        });
        return true;
      }
      throw new Error(`Unknown touch action ${JSON.stringify(payload?.action)}`);
    },
  };
}
