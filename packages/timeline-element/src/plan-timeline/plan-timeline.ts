import {
  calendarDateOf,
  errorMessage,
  fiscalYearOf,
  layoutPlan,
  type GroupBy,
  type LayoutRow,
  type Plan,
  type PlanItem,
  type PlanLayout,
  type Span,
} from '@plan-timeline/core';
import type { TimeScale } from '../scale/utc-scale.js';
import { LitElement, html, nothing, render, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { axisTicks, type AxisTicks } from '../axis/axis-ticks.js';
import { drawAxis } from '../axis/draw-axis.js';
import { rowChart, type ChartContext } from '../draw/row-chart.js';
import { NO_DEPARTMENT } from '../draw/bar-color.js';
import { PlanErrorEvent } from '../events/plan-error.js';
import { PlanLoadEvent } from '../events/plan-load.js';
import { PlanDeselectEvent } from '../events/plan-deselect.js';
import { PlanSelectEvent } from '../events/plan-select.js';
import { PlanViewChangeEvent } from '../events/plan-view-change.js';
import { buildSvg } from '../export/build-svg.js';
import { ImageTooLargeError, svgToPng } from '../export/svg-to-png.js';
import { planLang } from '../i18n/plan-lang.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { fetchPlanBytes, PlanFetchError } from '../load/fetch-plan.js';
import { DrawRehearsal } from '../load/draw-rehearsal.js';
import { readInSlices } from '../load/read-in-slices.js';
import { afterNextPaint } from '../load/tasks.js';
import { planShapeProblem } from '../load/plan-shape.js';
import { loadPlanReaders, planProblem, planReaders, warmUpPlanReaders } from '../load/read-plan.js';
import type { EraMode, Lang } from '../time/describe-span.js';
import { extentOf } from '../time/extent-of.js';
import { DAY, dateToIso, fiscalYearStart, isoToDate, parseViewBound } from '../time/iso.js';
import { setStyle } from '../directives/set-style.js';
import { detailsPanel } from '../views/details-panel.js';
import { tableView } from '../views/table-view.js';
import { PrintController } from '../print/print-controller.js';
import { TableWindowController } from '../views/table-window-controller.js';
import { tooltip, type TooltipState } from '../views/tooltip.js';
import { gridKeyAction } from '../keyboard/grid-key-action.js';
import { ZoomController } from '../zoom/zoom-controller.js';
import { styles } from './plan-timeline.styles.js';

/** The four states the element can be in. */
export type PlanTimelineState = 'empty' | 'loading' | 'ready' | 'error';

const GROUPINGS: readonly GroupBy[] = ['item', 'department', 'section', 'policy'];
const OVERSCAN = 6;
/** Two windows within a minute of each other at both ends are the same view. */
const sameView = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  Math.abs(a[0] - b[0]) < 60_000 && Math.abs(a[1] - b[1]) < 60_000;
const PALETTE = 8;
/**
 * Rows draw half a chart width beyond each side of the view. While a gesture
 * lasts, the drawn rows are moved and stretched by a CSS transform (no layout,
 * no repaint of their content), and drawn again once it rests, or sooner when
 * the view leaves the drawn range or is stretched by more than this factor.
 */
const DRAW_MARGIN = 0.5;
const MAX_STRETCH = 1.6;

/** A plan with its first `count` items only (for a first layout of a long plan: see `layOutInSteps`). */
function firstItems(plan: Plan, count: number): Plan {
  return { ...plan, items: plan.items.slice(0, count) };
}

/** How many fiscal years before or after a plan's own today's fiscal year may lie and still be fitted into view. */
const TODAY_WITHIN_YEARS = 2;

/** Runs `task` at the start of the frame after the next one (after whatever the page queued meanwhile). */
function inFrameAfterNext(task: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => task()));
}

/**
 * `<plan-timeline>` draws a Japanese municipal plan's items on an interactive,
 * era-labelled fiscal-year (April–March) timeline.
 *
 * Give it a plan by `src` (a URL of any format `parsePlan` reads: the plan's
 * text layout, CSV/TSV in UTF-8, Shift_JIS, EUC-JP or UTF-16, or plan JSON),
 * by the `text` or `plan` property, or inline as a `<script
 * type="application/json">` (a Plan, or `{"text": "…"}`) or `<template>`
 * child. The last input given wins.
 *
 * `src` and `text` are read by the plan readers, which the standalone bundle
 * keeps in a chunk of their own (`plan-timeline.readers.js`): it is loaded
 * when the element is first given one of them, or sooner, as soon as the
 * element is first drawn with no input yet (a page that fetches its plan then
 * reads it without waiting for the chunk). While the element waits for its
 * plan, the page's idle moments run the readers on a small sample plan of the
 * element's own until the engine has optimized them, so that the plan's first
 * screen is not read by code running for the first time; then, still waiting,
 * the element draws that sample once, out of sight (a copy of itself at its
 * size, hidden, inert and hidden from assistive technology, its events kept
 * in, gone once painted or as soon as the plan comes), so that the plan's
 * first frame is not the page's first drawing either. Both happen once per
 * page. An element given a `plan` object before its first update
 * (set as it is created or connected) never loads them. When the chunk cannot be
 * loaded the element says so (state `error`), and the next `src` or `text` asks
 * for it again, with `retry=N` in its query: some browsers keep a failed import
 * and would not fetch the same address again.
 *
 * A long plan is shown as it is read: its first screen of items appears at
 * once, with `aria-busy` on the rows and a progress note, while the rest is
 * read in short slices that leave the page responsive (background-priority
 * tasks where the browser has `scheduler.postTask`: the page's own work goes
 * first); `plan-load` fires when the whole plan is read, and the view is
 * then fitted to it (unless the reader moved it meanwhile). This holds for
 * every format, JSON included; a JSON document found broken once read to its
 * end shows its error (with the line) and none of the rows shown before, as a
 * plan that breaks the model is not trusted in part. A long plan given
 * as a `plan` object (grouped by item, nothing selected) is drawn likewise:
 * the rows of its first screen at once, the layout of all its items once that
 * frame is painted (`state` is `loading` and the rows busy until then, and
 * `plan-load` follows).
 *
 * The rows form a `treegrid` (virtualized: only rows near the viewport are in the
 * DOM, while `aria-rowcount` counts all of them) with one roving focus:
 * ArrowUp/ArrowDown move between rows, ArrowRight expands a group or steps into
 * and through the row's bars, ArrowLeft steps back, collapses, or goes to the
 * parent row, Home/End go to the first/last row, Enter or Space selects.
 * `+`/`-` zoom, Shift+ArrowLeft/Right pan, `0` shows all. On the time axis the
 * plain wheel and arrow keys zoom and pan; over the rows, Ctrl/⌘+wheel (or a
 * trackpad pinch) zooms, a horizontal wheel pans and the plain wheel scrolls
 * the rows; drag pans and double-click zooms in.
 *
 * `view="table"` shows the items as a plain table instead (No., code, title,
 * departments and dates as text) in a focusable scrolling region. A table of
 * more than 200 items keeps only the rows in and near view in the DOM (between
 * spacer rows that take the others' room; `aria-rowcount` on the table and
 * `aria-rowindex` on each row give the whole count), so that a plan of
 * thousands of items opens as a table at once; a shorter one is rendered whole,
 * for the browser's find in page.
 *
 * Printed (from the browser's menu or `window.print()`), the element draws every
 * row of either view, one below the other and none cut by a page break, as tall as
 * they need, at the width and with the time window it shows on screen (the browser
 * shrinks a page too wide for the paper); the toolbar's controls are left off.
 * Every page begins with the fiscal-year axis (the table's header row in the
 * table view), so that a page read on its own still says which year is which.
 *
 * @tagname plan-timeline
 * @summary An accessible, zoomable fiscal-year timeline of a plan's items, with 和暦 labels.
 *
 * @slot - Optional inline plan: a `<script type="application/json">` holding a Plan or `{"text": "…"}`, or a `<template>` whose text is a plan.
 *
 * @fires {PlanLoadEvent} plan-load - `detail: { plan }`, after a plan is read from any input.
 * @fires {PlanSelectEvent} plan-select - `detail: { item, span }`, when a person selects an item or one of its bars.
 * @fires {PlanDeselectEvent} plan-deselect - `detail: { item }` (the item that was selected), when a person clears the selection: the details panel's close button, or Escape in the rows. `select(null)` and setting `selected` fire nothing.
 * @fires {PlanErrorEvent} plan-error - `detail: { message, cause? }`, when a plan cannot be loaded or read (a
 *   `plan` object too, when it holds no items and an error that says why, or is not shaped as a plan: the error
 *   is shown).
 * @fires {PlanViewChangeEvent} plan-view-change - `detail: { start, end }` (ISO dates), after the visible window of a plan changes, at most once per frame, and once when a plan is first shown (a resize that keeps the window, a zoom past its limit, or an element waiting for a plan or showing an error fires none).
 *
 * @csspart toolbar - The bar with the filter box, grouping, zoom buttons and the table toggle.
 * @csspart axis - The fiscal-year axis.
 * @csspart row - A row of the treegrid (group, item or track).
 * @csspart bar - A span's bar: an HTML box holding its words (style it with `background`, not `fill`).
 * @csspart milestone - A month or day milestone: an HTML box, its diamond drawn as its `::before`.
 * @csspart today - The today line.
 * @csspart tooltip - The tooltip shown on hover or focus of a bar.
 * @csspart details - The details panel of the selected item.
 * @csspart error - The error message (`role="alert"`).
 * @csspart table - The table view's `<table>`.
 *
 * @cssproperty [--plan-height=36rem] - Height of the element.
 * @cssproperty [--plan-font-family='Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic UI', Meiryo, system-ui, sans-serif] - Font: Japanese fonts first, whose Latin letters and digits serve too.
 * @cssproperty [--plan-font-size=13px] - Font size of labels.
 * @cssproperty [--plan-row-height=28px] - Height of a one-lane row.
 * @cssproperty [--plan-label-width=22rem] - Width of the label column.
 * @cssproperty [--plan-axis-height=48px] - Height of the time axis.
 * @cssproperty [--plan-radius=8px] - Corner radius of the element.
 * @cssproperty [--plan-background=#ffffff] - Background.
 * @cssproperty [--plan-surface=#f5f7fa] - Background of the toolbar, axis and group rows.
 * @cssproperty [--plan-text-color=#1b1f24] - Text colour.
 * @cssproperty [--plan-muted-color=#555f6b] - Secondary text colour.
 * @cssproperty [--plan-border-color=#d0d7de] - Borders.
 * @cssproperty [--plan-grid-color=#e6eaef] - Row and year lines.
 * @cssproperty [--plan-bar-color=#1f5fa8] - Bar colour of items without a department.
 * @cssproperty [--plan-bar-text-color=#ffffff] - Text on bars.
 * @cssproperty [--plan-dept-color-0=#1f5fa8] - Bars of items led by the plan's 1st, 9th, 17th … department (in the order of `plan.departments`, then of the items).
 * @cssproperty [--plan-dept-color-1=#2e7d32] - Bars of items led by the plan's 2nd, 10th, 18th … department.
 * @cssproperty [--plan-dept-color-2=#6a3fa0] - Bars of items led by the plan's 3rd, 11th, 19th … department.
 * @cssproperty [--plan-dept-color-3=#00695c] - Bars of items led by the plan's 4th, 12th, 20th … department.
 * @cssproperty [--plan-dept-color-4=#8a4b08] - Bars of items led by the plan's 5th, 13th, 21st … department.
 * @cssproperty [--plan-dept-color-5=#ad1457] - Bars of items led by the plan's 6th, 14th, 22nd … department.
 * @cssproperty [--plan-dept-color-6=#b3261e] - Bars of items led by the plan's 7th, 15th, 23rd … department.
 * @cssproperty [--plan-dept-color-7=#455a64] - Bars of items led by the plan's 8th, 16th, 24th … department.
 * @cssproperty [--plan-band-color=rgba(31,95,168,0.13)] - Recurrence bands (毎年度, 3年毎).
 * @cssproperty [--plan-band-text-color=#274b74] - Text on recurrence bands.
 * @cssproperty [--plan-today-color=#c62828] - The today line.
 * @cssproperty [--plan-current-year-color=rgba(245,180,0,0.13)] - Shade of the current fiscal year.
 * @cssproperty [--plan-era-color=#7b3fb8] - Era change marks (令和 from 2019-05-01).
 * @cssproperty [--plan-selection-color=#e3edfc] - Selected rows.
 * @cssproperty [--plan-hover-color=#f1f4f8] - Rows under the pointer.
 * @cssproperty [--plan-mark-color=#ffe08a] - The selected span's words, marked in the schedule's text in the details.
 * @cssproperty [--plan-focus-color=#0b57d0] - Focus rings.
 */
