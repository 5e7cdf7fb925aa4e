import { expect, fixture, html } from '@open-wc/testing';
import { layoutPlan, parsePlan } from '@plan-timeline/core';
import { generatePlan } from '@plan-timeline/core/test-utils';
import '../define.js';
import type { PlanLoadEvent } from '../events/plan-load.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

const SEED = '/seeds/000_247872b8d3084b37.txt';
const long = generatePlan({ items: 4000, seed: 5 });
const nextFrame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

async function element(): Promise<[PlanTimeline, PlanTimelineHarness, PlanLoadEvent[]]> {
  const el = await fixture<PlanTimeline>(
    html`<plan-timeline today="2024-04-01" style="width: 1200px; --plan-height: 600px"></plan-timeline>`,
  );
  const loads: PlanLoadEvent[] = [];
  el.addEventListener('plan-load', (event) => loads.push(event));
  return [el, new PlanTimelineHarness(el), loads];
}

/** Frames until the element shows rows of a plan it is still reading; false if it never does. */
async function firstRowsWhileReading(el: PlanTimeline, h: PlanTimelineHarness): Promise<boolean> {
  for (let i = 0; i < 500 && el.state !== 'ready'; i++) {
    await nextFrame();
    if (el.state === 'loading' && h.rows.length > 0) return true;
  }
  return false;
}

