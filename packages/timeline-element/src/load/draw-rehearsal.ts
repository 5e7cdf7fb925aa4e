import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { planReaders } from './read-plan.js';
import { afterNextPaint, whenIdle } from './tasks.js';

/** An element a rehearsal draws the sample plan in: a copy of its host, made by the host. */
export interface RehearsalTwin extends HTMLElement {
  text: string | null;
  readonly updateComplete: Promise<boolean>;
}

/** Whether a page has had its rehearsal (or has one under way): one is enough for every element on it. */
let rehearsed = false;
/** The copies rehearsals made: they never rehearse themselves. */
const twins = new WeakSet<Element>();

/** Keeps an event of the copy (they all bubble and cross shadow roots) from reaching the page. */
const keepIn = (event: Event): void => event.stopPropagation();

/**
 * Draws the plan readers' sample plan (`SAMPLE_PLAN_TEXT`) once, out of sight, in a copy of an element that
 * waits for its plan, so that the plan's first frame is not the first drawing the page does: Lit has made
 * its templates, the engine has run the drawing code, and the browser has styled, laid out and shaped rows
 * of bars and labels before. Measured at 1,000 rows, the first frame of a plan's text came in 58 ms
 * instead of 77 (median of eight fresh pages each, interleaved with the code before).
 *
 * Once per page, in an idle period after the readers' warm-up, and only while `stillWanted` says so: the
 * copy sits in its host's shadow root under a box of the host's size that is `visibility: hidden`, `inert`
 * and hidden from assistive technology, its events stopped there, and is removed once its rows have been
 * painted, or as soon as the host is given its plan ({@link DrawRehearsal.stop}). The host renders
 * {@link DrawRehearsal.render} in its template.
 *
 * @example
 * private readonly rehearsal = new DrawRehearsal(this, () => new PlanTimeline());
 * // once the readers are warm, with no plan yet:
 * this.rehearsal.start(() => !this.inputGiven);
 * // in render(): html`… ${this.rehearsal.render()}`
 */
export class DrawRehearsal implements ReactiveController {
  #twin: RehearsalTwin | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly makeTwin: () => RehearsalTwin,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Rehearses in the page's next idle period, unless the page has had its rehearsal, the readers (which hold
   * the sample) are not loaded, or the host is not laid out; and only if `stillWanted` says so then.
   */
  start(stillWanted: () => boolean): void {
    const sample = planReaders()?.SAMPLE_PLAN_TEXT;
    // A copy is given the sample as it is made, so it never waits; it never rehearses either way.
    if (rehearsed || sample === undefined || twins.has(this.host)) return;
    rehearsed = true;
    whenIdle(() => {
      if (!stillWanted() || !this.host.isConnected || this.host.getBoundingClientRect().width === 0) {
        rehearsed = false;
        return;
      }
      const twin = this.makeTwin();
      twins.add(twin);
      this.#twin = twin;
      // Done: the copy goes, and the page has had its rehearsal.
      const end = (): void => {
        if (this.#twin === twin) this.#letGo();
      };
      twin.addEventListener('plan-load', () => void twin.updateComplete.then(() => afterNextPaint(end)), {
        once: true,
      });
      twin.addEventListener('plan-error', end, { once: true });
      twin.text = sample;
      this.host.requestUpdate();
    });
  }

  /** Ends the rehearsal at once (the host has its plan, or leaves the page): the copy is removed with the host's next update. */
  stop(): void {
    if (this.#twin === null) return;
    // Cut short, it may be tried again by an element that waits later.
    rehearsed = false;
    this.#letGo();
  }

  /** Removes the copy with the host's next update. */
  #letGo(): void {
    this.#twin = null;
    this.host.requestUpdate();
  }

  /** The box the copy draws in, for the host's template; `nothing` when no rehearsal is under way. */
  render(): TemplateResult | typeof nothing {
    if (this.#twin === null) return nothing;
    return html`<div
      class="rehearsal"
      inert
      aria-hidden="true"
      @plan-load=${keepIn}
      @plan-error=${keepIn}
      @plan-select=${keepIn}
      @plan-deselect=${keepIn}
      @plan-view-change=${keepIn}
    >
      ${this.#twin}
    </div>`;
  }
}