export class PlanTimeline extends LitElement {
  static override styles = styles;

  private readonly zoom = new ZoomController(this, {
    onViewChange: (scale) => this.onViewChange(scale),
    onGestureEnd: () => {
      if (this.drawnScale !== this.zoom.scale) this.requestUpdate();
    },
    isTimeArea: (target) => target instanceof Element && target.closest('.cell-chart, .axis') !== null,
    isAxis: (target) => target instanceof Element && target.closest('.axis') !== null,
  });

  /** Only the rows in and near view of a long table are in the DOM. */
  private readonly tableRows = new TableWindowController(this, () =>
    this.renderRoot.querySelector<HTMLElement>('.table-wrap'),
  );

  /** While the page is printed, every row is drawn, at the width the element had on screen. */
  private readonly printMode = new PrintController(this);
  /** Draws a sample plan once, out of sight, while the element waits for its plan (see `DrawRehearsal`). */
  private readonly rehearsal = new DrawRehearsal(this, () => {
    const twin = new (this.constructor as typeof PlanTimeline)();
    // Drawn as this element will draw its plan: the same words, notation, grouping and look.
    twin.lang = this.lang;
    twin.era = this.era;
    twin.groupBy = this.groupBy;
    twin.theme = this.theme;
    twin.noToolbar = this.noToolbar;
    return twin;
  });

  @query('.frame') private frameEl!: HTMLElement;
  @query('.metrics') private metricsEl!: HTMLElement;
  @query('.scroller') private scrollerEl!: HTMLElement;
  @query('.corner') private cornerEl!: HTMLElement;
  @query('.axis-years') private axisYearsEl!: SVGGElement;
  @query('.axis-minor') private axisMinorEl!: SVGGElement;
  @query('.axis-eras') private axisErasEl!: SVGGElement;
  @query('.axis-shade') private axisShadeEl!: SVGGElement;
  @query('.axis-today') private axisTodayEl!: SVGGElement;
  @query('.overlay') private overlayEl!: SVGSVGElement;

  @state() private currentState: PlanTimelineState = 'empty';
  @state() private currentError: string | null = null;
  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private chosenSpan: { serial: number; index: number } | null = null;
  @state() private tip: TooltipState | null = null;
  @state() private rowsTop = 0;
  @state() private viewportHeight = 0;
  @state() private labelWidth = 0;
  @state() private chartWidth = 0;
  /** A long plan is being read: its first items are shown while the rest is read (0–1 read). */
  @state() private reading: number | null = null;

  private currentPlan: Plan | null = null;
  private currentSrc: string | null = null;
  private currentText: string | null = null;
  private pendingInput: 'src' | 'text' | 'plan' | null = null;
  /** What the plan shown was given as: a `src` or `text` is read again when `fiscalYear` changes. */
  private inputKind: 'src' | 'text' | 'plan' | null = null;
  private inputGiven = false;
  private loadToken = 0;
  /** A read waiting for the plan readers to load (see {@link loadPlanReaders}), or a long plan being read; else `null`. */
  private pendingRead: Promise<void> | null = null;
  /** Ends the wait for a long plan being read or laid out (when it is done, or replaced by another input). */
  private endReading: (() => void) | null = null;
  /**
   * A long plan given as an object is laid out in two steps (see {@link layOutInSteps}): while only the
   * items of its first screen are, their number; else `null`.
   */
  private layoutLimit: number | null = null;
  /** The view is kept when the next plan arrives (a long plan read in slices, shown as it grows). */
  private keepViewOnce = false;
  /** The view fitted to a long plan's first items (ms), to tell whether the reader moved it before the rest came. */
  private readingView: [number, number] | null = null;
  private abort: AbortController | null = null;
  private layout: PlanLayout | null = null;
  private offsets = new Float64Array(1);
  private rowHeight = 28;
  private axisHeight = 47;
  private focusIndex = 0;
  private focusRowId: string | null = null;
  private focusSpan: number | null = null;
  /** Items by serial (No.), worked out when first asked for: see {@link itemOf}. */
  private itemsBySerial: Map<number, PlanItem> | null = null;
  /** Palette index of items drawn so far, and the order of departments it is taken from. */
  private colors = new Map<PlanItem, number>();
  private departmentOrder: Map<string, number> | null = null;
  private anchorFiscalYear = 2000;
  private resizeObserver: ResizeObserver | null = null;
  private viewReady = false;
  private selectedByUser = false;
  private pendingReveal: string | null = null;
  private ticksCache: {
    scale: TimeScale;
    era: EraMode;
    lang: Lang;
    width: number;
    ticks: AxisTicks;
  } | null = null;
  private pendingView = false;
  /** The view scale the rows were last rendered with. */
  private drawnScale: TimeScale | null = null;
  /** Why the last value given as `plan` was not taken (see `planShapeProblem`), or `null`. */
  private planRejected: string | null = null;
  /** The window the last `plan-view-change` reported. */
  private reportedView: { start: string; end: string } | null = null;
  /** Whether the rows' drawings are moved by a transform (a gesture is under way). */
  private stretched = false;
  /** Whether the last render showed rows. */
  private rowsShown = false;
  /**
   * The rows are about to be shown for the first time (a plan has arrived): this render draws only the rows
   * in view, and the rows around them (`OVERSCAN`) follow in the next frame, so that the first frame is
   * not delayed by rows nobody sees yet.
   */
  private inViewOnly = false;

  /** URL of a plan in any format `parsePlan` reads (fetched as bytes; UTF-8, Shift_JIS, EUC-JP or UTF-16). */
  @property()
  get src(): string | null {
    return this.currentSrc;
  }
  set src(value: string | null) {
    const old = this.currentSrc;
    this.currentSrc = value;
    if (value !== null && value !== '') this.takeInput('src');
    this.requestUpdate('src', old);
  }

  /**
   * Plan text in any format `parsePlan` reads. The first text (or `src`) given
   * in a page waits, in state `loading`, for the plan readers' chunk;
   * `updateComplete` waits for it too.
   */
  @property({ attribute: false })
  get text(): string | null {
    return this.currentText;
  }
  set text(value: string | null) {
    const old = this.currentText;
    // Whatever is given is read as text (a number, an object): what is no plan is said to be none.
    this.currentText =
      value === null || value === undefined || typeof value === 'string' ? value : String(value);
    if (value !== null && value !== undefined) this.takeInput('text');
    this.requestUpdate('text', old);
  }

