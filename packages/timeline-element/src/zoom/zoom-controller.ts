import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { utcScale, type TimeScale } from '../scale/utc-scale.js';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { DAY, YEAR } from '../time/iso.js';

/** The narrowest window one can zoom into. */
export const MIN_VIEW = 30 * DAY;
/** The widest window one can zoom out to. */
export const MAX_VIEW = 50 * YEAR;

/** What the host tells the zoom controller. */
export interface ZoomControllerOptions {
  /** Called once per animation frame after the view changed, with the new view scale. */
  onViewChange(scale: TimeScale): void;
  /** Called when the last gesture ends (wheel idle for 150 ms, drag released, a key's zoom applied). */
  onGestureEnd?(): void;
  /** Whether an event's target lies on the time area (axis or chart cells), where zooming and dragging act. */
  isTimeArea(target: EventTarget | null): boolean;
  /** Whether an event's target lies on the axis, where the plain wheel zooms. */
  isAxis(target: EventTarget | null): boolean;
}

/**
 * Zoom and pan of the time axis with d3-zoom, as a Lit reactive controller.
 * d3-zoom keeps its state on one stable node (attached once, never re-created);
 * the view scale is `transform.rescaleX(base)`; zoom events are batched into one
 * update per animation frame.
 *
 * Wheel: on the axis, or anywhere with Ctrl/⌘ (and trackpad pinch), zooms; a
 * horizontal wheel or Shift+wheel pans; a plain vertical wheel over the rows is
 * left to the browser, which scrolls the rows. Drag pans, double-click zooms in
 * (Shift: out). On a touch screen one finger moved sideways pans, one moved up
 * or down scrolls the rows (the browser's), and two pinch (d3-zoom's).
 */
