import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import {
  bigPlan,
  dept,
  every,
  FISCAL_YEAR_MONTHS_JA,
  fySpan,
  item,
  monthSpan,
  plan,
  smallPlan,
} from './fixtures.js';
import { parseSchedule, type Plan, type PlanItem } from '@plan-timeline/core';
import { PlanTimelineHarness } from './harness.js';
import { PlanTimeline } from './plan-timeline.js';

async function show(
  attrs: Record<string, string> = {},
  p = smallPlan(),
): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
  const h = new PlanTimelineHarness(el);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.plan = p;
  await h.settle();
  return [el, h];
}

describe('<plan-timeline> states', () => {
  it('is empty, and says so, before it has a plan', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('empty');
    expect(new PlanTimelineHarness(el).status!.textContent).to.contain('計画がありません');
  });

  it('shows a loading state while src is fetched', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    el.src = '/seeds/000_247872b8d3084b37.txt';
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(new PlanTimelineHarness(el).status!.textContent).to.contain('読み込んでいます');
    await expect(el).to.be.accessible();
  });

  it('keeps the plan from before a src that failed as `plan`, and does not show it or name it', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    const before = smallPlan();
    el.plan = before;
    await h.settle();
    expect(h.rows.length).to.be.greaterThan(0);
    setTimeout(() => (el.src = '/no/such/plan.txt'));
    await oneEvent(el, 'plan-error');
    await h.settle();
    expect(el.state).to.equal('error');
    expect(el.plan).to.equal(before);
    expect(h.rows).to.deep.equal([]);
    expect(h.toolbar!.querySelector('.title')!.textContent).to.equal('');
  });

  it('shows a 404 src as an alert and fires plan-error', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    setTimeout(() => (el.src = '/no/such/plan.txt'));
    const event = await oneEvent(el, 'plan-error');
    await h.settle();
    expect(el.state).to.equal('error');
    expect(event.detail.message).to.contain('404');
    expect(event.detail.cause).to.equal(404);
    expect(h.alert!.textContent).to.equal(event.detail.message);
    expect(h.alert!.textContent).to.contain('/no/such/plan.txt');
    expect(el.error).to.equal(event.detail.message);
    await expect(el).to.be.accessible();
  });

  it('shows a plan object that could not be read as its error, and fires plan-error', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    const unread = plan([], {
      diagnostics: [
        {
          code: 'not-text',
          severity: 'error',
          message: 'The file is a PDF document, not text.',
          messageJa: 'このファイルはPDF の文書で、テキストではありません。',
          source: { start: 0, end: 0 },
        },
      ],
    });
    el.plan = smallPlan();
    await h.settle();
    expect(h.toolbar!.querySelector('.title')!.textContent).to.equal(smallPlan().title);
    setTimeout(() => (el.plan = unread));
    const event = await oneEvent(el, 'plan-error');
    await h.settle();
    expect(el.state).to.equal('error');
    expect(event.detail.cause).to.equal(unread.diagnostics);
    expect(h.alert!.textContent).to.contain('このファイルはPDF の文書で、テキストではありません。');
    // A plan object is no file: the message names none (no property name in brackets).
    expect(event.detail.message).to.match(/^計画を読み込めませんでした: 計画として読める内容がありません（/);
    // The plan shown before is not named over the error.
    expect(h.toolbar!.querySelector('.title')!.textContent).to.equal('');
    // A plan that can be shown afterwards is.
    el.plan = smallPlan();
    await h.settle();
    expect(el.state).to.equal('ready');
    expect(h.rows.length).to.be.greaterThan(0);
  });

  it('says text given as .text is no plan without naming the property', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline lang="en"></plan-timeline>`);
    setTimeout(() => (el.text = 'Dear colleagues,\nthe meeting moves to Tuesday.'));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.message).to.match(/^Could not load the plan: nothing in it reads as a plan/);
    await el.updateComplete;
    expect(new PlanTimelineHarness(el).alert!.textContent).to.equal(event.detail.message);
  });

  it('says a value given as .plan that is no plan is none, naming where, never drawing a blank box', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline lang="en" style="width: 800px"></plan-timeline>`,
    );
    el.plan = smallPlan();
    await new PlanTimelineHarness(el).settle();
    const broken = { ...smallPlan(), items: [{ ...smallPlan().items[0]!, schedule: undefined }] };
    setTimeout(() => (el.plan = broken as unknown as Plan));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.message).to.equal(
      'Could not load the plan: nothing in it reads as a plan ($.items[0].schedule: expected an object)',
    );
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.plan).to.equal(null);
    expect(new PlanTimelineHarness(el).alert!.textContent).to.equal(event.detail.message);
    // A plan given after it is drawn.
    el.plan = smallPlan();
    await new PlanTimelineHarness(el).settle();
    expect(el.state).to.equal('ready');
  });

  it('reads a number given as .text as text, and says it is no plan', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline lang="en"></plan-timeline>`);
    setTimeout(() => ((el as unknown as { text: unknown }).text = 12345));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.message).to.match(/^Could not load the plan: nothing in it reads as a plan/);
  });

  it('shows a network failure as an alert', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline lang="en"></plan-timeline>`);
    setTimeout(() => (el.src = 'http://127.0.0.1:9/plan.txt'));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.message).to.contain('network');
    await el.updateComplete;
    expect(new PlanTimelineHarness(el).alert!.textContent).to.contain('Could not load the plan');
  });

  it('refuses an image', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    setTimeout(() => (el.src = png));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.message).to.contain('画像');
  });

  it('says an image served as something else is an image, as the plan reader tells it', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    const url = URL.createObjectURL(new Blob([png], { type: 'application/octet-stream' }));
    setTimeout(() => (el.src = url));
    const event = await oneEvent(el, 'plan-error');
    await h.settle();
    URL.revokeObjectURL(url);
    expect(el.state).to.equal('error');
    expect(event.detail.message).to.contain('PNG の画像で、テキストではありません');
    expect(h.alert!.textContent).to.equal(event.detail.message);
  });

  it('refuses a file over 16 MB with a clear message', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline lang="en"></plan-timeline>`);
    const url = URL.createObjectURL(
      new Blob([new Uint8Array(20 * 1024 * 1024).fill(0x41)], { type: 'text/plain' }),
    );
    try {
      setTimeout(() => (el.src = url));
      const event = await oneEvent(el, 'plan-error');
      expect(event.detail.message).to.contain('too large');
      await el.updateComplete;
      expect(new PlanTimelineHarness(el).alert!.textContent).to.contain('16 MB');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('fires plan-load when given a plan object', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const p = smallPlan();
    setTimeout(() => (el.plan = p));
    const event = await oneEvent(el, 'plan-load');
    expect(event.detail.plan).to.equal(p);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.plan).to.equal(p);
  });

  it('says a plan has no items when it has none, rather than that none matches', async () => {
    const [el, h] = await show({}, plan([]));
    expect(el.state).to.equal('ready');
    expect(h.status!.textContent!.trim()).to.equal('この計画には取組項目がありません。');
  });

  it('says so when the filter leaves nothing', async () => {
    const [el, h] = await show({ filter: 'どこにもない言葉' });
    expect(h.rows).to.have.length(0);
    expect(h.status!.textContent).to.contain('条件に合う');
    await expect(el).to.be.accessible();
  });
});

describe('<plan-timeline> rows and groupings', () => {
  it('draws a row per item nested by code, tracks as sub-rows, in a treegrid', async () => {
    const [el, h] = await show();
    await expect(el).to.be.accessible();
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
    expect(h.rows.map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(h.rows.map((r) => r.getAttribute('aria-level'))).to.deep.equal([
      '1',
      '2',
      '2',
      '1',
      '2',
      '2',
      '1',
      '1',
    ]);
    expect(h.rows.map((r) => r.getAttribute('aria-expanded'))).to.deep.equal([
      'true',
      null,
      null,
      'true',
      null,
      null,
      null,
      null,
    ]);
  });

  it('groups by department: groups at level 1, leads then joins, 全庁 its own group, unassigned last', async () => {
    const [el, h] = await show({ 'group-by': 'department' });
    await expect(el).to.be.accessible();
    const groups = h.rows.filter((r) => r.classList.contains('group'));
    expect(groups.map((g) => h.label(g))).to.deep.equal(['財政', '全庁', 'ICT', '市民', '会計', '未設定']);
    expect(
      groups.every((g) => g.getAttribute('aria-level') === '1' && g.getAttribute('aria-expanded') === 'true'),
    ).to.equal(true);
    const all = h.labels;
    const zencho = all.indexOf('全庁');
    expect(all.slice(zencho + 1, zencho + 3)).to.deep.equal([
      '収支均衡した予算編成',
      '総合行政情報システムの最適化、クラウド化、共同調達',
    ]);
    const joined = h.rows[zencho + 1]!;
    expect(joined.classList.contains('join')).to.equal(true);
    expect(joined.textContent).to.contain('取組');
    expect(h.bars(joined)[0]!.classList.contains('join')).to.equal(true);
    expect(h.rows[1]!.classList.contains('lead')).to.equal(true);
    expect(el.getAttribute('group-by')).to.equal('department');
  });

  it('groups by section and by policy', async () => {
    const [el, h] = await show({ 'group-by': 'section' });
    expect(h.rows.filter((r) => r.classList.contains('group')).map((g) => h.label(g))).to.deep.equal([
      '1-(1) 健全な財政の維持',
      '1-(6) ICTの積極的な利活用による効率化の推進',
      '2-(1) 職員の意識・意欲の向上',
    ]);
    await expect(el).to.be.accessible();
    el.groupBy = 'policy';
    await h.settle();
    expect(h.rows.filter((r) => r.classList.contains('group')).map((g) => h.label(g))).to.deep.equal([
      '実施方針1 持続的成長に向けた行財政経営',
      '実施方針2 成長し続ける組織',
    ]);
    expect(h.grid.getAttribute('aria-rowcount')).to.equal(String(h.rows.length));
  });

  it('filters by text and by department list', async () => {
    const [el, h] = await show({ filter: 'No.38' });
    expect(h.labels).to.deep.equal([
      '総合行政情報システムの最適化、クラウド化、共同調達',
      '内部情報系',
      '住民情報系',
    ]);
    el.filter = '';
    el.departments = '市民, 財政';
    await h.settle();
    expect(h.labels).to.deep.equal([
      '財政健全化へ向けた取組の推進',
      '収支均衡した予算編成',
      '市債の適切な管理',
      '窓口でのキャッシュレス決済導入の促進',
    ]);
  });

  it('takes the filter from its own search box', async () => {
    const [el, h] = await show();
    const input = h.toolbar!.querySelector('input')!;
    input.value = 'キャッシュレス';
    input.dispatchEvent(new Event('input'));
    await h.settle();
    expect(el.filter).to.equal('キャッシュレス');
    expect(el.getAttribute('filter')).to.equal('キャッシュレス');
    expect(h.labels).to.deep.equal(['窓口でのキャッシュレス決済導入の促進']);
  });

  it('collapses and expands a row by its toggle', async () => {
    const [, h] = await show();
    (h.row('財政健全化').querySelector('[data-toggle]') as HTMLElement).click();
    await h.settle();
    expect(h.row('財政健全化').getAttribute('aria-expanded')).to.equal('false');
    expect(h.labels).to.not.include('収支均衡した予算編成');
    expect(h.grid.getAttribute('aria-rowcount')).to.equal('6');
  });

  it('speaks English when lang is en', async () => {
    const [el, h] = await show({ lang: 'en', 'group-by': 'department' });
    expect(h.toolbar!.textContent).to.contain('Group by');
    expect(h.labels.at(-2)).to.equal('Unassigned');
    await expect(el).to.be.accessible();
  });

  it('marks plan text lang="ja" when its own words are English, and nothing in Japanese', async () => {
    const langOf = (node: Element | null | undefined) =>
      node?.closest('[lang]')?.getAttribute('lang') ?? null;
    const [el, h] = await show({ lang: 'en', 'group-by': 'department' });
    const title = (text: string) => h.row(text).querySelector('.title');
    expect(langOf(title('収支均衡'))).to.equal('ja');
    expect(langOf(title('財政'))).to.equal('ja');
    expect(title('Unassigned')!.hasAttribute('lang')).to.equal(false);
    expect(langOf(h.toolbar!.querySelector('.title'))).to.equal('ja');
    const bar = h.bars(h.row('収支均衡'))[0]!;
    expect(langOf(bar)).to.equal('ja');
    expect(h.toolbar!.querySelector('label')!.hasAttribute('lang')).to.equal(false);
    el.select(2);
    await h.settle();
    expect(langOf(h.details!.querySelector('h2 span'))).to.equal('ja');
    expect(h.details!.querySelector('.source')!.getAttribute('lang')).to.equal('ja');
    expect(h.details!.querySelector('h3')!.closest('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.lang = 'ja';
    await h.settle();
    expect(title('収支均衡')!.hasAttribute('lang')).to.equal(false);
    expect(h.details!.querySelector('.source')!.hasAttribute('lang')).to.equal(false);
  });

  it('hides its toolbar with no-toolbar', async () => {
    const [, h] = await show({ 'no-toolbar': '' });
    expect(h.toolbar).to.equal(null);
  });

  it("keeps a direction control in plan text from turning the element's own words around it", async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline view="table" style="width: 900px"></plan-timeline>`,
    );
    const text = '【担当\u202E】\n2021(R3)年度：調査';
    el.plan = plan([item(1, '1', { title: '題', scheduleText: text, schedule: parseSchedule(text) })]);
    await new PlanTimelineHarness(el).settle();
    const li = new PlanTimelineHarness(el).table!.querySelector('tbody li')!;
    const dates = [...li.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('2021'),
    )!;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(dates, offset);
      range.setEnd(dates, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const start = dates.textContent!.indexOf('2021');
    // Left to right as written: 2 before 度, though the track before them ends with U+202E.
    expect(at(start)).to.be.below(at(dates.textContent!.indexOf('度', start)));
  });

  it('isolates plan text that holds a direction control in the names it joins with dates', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline style="width: 900px"></plan-timeline>`);
    const text = '2021(R3)年度：調査\u202E';
    el.plan = plan([item(1, '1', { title: '題\u202E', scheduleText: text, schedule: parseSchedule(text) })]);
    const h = new PlanTimelineHarness(el);
    await h.settle();
    const [bar] = h.bars(h.row('題'));
    expect(bar!.getAttribute('aria-label')).to.match(/^\u2068題\u202E\u2069: \u2068調査\u202E\u2069、/u);
    const doc = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml');
    const titles = [...doc.querySelectorAll('rect > title')].map((t) => t.textContent);
    expect(titles.some((t) => t!.startsWith('\u2068調査\u202E\u2069 '))).to.equal(true);
  });

  it('lists items and dates as plain text in the table view', async () => {
    const [el, h] = await show({ view: 'table' });
    await expect(el).to.be.accessible();
    const rows = [...h.table!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(6);
    const system = rows.find((r) => r.textContent!.includes('総合行政情報システム'))!;
    expect(system.textContent).to.contain('［住民情報系］2024(R6)年度以降: 本稼働');
    expect(rows.find((r) => r.textContent!.includes('セキュリティ'))!.textContent).to.contain(
      '継続・時期の記載なし',
    );
  });

  it('switches to the table with its toolbar button', async () => {
    const [el, h] = await show();
    const button = [...h.toolbar!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('表で表示'),
    )!;
    button.click();
    await h.settle();
    expect(el.view).to.equal('table');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(h.table).to.not.equal(null);
  });

  it('keeps only the rows in and near view of a long table in the DOM', async () => {
    const [el, h] = await show({ view: 'table' }, bigPlan(1000));
    const table = h.table!;
    const box = table.parentElement!;
    expect(table.getAttribute('aria-rowcount')).to.equal('1001');
    const first = h.tableRows;
    expect(first.length).to.be.within(2, 80);
    expect(first[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(first[0]!.querySelector('th')!.textContent).to.equal('取組 1');
    expect(box.scrollHeight).to.be.greaterThan(box.clientHeight * 10);

    await h.scrollTable(box.scrollHeight / 2);
    const middle = h.tableRows;
    const index = Number(middle[0]!.getAttribute('aria-rowindex'));
    expect(index).to.be.within(200, 800);
    expect(middle[0]!.querySelector('th')!.textContent).to.equal(`取組 ${index - 1}`);
    // Rows in the DOM follow one another, each with its place in the whole table.
    middle.forEach((row, k) => expect(row.getAttribute('aria-rowindex')).to.equal(String(index + k)));

    await h.scrollTable(box.scrollHeight);
    const last = h.tableRows.at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('1001');
    expect(last.querySelector('th')!.textContent).to.equal('取組 1000');
    // Measured as they were shown, the rows fill the table to its end: the last one ends at the bottom.
    expect(box.scrollHeight - box.scrollTop - box.clientHeight).to.be.below(2);
    expect(last.getBoundingClientRect().bottom).to.be.closeTo(box.getBoundingClientRect().bottom, 2);
    await expect(el).to.be.accessible();
  });

  it('keeps the rows of a long table covering its view while it scrolls, both ways', async () => {
    // Rows of one to six dates: their heights differ from row to row.
    const items = Array.from({ length: 800 }, (_, i) =>
      item(i + 1, String(i + 1), {
        title: `取組 ${i + 1}`,
        schedule: {
          spans: Array.from({ length: (i % 6) + 1 }, (_, k) => fySpan(2018 + k)),
          recurrences: [],
          notes: [],
          diagnostics: [],
        },
      }),
    );
    const [, h] = await show({ view: 'table' }, plan(items));
    const box = h.table!.parentElement!;
    const header = h.table!.querySelector('thead th')!;
    const firstInView = (): number => {
      const top = header.getBoundingClientRect().bottom;
      const rows = h.tableRows;
      expect(rows[0]!.getBoundingClientRect().top).to.be.at.most(top + 1);
      const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 1;
      if (!atEnd)
        expect(rows.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(
          box.getBoundingClientRect().bottom - 1,
        );
      return Number(
        rows.find((row) => row.getBoundingClientRect().bottom > top)!.getAttribute('aria-rowindex'),
      );
    };
    const seen = [firstInView()];
    for (let step = 0; step < 15; step++) {
      await h.scrollTable(box.scrollTop + 400);
      seen.push(firstInView());
    }
    expect(seen.at(-1)).to.be.greaterThan(seen[0]! + 40);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).to.be.at.least(seen[k - 1]!);
    for (let step = 0; step < 15; step++) {
      await h.scrollTable(box.scrollTop - 400);
      seen.push(firstInView());
    }
    for (let k = 17; k < seen.length; k++) expect(seen[k]).to.be.at.most(seen[k - 1]!);
  });

  it('shows a long table whole again when a filter leaves few rows', async () => {
    const [el, h] = await show({ view: 'table' }, bigPlan(1000));
    await h.scrollTable(h.table!.parentElement!.scrollHeight);
    // Every word of the filter is looked for: 取組 and 99 (No.99, 199, … 899, 990–999).
    el.filter = '取組 99';
    await h.settle();
    expect(h.table!.hasAttribute('aria-rowcount')).to.equal(false);
    expect(h.table!.querySelectorAll('tr.spacer')).to.have.length(0);
    const matching = Array.from({ length: 1000 }, (_, i) => i + 1).filter((n) => String(n).includes('99'));
    expect(matching).to.have.length(19);
    expect(h.tableRows.map((r) => r.querySelector('th')!.textContent)).to.deep.equal(
      matching.map((n) => `取組 ${n}`),
    );
  });
});

describe('<plan-timeline> drawing', () => {
  it('gives every bar an accessible name with its title and dates', async () => {
    const [, h] = await show();
    const bars = h.rows.flatMap((r) => h.bars(r));
    expect(bars.length).to.equal(9);
    for (const bar of bars) expect(bar.getAttribute('aria-label')).to.match(/\d{4}-\d{2}-\d{2}/);
    expect(h.bars(h.row('内部情報系'))[0]!.getAttribute('aria-label')).to.equal(
      '総合行政情報システムの最適化、クラウド化、共同調達［内部情報系］: 導入検討、システム選定、2021(R3)年度 (2021-04-01 – 2022-03-31)',
    );
  });

  it('draws an open end fading out to the right edge with an arrow', async () => {
    const [, h] = await show();
    const open = h.bars(h.row('内部情報系'))[2]!;
    expect(open.classList.contains('open-end')).to.equal(true);
    const arrow = [open.nextElementSibling, open.nextElementSibling?.nextElementSibling].find((n) =>
      n?.classList.contains('arrow'),
    );
    expect(arrow, 'an arrow after the bar').to.not.equal(undefined);
    expect(arrow!.getBoundingClientRect().right).to.be.at.most(
      open.closest('.cell-chart')!.getBoundingClientRect().right,
    );
    const fade = getComputedStyle(open).maskImage;
    expect(fade).to.match(/^linear-gradient\(90deg, rgb\(0, 0, 0\) 45%, rgba\(0, 0, 0, 0\.05\)\)$/);
    const box = h.barBox(open);
    expect(box.x + box.width).to.be.greaterThan(h.chartRange[1]);
  });

  it('draws a month as a milestone and an approximate span with soft edges', async () => {
    const [, h] = await show();
    const milestone = h.bars(h.row('市債'))[0]!;
    expect(milestone.getAttribute('part')).to.equal('milestone');
    expect(getComputedStyle(milestone, '::before').clipPath).to.contain('polygon');
    const box = milestone.getBoundingClientRect();
    expect(box.width).to.be.closeTo(box.height, 0.5);
    const soft = h.bars(h.row('キャッシュレス'))[0]!;
    expect(soft.classList.contains('approximate')).to.equal(true);
    expect(getComputedStyle(soft).maskImage).to.contain('linear-gradient(90deg');
    expect(getComputedStyle(milestone).maskImage).to.equal('none');
  });

  it("ends a bar's words that overflow with …, where they overflow, keeping whole words of its name", async () => {
    const [, h] = await show();
    const bars = h.rows.flatMap((row) => h.bars(row)).filter((bar) => bar.classList.contains('bar'));
    const cut = bars.filter((bar) => bar.scrollWidth > bar.clientWidth + 1);
    expect(cut.length, 'bars whose words overflow').to.be.greaterThan(0);
    for (const bar of cut) {
      expect(getComputedStyle(bar).textOverflow).to.equal('ellipsis');
      // The words in the box are a start of the bar's words, and in its name.
      const words = h.words(bar);
      expect(words).to.not.match(/…$/);
      expect(bar.getAttribute('aria-label')).to.contain(words);
    }
  });

  it('draws a fiscal year as one bar from 1 April to 31 March', async () => {
    const [, h] = await show();
    const [fy2021, fy2022to2023] = h.bars(h.row('収支均衡'));
    const a = h.barBox(fy2021!);
    const b = h.barBox(fy2022to2023!);
    expect(Math.abs(a.x + a.width - b.x)).to.be.lessThan(1);
    expect(b.width / a.width).to.be.closeTo(2, 0.02);
  });

  it('draws recurring work as a light repeating band and marks undated items', async () => {
    const [, h] = await show();
    const band = h.bands(h.row('財政健全化'))[0]!;
    expect(band.getAttribute('aria-label')).to.equal('毎年度: 着実に実施');
    // One box draws the band: a coloured stop of its gradient for every fiscal year in view.
    expect(band.children.length).to.be.at.most(1);
    expect(h.bandRanges(band).length).to.be.greaterThan(5);
    const undated = h.row('セキュリティ');
    expect(undated.querySelector('.undated')!.textContent).to.contain('継続・時期の記載なし');
    expect(undated.querySelector('.badge')!.textContent).to.equal('継続');
  });

  it("names a row's recurrences in one label that stops short of its first bar or milestone", async () => {
    const reviewed = item(4, '4', {
      title: '受益者負担の適正化',
      schedule: {
        spans: [monthSpan(2021, 10, { label: '定期見直し' })],
        recurrences: [every(1, '検証'), every(3, '見直し')],
        notes: [],
        diagnostics: [],
      },
    });
    const wide = item(5, '5', {
      title: '比較',
      schedule: { spans: [fySpan(2019, 2025)], recurrences: [], notes: [], diagnostics: [] },
    });
    const [el, h] = await show({}, plan([reviewed, wide]));
    const row = h.row('受益者負担');
    const [yearly, threeYearly] = h.bands(row);
    expect(yearly!.getAttribute('aria-label')).to.equal('毎年度: 検証');
    expect(threeYearly!.getAttribute('aria-label')).to.equal('3年毎: 見直し');
    expect(h.bandLabel(threeYearly!)).to.equal(null);
    const label = h.bandLabel(yearly!)!;
    const milestone = h.bars(row)[0]!;
    // The room before the milestone decides how much of "毎年度・3年毎" shows, ending in … when cut.
    expect(label.textContent).to.match(/^毎年度(・3年毎|・?…|…)?$/);
    expect(label.getBoundingClientRect().right).to.be.at.most(milestone.getBoundingClientRect().left);
    // The three-yearly band fills every third fiscal year from the item's first dated one (FY2021): one box,
    // a range per year, each starting just inside its year (the first may be cut at the drawn range's edge).
    const wideBar = h.barBox(h.bars(h.row('比較'))[0]!);
    const yearPx = wideBar.width / 7;
    const starts = h.bandRanges(threeYearly!).map(([x]) => x);
    expect(starts.length).to.be.greaterThan(2);
    // None before FY2021: the review every three years, and the yearly check, begin with the item's first date.
    const fy2021 = wideBar.x + 2 * yearPx;
    expect(starts[0]).to.be.closeTo(fy2021 + 1, 1);
    expect(h.bandRanges(yearly!)[0]![0]).to.be.closeTo(fy2021 + 1, 1);
    // Their label would be cut in them before the milestone: it stands just before them, whole.
    expect(label.classList.contains('before')).to.equal(true);
    expect(label.textContent).to.equal('毎年度・3年毎');
    const labelEnd = label.getBoundingClientRect().right - row.getBoundingClientRect().left;
    expect(labelEnd).to.be.at.most(h.bandRanges(yearly!)[0]![0]);
    for (const x of starts) {
      const yearsAfterFy2021 = (x - wideBar.x) / yearPx - 2;
      expect(yearsAfterFy2021 - 3 * Math.round(yearsAfterFy2021 / 3)).to.be.within(0, 0.1);
    }
    el.zoomTo('2018-04-01', '2023-03-31');
    await h.settle();
    expect(h.bandLabel(h.bands(h.row('受益者負担'))[0]!)!.textContent).to.equal('毎年度・3年毎');
  });

  it('writes on a bar without words of its own those of the recurrence right after it (令和3年度から毎年度点検)', async () => {
    const both = (serial: number, title: string, scheduleText: string) =>
      item(serial, String(serial), { title, scheduleText, schedule: parseSchedule(scheduleText) });
    const [, h] = await show(
      {},
      plan([
        both(1, '施設の点検', '令和3年度から3～5年ごとに点検'),
        both(2, '研修', '令和3年度：準備 毎年度研修'),
      ]),
    );
    const checked = h.bars(h.row('施設の点検'))[0]!;
    expect(h.words(checked)).to.equal('3～5年毎: 点検');
    // Its name for assistive technology says them too, and its years.
    expect(checked.getAttribute('aria-label')).to.contain('3～5年毎: 点検、');
    expect(checked.getAttribute('aria-label')).to.contain('2021');
    // A bar with words of its own keeps them.
    expect(h.words(h.bars(h.row('研修'))[0]!)).to.equal('準備');
  });

  it('draws a recurrence that names its months over those months of each year, and says when', async () => {
    const reported = item(6, '6', {
      title: '財政状況の公表',
      schedule: {
        spans: [fySpan(2019, 2025)],
        recurrences: [{ ...every(1, '決算の公表'), months: { from: 3, to: 3 } }],
        notes: [],
        diagnostics: [],
      },
    });
    const [el, h] = await show({}, plan([reported]));
    const row = h.row('財政状況');
    const band = h.bands(row)[0]!;
    expect(band.getAttribute('aria-label')).to.equal('毎年度（3月）: 決算の公表');
    // A range per fiscal year, each over its March: the last twelfth of the year, not inset as years are.
    const wideBar = h.barBox(h.bars(row)[0]!);
    const yearPx = wideBar.width / 7;
    const ranges = h.bandRanges(band);
    expect(ranges.length).to.be.greaterThan(5);
    for (const [x, end] of ranges) {
      const intoYear = (x - wideBar.x) / yearPx;
      expect(intoYear - Math.floor(intoYear), `range at ${x}`).to.be.closeTo(11 / 12, 0.02);
      expect(end - x).to.be.closeTo(yearPx / 12, 0.5);
    }
    el.select(6);
    await h.settle();
    expect(h.details!.textContent).to.contain('毎年度（3月）');
    el.lang = 'en';
    await h.settle();
    expect(h.bands(h.row('財政状況'))[0]!.getAttribute('aria-label')).to.equal(
      'Every year (Mar): 決算の公表',
    );
  });

  it('says once, with all their months, the recurrences a schedule wrote together: 毎年6月と12月', async () => {
    const scheduleText = '2019(R1)年度～2025(R7)年度：設備更新　毎年6月と12月に点検';
    const inspected = item(7, '7', {
      title: '設備点検',
      scheduleText,
      schedule: parseSchedule(scheduleText),
    });
    const [el, h] = await show({}, plan([inspected]));
    const bands = h.bands(h.row('設備点検'));
    // A band for each month, each named on its own; one label for both.
    expect(bands.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      '毎年度（6月）: 点検',
      '毎年度（12月）: 点検',
    ]);
    expect(bands.map((b) => h.bandLabel(b)?.textContent ?? null)).to.deep.equal([
      '毎年度（6月・12月）',
      null,
    ]);
    const doc = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.filter((t) => t!.startsWith('毎年度'))).to.deep.equal(['毎年度（6月・12月）']);
  });

  it('lists items of a plan without codes side by side, their titles where codes would be', async () => {
    const uncoded = [item(1, '', { title: '予算編成' }), item(2, '', { title: '財源確保' })];
    const coded = [item(1, '1', { title: '予算編成' }), item(2, '2', { title: '財源確保' })];
    const [, h] = await show({}, plan(uncoded));
    const rows = [h.row('予算編成'), h.row('財源確保')];
    expect(rows.map((r) => r.getAttribute('aria-level'))).to.deep.equal(['1', '1']);
    expect(rows[0]!.querySelector('.code')).to.equal(null);
    const left = (r: HTMLElement) => r.querySelector('.title')!.getBoundingClientRect().left;
    const [, withCodes] = await show({}, plan(coded));
    expect(left(rows[0]!)).to.be.lessThan(left(withCodes.row('予算編成')) - 10);
  });

  it('draws the today line and shades the current fiscal year', async () => {
    const [el, h] = await show();
    const line = h.todayLine!;
    const x = Number(line.getAttribute('x1'));
    const fy2021 = h.barBox(h.bars(h.row('収支均衡'))[0]!);
    // 2021-06-15 is 75 days into FY2021.
    expect((x - fy2021.x) / fy2021.width).to.be.closeTo(75 / 365, 0.01);
    const shade = el.shadowRoot!.querySelector('.overlay .current-year')!;
    expect(Number(shade.getAttribute('x'))).to.be.closeTo(fy2021.x, 1);
    el.today = '2023-01-10';
    await h.settle();
    expect(Number(h.todayLine!.getAttribute('x1'))).to.be.greaterThan(x);
  });

  it('reflects the theme and changes colours in the dark one', async () => {
    const [el] = await show({ theme: 'dark' });
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 28)');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('follows the system colour scheme with theme auto', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const [el] = await show({ theme: 'auto' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 28)');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('honours prefers-reduced-motion', async () => {
    const [, h] = await show();
    const toggle = h.row('財政健全化').querySelector('.toggle')!;
    expect(getComputedStyle(toggle).transitionDuration).to.equal('0.12s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(toggle).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('indents nested rows by a smaller step on a narrow chart (a phone), leaving room for titles', async () => {
    const [el, h] = await show();
    const padding = () =>
      parseFloat(getComputedStyle(h.row('収支均衡').querySelector('.cell-label')!).paddingInlineStart);
    el.style.width = '1000px';
    await h.settle();
    const wide = padding();
    el.style.width = '360px';
    await h.settle();
    const narrow = padding();
    expect(wide).to.be.closeTo(0.5 * 16 + 1.1 * 16, 0.5);
    expect(narrow).to.be.lessThan(wide / 2);
  });

  it('reads its row height from --plan-row-height', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline style="--plan-row-height: 40px" today="2021-06-15"></plan-timeline>`,
    );
    el.plan = smallPlan();
    const h = new PlanTimelineHarness(el);
    await h.settle();
    expect(h.row('市債').getBoundingClientRect().height).to.equal(40);
  });

  it('follows --plan-row-height and --plan-axis-height when the page changes them', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
    el.plan = smallPlan();
    const h = new PlanTimelineHarness(el);
    await h.settle();
    expect(h.row('市債').getBoundingClientRect().height).to.equal(28);
    el.style.setProperty('--plan-row-height', '36px');
    el.style.setProperty('--plan-axis-height', '60px');
    await h.settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await h.settle();
    expect(h.row('市債').getBoundingClientRect().height).to.equal(36);
    const axis = el.shadowRoot!.querySelector('.axis svg')!;
    expect(axis.getBoundingClientRect().height).to.equal(59);
  });
});

