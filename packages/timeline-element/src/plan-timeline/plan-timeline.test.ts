import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { smallPlan } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

async function show(plan = smallPlan(), attrs: Record<string, string> = {}): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.plan = plan;
  const h = new PlanTimelineHarness(el);
  await h.settle();
  return [el, h];
}

describe('<plan-timeline> with a plan object', () => {
  it('is accessible when ready', async () => {
    const [el] = await show();
    await expect(el).to.be.accessible();
  });

  it('draws a row per item nested by code, with tracks as sub-rows', async () => {
    const [el, h] = await show();
    expect(el.state).to.equal('ready');
    expect(h.labels).to.deep.equal([
      '財政健全化へ向けた取組の推進',
      '収支均衡した予算編成',
      '市債の適切な管理',
      '総合行政情報システムの最適化、クラウド化、共同調達',
      '内部情報系',
      '住民情報系',
      'セキュリティ意識及び情報リテラシーの向上',
      '窓口でのキャッシュレス決済導入の促進',
    ]);
    expect(h.grid.getAttribute('aria-rowcount')).to.equal('8');
    expect(h.rows.map((r) => r.getAttribute('aria-level'))).to.deep.equal(['1', '2', '2', '1', '2', '2', '1', '1']);
  });

  it('fires plan-select when a bar is clicked', async () => {
    const [el, h] = await show();
    const bar = h.bars(h.row('内部情報系'))[0]!;
    setTimeout(() => bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'plan-select');
    expect(event.detail.item.serial).to.equal(38);
    expect(event.detail.span?.label).to.equal('導入検討、システム選定');
  });

  it('moves between rows with the arrow keys', async () => {
    const [, h] = await show();
    h.rows[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await h.settle();
    expect(h.label(h.focusedRow!)).to.equal('収支均衡した予算編成');
  });
});