  /**
   * The plan shown; after `src` or `text` is read it holds the parsed plan.
   * While a long plan is read (`state` is `loading`, its first items already
   * shown) it holds the items read so far. When a `src` or `text` could not be
   * loaded or read (`state` is `error`), it holds the plan from before, which is
   * not shown. A value not shaped as a plan (no `items` list, an item without its
   * `schedule` …) is not taken: `plan` is `null`, and the element says where it
   * falls short (`plan-error`).
   */
  @property({ attribute: false })
  get plan(): Plan | null {
    return this.currentPlan;
  }
  set plan(value: Plan | null) {
    const old = this.currentPlan;
    if (value === old) return;
    this.takeInput('plan');
    // A value not shaped as a plan is not taken (`plan` is then `null`): the element says why instead of drawing it.
    this.planRejected = value === null || value === undefined ? null : planShapeProblem(value);
    this.currentPlan = this.planRejected === null ? (value ?? null) : null;
    this.requestUpdate('plan', old);
  }

  /** How rows are grouped: `item` (nested by code), `department`, `section` or `policy`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'item';

  /** Notation of years: `both` (2021 / R3), `western` (2021年度) or `japanese` (令和3年度). */
  @property({ reflect: true }) era: EraMode = 'both';

  /** Language of the element's own words: `ja` or `en`. */
  @property({ reflect: true }) override lang: Lang = 'ja';

  /** First day of the visible window: an ISO date or a fiscal year (`2021`). */
  @property({ attribute: 'view-start' }) viewStart: string | null = null;

  /** Last day of the visible window: an ISO date or a fiscal year (`2021` ends on 2022-03-31). */
  @property({ attribute: 'view-end' }) viewEnd: string | null = null;

  /** Today, as an ISO date, for the today line and the current fiscal year; the date in Japan when absent. */
  @property() today: string | null = null;

  /** Text search over titles, content, goals, codes, No. and departments. */
  @property({ reflect: true }) filter = '';

  /** Comma-separated department names: only items they lead or join are shown. */
  @property() departments = '';

  /** Colour theme: `light`, `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Serial (No.) of the selected item, or `null`. */
  @property({ type: Number }) selected: number | null = null;

  /** `timeline` (the chart) or `table` (items and dates as a plain table). */
  @property({ reflect: true }) view: 'timeline' | 'table' = 'timeline';

  /** Hides the element's own toolbar, for pages that bring their own controls. */
  @property({ attribute: 'no-toolbar', type: Boolean, reflect: true }) noToolbar = false;

  /**
   * The fiscal year the plan is for (an annual plan's: `2024`): months its schedules write before any
   * year (`4月～6月：調査`) are read in it, and 今年度, 来年度 … counted from it (see core's `parseSchedule`);
   * when it is not set, the year the plan's title names (`令和6年度 …実施計画`), if it names one. Changing it
   * reads a `src` or `text` plan again; a `plan` object is shown as it was read.
   */
  @property({ attribute: 'fiscal-year', type: Number }) fiscalYear: number | null = null;

  /**
   * `empty`, `loading` (also while a long plan's first items are shown and the rest is read or laid out),
   * `ready` or `error`.
   */
  get state(): PlanTimelineState {
    return this.currentState;
  }

  /** The error message shown, or `null`. */
  get error(): string | null {
    return this.currentError;
  }

