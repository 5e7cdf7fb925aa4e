import type { PlanItem } from '@plan-timeline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tableWindow, type TableWindow } from './table-window.js';

/**
 * Tables of more items than this are windowed. Shorter ones (a city's plan has tens of items) are
 * rendered whole, so that the browser's find in page sees every row (printed, every table is whole).
 */
export const WINDOWED_TABLE_MIN = 200;

/** Pixels of rows rendered above and below the table's viewport. */
const OVERSCAN = 600;

/** How many of the first rows measured scale the estimates of the others. */
const CALIBRATION_ROWS = 60;

/** Corrections in a row (a render, then its rows measured) after which the window is left as it is. */
const MAX_CORRECTIONS = 8;

/**
 * A row's height before it is measured, in pixels: a line per date in its schedule list, plus the
 * cells' padding and border. Scaled by what the first rows measured took against their estimates.
 */
const estimate = (item: PlanItem): number =>
  13 + 18 * Math.max(1, item.schedule.spans.length + item.schedule.recurrences.length);

/**
 * Windowing of the table view, as a Lit reactive controller: a table of more than
 * {@link WINDOWED_TABLE_MIN} items has only the rows in and near its scrolling box in the DOM,
 * between two spacer rows that take the others' room. Rows are measured once rendered (their
 * heights kept by item); rows not yet rendered are estimated from the length of their schedule
 * list. Scrolling, resizing and the measuring of rows just rendered move the window, once per
 * animation frame.
 *
 * The host renders `windowOf(items)` (null: every row) and binds `onScroll` to the scrolling box,
 * which `findBox` finds after a render.
 *
 * @example
 * private readonly tableRows = new TableWindowController(this, () => this.renderRoot.querySelector('.table-wrap'));
 * // in render():
 * tableView({ ...options, rowWindow: this.tableRows.windowOf(items), onScroll: this.tableRows.onScroll });
 */
export class TableWindowController implements ReactiveController {
  private readonly heights = new WeakMap<PlanItem, number>();
  /** Measured and estimated heights of the first rows measured (and how many): their ratio scales the estimates. */
  private measuredSum = 0;
  private estimatedSum = 0;
  private calibrated = 0;
  /** The scrolling box's scroll position, from the top of the first row, and its height. */
  private scrollTop = 0;
  private viewportHeight = 0;
  private box: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private shown: { items: readonly PlanItem[]; rowWindow: TableWindow } | null = null;
  private frame = 0;
  private corrections = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly findBox: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /**
   * The rows of `items` to render now, or null when the table is short enough to render whole.
   *
   * @param items - the table's items, in order
   * @returns the window of rows and the room above and below it
   */
  windowOf(items: readonly PlanItem[]): TableWindow | null {
    if (items.length <= WINDOWED_TABLE_MIN) {
      this.shown = null;
      return null;
    }
    // A table shown anew starts at its top.
    if (!this.box?.isConnected) this.scrollTop = 0;
    const rowWindow = this.compute(items);
    this.shown = { items, rowWindow };
    return rowWindow;
  }

  /** For the scrolling box's `scroll` event: moves the window in the next frame. */
  readonly onScroll = (): void => {
    this.corrections = 0;
    this.schedule();
  };

  /** After a render: the rows rendered are measured in the next frame, and the window corrected. */
  hostUpdated(): void {
    const box = this.shown ? this.findBox() : null;
    this.observe(box);
    if (box) this.schedule();
    else this.shown = null;
  }

  hostDisconnected(): void {
    this.observe(null);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
      this.follow();
    });
  }

  /** Keeps the heights of the rows in the DOM. */
  private measure(): void {
    const box = this.box;
    if (!box?.isConnected || !this.shown) return;
    const { items } = this.shown;
    for (const row of box.querySelectorAll<HTMLElement>('tbody > tr[data-row]')) {
      const item = items[Number(row.dataset['row'])];
      if (!item) continue;
      const height = row.getBoundingClientRect().height;
      const known = this.heights.get(item);
      // The first rows measured set the scale of the estimates; later ones leave it be, so that the room
      // of the rows above the window (estimated, most of them) stays put while one scrolls.
      if (known === undefined && this.calibrated < CALIBRATION_ROWS) {
        this.measuredSum += height;
        this.estimatedSum += estimate(item);
        this.calibrated++;
      }
      if (known === undefined || Math.abs(known - height) > 0.5) this.heights.set(item, height);
    }
  }

  private observe(box: HTMLElement | null): void {
    if (box === this.box) return;
    this.resizeObserver?.disconnect();
    this.box = box;
    this.resizeObserver = null;
    if (!box) return;
    this.resizeObserver = new ResizeObserver(this.onScroll);
    this.resizeObserver.observe(box);
  }

  /** Reads the scrolling box and renders again when the rows to show, or the room around them, changed. */
  private follow(): void {
    const box = this.box;
    if (!box?.isConnected || !this.shown) return;
    const body = box.querySelector('tbody');
    const rowsTop = body
      ? body.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
      : 0;
    this.scrollTop = box.scrollTop - rowsTop;
    this.viewportHeight = box.clientHeight;
    const next = this.compute(this.shown.items);
    const now = this.shown.rowWindow;
    const moved =
      next.start !== now.start ||
      next.end !== now.end ||
      Math.abs(next.before - now.before) > 1 ||
      Math.abs(next.after - now.after) > 1;
    if (!moved) this.corrections = 0;
    else if (this.corrections++ < MAX_CORRECTIONS) this.host.requestUpdate();
  }

  private compute(items: readonly PlanItem[]): TableWindow {
    const scale = this.estimatedSum > 0 ? this.measuredSum / this.estimatedSum : 1;
    const heights = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      heights[i] = this.heights.get(item) ?? estimate(item) * scale;
    }
    const viewport = this.viewportHeight > 0 ? this.viewportHeight : globalThis.innerHeight || 800;
    return tableWindow(heights, this.scrollTop, viewport, OVERSCAN);
  }
}
