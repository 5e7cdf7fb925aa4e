import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { PlanTimeline } from './plan-timeline.js';

describe('plan-timeline', () => {
  it('updates when a property changes', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline heading="a"></plan-timeline>`);
    el.heading = 'b';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('b');
  });
});
