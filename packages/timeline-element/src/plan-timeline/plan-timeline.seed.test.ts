import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { layoutPlan } from '@plan-timeline/core';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { FISCAL_YEAR_MONTHS_JA } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

const SEED = '/seeds/000_247872b8d3084b37.txt';

async function seed(attrs = ''): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(
    html`<plan-timeline today="2021-06-15" style="width: 1400px; --plan-height: 900px"></plan-timeline>`,
  );
  const h = new PlanTimelineHarness(el);
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=') as [string, string];
    el.setAttribute(name, value);
  }
  setTimeout(() => (el.src = SEED));
  await oneEvent(el, 'plan-load');
  await h.settle();
  return [el, h];
}

describe('<plan-timeline src="seed">', () => {
  it('reads the seed and shows its 54 items on an axis labelled 2018(H30) … 2026(R8)', async () => {
    const [el, h] = await seed();
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(el.plan!.items).to.have.length(54);
    expect(h.yearLabels).to.deep.equal([
      '2018/H30',
      '2019/R1',
      '2020/R2',
      '2021/R3',
      '2022/R4',
      '2023/R5',
      '2024/R6',
      '2025/R7',
      '2026/R8',
    ]);
    expect(h.eraMarks).to.deep.equal(['令和']);
    const rows = layoutPlan(el.plan!).rows;
    expect(h.grid.getAttribute('aria-rowcount')).to.equal(String(rows.length));
    expect(rows.filter((r) => r.kind === 'item')).to.have.length(54);
    expect(h.labels.slice(0, 2)).to.deep.equal(['財政健全化へ向けた取組の推進', '収支均衡した予算編成']);
    expect(el.shadowRoot!.querySelector('.corner')!.textContent).to.contain('54件');
  });

  it("marks 令和 under FY2019's label, clear of its R1 and inside the axis", async () => {
    const [el] = await seed();
    const root = el.shadowRoot!;
    const eraText = root.querySelector<SVGTextElement>('.axis .era-change text')!;
    const r1 = root.querySelector<SVGTSpanElement>('.axis [data-fy="2019"] tspan.era')!;
    const axisHeight = root.querySelector('.axis')!.getBoundingClientRect().height;
    // Both sit in the axis's coordinates, moved only sideways; 1 May lies a few pixels after 1 April, so they
    // overlap in x and must not in y. An ideograph's ink lies within its em box (0.88 em above the baseline to
    // 0.12 em below); `R1` has no descender: a full em between the baselines keeps them apart.
    expect(eraText.getBoundingClientRect().left).to.be.below(r1.getBoundingClientRect().right);
    const eraBaseline = Number(eraText.getAttribute('y'));
    const em = parseFloat(getComputedStyle(eraText).fontSize);
    expect(eraBaseline - em).to.be.at.least(Number(r1.getAttribute('y')));
    expect(eraBaseline + 0.12 * em).to.be.at.most(axisHeight);
  });

  it('marks the years it leaves unlabelled on a narrow screen with short ticks, under the labels', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline today="2021-06-15" style="width: 420px; --plan-height: 500px"></plan-timeline>`,
    );
    setTimeout(() => (el.src = SEED));
    await oneEvent(el, 'plan-load');
    await new PlanTimelineHarness(el).settle();
    const ticks = [...el.shadowRoot!.querySelectorAll('.axis [data-fy]')];
    const labelled = ticks.filter((t) => t.querySelector('text')!.textContent !== '');
    const unlabelled = ticks.filter((t) => t.querySelector('text')!.textContent === '');
    expect(labelled.length).to.be.greaterThan(1);
    expect(unlabelled.length).to.be.greaterThan(1);
    const lowestBaseline = Math.max(
      ...labelled.flatMap((t) => [...t.querySelectorAll('tspan')].map((s) => Number(s.getAttribute('y')))),
    );
    for (const t of labelled) expect(Number(t.querySelector('line')!.getAttribute('y1'))).to.equal(0);
    for (const t of unlabelled)
      expect(Number(t.querySelector('line')!.getAttribute('y1'))).to.be.above(lowestBaseline);
  });

  it('groups the seed by department, with 全庁 a group of its own', async () => {
    const [el, h] = await seed('group-by=department');
    await expect(el).to.be.accessible();
    const expected = layoutPlan(el.plan!, { groupBy: 'department' }).rows;
    expect(h.grid.getAttribute('aria-rowcount')).to.equal(String(expected.length));
    const groups = expected.filter((r) => r.kind === 'group').map((r) => r.label);
    expect(groups).to.include('全庁');
    expect(groups[0]).to.equal('財政');
    expect(h.rows[0]!.getAttribute('aria-level')).to.equal('1');
    expect(h.label(h.rows[0]!)).to.equal('財政');
  });

  it('groups the seed by section and by policy', async () => {
    const [el, h] = await seed('group-by=section');
    expect(h.label(h.rows[0]!)).to.equal('1-(1) 健全な財政の維持');
    const sections = layoutPlan(el.plan!, { groupBy: 'section' }).rows.filter((r) => r.kind === 'group');
    expect(sections).to.have.length(10);
    el.groupBy = 'policy';
    await h.settle();
    expect(h.label(h.rows[0]!)).to.equal('実施方針1 持続的成長に向けた「縮充」を推進する行財政経営');
    await expect(el).to.be.accessible();
  });

  it('zooms into FY2021 down to months', async () => {
    const [el, h] = await seed();
    el.zoomTo('2021', '2021');
    await h.settle();
    expect(h.minorLabels).to.deep.equal(FISCAL_YEAR_MONTHS_JA);
    expect(h.yearLabels).to.deep.equal(['2021/R3']);
  });

  it('selects No.38 and shows both of its tracks', async () => {
    const [el, h] = await seed();
    el.select(38);
    await h.settle();
    const inner = h.row('内部情報系');
    const resident = h.row('住民情報系');
    expect(h.bars(inner).map((b) => b.getAttribute('aria-label')!.split(': ')[1])).to.deep.equal([
      '導入検討、システム選定、2021(R3)年度 (2021-04-01 – 2022-03-31)',
      '運用設計・構築、データ移行（現契約は1年程度再リース）、2022(R4)年度 (2022-04-01 – 2023-03-31)',
      '並行稼働、検証を経て本稼働、2023(R5)年度以降 (2023-04-01 – …)',
    ]);
    expect(h.bars(resident)).to.have.length(3);
    expect(inner.getAttribute('aria-selected')).to.equal('true');
    expect([...h.details!.querySelectorAll('.track-name')].map((t) => t.textContent)).to.deep.equal([
      '内部情報系',
      '住民情報系',
    ]);
    h.bars(resident)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await h.settle();
    expect(h.details!.querySelector('mark')!.textContent).to.contain('2024(R6)年度以降');
    await expect(el).to.be.accessible();
  });

  it('brings an item chosen in markup into view once the plan arrives', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline selected="50" today="2021-06-15" style="--plan-height: 400px"></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    setTimeout(() => (el.src = SEED));
    await oneEvent(el, 'plan-load');
    await h.settle();
    const row = h.rows.find((r) => r.getAttribute('aria-selected') === 'true')!;
    expect(row.querySelector('.code')!.textContent).to.equal('32');
    const scroller = el.shadowRoot!.querySelector('.scroller')!;
    const box = row.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(box.top >= view.top && box.bottom <= view.bottom).to.equal(true);
    expect(h.details!.querySelector('h2')!.textContent).to.contain('No.50');
  });

  it('brings an item chosen in markup into view in a plan shown before it is all read', async () => {
    // A 150-pixel element shows a handful of rows: the seed's first items are shown while the rest is read,
    // and the rows grow twice before No.50 (code 32) can be scrolled to.
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline selected="50" today="2021-06-15" style="--plan-height: 150px"></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    let shownWhileReading = false;
    const observer = new MutationObserver(() => {
      if (el.state === 'loading' && h.rows.length > 0) shownWhileReading = true;
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    setTimeout(() => (el.src = SEED));
    await oneEvent(el, 'plan-load');
    observer.disconnect();
    await h.settle();
    expect(shownWhileReading).to.equal(true);
    const row = h.rows.find((r) => r.getAttribute('aria-selected') === 'true')!;
    expect(row.querySelector('.code')!.textContent).to.equal('32');
    const box = row.getBoundingClientRect();
    const view = el.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
    expect(box.top >= view.top && box.bottom <= view.bottom).to.equal(true);
  });

  it('can be driven with the keyboard alone: filter, move, select No.38', async () => {
    const [el, h] = await seed();
    const search = h.toolbar!.querySelector('input')!;
    search.focus();
    await sendKeys({ type: 'No.38' });
    await h.settle();
    expect(h.labels).to.deep.equal([
      '総合行政情報システムの最適化、クラウド化、共同調達',
      '内部情報系',
      '住民情報系',
    ]);
    await sendKeys({ press: 'Tab' }); // group-by
    await sendKeys({ press: 'Tab' }); // −
    await sendKeys({ press: 'Tab' }); // ＋
    await sendKeys({ press: 'Tab' }); // fit
    await sendKeys({ press: 'Tab' }); // table
    await sendKeys({ press: 'Tab' }); // axis
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'Tab' }); // the grid
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await h.settle();
    expect(h.focused!.getAttribute('aria-label')).to.contain('導入検討、システム選定');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'plan-select');
    expect(event.detail.item.serial).to.equal(38);
    expect(event.detail.span!.track).to.equal('内部情報系');
  });

  it('reads the seed from the text property and from an inline script or template child', async () => {
    const text = await (await fetch(SEED)).text();
    const byText = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    byText.text = text;
    await byText.updateComplete;
    expect(byText.state).to.equal('ready');
    expect(byText.plan!.items).to.have.length(54);

    const json = JSON.stringify({ text }).replace(/</g, '\\u003c');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    const inline = document.createElement('plan-timeline');
    inline.appendChild(script);
    setTimeout(() => wrapper.appendChild(inline));
    const loaded = await oneEvent(inline, 'plan-load');
    expect(loaded.detail.plan.items).to.have.length(54);

    const template = document.createElement('template');
    template.content.appendChild(document.createTextNode(text));
    const fromTemplate = document.createElement('plan-timeline');
    fromTemplate.appendChild(template);
    setTimeout(() => wrapper.appendChild(fromTemplate));
    const fromTemplateLoaded = await oneEvent(fromTemplate, 'plan-load');
    expect(fromTemplateLoaded.detail.plan.items).to.have.length(54);
  });

  it('reads the seed saved as UTF-16 without a byte-order mark, as it reads it in UTF-8', async () => {
    const text = await (await fetch(SEED)).text();
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const url = URL.createObjectURL(new Blob([bytes]));
    try {
      const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
      setTimeout(() => (el.src = url));
      const loaded = await oneEvent(el, 'plan-load');
      const utf8 = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
      utf8.text = text;
      await utf8.updateComplete;
      expect(JSON.stringify(loaded.detail.plan)).to.equal(JSON.stringify(utf8.plan));
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('reads a Plan JSON given inline', async () => {
    const text = await (await fetch(SEED)).text();
    const source = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    source.text = text;
    await source.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(source.plan).replace(/</g, '\\u003c');
    const inline = document.createElement('plan-timeline');
    inline.appendChild(script);
    setTimeout(() => document.body.appendChild(inline));
    const loaded = await oneEvent(inline, 'plan-load');
    expect(loaded.detail.plan.items).to.have.length(54);
    expect(loaded.detail.plan.items[37]!.schedule.spans).to.have.length(6);
    inline.remove();
  });

  it('says a file that is not a plan is not a plan', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    setTimeout(() => (el.src = '/packages/timeline-element/tsconfig.json'));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.message).to.contain('計画として読める内容がありません');
    await el.updateComplete;
    expect(new PlanTimelineHarness(el).alert!.textContent).to.equal(event.detail.message);
    await expect(el).to.be.accessible();
  });

  it('lets the last input win', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    let errors = 0;
    el.addEventListener('plan-error', () => errors++);
    el.src = '/no/such/plan.txt';
    el.src = SEED;
    await h.loaded();
    expect(el.state).to.equal('ready');
    expect(errors).to.equal(0);
    el.src = '/no/such/plan.txt';
    await el.updateComplete;
    el.text = 'ただの文章です。';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).to.equal(1);
    expect(el.state).to.equal('error');
    el.text = '  ';
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(el.plan).to.equal(null);
  });
});
