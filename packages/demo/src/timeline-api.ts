/**
 * The part of the `<plan-timeline>` element the demo uses, as its public API
 * contract states it. Keeping it here lets the demo depend on the contract,
 * not on the element's internals.
 *
 * @module
 */
import type { Plan, PlanItem, Span } from '@plan-timeline/core';

/** What the demo calls on `<plan-timeline>`. */
export interface TimelineElement extends HTMLElement {
  plan: Plan | null | undefined;
  text: string | null | undefined;
  selected: number | null | undefined;
  readonly state: 'empty' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  zoomTo(start: string | number, end: string | number): void;
  fit(): void;
  exportSVG(): string;
  exportPNG(scale?: number): Promise<Blob>;
  select(serial: number | null): void;
}

/** `detail` of `plan-load`. */
export interface PlanLoadDetail {
  plan: Plan;
}
/** `detail` of `plan-select`. */
export interface PlanSelectDetail {
  item: PlanItem;
  span: Span | null;
}
/** `detail` of `plan-error`. */
export interface PlanErrorDetail {
  message: string;
  cause?: unknown;
}
/** `detail` of `plan-view-change`. */
export interface PlanViewChangeDetail {
  start: string;
  end: string;
}

/**
 * Finds the page's `<plan-timeline>`.
 *
 * @param root - where to look
 * @returns the element
 * @example
 * findTimeline(document).localName //=> 'plan-timeline'
 */
export function findTimeline(root: ParentNode): TimelineElement {
  const el = root.querySelector('plan-timeline');
  if (el === null) throw new Error('The page has no <plan-timeline> element.');
  return el as unknown as TimelineElement;
}