describe('<plan-timeline> reading a long plan', () => {
  it('shows the first rows while the rest is read, busy, then the whole plan', async () => {
    const [el, h, loads] = await element();
    el.text = long.text;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    // The first screen of items, complete, in the plan's order; the rows say they are busy.
    const shown = el.plan!.items;
    expect(shown.length).to.be.within(1, 3999);
    expect(shown.map((i) => i.serial)).to.deep.equal(
      long.plan.items.slice(0, shown.length).map((i) => i.serial),
    );
    expect(h.grid.getAttribute('aria-busy')).to.equal('true');
    expect(h.labels[0]).to.contain(long.plan.items[0]!.title);
    // The plan's title is read from its first line: the toolbar and the rows name it already.
    expect(h.grid.getAttribute('aria-label')).to.equal(long.plan.title);
    const note = el.shadowRoot!.querySelector('.reading[role="status"]');
    expect(note?.textContent).to.match(/読み込んでいます…\s*\d+%/);
    // The share read is shown, not announced at each step.
    expect(note!.querySelector('[aria-hidden="true"]:last-child')?.textContent).to.match(/^\d+%$/);
    expect(loads).to.have.length(0);
    const top = h.grid.getBoundingClientRect().top;
    await expect(el).to.be.accessible();

    // updateComplete waits for the whole plan.
    await el.updateComplete;
    await h.settle();
    expect(el.state).to.equal('ready');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.plan).to.equal(el.plan);
    expect(JSON.stringify(el.plan)).to.equal(JSON.stringify(parsePlan(long.text)));
    expect(h.grid.getAttribute('aria-busy')).to.equal('false');
    expect(Number(h.grid.getAttribute('aria-rowcount'))).to.equal(el.rows.length);
    expect(el.shadowRoot!.querySelector('.reading')).to.equal(null);
    // The rows did not move when the whole plan came.
    expect(h.grid.getBoundingClientRect().top).to.equal(top);
  });

  it('shows the first rows of a long plan written as JSON while the rest is read, then the same plan', async () => {
    const [el, h, loads] = await element();
    const json = JSON.stringify(long.plan);
    el.text = json;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    expect(el.plan!.items.length).to.be.within(1, 3999);
    expect(h.labels[0]).to.contain(long.plan.items[0]!.title);
    expect(h.grid.getAttribute('aria-label')).to.equal(long.plan.title);
    expect(h.grid.getAttribute('aria-busy')).to.equal('true');
    await el.updateComplete;
    await h.settle();
    expect(el.state).to.equal('ready');
    expect(loads).to.have.length(1);
    expect(JSON.stringify(el.plan)).to.equal(json);
    expect(Number(h.grid.getAttribute('aria-rowcount'))).to.equal(el.rows.length);
  });

  it('shows the error of a long JSON plan found broken after its first rows were shown, and none of them', async () => {
    const [el, h, loads] = await element();
    const json = JSON.stringify(long.plan);
    el.text = json.slice(0, json.length - 200);
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    await el.updateComplete;
    await h.settle();
    expect(el.state).to.equal('error');
    expect(el.plan).to.equal(null);
    expect(loads).to.have.length(0);
    expect(h.rows).to.have.length(0);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('JSON');
    expect(el.error).to.equal(alert?.textContent);
  });

  it('fits the view to the whole plan once read, as if it had been given at once', async () => {
    const [el, h] = await element();
    el.text = long.text;
    await el.updateComplete;
    await h.settle();
    const [whole, wholeH] = await element();
    whole.plan = parsePlan(long.text);
    await wholeH.settle();
    expect(h.view).to.deep.equal(wholeH.view);
  });

  it('keeps a view chosen while the plan was read', async () => {
    const [el, h] = await element();
    el.text = long.text;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    el.zoomTo(2020, 2021);
    await el.updateComplete;
    await h.settle();
    expect(el.state).to.equal('ready');
    expect(h.view).to.deep.equal({ start: '2020-04-01', end: '2022-03-31' });
  });

  it('moves the keyboard focus at once while the rest is read', async () => {
    const [el, h, loads] = await element();
    el.text = long.text;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    const [first, second] = h.rows as [HTMLElement, HTMLElement];
    const secondLabel = h.label(second);
    first.focus();
    let movedWhileReading = false;
    el.shadowRoot!.addEventListener('focusin', (event) => {
      const target = event.composedPath()[0] as HTMLElement;
      if (target.dataset.index === '1' && el.state === 'loading' && loads.length === 0)
        movedWhileReading = true;
    });
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    await h.settle();
    expect(movedWhileReading).to.equal(true);
    expect(h.label(h.focusedRow!)).to.equal(secondLabel);
  });

  it('shows the details of an item chosen while the rest is read', async () => {
    const [el, h, loads] = await element();
    el.text = long.text;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    const bar = h.rows.flatMap((row) => h.bars(row))[0]!;
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.state).to.equal('loading');
    expect(loads).to.have.length(0);
    const item = el.plan!.items.find((i) => i.serial === el.selected)!;
    expect(h.details!.querySelector('h2')!.textContent).to.contain(item.title);
    await el.updateComplete;
    await h.settle();
    expect(h.details!.querySelector('h2')!.textContent).to.contain(item.title);
  });

  it('drops a reading that another input replaces', async () => {
    const seed = await (await fetch(SEED)).text();
    const [el, h, loads] = await element();
    el.text = long.text;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    el.text = seed;
    await el.updateComplete;
    await h.settle();
    for (let i = 0; i < 20; i++) await nextFrame();
    expect(el.state).to.equal('ready');
    expect(el.plan!.items).to.have.length(54);
    expect(loads.map((e) => e.detail.plan.items.length)).to.deep.equal([54]);
  });
});

