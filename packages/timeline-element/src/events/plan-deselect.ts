import type { PlanItem } from '@plan-timeline/core';

/** What a `plan-deselect` event carries. */
export interface PlanDeselectDetail {
  /** The item that was selected until now. */
  readonly item: PlanItem;
}

/**
 * Fired when a person clears the selection: the details panel's close button,
 * or Escape in the rows. (`select(null)` and setting `selected` fire nothing.)
 * Bubbles and crosses shadow roots.
 */
export class PlanDeselectEvent extends Event {
  readonly detail: PlanDeselectDetail;

  constructor(detail: PlanDeselectDetail) {
    super('plan-deselect', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-deselect': PlanDeselectEvent;
  }
}