describe('<plan-timeline> axis', () => {
  it('labels fiscal years 2021 / R3 with era both, and marks 令和', async () => {
    const [el, h] = await show();
    expect(h.yearLabels).to.deep.equal([
      '2018/H30',
      '2019/R1',
      '2020/R2',
      '2021/R3',
      '2022/R4',
      '2023/R5',
      '2024/R6',
      '2025/R7',
    ]);
    // FY2026 begins 22 px from the right edge of this 784 px element: its tick is drawn, its label
    // (which would show as a cut-off "20") is left out.
    const last = [...el.shadowRoot!.querySelectorAll('.axis .years .tick')].at(-1)!;
    expect(last.getAttribute('data-fy')).to.equal('2026');
    expect(last.textContent).to.equal('');
    expect(h.eraMarks).to.deep.equal(['令和']);
  });

  it('labels 令和3年度 with era japanese and 2021年度 with western', async () => {
    const [el, h] = await show({ era: 'japanese', 'view-start': '2018', 'view-end': '2021' });
    expect(h.yearLabels).to.deep.equal(['平成30年度', '令和元年度', '令和2年度', '令和3年度']);
    el.era = 'western';
    await h.settle();
    expect(h.yearLabels).to.include('2021年度');
  });

  it('opens on view-start / view-end with months on the axis', async () => {
    const [, h] = await show({ 'view-start': '2021', 'view-end': '2021' });
    expect(h.minorLabels).to.deep.equal(FISCAL_YEAR_MONTHS_JA);
    expect(h.view).to.deep.equal({ start: '2021-04-01', end: '2022-03-31' });
  });
});

