import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { smallPlan } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

async function show(attrs: Record<string, string> = {}): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
  const h = new PlanTimelineHarness(el);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.plan = smallPlan();
  await h.settle();
  return [el, h];
}

async function press(h: PlanTimelineHarness, key: string): Promise<void> {
  await sendKeys({ press: key });
  await h.settle();
}

const focusedLabel = (h: PlanTimelineHarness) => h.label(h.focusedRow!);

describe('<plan-timeline> keyboard', () => {
  it('has one tab stop in the grid, and Tab reaches it', async () => {
    const [el, h] = await show({ 'no-toolbar': '' });
    expect(h.grid.querySelectorAll('[tabindex="0"]').length).to.equal(1);
    el.focus();
    await sendKeys({ press: 'Tab' }); // the axis
    await sendKeys({ press: 'Tab' }); // the first row
    await h.settle();
    expect(focusedLabel(h)).to.equal('財政健全化へ向けた取組の推進');
    expect(h.focused!.getAttribute('role')).to.equal('row');
  });

  it('moves between rows with ArrowDown / ArrowUp, Home and End', async () => {
    const [, h] = await show();
    h.rows[0]!.focus();
    await press(h, 'ArrowDown');
    expect(focusedLabel(h)).to.equal('収支均衡した予算編成');
    await press(h, 'ArrowDown');
    await press(h, 'ArrowUp');
    expect(focusedLabel(h)).to.equal('収支均衡した予算編成');
    await press(h, 'End');
    expect(focusedLabel(h)).to.equal('窓口でのキャッシュレス決済導入の促進');
    await press(h, 'Home');
    expect(focusedLabel(h)).to.equal('財政健全化へ向けた取組の推進');
    expect(h.grid.querySelectorAll('[tabindex="0"]').length).to.equal(1);
  });

  it('collapses with ArrowLeft and expands with ArrowRight', async () => {
    const [, h] = await show();
    h.row('総合行政情報システム').focus();
    await press(h, 'ArrowLeft');
    expect(h.row('総合行政情報システム').getAttribute('aria-expanded')).to.equal('false');
    expect(h.labels).to.not.include('内部情報系');
    expect(focusedLabel(h)).to.equal('総合行政情報システムの最適化、クラウド化、共同調達');
    await press(h, 'ArrowRight');
    expect(h.row('総合行政情報システム').getAttribute('aria-expanded')).to.equal('true');
    expect(h.labels).to.include('内部情報系');
  });

  it('goes from a child row to its parent with ArrowLeft', async () => {
    const [, h] = await show();
    h.row('市債').focus();
    await press(h, 'ArrowLeft');
    expect(focusedLabel(h)).to.equal('財政健全化へ向けた取組の推進');
  });

  it('steps through a row’s bars with ArrowRight and back with ArrowLeft', async () => {
    const [, h] = await show();
    h.row('内部情報系').focus();
    await press(h, 'ArrowRight');
    expect(h.focused!.getAttribute('aria-label')).to.contain('導入検討、システム選定');
    await press(h, 'ArrowRight');
    expect(h.focused!.getAttribute('aria-label')).to.contain('運用設計・構築');
    await press(h, 'ArrowRight');
    expect(h.focused!.getAttribute('aria-label')).to.contain('本稼働');
    await press(h, 'ArrowRight');
    expect(h.focused!.getAttribute('aria-label')).to.contain('本稼働');
    await press(h, 'ArrowLeft');
    expect(h.focused!.getAttribute('aria-label')).to.contain('運用設計・構築');
    expect(h.grid.querySelectorAll('[tabindex="0"]').length).to.equal(1);
    expect(h.tooltip!.textContent).to.contain('運用設計・構築');
    await press(h, 'ArrowLeft');
    await press(h, 'ArrowLeft');
    expect(h.focused!.getAttribute('role')).to.equal('row');
  });

  it('selects the item with Enter on a row, the span with Enter on a bar, and clears with Escape', async () => {
    const [el, h] = await show();
    h.row('収支均衡').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const onRow = await oneEvent(el, 'plan-select');
    expect(onRow.detail.item.serial).to.equal(2);
    expect(onRow.detail.span).to.equal(null);
    await h.settle();
    await press(h, 'ArrowRight');
    await press(h, 'ArrowRight');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const onBar = await oneEvent(el, 'plan-select');
    expect(onBar.detail.span!.label).to.equal('実施');
    await h.settle();
    expect(h.details!.querySelector('mark')!.textContent).to.equal('2022(R4)年度～2023(R5)年度：実施');
    await expect(el).to.be.accessible();
    setTimeout(() => void press(h, 'Escape'));
    const cleared = await oneEvent(el, 'plan-deselect');
    expect(cleared.detail.item.serial).to.equal(2);
    await h.settle();
    expect(el.selected).to.equal(null);
  });

  it('toggles a department group with Enter', async () => {
    const [, h] = await show({ 'group-by': 'department' });
    h.row('全庁').focus();
    await press(h, 'Enter');
    expect(h.row('全庁').getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the focused row in the DOM and in view while moving far', async () => {
    const [, h] = await show();
    h.rows[0]!.focus();
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'ArrowDown' });
    await h.settle();
    expect(focusedLabel(h)).to.equal('窓口でのキャッシュレス決済導入の促進');
  });
});
