import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the browser's printing of the page, as a Lit reactive controller: `printing` holds from
 * the window's `beforeprint` to its `afterprint`, and the host is asked to update at each.
 *
 * The browser lays the page out for paper right after the `beforeprint` listeners have run, and
 * the microtasks they queued with them: a Lit update requested there (a microtask) is drawn in
 * time. A host can then draw for paper what it draws only in part on screen (every row of a
 * virtualized list), and go back once the page is printed.
 *
 * @example
 * private readonly printMode = new PrintController(this);
 * // in render():
 * const rows = this.printMode.printing ? allRows : rowsInView;
 */
export class PrintController implements ReactiveController {
  /** Whether the page is being printed (from `beforeprint` to `afterprint`). */
  printing = false;
  /** The width inside the host's border when printing began (CSS pixels); 0 when not printing or not laid out. */
  widthOnScreen = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printing = false;
    this.widthOnScreen = 0;
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.widthOnScreen = this.host.clientWidth;
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = (): void => {
    if (!this.printing) return;
    this.printing = false;
    this.widthOnScreen = 0;
    this.host.requestUpdate();
  };
}