  /**
   * The rows of the current grouping: all of them, not only those in the DOM (while a long plan is still
   * read or laid out, those of the items read or laid out so far).
   */
  get rows(): readonly LayoutRow[] {
    return this.layout?.rows ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readRowHeight();
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  /** Also waits for a plan read that waits for the readers to load, so that `await updateComplete` after setting `text` sees the plan. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pendingRead) {
      await this.pendingRead;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override firstUpdated(): void {
    this.zoom.attach(this.frameEl);
    this.scrollerEl.addEventListener('scroll', this.onScroll, { passive: true });
    this.observeSize();
    this.prefetchReaders();
  }

  /**
   * An element drawn for the first time with no input yet loads the plan readers at once, so that a `text`
   * or `src` given later (a page fetching its plan) is read without waiting for their chunk; one given a
   * `plan` before its first update never loads them. The chunk is fetched and compiled off the main thread
   * while the page goes on; once the page is idle, if no input came meanwhile, the readers run on a small
   * sample plan, in idle periods, until the engine has optimized them (see `warmUpPlanReaders`), so that the
   * plan's first screen is not read by code running for the first time; then, still with no input, it draws
   * the sample once, out of sight (see `DrawRehearsal`), so that the plan's first frame is not the page's
   * first drawing either.
   */
  private prefetchReaders(): void {
    if (this.inputGiven) return;
    this.prepareWhile(() => !this.inputGiven);
  }

  /**
   * While `waiting` says the element still waits for its plan, warms the plan readers up on their sample
   * (`warmUpPlanReaders`), then draws the sample once out of sight (`DrawRehearsal`).
   */
  private prepareWhile(waiting: () => boolean): void {
    void warmUpPlanReaders(waiting).then((warm) => warm && this.rehearsal.start(waiting));
  }

  private takeInput(kind: 'src' | 'text' | 'plan'): void {
    this.rehearsal.stop();
    this.planRejected = null;
    this.inputGiven = true;
    this.pendingInput = kind;
    this.inputKind = kind;
  }

  private observeSize(): void {
    if (this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver((entries) => {
      // The box sized by --plan-row-height and --plan-axis-height: a page changed one of them.
      if (entries.some((entry) => entry.target === this.metricsEl)) this.readRowHeight();
      this.measure();
    });
    this.resizeObserver.observe(this.frameEl);
    this.resizeObserver.observe(this.scrollerEl);
    this.resizeObserver.observe(this.metricsEl);
  }

  private readRowHeight(): void {
    const style = getComputedStyle(this);
    const axis = parseFloat(style.getPropertyValue('--plan-axis-height'));
    const axisHeight = Number.isFinite(axis) && axis > 20 ? axis - 1 : 47;
    if (axisHeight !== this.axisHeight) {
      this.axisHeight = axisHeight;
      this.requestUpdate();
    }
    const value = parseFloat(style.getPropertyValue('--plan-row-height'));
    const next = Number.isFinite(value) && value >= 16 ? value : 28;
    if (next !== this.rowHeight) {
      this.rowHeight = next;
      this.computeOffsets();
      this.requestUpdate();
    }
  }

  private measure(): void {
    if (!this.scrollerEl || !this.cornerEl) return;
    const labelWidth = this.cornerEl.getBoundingClientRect().width;
    const chartWidth = Math.max(0, this.scrollerEl.clientWidth - labelWidth);
    const viewportHeight = this.scrollerEl.clientHeight;
    if (viewportHeight !== this.viewportHeight) this.viewportHeight = viewportHeight;
    this.revealPending();
    if (labelWidth === this.labelWidth && chartWidth === this.chartWidth) return;
    if (chartWidth <= 0) return;
    this.labelWidth = labelWidth;
    this.chartWidth = chartWidth;
    this.readRowHeight();
    this.resetBase(this.viewReady);
  }

  /** Sets the zoom's fitted domain and range; keeps the view when asked, else fits or applies view-start/end. */
  private resetBase(keepView: boolean): void {
    if (this.chartWidth <= 0) return;
    const domain = this.fitDomain(this.currentPlan?.items ?? []);
    this.zoom.setBase(domain, [this.labelWidth, this.labelWidth + this.chartWidth], keepView);
    this.viewReady = true;
    if (!keepView || this.pendingView) this.applyViewAttributes();
    if (this.reading !== null && !keepView) this.readingView = this.viewMs();
    this.requestUpdate();
  }

  private applyViewAttributes(): void {
    this.pendingView = false;
    const start = parseViewBound(this.viewStart, 'start');
    const end = parseViewBound(this.viewEnd, 'end');
    if (!start && !end) return;
    const [d0, d1] = this.zoom.baseDomain;
    const a = start ?? d0;
    const b = end ?? d1;
    this.zoom.zoomTo(a, b > a ? b : new Date(a.getTime() + 365 * DAY));
  }

  /**
   * The window that shows all of `items`: their fiscal years with a little room, one more year for open ends;
   * and today's fiscal year whole when it lies within two years of theirs (a plan just ended or about to begin),
   * so that the reader sees where today stands.
   */
  private fitDomain(items: readonly PlanItem[]): [Date, Date] {
    const { extent, openEnd } = extentOf(items);
    const todayYear = fiscalYearOf(this.todayIso());
    if (!extent) return [fiscalYearStart(todayYear - 1), fiscalYearStart(todayYear + 3)];
    let start = (isoToDate(extent.start) ?? fiscalYearStart(2000)).getTime() - 45 * DAY;
    // Open ends (以降) get one more fiscal year to fade out in.
    let end = (isoToDate(extent.end) ?? fiscalYearStart(2001)).getTime() + (openEnd ? 365 + 150 : 45) * DAY;
    if (todayYear > extent.endFiscalYear && todayYear <= extent.endFiscalYear + TODAY_WITHIN_YEARS)
      end = Math.max(end, fiscalYearStart(todayYear + 1).getTime() + 45 * DAY);
    if (todayYear < extent.startFiscalYear && todayYear >= extent.startFiscalYear - TODAY_WITHIN_YEARS)
      start = Math.min(start, fiscalYearStart(todayYear).getTime() - 45 * DAY);
    return [new Date(start), new Date(end)];
  }

  private todayIso(): string {
    if (this.today && isoToDate(this.today)) return this.today;
    return calendarDateOf(new Date(), { timeZone: 'Asia/Tokyo' });
  }

  private get words(): Words {
    return wordsFor(this.lang);
  }

  // ---- inputs -------------------------------------------------------------

  private onSlotChange(): void {
    if (this.inputGiven) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    const template = this.querySelector(':scope > template');
    let text: string | null = null;
    if (script) {
      const raw = script.textContent ?? '';
      try {
        const value: unknown = JSON.parse(raw);
        text =
          value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string'
            ? (value as { text: string }).text
            : raw;
      } catch {
        text = raw;
      }
    } else if (template instanceof HTMLTemplateElement) {
      text = template.content.textContent ?? '';
    }
    if (text !== null) this.text = text;
  }

  private startLoad(kind: 'src' | 'text' | 'plan'): void {
    const token = ++this.loadToken;
    this.abort?.abort();
    this.abort = null;
    this.reading = null;
    this.layoutLimit = null;
    this.endWaitForWholePlan();
    if (kind === 'plan') {
      const plan = this.currentPlan;
      if (this.planRejected !== null) {
        this.clearPlan();
        this.fail(this.words.loadFailed(null, this.words.notAPlan(this.planRejected)), this.planRejected);
        return;
      }
      if (!plan) {
        this.clearPlan();
        return;
      }
      // A plan that could not be read (no items, and an error that says why) is shown as that error.
      if (plan.items.length === 0 && plan.diagnostics.some((d) => d.severity === 'error')) {
        const problem = planProblem(plan, this.lang === 'en' ? 'en' : 'ja');
        this.fail(this.words.loadFailed(null, this.words.notAPlan(problem)), plan.diagnostics);
        return;
      }
      this.beginPlan();
      const firstScreen = this.firstScreenOf(plan);
      if (firstScreen !== null) this.layOutInSteps(plan, firstScreen, token);
      else this.planReady(plan);
      return;
    }
    if (kind === 'text') {
      const text = this.currentText ?? '';
      if (text.trim() === '') {
        this.clearPlan();
        return;
      }
      this.readInput(text, token, null);
      return;
    }
    const url = this.currentSrc;
    if (!url) return;
    this.setState('loading', null);
    // The readers come in while the file does, and run once on a sample if the page is idle before it is
    // there (a failure to load them is reported once the file is there).
    const abort = new AbortController();
    this.abort = abort;
    let fetching = true;
    this.prepareWhile(() => fetching && this.abort === abort);
    fetchPlanBytes(url, abort.signal, this.words).then(
      (bytes) => {
        fetching = false;
        this.rehearsal.stop();
        this.readInput(bytes, token, url);
      },
      (error: unknown) => {
        fetching = false;
        this.rehearsal.stop();
        if (token !== this.loadToken) return;
        const message =
          error instanceof PlanFetchError ? error.message : this.words.loadFailed(url, errorMessage(error));
        this.fail(message, error instanceof PlanFetchError ? error.reason : error);
      },
    );
  }

  /** `what` names the input in messages: the `src`, or `null` for `.text` (a page's own words, not a file). */
  private readInput(input: string | Uint8Array, token: number, what: string | null): void {
    if (token !== this.loadToken) return;
    const readers = planReaders();
    if (!readers) {
      // The first plan read in this page waits for the readers' chunk: `updateComplete` waits with it.
      this.setState('loading', null);
      const read = loadPlanReaders().then(
        () => this.readInput(input, token, what),
        (error: unknown) => {
          if (token === this.loadToken) this.fail(this.words.loadFailed(what, this.words.noReader), error);
        },
      );
      this.waitFor(read);
      return;
    }
    try {
      readInSlices(
        readers.readPlanInSteps(input, this.fiscalYear === null ? {} : { fiscalYear: this.fiscalYear }),
        {
          first: (plan, progress) => {
            this.waitForWholePlan();
            this.showReading(plan, progress, true);
          },
          progress: (plan, progress) => this.showReading(plan, progress, false),
          done: (plan) => {
            this.finishReading(plan, what);
            this.endWaitForWholePlan();
          },
          current: () => token === this.loadToken,
        },
        // The first screen of rows at once; then slices short enough for the page to stay responsive.
        { firstItems: this.firstScreenRows(), firstMs: 40, sliceMs: 12, refreshMs: 500 },
      );
    } catch (error) {
      this.reading = null;
      this.fail(this.words.loadFailed(what, errorMessage(error)), error);
    }
  }

  /** Makes `updateComplete` wait for `read` too. */
  private waitFor(read: Promise<void>): void {
    this.pendingRead = read;
    void read.finally(() => {
      if (this.pendingRead === read) this.pendingRead = null;
    });
  }

  /** Makes `updateComplete` wait until a long plan is read or laid out whole (see {@link endWaitForWholePlan}). */
  private waitForWholePlan(): void {
    this.waitFor(new Promise<void>((resolve) => (this.endReading = resolve)));
  }

  /** Ends the wait {@link waitForWholePlan} began, if any: the plan is done, or replaced by another input. */
  private endWaitForWholePlan(): void {
    this.endReading?.();
    this.endReading = null;
  }

  /**
   * Items that fill the first screen of a long plan, shown before the rest is read: every item is at least
   * one row, so as many items as rows fit fill it. The rows below follow with the next slice.
   */
  private firstScreenRows(): number {
    const height = this.viewportHeight || this.getBoundingClientRect().height || 800;
    return Math.ceil(height / (this.rowHeight || 28)) + 2;
  }

  /**
   * The number of items laid out first when a plan given as an object is laid out in two steps: it is
   * grouped by item, no item is to be brought into view, and its first screen holds under a quarter of its
   * items (as a long plan's reading shows its first screen first); `null` when it is laid out at once.
   */
  private firstScreenOf(plan: Plan): number | null {
    if (this.groupBy !== 'item' || this.selected !== null) return null;
    const rows = this.firstScreenRows();
    return plan.items.length > 4 * rows ? rows : null;
  }

  /**
   * Lays out a long plan given as an object in two steps: its first `firstScreen` items at once, drawn
   * in the coming frame, then the whole plan once that frame is painted (`layoutPlan` of every item of
   * 10,000 takes tens of milliseconds). Meanwhile the element is `loading`, its rows busy; `updateComplete`
   * waits for the whole plan, and `plan-load` follows it.
   */
  private layOutInSteps(plan: Plan, firstScreen: number, token: number): void {
    this.layoutLimit = firstScreen;
    this.setState('loading', null);
    this.waitForWholePlan();
    afterNextPaint(() => {
      if (token !== this.loadToken || this.layoutLimit === null) return;
      this.layoutLimit = null;
      this.relayout();
      // An item chosen in code meanwhile may lie beyond the first screen's items: brought into view now.
      if (this.selected !== null) this.reveal(this.selected);
      this.requestUpdate();
      this.planReady(plan);
      this.endWaitForWholePlan();
    });
  }

  /** Shows the items of a long plan read so far; the view stays as it is once shown. */
  private showReading(plan: Plan, progress: number, first: boolean): void {
    const old = this.currentPlan;
    this.currentPlan = plan;
    if (first) {
      this.setState('loading', null);
      this.beginPlan();
    } else this.keepViewOnce = true;
    this.reading = progress;
    this.requestUpdate('plan', old);
  }

  /** The whole plan is read: shows it, or says why it cannot be shown. */
  private finishReading(plan: Plan, what: string | null): void {
    const wasReading = this.reading !== null;
    this.reading = null;
    const problem = planProblem(plan, this.lang === 'en' ? 'en' : 'ja');
    if (problem !== null) {
      if (wasReading) this.clearPlan();
      this.fail(this.words.loadFailed(what, this.words.notAPlan(problem)), plan.diagnostics);
      return;
    }
    const old = this.currentPlan;
    this.currentPlan = plan;
    // A view the reader chose while the plan was read is kept; else the whole plan is fitted.
    if (wasReading)
      this.keepViewOnce = this.readingView !== null && !sameView(this.viewMs(), this.readingView);
    else this.beginPlan();
    this.readingView = null;
    this.requestUpdate('plan', old);
    this.planReady(plan);
  }

  /** The visible window, as milliseconds. */
  private viewMs(): [number, number] {
    const [a, b] = this.zoom.scale.domain() as [Date, Date];
    return [a.getTime(), b.getTime()];
  }

  /** A new plan: nothing is collapsed, focused or pointed at. */
  private beginPlan(): void {
    this.collapsed = new Set();
    this.focusIndex = 0;
    this.focusRowId = null;
    this.focusSpan = null;
    this.tip = null;
  }

  private planReady(plan: Plan): void {
    this.setState('ready', null);
    this.dispatchEvent(new PlanLoadEvent({ plan }));
  }

  private clearPlan(): void {
    const old = this.currentPlan;
    this.currentPlan = null;
    this.requestUpdate('plan', old);
    this.setState('empty', null);
  }

  private fail(message: string, cause: unknown): void {
    this.setState('error', message);
    this.dispatchEvent(new PlanErrorEvent({ message, cause }));
  }

  private setState(next: PlanTimelineState, error: string | null): void {
    // The next plan's window is reported, even when it is the one reported for the plan before.
    if (next === 'empty' || next === 'error') this.reportedView = null;
    this.currentState = next;
    this.currentError = error;
  }

  // ---- layout -------------------------------------------------------------

  private relayout(): void {
    const plan = this.currentPlan;
    if (!plan) {
      this.layout = null;
      this.computeOffsets();
      return;
    }
    const departments = this.departmentList();
    const limit = this.layoutLimit;
    this.layout = layoutPlan(limit !== null && plan.items.length > limit ? firstItems(plan, limit) : plan, {
      groupBy: GROUPINGS.includes(this.groupBy) ? this.groupBy : 'item',
      filter: this.filter,
      departments,
      collapsed: this.collapsed,
      lang: this.lang === 'en' ? 'en' : 'ja',
    });
    this.computeOffsets();
    const rows = this.layout.rows;
    const again = this.focusRowId === null ? -1 : rows.findIndex((r) => r.id === this.focusRowId);
    this.focusIndex = again >= 0 ? again : Math.min(this.focusIndex, Math.max(0, rows.length - 1));
    if (again < 0) this.focusSpan = null;
    this.focusRowId = rows[this.focusIndex]?.id ?? null;
  }

  /** The `departments` attribute as names: split on commas (`,` `、` `，`), trimmed. */
  private departmentList(): string[] {
    return (this.departments ?? '')
      .split(/[,、，]/u)
      .map((d) => d.trim())
      .filter((d) => d.length > 0);
  }

  /** Forgets what was worked out for the previous plan; what the first frame does not need waits until it is asked for. */
  private indexPlan(plan: Plan | null): void {
    this.itemsBySerial = null;
    this.colors = new Map();
    this.departmentOrder = null;
    this.anchorFiscalYear =
      (plan && extentOf(plan.items).extent?.startFiscalYear) ?? fiscalYearOf(this.todayIso());
  }

  /** The item with a serial (No.); the first one when a plan repeats a serial. */
  private itemOf(serial: number): PlanItem | undefined {
    if (!this.itemsBySerial) {
      this.itemsBySerial = new Map();
      for (const item of this.currentPlan?.items ?? [])
        if (!this.itemsBySerial.has(item.serial)) this.itemsBySerial.set(item.serial, item);
    }
    return this.itemsBySerial.get(serial);
  }

  /**
   * The palette index of an item, by its lead department: departments take the
   * colours in the order the plan lists them (`plan.departments`, then in the
   * order they first appear in the items), cycling through eight; {@link NO_DEPARTMENT} for an item that names
   * none (drawn in `--plan-bar-color`).
   */
  private colorOf(item: PlanItem): number {
    const known = this.colors.get(item);
    if (known !== undefined) return known;
    const lead = item.departments.find((d) => d.role === 'primary') ?? item.departments[0];
    let color = NO_DEPARTMENT;
    if (lead) {
      let order = this.departmentOrder;
      if (!order) {
        order = this.departmentOrder = new Map();
        for (const d of this.currentPlan?.departments ?? [])
          if (!order.has(d.name)) order.set(d.name, order.size);
      }
      if (!order.has(lead.name)) {
        // A department the plan's list leaves out: number the rest in the order of the items, once.
        for (const other of this.currentPlan?.items ?? [])
          for (const d of other.departments) if (!order.has(d.name)) order.set(d.name, order.size);
      }
      color = (order.get(lead.name) ?? 0) % PALETTE;
    }
    this.colors.set(item, color);
    return color;
  }

  /** The selected span's index when it belongs to the selected item, else `-1`. */
  private spanIndexOf(serial: number): number {
    return this.chosenSpan && this.chosenSpan.serial === serial ? this.chosenSpan.index : -1;
  }

  private rowHeightOf(row: LayoutRow): number {
    const pitch = this.rowHeight - 6;
    return row.kind === 'group' ? this.rowHeight + 2 : this.rowHeight + (row.lanes - 1) * pitch;
  }

  private computeOffsets(): void {
    const rows = this.layout?.rows ?? [];
    const offsets = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i]! + this.rowHeightOf(rows[i]!);
    this.offsets = offsets;
  }

  /** First row whose bottom lies below `y`. */
  private rowAt(y: number): number {
    const offsets = this.offsets;
    let lo = 0;
    let hi = offsets.length - 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo);
  }

