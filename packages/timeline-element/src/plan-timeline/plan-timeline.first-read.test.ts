import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { planReaders } from '../load/read-plan.js';
import type { PlanLoadEvent } from '../events/plan-load.js';
import type { PlanTimeline } from './plan-timeline.js';

const SEED = '/seeds/000_247872b8d3084b37.txt';

// Its own page: the plan readers have not been loaded when the first test starts.
describe('<plan-timeline> reading before the plan readers have loaded', () => {
  it('reads `text` once they have, and `updateComplete` waits for the plan', async () => {
    const text = await (await fetch(SEED)).text();
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const loads: PlanLoadEvent[] = [];
    el.addEventListener('plan-load', (event) => loads.push(event));
    expect(planReaders()).to.equal(null);
    el.text = text;
    await el.updateComplete;
    expect(planReaders()).to.not.equal(null);
    expect(el.state).to.equal('ready');
    expect(el.plan!.items).to.have.length(54);
    expect(loads).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[role="row"]').length).to.be.greaterThan(0);

    const second = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    second.text = 'no,title,schedule\n1,1-1 予算編成,毎年度';
    await second.updateComplete;
    expect(second.state).to.equal('ready');
    expect(second.plan!.items).to.have.length(1);
  });
});