describe('<plan-timeline> selection', () => {
  it('fires plan-select with the item and the span when a bar is clicked, and shows the details', async () => {
    const [el, h] = await show();
    const bar = h.bars(h.row('内部情報系'))[0]!;
    setTimeout(() => bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'plan-select');
    expect(event.detail.item.serial).to.equal(38);
    expect(event.detail.span!.label).to.equal('導入検討、システム選定');
    await h.settle();
    expect(el.selected).to.equal(38);
    const details = h.details!;
    expect(details.querySelector('h2')!.textContent).to.contain('総合行政情報システムの最適化');
    expect(details.querySelector('mark')!.textContent).to.equal('2021(R3)年度：導入検討、システム選定');
    expect(details.querySelector('.source')!.textContent).to.equal(
      el.plan!.items.find((i) => i.serial === 38)!.scheduleText,
    );
    expect([...details.querySelectorAll('.track-name')].map((t) => t.textContent)).to.deep.equal([
      '内部情報系',
      '住民情報系',
    ]);
    expect(h.row('内部情報系').getAttribute('aria-selected')).to.equal('true');
    expect(h.row('収支均衡').getAttribute('aria-selected')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows content, goal, departments and references in the details', async () => {
    const [el, h] = await show();
    el.selected = 2;
    await h.settle();
    const text = h.details!.textContent!;
    expect(text).to.contain('財政調整的基金の活用可能額');
    expect(text).to.contain('収支均衡');
    expect(text).to.contain('◎財政');
    expect(text).to.contain('○全庁');
    el.selected = 38;
    await h.settle();
    expect(h.details!.textContent).to.contain('六次総基本計画07-04-02');
    expect(h.details!.querySelector('mark')).to.equal(null);
  });

  it('shows the details beside the chart, and under it on a phone, where the chart keeps its width', async () => {
    const [el, h] = await show();
    el.style.width = '1000px';
    el.selected = 2;
    await h.settle();
    const frame = () => el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    let details = h.details!.getBoundingClientRect();
    expect(details.left).to.be.closeTo(frame().right, 1);
    el.style.width = '390px';
    await h.settle();
    details = h.details!.getBoundingClientRect();
    expect(details.top).to.be.closeTo(frame().bottom, 1);
    expect(frame().width).to.be.closeTo(el.getBoundingClientRect().width, 2);
    expect(details.width).to.be.closeTo(el.getBoundingClientRect().width, 2);
    expect(frame().height).to.be.greaterThan(details.height);
    await expect(el).to.be.accessible();
  });

  it('brings an item selected in the markup into view, with a plan given before the first update', async () => {
    const el = document.createElement('plan-timeline') as PlanTimeline;
    el.setAttribute('selected', '60');
    el.setAttribute('today', '2021-06-15');
    el.style.width = '900px';
    el.plan = bigPlan(80);
    document.body.appendChild(el);
    try {
      const h = new PlanTimelineHarness(el);
      await h.settle();
      await h.settle();
      expect(el.selected).to.equal(60);
      const row = h.row('取組 60');
      const scroller = el.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      expect(
        box.top >= scroller.top && box.bottom <= scroller.bottom,
        JSON.stringify([box, scroller]),
      ).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('selects by select() without firing an event; the close button clears it and fires plan-deselect', async () => {
    const [el, h] = await show();
    let fired = 0;
    const deselected: number[] = [];
    el.addEventListener('plan-select', () => fired++);
    el.addEventListener('plan-deselect', (e) => deselected.push(e.detail.item.serial));
    el.select(3);
    await h.settle();
    expect(el.selected).to.equal(3);
    expect(h.details).to.not.equal(null);
    expect(fired).to.equal(0);
    [...h.details!.querySelectorAll('button')].find((b) => b.textContent === '閉じる')!.click();
    await h.settle();
    expect(el.selected).to.equal(null);
    expect(h.details).to.equal(null);
    expect(deselected).to.deep.equal([3]);
    expect(h.focusedRow).to.not.equal(null);
    el.select(null);
    await h.settle();
    expect(deselected).to.deep.equal([3]);
  });

  it('opens collapsed rows to show an item chosen by select()', async () => {
    const [el, h] = await show();
    (h.row('財政健全化').querySelector('[data-toggle]') as HTMLElement).click();
    await h.settle();
    el.select(2);
    await h.settle();
    expect(h.row('収支均衡').getAttribute('aria-selected')).to.equal('true');
  });

  it('shows a tooltip with both notations and the departments on hover', async () => {
    const [, h] = await show();
    const bar = h.bars(h.row('収支均衡'))[0]!;
    bar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await h.settle();
    const tip = h.tooltip!;
    expect(tip.textContent).to.contain('収支均衡した予算編成');
    expect(tip.textContent).to.contain('2021(R3)年度');
    expect(tip.textContent).to.contain('令和3年度');
    expect(tip.textContent).to.contain('2021-04-01 – 2022-03-31');
    expect(tip.textContent).to.contain('◎財政 ○全庁');
  });

  it('names the departments a placeholder stands for, and a parent, in the tooltip, the details and the table', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline style="width: 900px"></plan-timeline>`);
    const text = '2021(R3)年度：調査';
    el.plan = plan([
      item(10, '3-1', {
        title: '収納率の向上',
        scheduleText: text,
        schedule: parseSchedule(text),
        departments: [
          { name: '収納', role: 'primary' },
          { name: '市民', role: 'participating', parent: '市民経済部' },
          { name: '所管課', role: 'participating', units: ['税務', '国保'] },
        ],
      }),
    ]);
    const h = new PlanTimelineHarness(el);
    await h.settle();
    const written = '◎収納 ○市民（市民経済部）、所管課（税務、国保）';
    h.bars(h.row('収納率'))[0]!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await h.settle();
    expect(h.tooltip!.textContent).to.contain(written);
    el.select(10);
    await h.settle();
    const listed = [...h.details!.querySelectorAll('li > span:not(.visually-hidden)')].map(
      (s) => s.textContent,
    );
    expect(listed.filter((t) => /^[◎○]/u.test(t!))).to.deep.equal([
      '◎収納',
      '○市民（市民経済部）',
      '○所管課（税務、国保）',
    ]);
    el.view = 'table';
    await h.settle();
    expect(h.table!.querySelector('tbody tr')!.textContent).to.contain(written);
  });
});

describe('<plan-timeline> virtualization', () => {
  it('keeps only the rows near the viewport in the DOM, with the full aria-rowcount', async () => {
    const many = bigPlan(3000, { departments: [dept('財政')] });
    const [el, h] = await show({}, many);
    expect(h.grid.getAttribute('aria-rowcount')).to.equal('3000');
    expect(h.rows.length).to.be.lessThan(60);
    const scroller = el.shadowRoot!.querySelector('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await h.settle();
    const last = h.rows.at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('3000');
    expect(h.label(last)).to.equal('取組 3000');
    expect(h.rows.length).to.be.lessThan(60);
    await expect(el).to.be.accessible();
  });
});

describe('<plan-timeline> first rows', () => {
  it('shows a plan first with the rows in view, and the rows just out of view a frame later', async () => {
    // Short enough to be laid out at once (a longer plan object is laid out in two steps: see the reading tests).
    const many = bigPlan(60);
    // No toolbar: its controls, which come with the plan, could wrap to a second line and move the rows.
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline today="2024-04-01" no-toolbar></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    await h.settle();
    const scroller = el.shadowRoot!.querySelector('.scroller')!;
    const below = () =>
      h.rows.filter((row) => row.getBoundingClientRect().top >= scroller.getBoundingClientRect().bottom);
    el.plan = many;
    await el.updateComplete;
    expect(h.rows.length).to.be.greaterThan(5);
    expect(below()).to.have.length(0);
    expect(h.grid.getAttribute('aria-rowcount')).to.equal('60');
    await h.settle();
    expect(below().length).to.be.greaterThan(0);
    expect(h.rows.map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(
      h.rows.map((_, i) => String(i + 1)),
    );
  });
});

describe('<plan-timeline> class', () => {
  it('is registered as plan-timeline by define', () => {
    expect(customElements.get('plan-timeline')).to.equal(PlanTimeline);
    expect(document.createElement('plan-timeline')).to.be.instanceOf(PlanTimeline);
  });
});

describe('<plan-timeline> exports', () => {
  it('exports the current view as a standalone SVG with every row', async () => {
    const [el] = await show({ 'group-by': 'department' });
    const svgText = el.exportSVG();
    expect(svgText.startsWith('<?xml')).to.equal(true);
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('テスト計画');
    expect(texts).to.include('財政');
    // A label too long for its column is shortened, with the whole label as the title.
    const titled = [...doc.querySelectorAll('g > title')].map((t) => t.textContent);
    expect(titled).to.include('20 ○総合行政情報システムの最適化、クラウド化、共同調達');
    expect(texts.some((t) => t!.startsWith('20 ○総合行政') && t!.endsWith('…'))).to.equal(true);
    expect(texts.some((t) => t === '2021 R3')).to.equal(true);
    expect(doc.querySelectorAll('rect[rx]').length).to.be.greaterThan(5);
  });

  it('draws the bars of an item with no department in --plan-bar-color, in the chart and the SVG', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline
        today="2021-06-15"
        style="width: 900px; --plan-bar-color: rgb(200, 10, 20)"
      ></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    const dated = (serial: number, title: string, departments: PlanItem['departments']) =>
      item(serial, String(serial), {
        title,
        scheduleText: '2021(R3)年度：調査',
        schedule: parseSchedule('2021(R3)年度：調査'),
        departments,
      });
    el.plan = plan([dated(1, '担当あり', [{ name: '財政', role: 'primary' }]), dated(2, '担当なし', [])]);
    await h.settle();
    const fill = (title: string) => getComputedStyle(h.bars(h.row(title))[0]!).backgroundColor;
    expect(fill('担当なし')).to.equal('rgb(200, 10, 20)');
    expect(fill('担当あり')).to.not.equal('rgb(200, 10, 20)');
    const svg = el.exportSVG();
    expect(svg).to.contain('rgb(200, 10, 20)');
  });

  it('exports recurrences over the years and months they come in, as the chart draws them', async () => {
    const reported = item(6, '6', {
      title: '財政状況の公表',
      schedule: {
        spans: [fySpan(2019, 2025)],
        recurrences: [
          every(1, '検証'),
          { ...every(1, '決算の公表'), months: { from: 3, to: 3 } },
          every(3, '見直し'),
        ],
        notes: [],
        diagnostics: [],
      },
    });
    const [el] = await show({}, plan([reported]));
    el.zoomTo('2018-04-01', '2027-03-31');
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml');
    const band = (name: string): [number, number][] => {
      const group = [...doc.querySelectorAll('g > title')].find(
        (t) => t.textContent === name,
      )!.parentElement!;
      return [...group.querySelectorAll('rect')].map((r) => {
        const x = Number(r.getAttribute('x'));
        return [x, x + Number(r.getAttribute('width'))];
      });
    };
    const years = band('毎年度: 検証');
    const marches = band('毎年度（3月）: 決算の公表');
    expect(years.length).to.be.greaterThan(8);
    expect(marches.length).to.be.within(years.length - 1, years.length + 1);
    // Each March is the last twelfth of a year: it ends where its year does (years are inset by a pixel).
    for (const [x1, x2] of marches) {
      const year = years.find(([, end]) => Math.abs(end + 1 - x2) < 0.01);
      expect(year, `March ending at ${x2}`).to.not.equal(undefined);
      expect(x2 - x1).to.be.closeTo((year![1] - year![0] + 2) / 12, 0.5);
    }
    // Every third year (from the item's first, FY2019): three years apart, each a whole year.
    const yearAt = (x: number) => years.findIndex(([start]) => Math.abs(start - x) < 0.01);
    const thirdYears = band('3年毎: 見直し').map(([x]) => yearAt(x));
    expect(thirdYears.length).to.be.greaterThan(2);
    expect(thirdYears.every((year, i) => year >= 0 && (i === 0 || year - thirdYears[i - 1]! === 3))).to.equal(
      true,
    );
  });

  it('exports a PNG', async () => {
    const [el] = await show();
    const png = await el.exportPNG(1);
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.be.greaterThan(600);
  });

  it('draws a PNG of a tall view smaller, to the largest canvas browsers draw', async () => {
    const [el] = await show({}, bigPlan(1300));
    const height = Number(
      new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml').documentElement.getAttribute('height'),
    );
    expect(height * 2).to.be.greaterThan(32_767);
    const bitmap = await createImageBitmap(await el.exportPNG(2));
    expect(bitmap.height).to.be.within(32_000, 32_767);
  });

  it('says, in its language, when the view is too tall for a PNG', async () => {
    const [el] = await show({}, bigPlan(3000));
    const failure = (): Promise<Error> =>
      el.exportPNG().then(
        () => new Error('exported'),
        (error: Error) => error,
      );
    expect((await failure()).message).to.match(
      /^図が大きすぎて PNG にできません（\d+×\d+ px）。SVG で書き出すか/,
    );
    el.lang = 'en';
    await el.updateComplete;
    expect((await failure()).message).to.match(
      /^The view is too large for a PNG \(\d+ × \d+ px\): export it as SVG/,
    );
  });
});

describe('<plan-timeline> churn', () => {
  it('keeps the DOM the same size after toggling the grouping a hundred times', async () => {
    const [el, h] = await show();
    const before = h.nodeCount;
    const groupings = ['department', 'section', 'policy', 'item'] as const;
    for (let i = 0; i < 100; i++) {
      el.groupBy = groupings[i % 4]!;
      await el.updateComplete;
    }
    await h.settle();
    expect(el.groupBy).to.equal('item');
    expect(h.nodeCount).to.equal(before);
  });

  it('works again after being removed and added back, and two elements do not share state', async () => {
    const [el, h] = await show();
    const parent = el.parentElement!;
    el.remove();
    parent.appendChild(el);
    await h.settle();
    el.zoomTo('2021', '2021');
    await h.settle();
    expect(h.minorLabels[0]).to.equal('4月');
    const [other, h2] = await show({ era: 'japanese' });
    expect(h2.yearLabels[0]).to.match(/年度$/);
    expect(h.minorLabels[0]).to.equal('4月');
    expect(other.plan).to.not.equal(el.plan);
  });
});
