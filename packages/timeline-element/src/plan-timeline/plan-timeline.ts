import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * @summary Draws a plan on a fiscal-year timeline.
 */
export class PlanTimeline extends LitElement {
  /** Text heading. */
  @property() heading = '';

  override render() {
    return html`<p>${this.heading}</p>`;
  }
}