  private visibleIndices(): number[] {
    const count = this.layout?.rows.length ?? 0;
    if (count === 0) return [];
    // On paper every row is drawn, one below the other.
    if (this.printMode.printing) return Array.from({ length: count }, (_, i) => i);
    const height = this.viewportHeight || 600;
    const overscan = this.inViewOnly ? 0 : OVERSCAN;
    const first = Math.max(0, this.rowAt(this.rowsTop) - overscan);
    const last = Math.min(count - 1, this.rowAt(this.rowsTop + height) + overscan);
    const indices: number[] = [];
    for (let i = first; i <= last; i++) indices.push(i);
    if (this.focusIndex < first) indices.unshift(this.focusIndex);
    else if (this.focusIndex > last && this.focusIndex < count) indices.push(this.focusIndex);
    return indices;
  }

  // ---- view ---------------------------------------------------------------

  private onViewChange(scale: TimeScale): void {
    this.reportView(scale);
    if (scale === this.drawnScale) return;
    // While a gesture lasts, move what is drawn instead of drawing it again, as long as it covers the view.
    if (this.zoom.gesturing && this.hasUpdated && !this.isUpdatePending && this.stretchTo(scale)) return;
    this.requestUpdate();
  }

  /**
   * Fires `plan-view-change` when the window shown differs from the one last reported. Only while a plan's rows
   * are shown: the window an element keeps while it waits for a plan, or after one failed, is none of a plan's.
   */
  private reportView(scale: TimeScale): void {
    if (this.chartWidth <= 0 || !this.showing) return;
    const [a, b] = [scale.invert(this.labelWidth), scale.invert(this.labelWidth + this.chartWidth)];
    const start = dateToIso(a);
    const end = dateToIso(new Date(b.getTime() - 1));
    // A resize keeps the window, and a zoom past its limit does not move it: neither is a change.
    if (start !== this.reportedView?.start || end !== this.reportedView.end) {
      this.reportedView = { start, end };
      this.dispatchEvent(new PlanViewChangeEvent({ start, end }));
    }
  }

  /**
   * Shows the view `scale` by moving and stretching the rows' drawings (made for
   * `drawnScale`) with a CSS transform, and draws the axis and the overlay for
   * it. Returns `false`, doing nothing, when the drawings do not cover the view
   * or would be stretched too far.
   */
  private stretchTo(scale: TimeScale): boolean {
    const drawn = this.drawnScale;
    const left = this.labelWidth;
    const width = this.chartWidth;
    if (!drawn || width <= 0) return false;
    const t0 = drawn.invert(left);
    const t1 = drawn.invert(left + width);
    const k = (scale(t1) - scale(t0)) / width;
    if (!(k > 1 / MAX_STRETCH && k < MAX_STRETCH)) return false;
    const margin = width * DRAW_MARGIN;
    if (
      drawn(scale.invert(left)) < left - margin ||
      drawn(scale.invert(left + width)) > left + width + margin
    )
      return false;
    // Each row's drawing starts at the chart's left edge: x → k·x + dx in its own pixels.
    const transform = `matrix(${k},0,0,1,${scale(t0) - left},0)`;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.cell-chart > .chart'))
      el.style.transform = transform;
    this.stretched = true;
    this.paintView(scale);
    return true;
  }

  /** Removes the gesture's transform from the rows (they have just been drawn for the current view). */
  private unstretch(): void {
    if (!this.stretched) return;
    this.stretched = false;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.cell-chart > .chart'))
      el.style.removeProperty('transform');
  }

  /**
   * Draws what follows the view exactly, every frame, also during gestures: the
   * axis (with d3), and the year lines, era lines, today line and the shade of
   * the current fiscal year (with Lit, into nodes of their own).
   */
  private paintView(scale: TimeScale): void {
    if (!this.axisYearsEl || !this.overlayEl) return;
    const ticks = this.ticksFor(scale);
    const left = this.labelWidth;
    const right = left + this.chartWidth;
    const todayIso = this.todayIso();
    const today = isoToDate(todayIso);
    const fy = fiscalYearOf(todayIso);
    const cy1 = Math.max(left, scale(fiscalYearStart(fy)));
    const cy2 = Math.min(right, scale(fiscalYearStart(fy + 1)));
    const todayX = today ? scale(today) : NaN;
    const showToday = todayX >= left && todayX <= right;
    const height = this.axisHeight;
    drawAxis(
      { years: this.axisYearsEl, minor: this.axisMinorEl, eras: this.axisErasEl },
      scale,
      ticks,
      height,
      this.printMode.printing ? 'attributes' : 'transform',
    );
    render(
      cy2 > cy1
        ? svg`<rect class="current-year" x=${cy1} y="0" width=${cy2 - cy1} height=${height}></rect>`
        : nothing,
      this.axisShadeEl,
    );
    render(
      showToday
        ? svg`<path class="today-mark" d=${`M${todayX - 5} ${height - 7} l5 7 l5 -7 Z`}></path>`
        : nothing,
      this.axisTodayEl,
    );
    const total = this.offsets[this.offsets.length - 1] ?? 0;
    // On paper the lines run down every row; on screen, down the rows in view.
    const bottom = Math.max(
      10,
      this.printMode.printing ? total : Math.min(this.viewportHeight, total - this.rowsTop),
    );
    render(
      svg`${cy2 > cy1 ? svg`<rect class="current-year" x=${cy1} y="0" width=${cy2 - cy1} height=${bottom}></rect>` : nothing}${ticks.years.map(
        (t) =>
          svg`<line class="year-line" x1=${scale(t.date)} x2=${scale(t.date)} y1="0" y2=${bottom}></line>`,
      )}${ticks.eraChanges.map(
        (e) =>
          svg`<line class="era-line" x1=${scale(e.date)} x2=${scale(e.date)} y1="0" y2=${bottom}></line>`,
      )}${
        showToday
          ? svg`<line class="today" part="today" x1=${todayX} x2=${todayX} y1="0" y2=${bottom}></line>`
          : nothing
      }`,
      this.overlayEl,
    );
  }

