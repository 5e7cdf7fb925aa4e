import type { PlanItem, Span } from '@plan-timeline/core';

/** What a `plan-select` event carries. */
export interface PlanSelectDetail {
  /** The selected item (`item.serial` is its No.). */
  readonly item: PlanItem;
  /** The span that was clicked or chosen with the keyboard, or `null` when the item itself was. */
  readonly span: Span | null;
}

/** Fired when a person selects an item (click, or Enter on a row or bar). Bubbles and crosses shadow roots. */
export class PlanSelectEvent extends Event {
  readonly detail: PlanSelectDetail;

  constructor(detail: PlanSelectDetail) {
    super('plan-select', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-select': PlanSelectEvent;
  }
}
