import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { planExtent } from '@plan-timeline/core';
import '../define.js';
import { smallPlan } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

async function show(attrs: Record<string, string> = {}): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(
    html`<plan-timeline today="2021-06-15" style="width: 1000px"></plan-timeline>`,
  );
  const h = new PlanTimelineHarness(el);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.plan = smallPlan();
  await h.settle();
  return [el, h];
}

function wheel(target: Element, init: WheelEventInit): void {
  const box = target.getBoundingClientRect();
  target.dispatchEvent(
    new WheelEvent('wheel', {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
      ...init,
    }),
  );
}

describe('<plan-timeline> zoom and pan', () => {
  it('zooms in twice on a double click, at once when reduced motion is asked for', async () => {
    const [, h] = await show();
    const before = h.viewDays;
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const cell = h.row('収支均衡').querySelector('.cell-chart')!;
      const box = cell.getBoundingClientRect();
      cell.dispatchEvent(
        new MouseEvent('dblclick', {
          bubbles: true,
          composed: true,
          cancelable: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          view: window,
        }),
      );
      // The next frames show the zoomed view: no animation runs through them.
      await h.settle();
      expect(h.viewDays).to.be.closeTo(before / 2, 2);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('zooms in on a double click on a row that its first click selects, though the details panel narrows the chart', async () => {
    const [el, h] = await show();
    const before = h.viewDays;
    const cell = h.row('収支均衡').querySelector('.cell-chart')!;
    const box = cell.getBoundingClientRect();
    const at = {
      bubbles: true,
      composed: true,
      cancelable: true,
      view: window,
      clientX: box.left + 40,
      clientY: box.top + box.height / 2,
    };
    cell.dispatchEvent(new PointerEvent('pointerdown', at));
    cell.dispatchEvent(new MouseEvent('mousedown', at));
    cell.dispatchEvent(new PointerEvent('pointerup', at));
    cell.dispatchEvent(new MouseEvent('mouseup', at));
    cell.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
    await el.updateComplete;
    cell.dispatchEvent(new MouseEvent('mousedown', { ...at, detail: 2 }));
    cell.dispatchEvent(new MouseEvent('mouseup', { ...at, detail: 2 }));
    cell.dispatchEvent(new MouseEvent('click', { ...at, detail: 2 }));
    cell.dispatchEvent(new MouseEvent('dblclick', { ...at, detail: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await h.settle();
    expect(el.selected).to.not.equal(null);
    expect(h.viewDays).to.be.closeTo(before / 2, 2);
    // Nor does it select the words of the bars it lands on.
    expect(getComputedStyle(cell).userSelect).to.equal('none');
  });

  it('fits the plan at first and reports the window', async () => {
    const [, h] = await show();
    expect(h.view!.start < '2018-04-01').to.equal(true);
    expect(h.view!.end > '2026-04-01').to.equal(true);
  });

  it("fits today's fiscal year whole too when the plan ended within two years of it, not when longer ago", async () => {
    const endYear = planExtent(smallPlan().items)!.endFiscalYear;
    const fitted = async (today: string) => {
      const el = await fixture<PlanTimeline>(
        html`<plan-timeline today=${today} style="width: 1000px"></plan-timeline>`,
      );
      const h = new PlanTimelineHarness(el);
      el.plan = smallPlan();
      await h.settle();
      return h.view!;
    };
    const near = await fitted(`${endYear + 2}-11-28`);
    expect(near.end > `${endYear + 3}-03-31`, `${endYear} ${JSON.stringify(near)}`).to.equal(true);
    // Three years on, the plan is fitted alone: its last year, and the one its open ends fade out in.
    const far = await fitted(`${endYear + 3}-11-28`);
    expect(far.end < `${endYear + 2}-10-01`, JSON.stringify(far)).to.equal(true);
  });

  it('zooms in with the wheel on the axis, around the pointer', async () => {
    const [, h] = await show();
    const before = h.viewDays;
    wheel(h.axis, { deltaY: -400 });
    await h.settle();
    expect(h.viewDays).to.be.lessThan(before / 1.5);
  });

  it('leaves the plain wheel over the rows to scrolling, and zooms with Ctrl+wheel', async () => {
    const [, h] = await show();
    const before = h.viewDays;
    const cell = h.row('収支均衡').querySelector('.cell-chart')!;
    wheel(cell, { deltaY: -400 });
    await h.settle();
    expect(h.viewDays).to.equal(before);
    wheel(cell, { deltaY: -100, ctrlKey: true });
    await h.settle();
    expect(h.viewDays).to.be.lessThan(before);
  });

  it('pans with a horizontal wheel', async () => {
    const [, h] = await show();
    const start = h.view!.start;
    wheel(h.row('収支均衡').querySelector('.cell-chart')!, { deltaX: 200 });
    await h.settle();
    expect(h.view!.start > start).to.equal(true);
  });

  it('pans by dragging the chart', async () => {
    const [, h] = await show();
    const start = h.view!.start;
    const [x, y] = h.center(h.row('市債').querySelector('.cell-chart')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 150, y] });
    await sendMouse({ type: 'move', position: [x - 300, y] });
    await sendMouse({ type: 'up' });
    await h.settle();
    expect(h.view!.start > start).to.equal(true);
  });

  it('zooms with + and - and fits with 0, on a row or on the axis', async () => {
    const [, h] = await show();
    const fitted = h.viewDays;
    h.rows[0]!.focus();
    await sendKeys({ press: '+' });
    await h.settle();
    expect(h.viewDays).to.be.closeTo(fitted / 1.5, 2);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await h.settle();
    expect(h.viewDays).to.be.closeTo(fitted * 1.5, 3);
    await sendKeys({ press: '0' });
    await h.settle();
    expect(h.viewDays).to.be.closeTo(fitted, 2);
    h.axis.focus();
    await sendKeys({ press: 'ArrowUp' });
    await h.settle();
    expect(h.viewDays).to.be.lessThan(fitted);
    const start = h.view!.start;
    await sendKeys({ press: 'ArrowRight' });
    await h.settle();
    expect(h.view!.start > start).to.equal(true);
  });

  it('pans with Shift+Arrow keys on a row', async () => {
    const [, h] = await show();
    const start = h.view!.start;
    h.rows[0]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await h.settle();
    expect(h.view!.start < start).to.equal(true);
  });

  it('zooms into FY2021 down to months with zoomTo, and the toolbar fits it back', async () => {
    const [el, h] = await show();
    el.zoomTo('2021', '2021');
    await h.settle();
    expect(h.view).to.deep.equal({ start: '2021-04-01', end: '2022-03-31' });
    expect(h.minorLabels.slice(0, 3)).to.deep.equal(['4月', '5月', '6月']);
    [...h.toolbar!.querySelectorAll('button')].find((b) => b.textContent!.includes('全体を表示'))!.click();
    await h.settle();
    expect(h.view!.start < '2018-04-01').to.equal(true);
  });

  it('keeps zoom within a month and fifty years', async () => {
    const [el, h] = await show();
    el.zoomTo('2021-06-01', '2021-06-02');
    await h.settle();
    expect(h.viewDays).to.be.closeTo(30, 1);
    for (let i = 0; i < 5; i++)
      (h.toolbar!.querySelector('button[aria-label="拡大"]') as HTMLButtonElement).click();
    await h.settle();
    expect(h.viewDays).to.be.closeTo(30, 1);
    el.zoomTo(1900, 2100);
    await h.settle();
    expect(h.viewDays / 365.2425).to.be.closeTo(50, 0.1);
  });

  it('reports each change once per frame, however many zoom steps came in it', async () => {
    const [el, h] = await show();
    const before = h.viewChanges;
    for (const year of [2019, 2020, 2021, 2019, 2020, 2021]) el.zoomTo(year, 2022);
    await h.settle();
    expect(h.viewChanges - before).to.equal(1);
    expect(h.view!.start).to.equal('2021-04-01');
  });

  it('reports no change when a resize keeps the window, or a zoom at its limit cannot move it', async () => {
    const [el, h] = await show();
    el.zoomTo('2020', '2022');
    await h.settle();
    const [view, before] = [h.view, h.viewChanges];
    el.style.width = '700px';
    await h.settle();
    expect(h.view).to.deep.equal(view);
    expect(h.viewChanges).to.equal(before);
    el.zoomTo('2021-06-01', '2021-06-02');
    await h.settle();
    const atLimit = h.viewChanges;
    for (let i = 0; i < 3; i++) {
      (h.toolbar!.querySelector('button[aria-label="拡大"]') as HTMLButtonElement).click();
      await h.settle();
    }
    expect(h.viewChanges).to.equal(atLimit);
    el.style.width = '1000px';
    el.zoomTo('2019', '2019');
    await h.settle();
    expect(h.viewChanges).to.equal(atLimit + 1);
  });

  it('reports the window of a plan only: none while it waits for one or after one failed', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline today="2021-06-15" style="width: 1000px"></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    await h.settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(h.viewChanges).to.equal(0);
    el.plan = smallPlan();
    await h.settle();
    expect(h.viewChanges).to.equal(1);
    const fitted = h.view;
    el.text = 'no plan here';
    await h.settle();
    expect(el.state).to.equal('error');
    el.zoomTo('2019', '2020');
    await h.settle();
    expect(h.viewChanges).to.equal(1);
    el.plan = smallPlan();
    await h.settle();
    expect(h.viewChanges).to.equal(2);
    expect(h.view).to.deep.equal(fitted);
  });

  it('keeps the same zoom node across groupings and plans', async () => {
    const [el, h] = await show();
    const frame = el.shadowRoot!.querySelector('.frame');
    el.groupBy = 'department';
    await h.settle();
    el.plan = smallPlan();
    await h.settle();
    expect(el.shadowRoot!.querySelector('.frame')).to.equal(frame);
    expect((frame as unknown as { __zoom?: unknown }).__zoom).to.not.equal(undefined);
  });
});
