/**
 * A test harness for `<plan-timeline>`: it hides the element's shadow DOM from
 * the tests, which speak of rows, bars and labels.
 */
import type { PlanTimeline } from './plan-timeline.js';

/**
 * Resolves once the page has been idle `times` times (where the element warms up and rehearses).
 *
 * @example
 * await idle(3);
 */
export async function idle(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => requestIdleCallback(resolve));
}

export class PlanTimelineHarness {
  /** The last visible window the element reported (`plan-view-change`). */
  view: { start: string; end: string } | null = null;
  /** How many `plan-view-change` events arrived. */
  viewChanges = 0;

  constructor(readonly element: PlanTimeline) {
    element.addEventListener('plan-view-change', (event) => {
      this.view = { ...event.detail };
      this.viewChanges++;
    });
  }

  /** Days in the last reported visible window. */
  get viewDays(): number {
    if (!this.view) return NaN;
    return (Date.parse(this.view.end) - Date.parse(this.view.start)) / 86_400_000 + 1;
  }

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits for the element to render, for the size observer and the zoom's frame batching, and to render again. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.element.updateComplete;
  }

  /** Waits until the element leaves the loading state. */
  async loaded(): Promise<void> {
    for (let i = 0; i < 200 && (this.element.state === 'loading' || this.element.state === 'empty'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.settle();
  }

  get grid(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[role="treegrid"]')!;
  }

  /** The rows present in the DOM, in order. */
  get rows(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="row"]')].sort(
      (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
    );
  }

  /** The text of a row's label cell, without whitespace runs. */
  label(row: Element): string {
    return (row.querySelector('.cell-label .title')?.textContent ?? '').trim();
  }

  /** Row labels in order. */
  get labels(): string[] {
    return this.rows.map((row) => this.label(row));
  }

  /** The first row whose label contains the text. */
  row(text: string): HTMLElement {
    const row = this.rows.find((r) => this.label(r).includes(text));
    if (!row) throw new Error(`No row labelled ${text}; rows: ${this.labels.join(' | ')}`);
    return row;
  }

  /** The bars (and milestones) of a row. */
  bars(row: Element): HTMLElement[] {
    return [...row.querySelectorAll<HTMLElement>('[data-span]')];
  }

  /** The words a bar shows (in it) or a milestone (beside it). */
  words(bar: Element): string {
    const label = bar.classList.contains('milestone') ? bar.nextElementSibling : bar;
    return label?.textContent?.trim() ?? '';
  }

  /** Recurrence bands of a row. */
  bands(row: Element): HTMLElement[] {
    return [...row.querySelectorAll<HTMLElement>('.band')];
  }

  /** A band's label, if it has one. */
  bandLabel(band: Element): HTMLElement | null {
    return band.querySelector<HTMLElement>('.band-label');
  }

  /** The x ranges a band fills (the coloured stops of its gradient), in the frame's coordinates, in order. */
  bandRanges(band: HTMLElement): [number, number][] {
    const { x } = this.barBox(band);
    const stops = band.style.backgroundImage.matchAll(/var\(--plan-band-color\) (-?[\d.]+)px (-?[\d.]+)px/g);
    return [...stops].map((m) => [x + Number(m[1]), x + Number(m[2])]);
  }

  /** The fiscal-year labels on the axis, each as its lines joined with `/`. */
  get yearLabels(): string[] {
    return [...this.root.querySelectorAll('.axis .years .tick text')]
      .map((text) => [...text.querySelectorAll('tspan')].map((t) => t.textContent).join('/'))
      .filter((label) => label.length > 0);
  }

  /** Labels of the finer unit (quarters, months, days) on the axis. */
  get minorLabels(): string[] {
    return [...this.root.querySelectorAll('.axis .minor .tick text')]
      .map((t) => t.textContent ?? '')
      .filter(Boolean);
  }

  /** Era names marked on the axis. */
  get eraMarks(): string[] {
    return [...this.root.querySelectorAll('.axis .era-change text')].map((t) => t.textContent ?? '');
  }

  get alert(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="alert"]');
  }

  get status(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="status"]');
  }

  get tooltip(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="tooltip"]');
  }

  get details(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part="details"]');
  }

  get table(): HTMLTableElement | null {
    return this.root.querySelector<HTMLTableElement>('[part="table"]');
  }

  /** The table view's item rows in the DOM (a long table has only those in and near view). */
  get tableRows(): HTMLTableRowElement[] {
    return [...(this.table?.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-row]') ?? [])];
  }

  /** Scrolls the table view to `top` (past the end: to the end), and waits until its rows have followed. */
  async scrollTable(top: number): Promise<void> {
    const box = this.table!.parentElement!;
    const shown = (): string => `${box.scrollTop} ${this.tableRows.map((row) => row.dataset['row']).join()}`;
    for (let i = 0, before = ''; i < 6; i++) {
      box.scrollTop = top;
      await this.settle();
      const now = shown();
      if (now === before) return;
      before = now;
    }
  }

  get axis(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[part="axis"]')!;
  }

  get toolbar(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part="toolbar"]');
  }

  get todayLine(): SVGLineElement | null {
    return this.root.querySelector<SVGLineElement>('[part="today"]');
  }

  /** The element that has focus inside the shadow root. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** The row holding the focus (itself or one of its bars). */
  get focusedRow(): HTMLElement | null {
    return (this.root.activeElement?.closest('[role="row"]') as HTMLElement | null) ?? null;
  }

  /**
   * The x range of the visible chart, in the frame's coordinates (those of the axis and the overlay, from the
   * rows' left edge).
   */
  get chartRange(): [number, number] {
    const cell = this.root.querySelector<HTMLElement>('.row .cell-chart')!;
    const box = cell.getBoundingClientRect();
    const left = box.left - cell.closest('.row')!.getBoundingClientRect().left;
    return [left, left + box.width];
  }

  /** Position of a bar (milestone, band) in the frame's coordinates: its x and width. */
  barBox(bar: Element): { x: number; width: number } {
    const box = bar.getBoundingClientRect();
    return { x: box.left - bar.closest('.row')!.getBoundingClientRect().left, width: box.width };
  }

  /** Center of an element in client coordinates. */
  center(el: Element): [number, number] {
    const box = el.getBoundingClientRect();
    return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  }

  /** Count of elements of the shadow tree (for leak and virtualization checks). */
  get nodeCount(): number {
    return this.root.querySelectorAll('*').length;
  }
}