describe('<plan-timeline> given a long plan object', () => {
  it('draws its first screen at once and lays out the rest right after, busy meanwhile', async () => {
    const [el, h, loads] = await element();
    const plan = parsePlan(long.text);
    el.plan = plan;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    // The first screen's items only are laid out; the plan is the one given, whole.
    expect(el.plan).to.equal(plan);
    const firstRows = el.rows.length;
    expect(firstRows).to.be.within(1, 100);
    expect(el.rows.map((r) => r.serial)).to.deep.equal(
      layoutPlan(plan)
        .rows.slice(0, firstRows)
        .map((r) => r.serial),
    );
    expect(h.grid.getAttribute('aria-busy')).to.equal('true');
    // No progress note: nothing is read, and the rest follows within a task.
    expect(el.shadowRoot!.querySelector('.reading, .state')).to.equal(null);
    expect(loads).to.have.length(0);
    const top = h.grid.getBoundingClientRect().top;

    await el.updateComplete;
    await h.settle();
    expect(el.state).to.equal('ready');
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.plan).to.equal(plan);
    expect(el.rows.length).to.equal(layoutPlan(plan).rows.length);
    expect(Number(h.grid.getAttribute('aria-rowcount'))).to.equal(el.rows.length);
    expect(h.grid.getAttribute('aria-busy')).to.equal('false');
    expect(h.grid.getBoundingClientRect().top).to.equal(top);
  });

  it('lays out at once a plan grouped otherwise, or with an item to bring into view', async () => {
    const plan = parsePlan(long.text);
    const [byDepartment] = await element();
    byDepartment.groupBy = 'department';
    byDepartment.plan = plan;
    await byDepartment.updateComplete;
    expect(byDepartment.state).to.equal('ready');
    expect(byDepartment.rows.length).to.equal(layoutPlan(plan, { groupBy: 'department' }).rows.length);

    const [selecting, h] = await element();
    const last = plan.items[plan.items.length - 1]!;
    selecting.selected = last.serial;
    selecting.plan = plan;
    await selecting.updateComplete;
    expect(selecting.state).to.equal('ready');
    expect(selecting.rows.length).to.equal(layoutPlan(plan).rows.length);
    await h.settle();
    expect(h.labels.some((label) => label.includes(last.title))).to.equal(true);
  });

  it('brings an item chosen before the whole plan is laid out into view once it is', async () => {
    const [el, h] = await element();
    const plan = parsePlan(long.text);
    el.plan = plan;
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    const last = plan.items[plan.items.length - 1]!;
    el.selected = last.serial;
    await el.updateComplete;
    await h.settle();
    expect(el.state).to.equal('ready');
    expect(h.labels.some((label) => label.includes(last.title))).to.equal(true);
  });

  it('drops the layout of a plan that another replaces before it is done', async () => {
    const seed = parsePlan(await (await fetch(SEED)).text());
    const [el, h, loads] = await element();
    el.plan = parsePlan(long.text);
    expect(await firstRowsWhileReading(el, h)).to.equal(true);
    el.plan = seed;
    await el.updateComplete;
    for (let i = 0; i < 20; i++) await nextFrame();
    expect(el.state).to.equal('ready');
    expect(el.rows.length).to.equal(layoutPlan(seed).rows.length);
    expect(loads.map((e) => e.detail.plan)).to.deep.equal([seed]);
  });
});

describe('<plan-timeline> reading an annual plan', () => {
  const csv = '通し番号,項目,スケジュール,主務課\n1,窓口調査,4月～6月：調査 1月：公表,◎市民\n';

  it('reads the months it writes alone in its fiscal-year, and reads its text again when that changes', async () => {
    const [el, h] = await element();
    el.text = csv;
    await h.settle();
    await el.updateComplete;
    // With no fiscal year, the months are text: the item is undated.
    expect(el.plan!.items[0]!.schedule.spans).to.deep.equal([]);
    expect(h.row('窓口調査').querySelector('.undated')).to.not.equal(null);
    el.setAttribute('fiscal-year', '2024');
    await el.updateComplete;
    await h.settle();
    await el.updateComplete;
    expect(el.fiscalYear).to.equal(2024);
    expect(el.plan!.items[0]!.schedule.spans.map((s) => [s.start, s.end])).to.deep.equal([
      ['2024-04-01', '2024-06-30'],
      ['2025-01-01', '2025-01-31'],
    ]);
    expect(h.bars(h.row('窓口調査')).length).to.equal(2);
  });

  it('shows a plan object as it was read, whatever its fiscal-year says', async () => {
    const [el, h] = await element();
    const plan = parsePlan(csv);
    el.plan = plan;
    await h.settle();
    el.fiscalYear = 2024;
    await el.updateComplete;
    await h.settle();
    expect(el.plan).to.equal(plan);
  });
});
