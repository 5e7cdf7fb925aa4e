import type { Plan } from '@plan-timeline/core';

/** What a `plan-load` event carries. */
export interface PlanLoadDetail {
  /** The plan as read (from `src`, `text`, `plan` or an inline child). */
  readonly plan: Plan;
}

/** Fired after a plan is read, from any input. Bubbles and crosses shadow roots. */
export class PlanLoadEvent extends Event {
  readonly detail: PlanLoadDetail;

  constructor(detail: PlanLoadDetail) {
    super('plan-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-load': PlanLoadEvent;
  }
}
