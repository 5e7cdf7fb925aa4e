import { PlanTimeline } from './plan-timeline/plan-timeline.js';

if (!customElements.get('plan-timeline')) customElements.define('plan-timeline', PlanTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'plan-timeline': PlanTimeline;
  }
}
