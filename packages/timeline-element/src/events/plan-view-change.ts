/** What a `plan-view-change` event carries. */
export interface PlanViewChangeDetail {
  /** First visible day, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** Last visible day, ISO `YYYY-MM-DD`. */
  readonly end: string;
}

/** Fired after the visible time window changes (zoom, pan, fit, `zoomTo`), at most once per frame. */
export class PlanViewChangeEvent extends Event {
  readonly detail: PlanViewChangeDetail;

  constructor(detail: PlanViewChangeDetail) {
    super('plan-view-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-view-change': PlanViewChangeEvent;
  }
}
