/**
 * The `<plan-timeline>` element as the demo sees it: the element's own class type,
 * found in the page.
 *
 * @module
 */
import type { PlanTimeline } from '@plan-timeline/timeline-element';

/** The `<plan-timeline>` element. */
export type TimelineElement = PlanTimeline;

/**
 * Finds the page's `<plan-timeline>`.
 *
 * @param root - where to look
 * @returns the element
 * @example
 * findTimeline(document).localName //=> 'plan-timeline'
 */
export function findTimeline(root: ParentNode): TimelineElement {
  const el = root.querySelector<TimelineElement>('plan-timeline');
  if (el === null) throw new Error('The page has no <plan-timeline> element.');
  return el;
}