  private readonly hideTip = (): void => {
    if (this.tip) this.tip = null;
  };

  private readonly onScroll = (): void => {
    this.rowsTop = this.scrollerEl.scrollTop;
    if (this.tip) this.tip = null;
  };

  // ---- interaction --------------------------------------------------------

  private toggleRow(row: LayoutRow, expand?: boolean): void {
    if (!row.expandable) return;
    const next = new Set(this.collapsed);
    const open = expand ?? !row.expanded;
    if (open) next.delete(row.id);
    else next.add(row.id);
    this.collapsed = next;
  }

  /** Opens the collapsed rows above an item, moves the roving focus to it and scrolls it, with its tracks, into view. */
  private reveal(serial: number): void {
    if (!this.itemOf(serial) || !this.currentPlan) return;
    const find = () => (this.layout?.rows ?? []).findIndex((r) => r.serial === serial && r.kind === 'item');
    let index = find();
    if (index < 0) {
      const open = layoutPlan(this.currentPlan, {
        groupBy: this.groupBy,
        filter: this.filter,
        departments: this.departmentList(),
        lang: this.lang === 'en' ? 'en' : 'ja',
      });
      const hidden = open.rows.find((r) => r.serial === serial && r.kind === 'item');
      if (!hidden) return;
      const next = new Set(this.collapsed);
      for (const r of open.rows) if (hidden.id.startsWith(`${r.id}/`)) next.delete(r.id);
      this.collapsed = next;
      this.relayout();
      index = find();
    }
    if (index < 0) return;
    this.focusIndex = index;
    this.focusRowId = this.layout!.rows[index]!.id;
    this.focusSpan = null;
    this.revealBlock(index);
  }

  private userSelect(serial: number | null, spanIndex: number | null): void {
    this.selectedByUser = true;
    const item = serial === null ? undefined : this.itemOf(serial);
    this.selected = item ? serial : null;
    this.chosenSpan = item && spanIndex !== null ? { serial: item.serial, index: spanIndex } : null;
    if (item) {
      const span: Span | null = spanIndex === null ? null : (item.schedule.spans[spanIndex] ?? null);
      this.dispatchEvent(new PlanSelectEvent({ item, span }));
    }
  }

  /** Clears the selection a person made, and says so with `plan-deselect`. */
  private userDeselect(): void {
    const item = this.selected === null ? undefined : this.itemOf(this.selected);
    this.select(null);
    if (item) this.dispatchEvent(new PlanDeselectEvent({ item }));
  }

  private async focusRow(index: number, span: number | null = null): Promise<void> {
    const rows = this.layout?.rows ?? [];
    if (rows.length === 0) return;
    const i = Math.max(0, Math.min(rows.length - 1, index));
    this.focusIndex = i;
    this.focusRowId = rows[i]!.id;
    this.focusSpan = span;
    this.scrollRowIntoView(i);
    this.requestUpdate();
    // The row's own render, not `updateComplete`: that also waits for the rest of a plan being read, and
    // the keys would seem to do nothing until it is.
    await super.getUpdateComplete();
    const rowEl = this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${i}"]`);
    const target = span === null ? rowEl : rowEl?.querySelector<HTMLElement>(`[data-span="${span}"]`);
    (target ?? rowEl)?.focus({ preventScroll: true });
  }

