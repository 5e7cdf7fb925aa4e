import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { bigPlan } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

/** An element 400 px tall and 900 px wide showing `items` generated items. */
async function show(items: number, view = 'timeline'): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(
    html`<plan-timeline today="2021-06-15" view=${view} style="height: 400px; width: 900px"></plan-timeline>`,
  );
  const h = new PlanTimelineHarness(el);
  el.plan = bigPlan(items);
  await h.settle();
  return [el, h];
}

/** What the browser does around printing the page: the events, and the print media in between. */
async function print(h: PlanTimelineHarness): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
  await h.settle();
}

async function printed(h: PlanTimelineHarness): Promise<void> {
  await emulateMedia({ media: 'screen' });
  window.dispatchEvent(new Event('afterprint'));
  await h.settle();
}

describe('<plan-timeline> printed', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('draws every row for paper, one below the other, and goes back to the rows in view', async () => {
    const [el, h] = await show(120);
    const onScreen = h.rows.length;
    const count = Number(h.grid.getAttribute('aria-rowcount'));
    expect(count).to.equal(120);
    expect(onScreen).to.be.below(count);

    await print(h);
    const rows = h.rows;
    expect(rows.map((row) => Number(row.getAttribute('aria-rowindex')))).to.deep.equal(
      Array.from({ length: count }, (_, i) => i + 1),
    );
    // In the flow of the page, each right below the one before: nothing scrolls, nothing overlaps.
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.getBoundingClientRect().top).to.be.closeTo(
        rows[i - 1]!.getBoundingClientRect().bottom,
        1,
      );
    }
    expect(getComputedStyle(rows[0]!).breakInside).to.equal('avoid');
    // The element is as tall as its rows: its last row ends inside it.
    const box = el.getBoundingClientRect();
    expect(rows.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
    expect(box.height).to.be.above(count * 20);
    // The year and today lines run down all the rows.
    const lastBottom = rows.at(-1)!.getBoundingClientRect().bottom;
    expect(h.todayLine!.getBoundingClientRect().bottom).to.be.closeTo(lastBottom, 2);
    // The controls that only work on screen are left off the paper; the title stays.
    const toolbar = h.toolbar!;
    const shownControls = [...toolbar.children].filter((c) => getComputedStyle(c).display !== 'none');
    expect(shownControls.map((c) => c.className)).to.deep.equal(['title']);

    await printed(h);
    expect(h.rows.length).to.equal(onScreen);
    expect(el.getBoundingClientRect().height).to.equal(400);
  });

  it('heads every page with the axis: a table header whose ticks are placed without transforms', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline
        today="2021-06-15"
        view-start="2018-10-01"
        view-end="2020-03-31"
        style="height: 400px; width: 900px"
      ></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    el.plan = bigPlan(60);
    await h.settle();
    const root = el.shadowRoot!;
    // Where each label of the axis is drawn (years, the finer unit, the era's name), from the axis's corner.
    const labelPlaces = (): string[] => {
      const axis = h.axis.getBoundingClientRect();
      return [...root.querySelectorAll<SVGTextElement>('.axis text')]
        .filter((t) => (t.textContent ?? '') !== '')
        .map((t) => {
          const box = t.getBoundingClientRect();
          return `${t.textContent} ${Math.round(box.left - axis.left)},${Math.round(box.top - axis.top)}`;
        });
    };
    const onScreen = labelPlaces();
    expect(h.minorLabels.filter((l) => l !== '').length).to.be.above(0);
    expect(h.eraMarks).to.include('令和');
    expect(root.querySelectorAll('.axis .tick[transform]').length).to.be.above(0);

    await print(h);
    const frame = root.querySelector('.frame')!;
    const head = root.querySelector('.head')!;
    expect(getComputedStyle(frame).display).to.equal('table');
    expect(getComputedStyle(head).display).to.equal('table-header-group');
    // Chromium repeats a table header on every page only when it cannot break, and leaves out of the
    // repeats what is transformed inside it.
    expect(getComputedStyle(head).breakInside).to.equal('avoid');
    expect(root.querySelectorAll('.axis [transform]')).to.have.length(0);
    expect(labelPlaces()).to.deep.equal(onScreen);
    // The corner and the axis side by side, as on screen.
    const corner = root.querySelector('.corner')!.getBoundingClientRect();
    expect(h.axis.getBoundingClientRect().left).to.be.closeTo(corner.right, 1);
    expect(h.axis.getBoundingClientRect().top).to.equal(corner.top);

    await printed(h);
    expect(root.querySelectorAll('.axis .tick[transform]').length).to.be.above(0);
    expect(labelPlaces()).to.deep.equal(onScreen);
  });

  it('keeps the width it was drawn for on a narrower page, for the browser to shrink it to the paper', async () => {
    const [el, h] = await show(30);
    const drawn = h.chartRange;
    await print(h);
    el.style.width = '500px';
    await h.settle();
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(root.getBoundingClientRect().width).to.equal(898);
    expect(h.chartRange).to.deep.equal(drawn);
    await printed(h);
    el.style.width = '900px';
    await h.settle();
    expect(root.style.width).to.equal('');
  });

  it('prints every row of a long table', async () => {
    const [, h] = await show(400, 'table');
    const onScreen = h.tableRows.length;
    expect(onScreen).to.be.below(400);
    await print(h);
    expect(h.tableRows.length).to.equal(400);
    expect(h.table!.querySelector('.spacer')).to.equal(null);
    expect(getComputedStyle(h.table!.parentElement!).overflowY).to.equal('visible');
    await printed(h);
    expect(h.tableRows.length).to.equal(onScreen);
  });

  it('stops following the printing once it leaves the page', async () => {
    const [el, h] = await show(120);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(h.rows.length).to.be.below(120);
    window.dispatchEvent(new Event('afterprint'));
  });
});
