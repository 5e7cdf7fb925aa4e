import { expect, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PlanTimeline } from './plan-timeline.js';

const loads: string[] = [];
document.addEventListener('plan-load', (event) => loads.push((event.target as Element).id));

// Its own page: the rehearsal is still to come when the test starts.
describe('<plan-timeline> given its plan while it rehearses', () => {
  it('lets the copy go at once and draws its own plan, the copy never heard of', async () => {
    const el = document.createElement('plan-timeline');
    el.id = 'waiting';
    document.body.append(el);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.rehearsal') !== null, 'no rehearsal began', {
      timeout: 20000,
      interval: 5,
    });
    const copy = el.shadowRoot!.querySelector('.rehearsal > plan-timeline') as PlanTimeline;
    el.text = 'no,title,schedule\n1,1-1 予算編成,毎年度\n2,1-2 公共施設の再編,2021(R3)年度：検討';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.rehearsal').length).to.equal(0);
    expect(copy.isConnected).to.equal(false);
    expect(el.state).to.equal('ready');
    expect(el.plan!.items.map((item) => item.code)).to.deep.equal(['1-1', '1-2']);
    expect(loads).to.deep.equal(['waiting']);
  });
});