  private scrollRowIntoView(index: number): void {
    const scroller = this.scrollerEl;
    if (!scroller) return;
    const top = this.offsets[index] ?? 0;
    const bottom = this.offsets[index + 1] ?? top;
    const height = scroller.clientHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + height) scroller.scrollTop = bottom - height;
    this.rowsTop = scroller.scrollTop;
  }

  /** Reveals the row a {@link revealBlock} call had to leave until the rows were rendered. */
  private revealPending(): void {
    if (this.pendingReveal === null || !this.scrollerEl || this.scrollerEl.clientHeight === 0) return;
    const index = this.layout?.rows.findIndex((r) => r.id === this.pendingReveal) ?? -1;
    this.pendingReveal = null;
    if (index >= 0) this.revealBlock(index);
  }

  /** Scrolls so that a row and the rows nested in it are in view, the row near the top when they were not. */
  private revealBlock(index: number): void {
    const scroller = this.scrollerEl;
    const rows = this.layout?.rows ?? [];
    const row = rows[index];
    if (!row) return;
    // The rows are not rendered yet (a selection in the markup, the plan given before the first update).
    if (!scroller) {
      this.pendingReveal = row.id;
      return;
    }
    const total = this.offsets[rows.length] ?? 0;
    let last = index;
    while (last + 1 < rows.length && rows[last + 1]!.id.startsWith(`${row.id}/`)) last++;
    const top = this.offsets[index] ?? 0;
    const bottom = this.offsets[last + 1] ?? top;
    const height = scroller.clientHeight;
    const scrollTop = Math.max(0, top - Math.max(0, Math.min(height / 4, height - (bottom - top))));
    // Not laid out yet, or laid out for fewer rows than there are now (the plan has just arrived, or more of
    // it has been read): reveal once the rows are rendered at their full height, or the scroll stops short.
    if (height === 0 || scroller.scrollHeight + 1 < Math.min(total, scrollTop + height)) {
      this.pendingReveal = row.id;
      return;
    }
    this.pendingReveal = null;
    if (top >= scroller.scrollTop && bottom <= scroller.scrollTop + height) return;
    scroller.scrollTop = scrollTop;
    this.rowsTop = scroller.scrollTop;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const rows = this.layout?.rows ?? [];
    if (rows.length === 0) return;
    const target = event.composedPath()[0] as Element | undefined;
    const rowEl = target?.closest?.('.row') as HTMLElement | null | undefined;
    const index = rowEl ? Number(rowEl.dataset.index) : this.focusIndex;
    const spanAttr =
      target instanceof Element ? target.closest('[data-span]')?.getAttribute('data-span') : null;
    const span = spanAttr === null || spanAttr === undefined ? null : Number(spanAttr);
    let handled = true;
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      this.zoom.panBy((event.key === 'ArrowLeft' ? -1 : 1) * this.chartWidth * 0.15);
    } else if (!this.zoomKey(event)) {
      const action = gridKeyAction(event.key, {
        rows,
        index,
        span,
        page: Math.max(1, Math.floor((this.viewportHeight || 400) / this.rowHeight) - 1),
        hasSelection: this.selected !== null,
      });
      switch (action.type) {
        case 'focus':
          void this.focusRow(action.index, action.span);
          break;
        case 'expand':
        case 'collapse':
        case 'toggle':
          this.toggleRow(
            rows[action.index]!,
            action.type === 'toggle' ? undefined : action.type === 'expand',
          );
          break;
        case 'select':
          this.userSelect(action.serial, action.span);
          break;
        case 'clear-selection':
          this.userDeselect();
          break;
        default:
          handled = false;
      }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** `+` / `-` zoom, `0` fits. Returns whether the key was one of them. */
  private zoomKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.key === '+' || event.key === '=') this.zoom.scaleBy(1.5);
    else if (event.key === '-' || event.key === '_') this.zoom.scaleBy(1 / 1.5);
    else if (event.key === '0') this.fit();
    else return false;
    return true;
  }

  private onAxisKeydown(event: KeyboardEvent): void {
    let handled = true;
    if (this.zoomKey(event)) {
      // zoomed
    } else if (event.key === 'ArrowLeft') this.zoom.panBy(-this.chartWidth * 0.15);
    else if (event.key === 'ArrowRight') this.zoom.panBy(this.chartWidth * 0.15);
    else if (event.key === 'ArrowUp') this.zoom.scaleBy(1.5);
    else if (event.key === 'ArrowDown') this.zoom.scaleBy(1 / 1.5);
    else if (event.key === 'Home') this.fit();
    else handled = false;
    if (handled) event.preventDefault();
  }

  private onGridClick(event: MouseEvent): void {
    const rows = this.layout?.rows ?? [];
    const target = event.composedPath()[0] as Element | undefined;
    const rowEl = target?.closest?.('.row') as HTMLElement | null | undefined;
    if (!rowEl) return;
    const index = Number(rowEl.dataset.index);
    const row = rows[index];
    if (!row) return;
    const spanEl = target?.closest('[data-span]');
    const span = spanEl ? Number(spanEl.getAttribute('data-span')) : null;
    if (target?.closest('[data-toggle]') || row.kind === 'group') {
      this.toggleRow(row);
      void this.focusRow(index);
      return;
    }
    if (row.serial !== undefined) this.userSelect(row.serial, span);
    void this.focusRow(index, span);
  }

  private showTip(target: Element | null): void {
    const spanEl = target?.closest('[data-span]');
    const rowEl = spanEl?.closest('.row') as HTMLElement | null | undefined;
    if (!spanEl || !rowEl) {
      if (this.tip) this.tip = null;
      return;
    }
    const row = this.layout?.rows[Number(rowEl.dataset.index)];
    const item = row?.serial === undefined ? undefined : this.itemOf(row.serial);
    if (!row || !item) return;
    const frame = this.frameEl.getBoundingClientRect();
    const box = spanEl.getBoundingClientRect();
    const x = Math.min(Math.max(box.left, frame.left + this.labelWidth) - frame.left, frame.width - 300);
    const below = box.bottom - frame.top < frame.height - 140;
    this.tip = {
      x: Math.max(this.labelWidth, x),
      y: below ? box.bottom - frame.top + 6 : box.top - frame.top - 6,
      item,
      span: Number(spanEl.getAttribute('data-span')),
      track: row.track,
      below,
    };
  }

  // ---- lifecycle ----------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    // A plan read from text is read again in the fiscal year it is now said to be for.
    const readAgain = this.inputKind === 'src' || this.inputKind === 'text' ? this.inputKind : null;
    if (changed.has('fiscalYear') && this.hasUpdated && !this.pendingInput && readAgain)
      this.pendingInput = readAgain;
    if (this.pendingInput) {
      const kind = this.pendingInput;
      this.pendingInput = null;
      this.startLoad(kind);
    }
    const planChanged = changed.has('plan');
    if (planChanged) this.indexPlan(this.currentPlan);
    if (
      planChanged ||
      changed.has('groupBy') ||
      changed.has('filter') ||
      changed.has('departments') ||
      changed.has('lang') ||
      changed.has('collapsed')
    ) {
      this.relayout();
    }
    if (
      planChanged ||
      changed.has('view') ||
      changed.has('groupBy') ||
      changed.has('filter') ||
      changed.has('collapsed')
    ) {
      this.tip = null;
    }
    if (planChanged && this.hasUpdated) this.resetBase(this.keepViewOnce);
    // Rows about to be shown for the first time (measured ones only: before the first layout the viewport's
    // height is a guess) are drawn in view first, the ones around them a frame later.
    this.inViewOnly = !this.rowsShown && this.rowsDrawable && this.viewportHeight > 0;
    if (planChanged) this.keepViewOnce = false;
    else if ((changed.has('viewStart') || changed.has('viewEnd')) && this.hasUpdated) {
      if (this.viewReady) this.applyViewAttributes();
      else this.pendingView = true;
    }
    if (changed.has('selected') && this.selected !== null && !Number.isFinite(this.selected))
      this.selected = null;
    // A selection made in code or markup (not by a click here) is brought into view, also once its plan arrives.
    if ((planChanged || changed.has('selected')) && this.selected !== null && !this.selectedByUser) {
      this.reveal(this.selected);
    }
    this.selectedByUser = false;
  }

  protected override updated(): void {
    this.unstretch();
    this.revealPending();
    if (this.inViewOnly) {
      this.inViewOnly = false;
      inFrameAfterNext(() => this.requestUpdate());
    }
    if (!this.showing || this.view !== 'timeline') return;
    if (this.chartWidth <= 0) {
      // The chart has just been shown: measure it now, so that the first painted frame has its bars.
      this.measure();
      return;
    }
    this.paintView(this.drawnScale ?? this.zoom.scale);
    // A plan shown in the window the element already had: say which it is.
    if (this.reportedView === null) this.reportView(this.zoom.scale);
  }

  /** The axis ticks of the view, worked out once per scale, notation and width (the overlay and the axis share them). */
  private ticksFor(scale: TimeScale): AxisTicks {
    const lang = this.lang === 'en' ? 'en' : 'ja';
    const cached = this.ticksCache;
    if (
      cached &&
      cached.scale === scale &&
      cached.era === this.era &&
      cached.lang === lang &&
      cached.width === this.chartWidth
    ) {
      return cached.ticks;
    }
    const visible: [Date, Date] = [
      scale.invert(this.labelWidth),
      scale.invert(this.labelWidth + this.chartWidth),
    ];
    const ticks = axisTicks(visible, this.chartWidth, this.era, lang);
    this.ticksCache = { scale, era: this.era, lang, width: this.chartWidth, ticks };
    return ticks;
  }

  // ---- public methods -----------------------------------------------------

  /**
   * Shows the window from `start` to `end`: ISO dates or fiscal years (`2021`
   * ends on 2022-03-31); clamped to a month … fifty years.
   */
  zoomTo(start: string | number, end: string | number): void {
    const a = parseViewBound(String(start), 'start');
    const b = parseViewBound(String(end), 'end');
    if (!a || !b) return;
    this.zoom.zoomTo(a, b);
  }

  /** Shows all the items shown (their first to last fiscal year). */
  fit(): void {
    if (!this.viewReady) return;
    const items =
      this.layout && this.layout.items.length > 0 ? this.layout.items : (this.currentPlan?.items ?? []);
    const [a, b] = this.fitDomain(items);
    this.zoom.zoomTo(a, b);
  }

  /** Selects an item by serial (No.) and scrolls its row into view; `null` clears. Fires no event. */
  select(serial: number | null): void {
    this.selected = serial;
    this.chosenSpan = null;
    if (serial !== null) this.reveal(serial);
  }

  /** A standalone SVG document of the current view (all rows of the grouping, the visible time window). */
  exportSVG(): string {
    const rows = this.layout?.rows ?? [];
    const style = getComputedStyle(this);
    return buildSvg({
      title: this.currentPlan?.title ?? '',
      rows,
      itemOf: (serial) => this.itemOf(serial),
      colorOf: (item) => this.colorOf(item),
      scale: this.zoom.scale,
      left: this.labelWidth,
      width: Math.max(600, this.chartWidth),
      labelWidth: Math.max(240, this.labelWidth),
      rowHeight: this.rowHeight,
      rowHeightOf: (row) => this.rowHeightOf(row),
      era: this.era,
      lang: this.lang === 'en' ? 'en' : 'ja',
      words: this.words,
      today: this.todayIso(),
      anchorFiscalYear: this.anchorFiscalYear,
      color: (name) => style.getPropertyValue(name).trim(),
    });
  }

  /**
   * The current view as a PNG image (`scale` × its size; 2 by default), drawn smaller when it
   * would exceed the largest canvas browsers draw (32,767 px a side). Rejects, with a message in
   * the element's language, when it would have to be drawn at less than half its size.
   */
  async exportPNG(scale = 2): Promise<Blob> {
    try {
      return await svgToPng(this.exportSVG(), scale);
    } catch (error) {
      if (!(error instanceof ImageTooLargeError)) throw error;
      throw new Error(this.words.pngTooLarge(error.width, error.height), { cause: error });
    }
  }

  // ---- rendering ----------------------------------------------------------

  private chartContext(
    scale: TimeScale,
    selectedSerial: number | null,
    row: LayoutRow,
    index: number,
  ): ChartContext {
    const barHeight = this.rowHeight - 10;
    const margin = this.chartWidth * DRAW_MARGIN;
    return {
      scale,
      left: this.labelWidth,
      right: this.labelWidth + this.chartWidth,
      drawLeft: this.labelWidth - margin,
      drawRight: this.labelWidth + this.chartWidth + margin,
      top: 5,
      lanePitch: this.rowHeight - 6,
      barHeight,
      fontSize: 12,
      era: this.era,
      lang: this.lang === 'en' ? 'en' : 'ja',
      words: this.words,
      anchorFiscalYear: this.anchorFiscalYear,
      selectedSpan:
        selectedSerial !== null && row.serial === selectedSerial ? this.spanIndexOf(selectedSerial) : null,
      tabbableSpan: index === this.focusIndex ? this.focusSpan : null,
    };
  }

  private renderRow(index: number, scale: TimeScale): TemplateResult {
    const rows = this.layout!.rows;
    const row = rows[index]!;
    const item = row.serial === undefined ? undefined : this.itemOf(row.serial);
    const height = this.rowHeightOf(row);
    const words = this.words;
    const selected = row.kind !== 'group' && row.serial !== undefined && row.serial === this.selected;
    const classes = `row ${row.kind}${row.context ? ' context' : ''}${row.role ? ` ${row.role}` : ''}`;
    return html`<div
      class=${classes}
      part="row"
      role="row"
      data-index=${index}
      aria-rowindex=${index + 1}
      aria-level=${row.level}
      aria-expanded=${row.expandable ? String(row.expanded) : nothing}
      aria-selected=${row.kind === 'group' ? nothing : String(selected)}
      tabindex=${index === this.focusIndex && this.focusSpan === null ? 0 : -1}
      ${setStyle({ transform: `translateY(${this.offsets[index]}px)`, height: `${height}px` })}
    >
      <div role="gridcell" class="cell-label" ${setStyle({ '--_level': String(row.level) })}>
        <span
          class="toggle ${row.expandable ? (row.expanded ? 'open' : '') : 'none'}"
          data-toggle
          aria-hidden="true"
        ></span>
        ${row.kind === 'item' && row.code ? html`<span class="code">${row.code}</span>` : nothing}
        ${
          row.role && row.kind === 'item'
            ? html`<span class="role-mark" aria-hidden="true">${row.role === 'lead' ? '◎' : '○'}</span
                ><span class="visually-hidden">${row.role === 'lead' ? words.lead : words.join}</span>`
            : nothing
        }
        <span
          class="title"
          lang=${row.kind === 'group' && row.groupKey === null ? nothing : planLang(this.lang)}
          >${row.label}</span
        >
        ${row.kind === 'group' && row.itemCount !== undefined ? html`<span class="badge">${words.items_count(row.itemCount)}</span>` : nothing}
        ${row.undated ? html`<span class="badge">${words.ongoing}</span>` : nothing}
      </div>
      <div role="gridcell" class="cell-chart">
        ${row.kind === 'group' ? nothing : this.renderChart(row, item, index, height, scale)}
      </div>
    </div>`;
  }

  /** A row's chart, drawn again only when something it shows has changed (not on hover, scroll or a tooltip). */
  private renderChart(
    row: LayoutRow,
    item: PlanItem | undefined,
    index: number,
    height: number,
    scale: TimeScale,
  ): unknown {
    const selectedSpan =
      row.serial !== undefined && row.serial === this.selected ? this.spanIndexOf(row.serial) : null;
    const tabbableSpan = index === this.focusIndex ? this.focusSpan : null;
    const colorIndex = item ? this.colorOf(item) : 0;
    return guard(
      [
        row,
        item,
        scale,
        height,
        this.labelWidth,
        this.chartWidth,
        this.rowHeight,
        this.era,
        this.lang,
        this.anchorFiscalYear,
        colorIndex,
        selectedSpan,
        tabbableSpan,
      ],
      () =>
        html`<div
          class="chart"
          lang=${planLang(this.lang === 'en' ? 'en' : 'ja')}
          .style=${`width:${this.chartWidth}px;height:${height}px`}
        >
          ${rowChart(row, item, colorIndex, this.chartContext(scale, this.selected, row, index))}
        </div>`,
    );
  }

  private renderAxis(): TemplateResult {
    const height = this.axisHeight;
    // The shade, the ticks and the today mark are drawn by paintView(), every frame the view moves.
    return html`<div
      class="axis"
      part="axis"
      tabindex="0"
      role="group"
      aria-label=${this.words.axis}
      @keydown=${this.onAxisKeydown}
    >
      <svg
        width=${this.chartWidth}
        height=${height}
        viewBox=${`${this.labelWidth} 0 ${Math.max(1, this.chartWidth)} ${height}`}
        aria-hidden="true"
      >
        <g class="axis-shade"></g>
        <g class="axis-years years"></g>
        <g class="axis-minor minor"></g>
        <g class="axis-eras"></g>
        <g class="axis-today"></g>
      </svg>
    </div>`;
  }

  private renderToolbar(): TemplateResult | typeof nothing {
    if (this.noToolbar) return nothing;
    const words = this.words;
    // While a long plan is read its first rows are shown with the whole toolbar: nothing moves once it is read.
    if (!this.showing) {
      // Over an error, the title of the plan shown before would name a plan that is not shown.
      const title = this.currentState === 'error' ? '' : (this.currentPlan?.title ?? '');
      return html`<div class="toolbar" part="toolbar">
        <span class="title" lang=${planLang(this.lang)}>${title}</span>
      </div>`;
    }
    return html`<div class="toolbar" part="toolbar">
      <span class="title" lang=${planLang(this.lang)}>${this.currentPlan?.title ?? ''}</span>
      <label>
        <span>${words.filter}</span>
        <input
          type="search"
          .value=${this.filter}
          placeholder=${words.filterPlaceholder}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        <span>${words.groupBy}</span>
        <select @change=${(e: Event) => (this.groupBy = (e.target as HTMLSelectElement).value as GroupBy)}>
          ${(
            [
              ['item', words.groupItem],
              ['department', words.groupDepartment],
              ['section', words.groupSection],
              ['policy', words.groupPolicy],
            ] as const
          ).map(
            ([value, label]) =>
              html`<option value=${value} ?selected=${this.groupBy === value}>${label}</option>`,
          )}
        </select>
      </label>
      <span class="zoom-buttons">
        <button
          type="button"
          aria-label=${words.zoomOut}
          title=${words.zoomOut}
          @click=${() => this.zoom.scaleBy(1 / 1.5)}
        >
          −
        </button>
        <button
          type="button"
          aria-label=${words.zoomIn}
          title=${words.zoomIn}
          @click=${() => this.zoom.scaleBy(1.5)}
        >
          +
        </button>
        <button type="button" @click=${() => this.fit()}>${words.fit}</button>
      </span>
      <button
        type="button"
        aria-pressed=${String(this.view === 'table')}
        @click=${() => (this.view = this.view === 'table' ? 'timeline' : 'table')}
      >
        ${words.tableView}
      </button>
    </div>`;
  }

  private renderTip(): TemplateResult | typeof nothing {
    return this.tip ? tooltip(this.tip, this.lang === 'en' ? 'en' : 'ja', this.words) : nothing;
  }

  private renderDetails(): TemplateResult | typeof nothing {
    const item = this.selected === null ? undefined : this.itemOf(this.selected);
    // Also while a long plan is read: an item shown can be chosen and read about at once.
    if (!item || !this.showing) return nothing;
    return detailsPanel(item, {
      selectedSpan: this.spanIndexOf(item.serial),
      era: this.era,
      lang: this.lang === 'en' ? 'en' : 'ja',
      words: this.words,
      onClose: () => {
        this.userDeselect();
        // The button goes with the panel: the focus returns to the rows.
        void this.focusRow(this.focusIndex);
      },
    });
  }

  private renderTable(): TemplateResult {
    const lang = this.lang === 'en' ? 'en' : 'ja';
    const items = this.layout?.items ?? [];
    return tableView({
      title: this.currentPlan?.title ?? '',
      items,
      era: this.era,
      lang,
      words: this.words,
      rowWindow: this.printMode.printing ? null : this.tableRows.windowOf(items),
      onScroll: this.tableRows.onScroll,
    });
  }

  private renderState(): TemplateResult | typeof nothing {
    const words = this.words;
    switch (this.currentState) {
      case 'loading':
        // A long plan given as an object: its first screen is shown, the rest is laid out right after.
        if (this.layoutLimit !== null) return nothing;
        if (this.reading !== null) {
          return html`<div class="reading" role="status">
            <span class="spinner" aria-hidden="true"></span>${words.loading}
            <!-- The share read changes often: shown, not announced again and again. -->
            <span aria-hidden="true">${Math.floor(this.reading * 100)}%</span>
          </div>`;
        }
        return html`<div class="state" role="status">
          <span><span class="spinner" aria-hidden="true"></span>${words.loading}</span>
        </div>`;
      case 'error':
        return html`<div class="state error">
          <div class="message" part="error" role="alert">${this.currentError}</div>
        </div>`;
      case 'empty':
        return html`<div class="state" role="status">${words.empty}</div>`;
      default:
        if ((this.layout?.rows.length ?? 0) > 0 || this.view !== 'timeline') return nothing;
        // A plan with no items at all (an empty table) has nothing a filter could have hidden.
        return html`<div class="state" role="status">
          ${this.currentPlan?.items.length === 0 ? words.noItems : words.noMatch}
        </div>`;
    }
  }

  /** Whether rows are shown: the plan is ready, or a long plan's first items are while the rest is read or laid out. */
  private get showing(): boolean {
    return this.currentState === 'ready' || (this.currentState === 'loading' && this.busy);
  }

  /** Whether a long plan's first screen is shown while the rest is read or laid out. */
  private get busy(): boolean {
    return this.reading !== null || this.layoutLimit !== null;
  }

  /**
   * Whether the rows can be drawn: they are shown and the frame is measured. An element given its plan
   * before its first update draws the frame first, measures it, and draws the rows in the update that
   * follows, within the same frame: drawn before, every bar would be drawn twice.
   */
  private get rowsDrawable(): boolean {
    return (
      this.showing &&
      this.view === 'timeline' &&
      (this.layout?.rows.length ?? 0) > 0 &&
      // Measured: the frame has a height or the chart a width.
      (this.viewportHeight > 0 || this.chartWidth > 0)
    );
  }

  override render(): TemplateResult {
    const ready = this.showing;
    const rows = this.layout?.rows ?? [];
    const showFrame = ready && this.view === 'timeline' && rows.length > 0;
    const drawRows = this.rowsDrawable;
    const total = this.offsets[rows.length] ?? 0;
    const words = this.words;
    const scale = this.zoom.scale;
    this.drawnScale = scale;
    this.rowsShown = drawRows;
    // On paper the element keeps the width it was drawn for: the browser shrinks a page too wide for the paper.
    const { widthOnScreen } = this.printMode;
    const printWidth = widthOnScreen > 0 ? `${widthOnScreen}px` : undefined;
    return html`<div class="root" ${setStyle({ width: printWidth })}>
      <div class="metrics" aria-hidden="true"></div>
      <slot hidden @slotchange=${this.onSlotChange}></slot>
      ${this.renderToolbar()} ${ready && this.view === 'table' ? this.renderTable() : nothing}
      <div class="stage" ?hidden=${ready && this.view === 'table'}>
        ${this.renderState()}
        <!-- Until a plan is ready the frame stays laid out, unseen, so that the first frame of a plan is drawn at its size. -->
        <div class="main ${ready ? '' : 'waiting'}" ?hidden=${ready && !showFrame} ?inert=${!ready}>
          <div class="frame">
            <div class="head">
              <!-- One box for the corner and the axis: on paper the head repeats at the top of every page as a table's header. -->
              <div class="head-row">
                <div class="corner">
                  <span>${words.items}</span><span>${words.items_count(this.layout?.items.length ?? 0)}</span>
                </div>
                ${this.renderAxis()}
              </div>
            </div>
            <div class="body">
              <svg class="overlay" aria-hidden="true"></svg>
              <div class="scroller">
                <div
                  class="grid"
                  role="treegrid"
                  aria-label=${this.currentPlan?.title || words.timeline}
                  aria-rowcount=${rows.length}
                  aria-busy=${this.busy ? 'true' : 'false'}
                  aria-colcount="2"
                  ${setStyle({ height: `${total}px` })}
                  @keydown=${this.onGridKeydown}
                  @click=${this.onGridClick}
                  @pointerover=${(e: PointerEvent) => this.showTip(e.composedPath()[0] as Element)}
                  @pointerleave=${this.hideTip}
                  @focusin=${(e: FocusEvent) => this.showTip(e.composedPath()[0] as Element)}
                  @focusout=${this.hideTip}
                >
                  ${
                    drawRows
                      ? repeat(
                          this.visibleIndices(),
                          (i) => rows[i]!.id,
                          (i) => this.renderRow(i, scale),
                        )
                      : nothing
                  }
                </div>
              </div>
            </div>
            ${this.renderTip()}
          </div>
          ${this.renderDetails()}
        </div>
      </div>
      ${this.rehearsal.render()}
    </div>`;
  }
}