/** How long a double click's zoom animates (d3-zoom's default). */
const DBLCLICK_MS = 250;

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class ZoomController implements ReactiveController {
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private node: HTMLElement | null = null;
  private selection: Selection<HTMLElement, unknown, null, undefined> | null = null;
  private base: TimeScale = utcScale();
  private transform: ZoomTransform = zoomIdentity;
  private frame = 0;
  private current: TimeScale = utcScale();
  private based = false;
  private currentFor: ZoomTransform | null = null;
  private currentBase: TimeScale | null = null;
  private gestures = 0;
  /**
   * The window a double click's animated zoom is heading for, until it ends: a resize meanwhile (the click
   * before it selected a row, and the details panel narrowed the chart) keeps this window, not the one halfway.
   */
  private heading: [Date, Date] | null = null;
  /** A one-finger touch on the time area: undecided, panning the view, or left to the browser's scrolling. */
  private touch: { id: number; x: number; y: number; panning: boolean } | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => this.accepts(event))
      .constrain((t, extent, translateExtent) => {
        const dx0 = t.invertX(extent[0][0]) - translateExtent[0][0];
        const dx1 = t.invertX(extent[1][0]) - translateExtent[1][0];
        const moved = t.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
        return zoomIdentity.translate(moved.x, 0).scale(moved.k);
      })
      .on('start', () => {
        this.gestures++;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        this.schedule();
      })
      .on('end', () => {
        this.heading = null;
        this.endGesture();
      });
  }

  /** The view scale: UTC instants → x in the zoom node's coordinates (always the latest transform). */
  get scale(): TimeScale {
    if (this.currentFor !== this.transform || this.currentBase !== this.base) {
      this.current = this.transform.rescaleX(this.base);
      this.currentFor = this.transform;
      this.currentBase = this.base;
    }
    return this.current;
  }

  /**
   * Whether a gesture is going on: a wheel turning (until it rests 150 ms), a
   * drag or a pinch. Zooms by key, button or method start and end at once.
   */
  get gesturing(): boolean {
    return this.gestures > 0;
  }

  /** The base (fitted) domain. */
  get baseDomain(): [Date, Date] {
    return this.base.domain() as [Date, Date];
  }

  /** Attaches d3-zoom to the stable node (once); later calls with the same node do nothing. */
  attach(node: HTMLElement): void {
    if (this.node === node) return;
    this.detach();
    this.node = node;
    this.selection = select(node);
    this.selection.call(this.behavior);
    this.selection.property('__zoom', this.transform);
    node.addEventListener('wheel', this.onWheel, { passive: false });
    node.addEventListener('pointerdown', this.onPointerDown);
    node.addEventListener('pointermove', this.onPointerMove);
    for (const type of ['pointerup', 'pointercancel'] as const)
      node.addEventListener(type, this.onPointerEnd);
  }

  /**
   * Sets the fitted domain and the pixel range it maps to. With `keepView`, the
   * visible window stays the same (after a resize); otherwise the view fits the domain.
   */
  setBase(domain: [Date, Date], range: [number, number], keepView: boolean): void {
    const view = this.scale.domain() as [Date, Date];
    const hadView = keepView && this.based;
    this.based = true;
    this.base = utcScale().domain(domain).range(range);
    const spanMs = domain[1].getTime() - domain[0].getTime();
    const mid = (domain[0].getTime() + domain[1].getTime()) / 2;
    const lo = Math.min(domain[0].getTime(), mid - MAX_VIEW / 2);
    const hi = Math.max(domain[1].getTime(), mid + MAX_VIEW / 2);
    this.behavior
      .extent([
        [range[0], 0],
        [range[1], 1],
      ])
      .scaleExtent([spanMs / MAX_VIEW, spanMs / MIN_VIEW])
      .translateExtent([
        [this.base(new Date(lo)), -Infinity],
        [this.base(new Date(hi)), Infinity],
      ]);
    const keep = this.heading ?? view;
    if (hadView) this.zoomTo(keep[0], keep[1]);
    else this.apply(zoomIdentity);
  }

  /** Shows the window from `start` to `end` (clamped to a month … fifty years). */
  zoomTo(start: Date, end: Date): void {
    const [r0, r1] = this.base.range() as [number, number];
    let a = start.getTime();
    let b = end.getTime();
    if (!(b > a)) [a, b] = [Math.min(a, b), Math.max(a, b) + MIN_VIEW];
    const length = Math.min(MAX_VIEW, Math.max(MIN_VIEW, b - a));
    const mid = (a + b) / 2;
    a = mid - length / 2;
    b = mid + length / 2;
    const x0 = this.base(new Date(a));
    const x1 = this.base(new Date(b));
    const k = (r1 - r0) / Math.max(1e-9, x1 - x0);
    this.apply(zoomIdentity.translate(r0 - k * x0, 0).scale(k));
  }

  /** Shows the whole base domain. */
  fit(): void {
    this.apply(zoomIdentity);
  }

  /** Zooms by a factor around an x position (the middle of the view when absent). */
  scaleBy(factor: number, x?: number): void {
    if (!this.selection) return;
    const [r0, r1] = this.base.range() as [number, number];
    this.behavior.scaleBy(this.selection, factor, [x ?? (r0 + r1) / 2, 0]);
  }

  /** Pans by a number of pixels (positive moves the view to later dates). */
  panBy(pixels: number): void {
    if (!this.selection) return;
    this.behavior.translateBy(this.selection, -pixels / this.transform.k, 0);
  }

  hostDisconnected(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Removes d3-zoom and the wheel listener from the node. */
  detach(): void {
    if (this.selection) this.selection.on('.zoom', null);
    this.node?.removeEventListener('wheel', this.onWheel);
    this.node?.removeEventListener('pointerdown', this.onPointerDown);
    this.node?.removeEventListener('pointermove', this.onPointerMove);
    for (const type of ['pointerup', 'pointercancel'] as const)
      this.node?.removeEventListener(type, this.onPointerEnd);
    this.touch = null;
    this.node = null;
    this.selection = null;
  }

  private apply(transform: ZoomTransform): void {
    if (this.selection) this.behavior.transform(this.selection, transform);
    else {
      this.transform = transform;
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.options.onViewChange(this.scale);
    });
  }

  private endGesture(): void {
    this.gestures = Math.max(0, this.gestures - 1);
    if (this.gestures === 0) this.options.onGestureEnd?.();
  }

  private accepts(event: Event): boolean {
    const target = event.composedPath()[0] ?? event.target;
    // One finger is the browser's (a vertical swipe scrolls the rows) or onPointerMove's (a sideways one
    // pans); d3-zoom takes two, for the pinch.
    if (event.type === 'touchstart') {
      return (event as TouchEvent).touches.length >= 2 && this.options.isTimeArea(target);
    }
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      if (wheel.ctrlKey || wheel.metaKey) return this.options.isTimeArea(target);
      if (wheel.shiftKey || Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) return false;
      return this.options.isAxis(target);
    }
    if (event.type === 'mousedown') {
      const mouse = event as MouseEvent;
      return mouse.button === 0 && !mouse.ctrlKey && this.options.isTimeArea(target);
    }
    if (event.type === 'dblclick') {
      if (!this.options.isTimeArea(target)) return false;
      // A double click zooms in with a short animation, or at once for those who ask for reduced motion.
      const animated = !prefersReducedMotion();
      this.behavior.duration(animated ? DBLCLICK_MS : 0);
      this.heading = animated ? this.doubleClickWindow(event as MouseEvent) : null;
      return true;
    }
    return this.options.isTimeArea(target);
  }

  /** The window d3-zoom's double click zooms to: half as long (Shift: twice), around the time under the pointer. */
  private doubleClickWindow(event: MouseEvent): [Date, Date] | null {
    if (!this.node) return null;
    const scale = this.scale;
    const [a, b] = (scale.domain() as [Date, Date]).map((d) => d.getTime()) as [number, number];
    const at = scale.invert(event.clientX - this.node.getBoundingClientRect().left).getTime();
    const factor = event.shiftKey ? 0.5 : 2;
    return [new Date(at - (at - a) / factor), new Date(at + (b - at) / factor)];
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    if (this.touch) {
      // A second finger: the pinch is d3-zoom's.
      this.stopTouchPan();
      return;
    }
    if (!this.options.isTimeArea(event.composedPath()[0] ?? event.target)) return;
    this.touch = { id: event.pointerId, x: event.clientX, y: event.clientY, panning: false };
  };

  /** A one-finger touch that moves sideways first pans the view (the frame's `touch-action: pan-y` leaves it to us). */
  private readonly onPointerMove = (event: PointerEvent): void => {
    const touch = this.touch;
    if (!touch || event.pointerId !== touch.id) return;
    const dx = event.clientX - touch.x;
    const dy = event.clientY - touch.y;
    if (!touch.panning) {
      if (Math.hypot(dx, dy) < 6) return;
      if (Math.abs(dy) >= Math.abs(dx)) {
        // Up or down: the rows scroll, and the view stays.
        this.touch = null;
        return;
      }
      touch.panning = true;
      this.gestures++;
    }
    touch.x = event.clientX;
    touch.y = event.clientY;
    this.panBy(-dx);
  };

  private readonly onPointerEnd = (event: PointerEvent): void => {
    if (this.touch?.id === event.pointerId) this.stopTouchPan();
  };

  private stopTouchPan(): void {
    const panning = this.touch?.panning ?? false;
    this.touch = null;
    if (panning) this.endGesture();
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) return;
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!horizontal && !event.shiftKey) return;
    const target = event.composedPath()[0] ?? event.target;
    if (!this.options.isTimeArea(target)) return;
    event.preventDefault();
    const delta = horizontal ? event.deltaX : event.deltaY;
    const scale = event.deltaMode === 1 ? 20 : event.deltaMode === 2 ? 400 : 1;
    this.panBy(delta * scale);
  };
}
