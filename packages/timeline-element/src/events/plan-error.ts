/** What a `plan-error` event carries. */
export interface PlanErrorDetail {
  /** The sentence shown in the element's `role="alert"` message. */
  readonly message: string;
  /** The underlying error or HTTP response status, when there is one. */
  readonly cause?: unknown;
}

/** Fired when a plan cannot be loaded or read (404, network error, not a plan). Bubbles and crosses shadow roots. */
export class PlanErrorEvent extends Event {
  readonly detail: PlanErrorDetail;

  constructor(detail: PlanErrorDetail) {
    super('plan-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-error': PlanErrorEvent;
  }
}
